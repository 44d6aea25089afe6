// The review of an extracted letter: selecting a proposal selects its quote in the letter, F8
// steps to what needs a look, and a letter the project already holds cannot be added.
#include "letterreview/letterreviewdialog.h"
#include "letters/letterextractor.h"
#include "storage/projectjson.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace dapp;

class TestLetterReviewDialog : public QObject
{
    Q_OBJECT
private slots:
    void aProposalShowsItsQuote();
    void f8StepsToWhatNeedsALook();
    void aLetterAlreadyHeldCannotBeAdded();
};

namespace {
Letter sampleLetter(const QString &foiReference)
{
    for (const Letter &l : sampleProject().letters)
        if (l.foiReference == foiReference)
            return l;
    return {};
}
} // namespace

void TestLetterReviewDialog::aProposalShowsItsQuote()
{
    const Letter letter = sampleLetter(QStringLiteral("2023-24-023"));
    LetterReviewDialog dialog(ProjectData{}, extractLetter(letter.text), QStringLiteral("letter.txt"));
    dialog.show();
    QTableView *table = dialog.table();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 1).data().toString() != QLatin1String("Q5 Agency referred"))
            continue;
        table->selectRow(r);
        QCOMPARE(dialog.letterView()->textCursor().selectedText(), QStringLiteral("There have been 25 males referred to the programme."));
        QVERIFY(dialog.addButton()->isEnabled());
        return;
    }
    QFAIL("no row for question 5");
}

void TestLetterReviewDialog::f8StepsToWhatNeedsALook()
{
    const Letter letter = sampleLetter(QStringLiteral("FOI753"));
    LetterReviewDialog dialog(ProjectData{}, extractLetter(letter.text), QStringLiteral("letter.txt"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int left = dialog.needingALookCount();
    QVERIFY(left > 0);
    QTableView *table = dialog.table();
    QVERIFY(table->currentIndex().data(Qt::UserRole + 1).toBool()); // it opens on the first to check
    const int first = table->currentIndex().row();
    QTest::keyClick(&dialog, Qt::Key_F8);
    QVERIFY(table->currentIndex().row() != first || left == 1);
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier); // looks right (a programme's name and provider
    QVERIFY(dialog.needingALookCount() < left);                      // share their passage, so both are checked)
}

void TestLetterReviewDialog::aLetterAlreadyHeldCannotBeAdded()
{
    // The same words are the same letter, whatever its reference.
    {
        const Letter letter = sampleLetter(QStringLiteral("FOI 27/2023"));
        LetterExtraction x = extractLetter(letter.text);
        x.letter.foiReference = QStringLiteral("FOI 99/2023");
        LetterReviewDialog sameText(sampleProject(), x, QStringLiteral("letter.txt"));
        QVERIFY(!sameText.addButton()->isEnabled());
    }
    // The same reference from the same body is the same letter, whatever its words (a copy
    // typed again, or the PDF of it).
    ProjectData sample = sampleProject();
    const Letter letter = sampleLetter(QStringLiteral("FOI 27/2023"));
    sample.letters[letter.id].text = QStringLiteral("The letter as it was typed in.");
    LetterReviewDialog dialog(sample, extractLetter(letter.text), QStringLiteral("letter.txt"));
    QVERIFY(!dialog.addButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    // Corrected to another reference, it is another letter; "FOI27/2023" is the same one.
    QAbstractItemModel *model = dialog.table()->model();
    QVERIFY(model->setData(model->index(2, 2), QStringLiteral("FOI 28/2023"), Qt::EditRole));
    QVERIFY(dialog.addButton()->isEnabled());
    QVERIFY(model->setData(model->index(2, 2), QStringLiteral("foi27/2023"), Qt::EditRole));
    QVERIFY(!dialog.addButton()->isEnabled());
}

QTEST_MAIN(TestLetterReviewDialog)
#include "tst_letterreviewdialog.moc"
