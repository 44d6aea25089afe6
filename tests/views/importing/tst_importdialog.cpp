// The import dialog: what it reads, how it lets the user correct a column, that errors block
// Import, that duplicates follow the chosen action, and that its preview model is sound.
#include "importing/importdialog.h"
#include "itemmodels/importpreviewmodel.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void aMessySheetIsPreviewedWithItsProblems();
    void aCorrectedColumnIsReadAsTheUserSays();
    void duplicatesFollowTheChosenAction();
    void aFileThatCannotBeReadSaysSo();
    void pastedCellsAreRead();
    void aLetterTableAsksForWhatItLacks();
    void aWorkbooksSheetIsChosen();
    void aLargeSheetsReadingCanBeCancelled();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    static QPushButton *importButton(ImportDialog &dialog);
    static QAbstractItemModel *preview(ImportDialog &dialog) { return dialog.findChild<QTableView *>()->model(); }
    QTemporaryDir m_dir;
};

QString TestImportDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

QPushButton *TestImportDialog::importButton(ImportDialog &dialog)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QLatin1String("&Import"))
            return b;
    return nullptr;
}

void TestImportDialog::aMessySheetIsPreviewedWithItsProblems()
{
    auto store = test::sampleStore();
    ImportDialog dialog(store.get());
    QAbstractItemModelTester tester(preview(dialog), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Windows-1252: the £ is one byte, as Excel on Windows saves it.
    dialog.readFile(writeFile(QStringLiteral("messy.csv"),
                              "Police force area,Year,Gender,Programme,Delivered by,Self referrals,Agency referrals,Budget \xA3\r\n"
                              "Avon & Somerset,2023-24,Males,New Programme,GLOW Ltd,N/A,,\"\xA3""1,500\"\r\n"
                              "Derbyshire,2023/24,M,Another,,twenty,3,\r\n"));
    QCOMPARE(dialog.errorCount(), 1);
    QVERIFY(!importButton(dialog)->isEnabled());
    dialog.accept(); // however it is asked (Enter, a script): with an error, nothing is accepted
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    const QStringList said = dialog.problemTexts();
    QVERIFY2(said.contains(QStringLiteral("messy.csv, row 3, column “Self referrals”: “twenty” is neither a number nor a "
                                          "status word (n/a, not held, held by provider, withheld, or empty)")),
             qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY2(said.contains(QStringLiteral("messy.csv, row 2, column “Police force area”: “Avon & Somerset” read as Avon and Somerset")),
             qPrintable(said.join(QLatin1Char('\n'))));
    // The good row is previewed with its statuses as words, and the empty cell as not provided.
    QAbstractItemModel *model = preview(dialog);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ImportPreviewModel::AreaColumn).data().toString(), QStringLiteral("Avon and Somerset"));
    QCOMPARE(model->index(0, ImportPreviewModel::FirstFigureColumn).data().toString(), QStringLiteral("n/a"));
    QVERIFY(model->index(0, ImportPreviewModel::FirstFigureColumn + 3).data().toString() != QLatin1String("0"));
    QCOMPARE(model->index(0, ImportPreviewModel::FirstFigureColumn + 6).data().toString(), QStringLiteral("£1,500"));
    QCOMPARE(model->index(0, ImportPreviewModel::ActionColumn).data().toString(), QStringLiteral("add"));
}

void TestImportDialog::aCorrectedColumnIsReadAsTheUserSays()
{
    auto store = test::sampleStore();
    ImportDialog dialog(store.get());
    dialog.readFile(writeFile(QStringLiteral("own-words.csv"), "Where,Year,Cohort,Scheme\nDerbyshire,2023/24,male,Drive\n"));
    QVERIFY(dialog.errorCount() > 0); // "Where" and "Scheme" name nothing it knows
    dialog.setColumnMapping(QStringLiteral("Where"), QStringLiteral("area"));
    dialog.setColumnMapping(QStringLiteral("Scheme"), QStringLiteral("programme"));
    QCOMPARE(dialog.errorCount(), 0);
    QVERIFY(importButton(dialog)->isEnabled());
    QCOMPARE(dialog.plan().added, 1);
}

void TestImportDialog::duplicatesFollowTheChosenAction()
{
    auto store = test::sampleStore();
    ImportDialog dialog(store.get());
    dialog.readFile(QStringLiteral(DAPP_SOURCE_DIR "/resources/sample/sample-returns.csv"));
    QCOMPARE(dialog.errorCount(), 8);
    QVERIFY(!importButton(dialog)->isEnabled());
    QCOMPARE(preview(dialog)->index(0, ImportPreviewModel::ActionColumn).data().toString(),
             QStringLiteral("already in the project"));
    dialog.setDuplicatePolicy(DuplicatePolicy::Skip);
    QCOMPARE(dialog.errorCount(), 0);
    QVERIFY(!importButton(dialog)->isEnabled()); // nothing left to import
    dialog.setDuplicatePolicy(DuplicatePolicy::KeepBoth);
    QVERIFY(importButton(dialog)->isEnabled());
    QCOMPARE(dialog.plan().added, 8);
    // A return twice in the file follows the same choice, and the preview says which row it repeats.
    dialog.readFile(writeFile(QStringLiteral("twice.csv"), "Area,Year,Cohort,Programme,Self referrals\n"
                                                           "Kent,2030/31,male,Twice,1\nKent,2030/31,male,Twice,2\n"));
    dialog.setDuplicatePolicy(DuplicatePolicy::Refuse);
    QCOMPARE(dialog.errorCount(), 1);
    QCOMPARE(preview(dialog)->index(1, ImportPreviewModel::ActionColumn).data().toString(),
             QStringLiteral("the same as row 2"));
    dialog.setDuplicatePolicy(DuplicatePolicy::KeepBoth);
    QCOMPARE(dialog.errorCount(), 0);
    QCOMPARE(preview(dialog)->index(1, ImportPreviewModel::ActionColumn).data().toString(),
             QStringLiteral("add beside row 2's"));
    QCOMPARE(dialog.plan().added, 2);
    // The dialog itself wrote nothing.
    QCOMPARE(store->data(), [] {
        auto fresh = test::sampleStore();
        return fresh->data();
    }());
}

void TestImportDialog::aFileThatCannotBeReadSaysSo()
{
    auto store = test::sampleStore();
    ImportDialog dialog(store.get());
    dialog.readFile(writeFile(QStringLiteral("binary.csv"), QByteArray("\x00\x01\x02\x03", 4)));
    QCOMPARE(dialog.errorCount(), 1);
    QVERIFY2(dialog.problemTexts().value(0).contains(QStringLiteral("“binary.csv” cannot be read: it is not text")),
             qPrintable(dialog.problemTexts().join(QLatin1Char('\n'))));
    QVERIFY(!importButton(dialog)->isEnabled());
    dialog.readFile(writeFile(QStringLiteral("empty.csv"), QByteArray()));
    QCOMPARE(dialog.problemTexts().size(), 1);
    QVERIFY2(dialog.problemTexts().constFirst().startsWith(QStringLiteral("“empty.csv” cannot be read: ")),
             qPrintable(dialog.problemTexts().constFirst()));
}

void TestImportDialog::pastedCellsAreRead()
{
    auto store = test::sampleStore();
    ImportDialog dialog(store.get());
    dialog.readPastedText(QStringLiteral("Area\tYear\tCohort\tProgramme\tSelf referrals\nKent\t2023/24\tfemale\tNew\t12\n"));
    QCOMPARE(dialog.errorCount(), 0);
    QCOMPARE(dialog.plan().added, 1);
    QCOMPARE(preview(dialog)->index(0, ImportPreviewModel::FirstFigureColumn).data().toString(), QStringLiteral("12"));
}

void TestImportDialog::aLetterTableAsksForWhatItLacks()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error));
    ImportDialog dialog(&store);
    dialog.readFile(QStringLiteral(DAPP_SOURCE_DIR "/tests/interchange/fixtures/derbyshire-letter-table.tsv"));
    QVERIFY(dialog.readsAsLetterTable());
    QCOMPARE(dialog.errorCount(), 2); // no area, no year
    QVERIFY(!importButton(dialog)->isEnabled());
    dialog.setLetterTableContext(QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), QStringLiteral("FOI 27/2023"));
    QCOMPARE(dialog.errorCount(), 0);
    QCOMPARE(dialog.plan().added, 4);
    QCOMPARE(preview(dialog)->index(0, ImportPreviewModel::CohortColumn).data().toString(), cohortLabel(Cohort::Male));
    QCOMPARE(preview(dialog)->index(2, ImportPreviewModel::ProgrammeColumn).data().toString(), QStringLiteral("Drive"));
    QVERIFY(importButton(dialog)->isEnabled());

    // A year typed, and the field not left: Import is ready once typing pauses, so the click
    // that follows the typing imports (it used to find Import still disabled).
    ImportDialog typed(&store);
    typed.readFile(QStringLiteral(DAPP_SOURCE_DIR "/tests/interchange/fixtures/derbyshire-letter-table.tsv"));
    typed.setLetterTableContext(QStringLiteral("Derbyshire"), QString(), QString());
    QCOMPARE(typed.errorCount(), 1); // no year
    QLineEdit *year = nullptr;
    for (QLineEdit *field : typed.findChildren<QLineEdit *>())
        if (field->placeholderText().contains(QStringLiteral("2022/23")))
            year = field;
    QVERIFY(year);
    QTest::keyClicks(year, QStringLiteral("2022/23"));
    QVERIFY(!importButton(typed)->isEnabled()); // not read at every key
    QTRY_VERIFY_WITH_TIMEOUT(importButton(typed)->isEnabled(), 3000);
    QCOMPARE(typed.errorCount(), 0);

    // Accepted at once after typing (a button that takes no focus, a quick click): the year is
    // read first, so what is imported is what the dialog shows.
    ImportDialog quick(&store);
    quick.readFile(QStringLiteral(DAPP_SOURCE_DIR "/tests/interchange/fixtures/derbyshire-letter-table.tsv"));
    quick.setLetterTableContext(QStringLiteral("Derbyshire"), QString(), QString());
    for (QLineEdit *field : quick.findChildren<QLineEdit *>())
        if (field->placeholderText().contains(QStringLiteral("2022/23")))
            QTest::keyClicks(field, QStringLiteral("2022/23"));
    quick.accept();
    QCOMPARE(quick.result(), int(QDialog::Accepted));
    QCOMPARE(quick.plan().added, 4);
    QCOMPARE(quick.plan().after.letters.first().financialYear, QStringLiteral("2022/23"));

    // One column the project has: that column alone is marked (found by review: a table's
    // columns all have row 0, and every one was marked).
    ProjectStore one;
    QVERIFY(one.createNew(&error));
    ImportDialog first(&one);
    first.readFile(writeFile(QStringLiteral("drive.csv"), "Area,Year,Cohort,Programme,Provider,FOI reference\n"
                                                          "Derbyshire,2022/23,male,Drive,Glow,FOI 27/2023\n"));
    QVERIFY2(one.apply(first.plan().before, first.plan().after, &error), qPrintable(error));
    QCOMPARE(one.data().returns.size(), 1);
    ImportDialog table(&one);
    table.readFile(QStringLiteral(DAPP_SOURCE_DIR "/tests/interchange/fixtures/derbyshire-letter-table.tsv"));
    table.setLetterTableContext(QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), QStringLiteral("FOI 27/2023"));
    QStringList actions;
    for (int r = 0; r < preview(table)->rowCount(); ++r)
        actions << preview(table)->index(r, ImportPreviewModel::ActionColumn).data().toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("add"), QStringLiteral("add"), QStringLiteral("already in the project"),
                                   QStringLiteral("add")}));
}

void TestImportDialog::aWorkbooksSheetIsChosen()
{
    auto store = test::sampleStore();
    ImportDialog dialog(store.get());
    dialog.readFile(QStringLiteral(DAPP_SOURCE_DIR "/tests/formats/fixtures/messy-returns.ods"));
    QComboBox *sheets = nullptr;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>())
        if (combo->findText(QStringLiteral("Notes")) >= 0)
            sheets = combo;
    QVERIFY(sheets);
    QCOMPARE(sheets->currentText(), QStringLiteral("2022-23 returns"));
    const QStringList said = dialog.problemTexts();
    QVERIFY2(said.contains(QStringLiteral("messy-returns.ods, sheet “2022-23 returns”, row 6, column “Programme”: no programme name is given")),
             qPrintable(said.join(QLatin1Char('\n'))));
    QCOMPARE(preview(dialog)->index(0, ImportPreviewModel::AreaColumn).data().toString(), QStringLiteral("Avon and Somerset"));
    dialog.readFile(QStringLiteral(DAPP_SOURCE_DIR "/tests/formats/fixtures/messy-returns.ods"), QStringLiteral("Notes"));
    QCOMPARE(sheets->currentText(), QStringLiteral("Notes"));
    QVERIFY(dialog.errorCount() > 0); // a sheet of notes has no returns
}

// A large sheet is read under a bar with Cancel; a cancelled reading leaves nothing to import.
void TestImportDialog::aLargeSheetsReadingCanBeCancelled()
{
    QByteArray csv = "area,financial_year,cohort,programme,provider,self_referred\n";
    for (int i = 0; i < 20000; ++i)
        csv += QStringLiteral("Derbyshire,2022/23,male,Programme %1,Glow,%2\n").arg(i).arg(i % 50).toUtf8();
    const QString path = writeFile(QStringLiteral("large.csv"), csv);
    auto store = test::sampleStore();
    ImportDialog dialog(store.get());
    bool barSeen = false;
    // Runs inside the reading, at its first report, as a click on Cancel would.
    QTimer::singleShot(0, &dialog, [&] {
        if (auto *bar = dialog.findChild<QProgressDialog *>()) {
            barSeen = true;
            bar->cancel();
        }
    });
    dialog.readFile(path);
    QVERIFY(barSeen);
    QVERIFY(dialog.errorCount() >= 1);
    QVERIFY2(dialog.problemTexts().join(QLatin1Char('\n')).contains(QStringLiteral("reading was cancelled")),
             qPrintable(dialog.problemTexts().join(QLatin1Char('\n'))));
    QVERIFY(!importButton(dialog)->isEnabled());
    QCOMPARE(preview(dialog)->rowCount(), 0);
    QVERIFY(dialog.findChild<QProgressDialog *>() == nullptr); // the bar is gone

    // Read again, not cancelled: every row is there.
    dialog.readFile(path);
    QCOMPARE(dialog.errorCount(), 0);
    QCOMPARE(preview(dialog)->rowCount(), 20000);
    QVERIFY(importButton(dialog)->isEnabled());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
