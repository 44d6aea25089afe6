// Data-quality flags: suspicious entries are flagged, and nothing else is.
#include "domain/qualityflags.h"
#include "storage/projectjson.h"

#include <QtTest>

using namespace dapp;

namespace {
ProjectData projectWith(const ProgrammeReturn &r)
{
    ProjectData p;
    p.letters.insert(1, Letter{1, LetterKind::FoiResponse, QStringLiteral("E23000018"), {}, {}, {}, {},
                               QStringLiteral("2022/23"), Cohort::Male, {}});
    p.programmes.insert(1, Programme{1, QStringLiteral("E23000018"), QStringLiteral("Drive"), QStringLiteral("Glow"),
                                     {}, {}, {}, {}, {}});
    p.returns.insert(r.id, r);
    return p;
}

ProgrammeReturn plain()
{
    ProgrammeReturn r;
    r.id = 1;
    r.letterId = 1;
    r.programmeId = 1;
    const qint64 values[] = {15, 9, 4, 54, 42, 26, 100};
    for (FigureField f : kAllFigureFields)
        r.figure(f) = Figure::reported(values[int(f)]);
    return r;
}

QList<FlagKind> kinds(const QList<QualityFlag> &flags)
{
    QList<FlagKind> k;
    for (const auto &f : flags)
        k << f.kind;
    return k;
}
} // namespace

class TestQualityFlags : public QObject
{
    Q_OBJECT
private slots:
    void cleanReturnHasNoFlags();
    void acceptedMoreThanReferred();
    void completedMoreThanAccepted();
    void fullCompletion();
    void missingFiguresAreNotCompared();
    void budgetCaveat();
    void duplicateReturn();
    void figureDiffersFromItsTableColumn();
    void figureDiffersFromItsSentence();
    void sampleQuotesAgreeWithTheirFigures();
    void responseBeforeRequest();
    void invalidStoredFinancialYear();
    void funderSharesMustMakeTheWhole();
    void letterFlagsShowOnEachOfItsReturns();
};

namespace {
Id returnOf(const ProjectData &p, const QString &programme)
{
    for (const ProgrammeReturn &r : p.returns)
        if (p.programmes.value(r.programmeId).name == programme)
            return r.id;
    return 0;
}

QList<QualityFlag> ofKind(const QList<QualityFlag> &flags, FlagKind kind)
{
    QList<QualityFlag> result;
    for (const QualityFlag &f : flags)
        if (f.kind == kind)
            result << f;
    return result;
}
} // namespace

void TestQualityFlags::figureDiffersFromItsTableColumn()
{
    ProjectData p = sampleProject();
    const Id changes = returnOf(p, QStringLiteral("Changes Program"));
    QVERIFY(changes != 0);
    // 54 → 60 while the quote (the table row "…\t54\t23\t101\t50") still says 54.
    p.returns[changes].figure(FigureField::AgencyReferred).value = 60;
    QList<QualityFlag> flags = ofKind(qualityFlags(p), FlagKind::FigureDiffersFromQuote);
    QCOMPARE(flags.size(), 1);
    QCOMPARE(flags.constFirst().returnId, changes);
    QVERIFY2(flags.constFirst().message.contains(QStringLiteral("60"))
                 && flags.constFirst().message.contains(QStringLiteral("column of the letter's table says 54")),
             qPrintable(flags.constFirst().message));
    // 23 stands in the row too, but in The Keys Project's column: still not this figure's number.
    p.returns[changes].figure(FigureField::AgencyReferred).value = 23;
    QCOMPARE(ofKind(qualityFlags(p), FlagKind::FigureDiffersFromQuote).size(), 1);
    p.returns[changes].figure(FigureField::AgencyReferred).value = 54;
    QVERIFY(ofKind(qualityFlags(p), FlagKind::FigureDiffersFromQuote).isEmpty());
}

void TestQualityFlags::figureDiffersFromItsSentence()
{
    ProgrammeReturn r = plain();
    r.figure(FigureField::SelfReferred) = Figure::reported(16, QStringLiteral("15 men referred themselves"));
    r.figure(FigureField::Budget) = Figure::reported(26424470, QStringLiteral("The budget was £264,244.70."));
    QList<QualityFlag> flags = ofKind(qualityFlags(projectWith(r)), FlagKind::FigureDiffersFromQuote);
    QCOMPARE(flags.size(), 1);
    QVERIFY2(flags.constFirst().message.contains(QStringLiteral("15 men referred themselves")),
             qPrintable(flags.constFirst().message));
}

void TestQualityFlags::sampleQuotesAgreeWithTheirFigures()
{
    const QList<QualityFlag> flags = ofKind(qualityFlags(sampleProject()), FlagKind::FigureDiffersFromQuote);
    QVERIFY2(flags.isEmpty(), qPrintable(flags.value(0).message));
}

void TestQualityFlags::responseBeforeRequest()
{
    ProjectData p = projectWith(plain());
    p.letters[1].requestReceived = QDate(2023, 7, 25);
    p.letters[1].responseDate = QDate(2023, 7, 24);
    QList<QualityFlag> flags = qualityFlags(p);
    QCOMPARE(kinds(flags), QList<FlagKind>{FlagKind::ResponseBeforeRequest});
    QCOMPARE(flags.constFirst().returnId, 0);
    QCOMPARE(flags.constFirst().letterId, 1);
    p.letters[1].responseDate = QDate(2023, 7, 25); // the same day is fine
    QVERIFY(qualityFlags(p).isEmpty());
}

void TestQualityFlags::invalidStoredFinancialYear()
{
    ProjectData p = projectWith(plain());
    p.letters[1].financialYear = QStringLiteral("2022/20"); // as older versions truncated "2022/2023"
    QCOMPARE(kinds(qualityFlags(p)), QList<FlagKind>{FlagKind::InvalidFinancialYear});
    p.letters[1].financialYear = QStringLiteral("2022-23");
    const QList<QualityFlag> flags = qualityFlags(p);
    QCOMPARE(kinds(flags), QList<FlagKind>{FlagKind::InvalidFinancialYear});
    QVERIFY2(flags.constFirst().message.contains(QStringLiteral("reads as 2022/23")), qPrintable(flags.constFirst().message));
}

void TestQualityFlags::funderSharesMustMakeTheWhole()
{
    ProgrammeReturn r = plain();
    r.funders = {Funder{QStringLiteral("Council"), {}, 28.0}, Funder{QStringLiteral("PCC"), {}, 32.0},
                 Funder{QStringLiteral("SafeLives"), {}, 40.0}};
    QVERIFY(flagsForReturn(r).isEmpty());
    r.funders[2].sharePercent = 30.0;
    const QList<QualityFlag> flags = flagsForReturn(r);
    QCOMPARE(kinds(flags), QList<FlagKind>{FlagKind::FunderSharesNotWhole});
    QVERIFY2(flags.constFirst().message.contains(QStringLiteral("90")), qPrintable(flags.constFirst().message));
    r.funders[2].sharePercent.reset(); // one funder without a share: nothing to add up
    QVERIFY(flagsForReturn(r).isEmpty());
}

void TestQualityFlags::letterFlagsShowOnEachOfItsReturns()
{
    ProjectData p = projectWith(plain());
    ProgrammeReturn second = plain();
    second.id = 2;
    p.returns.insert(2, second);
    p.letters[1].financialYear = QStringLiteral("2022/20");
    const QMap<Id, QList<QualityFlag>> byReturn = flagsByReturn(p, qualityFlags(p));
    QCOMPARE(kinds(byReturn.value(1)), QList<FlagKind>{FlagKind::InvalidFinancialYear});
    QCOMPARE(kinds(byReturn.value(2)).count(FlagKind::InvalidFinancialYear), 1);
}

void TestQualityFlags::cleanReturnHasNoFlags() { QVERIFY(qualityFlags(projectWith(plain())).isEmpty()); }

void TestQualityFlags::acceptedMoreThanReferred()
{
    ProgrammeReturn r = plain();
    r.figure(FigureField::AgencyAccepted) = Figure::reported(60);
    r.figure(FigureField::AgencyCompleted) = Figure::reported(10);
    const auto flags = flagsForReturn(r);
    QCOMPARE(kinds(flags), QList<FlagKind>{FlagKind::AcceptedExceedsReferred});
    QVERIFY2(flags[0].message.contains(QStringLiteral("60")) && flags[0].message.contains(QStringLiteral("54")),
             qPrintable(flags[0].message));
}

void TestQualityFlags::completedMoreThanAccepted()
{
    ProgrammeReturn r = plain();
    r.figure(FigureField::SelfCompleted) = Figure::reported(10);
    QCOMPARE(kinds(flagsForReturn(r)), QList<FlagKind>{FlagKind::CompletedExceedsAccepted});
}

void TestQualityFlags::fullCompletion()
{
    // Derbyshire's Drive: 77 accepted, 77 completed.
    ProgrammeReturn r = plain();
    r.figure(FigureField::AgencyAccepted) = Figure::reported(77);
    r.figure(FigureField::AgencyReferred) = Figure::reported(101);
    r.figure(FigureField::AgencyCompleted) = Figure::reported(77);
    QCOMPARE(kinds(flagsForReturn(r)), QList<FlagKind>{FlagKind::FullCompletion});
    // 0 of 0 is not "100 %".
    r.figure(FigureField::AgencyAccepted) = Figure::reported(0);
    r.figure(FigureField::AgencyCompleted) = Figure::reported(0);
    QVERIFY(flagsForReturn(r).isEmpty());
}

void TestQualityFlags::missingFiguresAreNotCompared()
{
    ProgrammeReturn r = plain();
    r.figure(FigureField::SelfReferred) = Figure::withStatus(FigureStatus::NotHeld);
    r.figure(FigureField::AgencyAccepted) = Figure::withStatus(FigureStatus::HeldByProvider);
    QVERIFY(flagsForReturn(r).isEmpty());
}

void TestQualityFlags::budgetCaveat()
{
    ProgrammeReturn r = plain();
    r.caveats << Caveat{QStringLiteral("budget includes other support"), {FigureField::Budget}};
    const auto flags = flagsForReturn(r);
    QCOMPARE(kinds(flags), QList<FlagKind>{FlagKind::BudgetNotProgrammeSpecific});
    QVERIFY(flags[0].message.contains(QStringLiteral("budget includes other support")));
    r.caveats = {Caveat{QStringLiteral("runs in one district only"), {}}};
    QVERIFY(flagsForReturn(r).isEmpty());
}

void TestQualityFlags::duplicateReturn()
{
    ProjectData p = projectWith(plain());
    p.letters.insert(2, p.letters.value(1));
    p.letters[2].id = 2;
    ProgrammeReturn again = plain();
    again.id = 2;
    again.letterId = 2;
    p.returns.insert(2, again);
    const auto flags = qualityFlags(p);
    QCOMPARE(kinds(flags), QList<FlagKind>{FlagKind::DuplicateReturn});
    QCOMPARE(flags[0].returnId, Id(2));
    p.letters[1].foiReference = QStringLiteral("FOI 27/2023");
    // It names the letter the first return came from, never an internal id.
    QVERIFY2(qualityFlags(p).constFirst().message.endsWith(QStringLiteral("from FOI 27/2023")),
             qPrintable(qualityFlags(p).constFirst().message));
    // Another cohort is not a duplicate.
    p.letters[2].cohort = Cohort::Female;
    QVERIFY(qualityFlags(p).isEmpty());
}

QTEST_GUILESS_MAIN(TestQualityFlags)
#include "tst_qualityflags.moc"
