// Data-quality flags: suspicious entries are flagged, and nothing else is.
#include "domain/qualityflags.h"

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
};

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
    // Another cohort is not a duplicate.
    p.letters[2].cohort = Cohort::Female;
    QVERIFY(qualityFlags(p).isEmpty());
}

QTEST_GUILESS_MAIN(TestQualityFlags)
#include "tst_qualityflags.moc"
