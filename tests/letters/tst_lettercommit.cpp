// What committing an extracted letter adds: a programme the proposals give twice is refused
// with both names, and nothing is added; distinct ones are added.
#include "letters/lettercommit.h"
#include "storage/projectstore.h"

#include <QTest>

using namespace dapp;

class TestLetterCommit : public QObject
{
    Q_OBJECT

private slots:
    void aProgrammeProposedTwiceIsRefused_data();
    void aProgrammeProposedTwiceIsRefused();
};

namespace {
ProposedReturn proposal(const QString &name, const QString &provider, qint64 selfReferred)
{
    ProposedReturn p;
    p.programme.areaCode = QStringLiteral("E23000018"); // any area of the letter's
    p.programme.name = name;
    p.programme.provider = provider;
    p.values.figure(FigureField::SelfReferred) = Figure::reported(selfReferred);
    return p;
}
} // namespace

void TestLetterCommit::aProgrammeProposedTwiceIsRefused_data()
{
    QTest::addColumn<QString>("secondName");
    QTest::addColumn<QString>("secondProvider");
    QTest::addColumn<QString>("error"); // empty: both are added
    QTest::newRow("the same") << QStringLiteral("Drive") << QStringLiteral("Cranstoun")
                              << QStringLiteral("The proposals give the programme “Drive” (Cranstoun) twice; correct or "
                                                "remove one of them.");
    QTest::newRow("in another case") << QStringLiteral("DRIVE") << QStringLiteral("cranstoun")
                                     << QStringLiteral("The proposals give the programme “Drive” (Cranstoun) twice, the "
                                                       "second time as “DRIVE” (cranstoun); correct or remove one of them.");
    QTest::newRow("another provider") << QStringLiteral("Drive") << QStringLiteral("Glow") << QString();
    QTest::newRow("another programme") << QStringLiteral("Drive 2") << QStringLiteral("Cranstoun") << QString();
}

void TestLetterCommit::aProgrammeProposedTwiceIsRefused()
{
    QFETCH(QString, secondName);
    QFETCH(QString, secondProvider);
    QFETCH(QString, error);
    ProjectStore store;
    QString why;
    QVERIFY2(store.createNew(&why), qPrintable(why));
    LetterExtraction extraction;
    extraction.letter.areaCode = QStringLiteral("E23000018");
    extraction.letter.financialYear = QStringLiteral("2022/23");
    extraction.letter.cohort = Cohort::Male;
    extraction.letter.foiReference = QStringLiteral("FOI 1");
    extraction.letter.text = QStringLiteral("A letter.");
    extraction.returns << proposal(QStringLiteral("Drive"), QStringLiteral("Cranstoun"), 4)
                       << proposal(secondName, secondProvider, 5);
    const LetterCommit commit = planLetterCommit(store.data(), extraction, QStringLiteral("letter.txt"), true, store);
    if (error.isEmpty()) {
        QCOMPARE(commit.errors, QStringList());
        QCOMPARE(commit.after.returns.size(), 2);
        QCOMPARE(commit.after.programmes.size(), 2);
    } else {
        QCOMPARE(commit.errors, QStringList{error});
        QVERIFY(commit.after.returns.isEmpty());
        QVERIFY(commit.after.letters.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLetterCommit)
#include "tst_lettercommit.moc"
