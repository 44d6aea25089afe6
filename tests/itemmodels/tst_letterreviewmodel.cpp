// The review table of an extracted letter: what it shows, the edits it reads as the import reads
// cells (and refuses with why), and stepping through what needs a look.
#include "itemmodels/letterreviewmodel.h"
#include "letters/letterextractor.h"
#include "storage/projectjson.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace dapp;

namespace {
LetterExtraction extractionOf(const QString &foiReference)
{
    for (const Letter &l : sampleProject().letters)
        if (l.foiReference == foiReference)
            return extractLetter(l.text);
    return {};
}

int rowOf(const LetterReviewModel &model, const QString &programme, const QString &field)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, LetterReviewModel::ProgrammeColumn).data().toString() == programme
            && model.index(r, LetterReviewModel::FieldColumn).data().toString() == field)
            return r;
    return -1;
}
} // namespace

class TestLetterReviewModel : public QObject
{
    Q_OBJECT
private slots:
    void showsEveryProposal();
    void anEditIsReadAndChecked();
    void anEditThatCannotBeReadIsRefused_data();
    void anEditThatCannotBeReadIsRefused();
    void stepsThroughWhatNeedsALook();
};

void TestLetterReviewModel::showsEveryProposal()
{
    LetterReviewModel model(extractionOf(QStringLiteral("FOI 27/2023")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 7 + 4 * (2 + 7 + 2)); // the letter's seven, then each of four programmes'
    const int drive = rowOf(model, QStringLiteral("Drive"), QStringLiteral("Q5 Agency referred"));
    QVERIFY(drive >= 0);
    QCOMPARE(model.index(drive, LetterReviewModel::ValueColumn).data().toString(), QStringLiteral("101"));
    QCOMPARE(model.index(drive, LetterReviewModel::ConfidenceColumn).data().toString(), QStringLiteral("certain"));
    QVERIFY(model.index(drive, 0).data(LetterReviewModel::QuoteStartRole).toLongLong() >= 0);
    QCOMPARE(model.index(0, LetterReviewModel::ValueColumn).data().toString(), QStringLiteral("Derbyshire"));
}

void TestLetterReviewModel::anEditIsReadAndChecked()
{
    LetterReviewModel model(extractionOf(QStringLiteral("FOI753")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = rowOf(model, QStringLiteral("Drive"), QStringLiteral("Q5 Agency referred"));
    QVERIFY(model.index(row, 0).data(LetterReviewModel::NeedsLookRole).toBool()); // two numbers in its answer
    const int before = model.needingALookCount();
    const Figure old = model.extraction().returns.constFirst().values.figure(FigureField::AgencyReferred);
    QVERIFY(model.setData(model.index(row, LetterReviewModel::ValueColumn), QStringLiteral("4"), Qt::EditRole));
    const Figure edited = model.extraction().returns.constFirst().values.figure(FigureField::AgencyReferred);
    QCOMPARE(edited.value, 4);
    QCOMPARE(edited.quote(), old.quote()); // the letter's words stay its source
    QCOMPARE(edited.quoteRange(), old.quoteRange());
    QVERIFY(!model.index(row, 0).data(LetterReviewModel::NeedsLookRole).toBool());
    QCOMPARE(model.needingALookCount(), before - 1);
    // A note written for another status does not stay with a number it no longer explains.
    const int budget = rowOf(model, QStringLiteral("Drive"), QStringLiteral("Q7 Agency completed"));
    QVERIFY(model.setData(model.index(budget, LetterReviewModel::ValueColumn), QStringLiteral("withheld"), Qt::EditRole));
    QVERIFY(model.setData(model.index(budget, LetterReviewModel::ValueColumn), QStringLiteral("2"), Qt::EditRole));
    QVERIFY(model.extraction().returns.constFirst().values.figure(FigureField::AgencyCompleted).note().isEmpty());
    // A status word is a figure too: missing is never zero.
    QVERIFY(model.setData(model.index(row, LetterReviewModel::ValueColumn), QStringLiteral("not held"), Qt::EditRole));
    QCOMPARE(model.extraction().returns.constFirst().values.figure(FigureField::AgencyReferred).status, FigureStatus::NotHeld);
    // The area, matched as the import matches it, moves the programmes with it.
    QVERIFY(model.setData(model.index(0, LetterReviewModel::ValueColumn), QStringLiteral("DERBYSHIRE"), Qt::EditRole));
    QCOMPARE(model.extraction().letter.areaCode, QStringLiteral("E23000018"));
    QCOMPARE(model.extraction().returns.constFirst().programme.areaCode, QStringLiteral("E23000018"));
}

void TestLetterReviewModel::anEditThatCannotBeReadIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("text in a count") << "Q5 Agency referred" << "three-ish" << "“three-ish”";
    QTest::newRow("a negative count") << "Q5 Agency referred" << "-3" << "-3";
    QTest::newRow("an unknown area") << "Area" << "Atlantis" << "Atlantis";
    QTest::newRow("no date") << "Response date" << "2024-02-30" << "2024-02-30";
    QTest::newRow("no year") << "Financial year" << "2022/24" << "2022/24";
    QTest::newRow("no cohort") << "Cohort" << "adults" << "“adults” is not a cohort";
    QTest::newRow("a programme without a name") << "Programme" << " " << "needs a name";
}

void TestLetterReviewModel::anEditThatCannotBeReadIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, why);
    LetterReviewModel model(extractionOf(QStringLiteral("FOI753")));
    QSignalSpy refused(&model, &LetterReviewModel::editRefused);
    int row = rowOf(model, QStringLiteral("Drive"), field);
    if (row < 0)
        row = rowOf(model, QStringLiteral("Letter"), field);
    QVERIFY(row >= 0);
    const QString before = model.index(row, LetterReviewModel::ValueColumn).data().toString();
    QVERIFY(!model.setData(model.index(row, LetterReviewModel::ValueColumn), text, Qt::EditRole));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.constFirst().constFirst().toString().contains(why), qPrintable(refused.constFirst().constFirst().toString()));
    QCOMPARE(model.index(row, LetterReviewModel::ValueColumn).data().toString(), before);
}

void TestLetterReviewModel::stepsThroughWhatNeedsALook()
{
    LetterReviewModel model(extractionOf(QStringLiteral("FOI 0013/24")));
    const int count = model.needingALookCount();
    QVERIFY(count >= 3);
    const int first = model.nextNeedingALook(-1);
    QVERIFY(first >= 0);
    QVERIFY(model.index(first, 0).data(LetterReviewModel::NeedsLookRole).toBool());
    const int second = model.nextNeedingALook(first);
    QVERIFY(second > first);
    QCOMPARE(model.nextNeedingALook(second, true), first);
    model.markChecked(first);
    QVERIFY(model.needingALookCount() < count);
    for (int r = 0; r < model.rowCount(); ++r)
        model.markChecked(r);
    QCOMPARE(model.needingALookCount(), 0);
    QCOMPARE(model.nextNeedingALook(0), -1);
}

QTEST_GUILESS_MAIN(TestLetterReviewModel)
#include "tst_letterreviewmodel.moc"
