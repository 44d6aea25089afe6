// An edit refused on a team database, put on top of the other person's change ("Apply Mine on
// Top"), and the words that explain the refusal; no server needed.
#include "editing/reapply.h"
#include "storage/conflictmessage.h"
#include "storage/projectjson.h"

#include <QDateTime>
#include <QtTest>

using namespace dapp;

class TestReapply : public QObject
{
    Q_OBJECT
private slots:
    void myFieldOnTopOfTheirOtherField();
    void mySameFieldWins();
    void myNumberKeepsTheirNoteAndQuote();
    void aContextFiguresKindGoesWithItsValue();
    void myRemovalOverTheirChange();
    void listsMergeWhatEachAddedOrRemoved();
    void theirRemovalLeavesMineOut();
    void nothingLeftToChange();
    void theRefusalSaysWhoWhatAndWhen();
    void aRemovalIsSaid();

private:
    static ProjectData returnSlice(const ProjectData &data, Id id)
    {
        ProjectData s;
        s.returns.insert(id, data.returns.value(id));
        return s;
    }
};

void TestReapply::myFieldOnTopOfTheirOtherField()
{
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    const ProjectData seen = returnSlice(sample, id);
    ProjectData mine = seen;
    mine.returns[id].figure(FigureField::Budget) = Figure::reported(1234500);
    ProjectData now = seen;
    now.returns[id].figure(FigureField::SelfReferred) = Figure::reported(14);
    now.returns[id].referrers << QStringLiteral("Probation");
    const ReappliedChange c = reapplyOnTop(seen, mine, now);
    QCOMPARE(c.before, now);
    const ProgrammeReturn &r = c.after.returns.value(id);
    QCOMPARE(r.figure(FigureField::Budget).value, 1234500);        // mine
    QCOMPARE(r.figure(FigureField::SelfReferred).value, 14);       // theirs, kept
    QVERIFY(r.referrers.contains(QStringLiteral("Probation")));   // theirs, kept
    QCOMPARE(c.gone, 0);
    QVERIFY(!c.isEmpty());
}

void TestReapply::mySameFieldWins()
{
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    const ProjectData seen = returnSlice(sample, id);
    ProjectData mine = seen;
    mine.returns[id].figure(FigureField::SelfReferred) = Figure::reported(15);
    ProjectData now = seen;
    now.returns[id].figure(FigureField::SelfReferred) = Figure::reported(14);
    const ReappliedChange c = reapplyOnTop(seen, mine, now);
    QCOMPARE(c.after.returns.value(id).figure(FigureField::SelfReferred).value, 15);
    QCOMPARE(c.before.returns.value(id).figure(FigureField::SelfReferred).value, 14);
}

void TestReapply::myNumberKeepsTheirNoteAndQuote()
{
    // A figure's number, its note and its quote are apart: my corrected number goes over their
    // version without taking back the note and quote they set meanwhile, and theirs over mine.
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    const ProjectData seen = returnSlice(sample, id);
    ProjectData mine = seen;
    mine.returns[id].figure(FigureField::SelfReferred).status = FigureStatus::Reported;
    mine.returns[id].figure(FigureField::SelfReferred).value = 77;
    mine.returns[id].figure(FigureField::AgencyReferred).setNote(QStringLiteral("my note"));
    ProjectData now = seen;
    now.returns[id].figure(FigureField::SelfReferred).setNote(QStringLiteral("their note"));
    now.returns[id].figure(FigureField::SelfReferred).setQuote(QStringLiteral("their quote"));
    now.returns[id].figure(FigureField::AgencyReferred) = Figure::withStatus(FigureStatus::NotHeld);
    const ReappliedChange c = reapplyOnTop(seen, mine, now);
    const Figure self = c.after.returns.value(id).figure(FigureField::SelfReferred);
    QCOMPARE(self.status, FigureStatus::Reported);
    QCOMPARE(self.value, 77);                                // mine
    QCOMPARE(self.note(), QStringLiteral("their note"));       // theirs, kept
    QCOMPARE(self.quote(), QStringLiteral("their quote"));     // theirs, kept
    const Figure agency = c.after.returns.value(id).figure(FigureField::AgencyReferred);
    QCOMPARE(agency.status, FigureStatus::NotHeld);          // theirs: a missing figure stays missing
    QCOMPARE(agency.note(), QStringLiteral("my note"));        // mine
}

void TestReapply::aContextFiguresKindGoesWithItsValue()
{
    // I corrected a count from 12 to 15 while someone made it money (£12, 1200 pence): my 15
    // goes on top as the count it was typed as, never as 15 pence.
    ContextFigure c;
    c.id = 7;
    c.label = QStringLiteral("referrals");
    c.kind = FigureKind::Count;
    c.figure = Figure::reported(12, QStringLiteral("twelve"));
    ProjectData seen;
    seen.contextFigures.insert(c.id, c);
    ProjectData mine = seen;
    mine.contextFigures[c.id].figure.value = 15;
    ProjectData now = seen;
    now.contextFigures[c.id].kind = FigureKind::Money;
    now.contextFigures[c.id].figure.value = 1200;
    now.contextFigures[c.id].figure.setNote(QStringLiteral("their note"));
    const ContextFigure out = reapplyOnTop(seen, mine, now).after.contextFigures.value(c.id);
    QCOMPARE(out.kind, FigureKind::Count);
    QCOMPARE(out.figure.value, 15);
    QCOMPARE(out.figure.note(), QStringLiteral("their note"));
    QCOMPARE(out.figure.quote(), QStringLiteral("twelve"));
}

void TestReapply::myRemovalOverTheirChange()
{
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    const ProjectData seen = returnSlice(sample, id);
    ProjectData now = seen;
    now.returns[id].figure(FigureField::SelfReferred) = Figure::reported(14);
    const ReappliedChange c = reapplyOnTop(seen, ProjectData{}, now);
    QCOMPARE(c.before, now); // their version is what goes
    QVERIFY(c.after.returns.isEmpty());
}

// Bob and I each changed a list of the same return while the other's change was unseen: my
// additions and removals go onto his list, and nothing he added goes.
void TestReapply::listsMergeWhatEachAddedOrRemoved()
{
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    ProjectData seen = returnSlice(sample, id);
    ProgrammeReturn &base = seen.returns[id];
    base.referrers = {QStringLiteral("Police"), QStringLiteral("MARAC")};
    base.funders = {Funder{QStringLiteral("OPCC"), std::nullopt, 40.0}};
    base.caveats = {Caveat{QStringLiteral("covers all crime types"), {FigureField::AgencyReferred}}};

    ProjectData mine = seen;
    ProgrammeReturn &m = mine.returns[id];
    m.referrers = {QStringLiteral("Police"), QStringLiteral("Probation")}; // MARAC out, Probation in
    m.funders << Funder{QStringLiteral("Home Office"), 9107500, std::nullopt};
    m.caveats[0].fields << FigureField::AgencyAccepted; // my ticks on his caveat

    ProjectData now = seen;
    ProgrammeReturn &t = now.returns[id];
    t.referrers << QStringLiteral("Children's Services");
    t.funders[0].sharePercent = 60.0; // his new share
    t.caveats << Caveat{QStringLiteral("two still engaging"), {FigureField::AgencyCompleted}};

    const ProgrammeReturn r = reapplyOnTop(seen, mine, now).after.returns.value(id);
    QCOMPARE(r.referrers, QStringList({QStringLiteral("Police"), QStringLiteral("Probation"),
                                       QStringLiteral("Children's Services")}));
    QCOMPARE(r.funders.size(), 2);
    QCOMPARE(r.funders.at(0).sharePercent, std::optional<double>(60.0)); // his, kept
    QCOMPARE(r.funders.at(1).name, QStringLiteral("Home Office"));      // mine, after it
    QCOMPARE(r.caveats.size(), 2);
    QCOMPARE(r.caveats.at(0).fields, QList<FigureField>({FigureField::AgencyReferred, FigureField::AgencyAccepted}));
    QCOMPARE(r.caveats.at(1).text, QStringLiteral("two still engaging")); // his, kept

    // Both of us changed the same funder's share: it is there once, mine (Apply Mine on Top).
    ProjectData bothMine = seen;
    bothMine.returns[id].funders[0].sharePercent = 45.0;
    const QList<Funder> one = reapplyOnTop(seen, bothMine, now).after.returns.value(id).funders;
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0).sharePercent, std::optional<double>(45.0));

    // Both of us added the same referrer: it is there once.
    now.returns[id].referrers << QStringLiteral("Probation");
    const QStringList once = reapplyOnTop(seen, mine, now).after.returns.value(id).referrers;
    QCOMPARE(once.count(QStringLiteral("Probation")), 1);
    QVERIFY(!once.contains(QStringLiteral("MARAC")));
}

void TestReapply::theirRemovalLeavesMineOut()
{
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    const ProjectData seen = returnSlice(sample, id);
    ProjectData mine = seen;
    mine.returns[id].figure(FigureField::SelfReferred) = Figure::reported(15);
    const ReappliedChange c = reapplyOnTop(seen, mine, ProjectData{});
    QCOMPARE(c.gone, 1);
    QVERIFY(c.isEmpty()); // never brought back
}

void TestReapply::nothingLeftToChange()
{
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    const ProjectData seen = returnSlice(sample, id);
    ProjectData mine = seen;
    mine.returns[id].figure(FigureField::SelfReferred) = Figure::reported(14);
    const ReappliedChange c = reapplyOnTop(seen, mine, mine); // they typed the same
    QVERIFY(c.isEmpty());
    QVERIFY(!reapplyCommand(nullptr, c));
}

void TestReapply::theRefusalSaysWhoWhatAndWhen()
{
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    ProjectData seen = returnSlice(sample, id);
    seen.returns[id].figure(FigureField::SelfReferred) = Figure::reported(12);
    ProjectData mine = seen;
    mine.returns[id].figure(FigureField::SelfReferred) = Figure::reported(15);
    ProjectData now = sample;
    now.returns[id] = seen.returns[id];
    now.returns[id].figure(FigureField::SelfReferred) = Figure::reported(14);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const WriteConflict conflict{RecordTable::Return, id, false, RecordStamp{3, QStringLiteral("bob"), at.toString(Qt::ISODate)}};
    const QString message = describeConflict(seen, mine, now, conflict);
    const QString time = QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    QVERIFY2(message.startsWith(QStringLiteral("bob changed Self referred from 12 to 14 of the return of ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" at %1; your 15 was not saved.").arg(time)), qPrintable(message));
    // Another field of mine is named with its value.
    ProjectData budget = seen;
    budget.returns[id].figure(FigureField::Budget) = Figure::reported(99900);
    QVERIFY2(describeConflict(seen, budget, now, conflict).contains(QStringLiteral("your Budget £999 was not saved")),
             qPrintable(describeConflict(seen, budget, now, conflict)));
    // The conflict is found in a slice that no longer matches.
    RecordStamps stamps;
    stamps.returns.insert(id, conflict.theirs);
    const std::optional<WriteConflict> found = firstConflict(seen, now, stamps);
    QVERIFY(found);
    QCOMPARE(found->id, id);
    QCOMPARE(found->theirs.changedBy, QStringLiteral("bob"));
    QVERIFY(!firstConflict(returnSlice(now, id), now, stamps));
}

void TestReapply::aRemovalIsSaid()
{
    const ProjectData sample = sampleProject();
    const Id id = sample.returns.firstKey();
    const ProjectData seen = returnSlice(sample, id);
    ProjectData mine = seen;
    mine.returns[id].figure(FigureField::SelfReferred) = Figure::reported(15);
    ProjectData now = sample;
    now.returns.remove(id);
    const QString message = describeConflict(seen, mine, now, WriteConflict{RecordTable::Return, id, true, {}});
    QVERIFY2(message.startsWith(QStringLiteral("Someone else removed the return of ")), qPrintable(message));
    QVERIFY(message.endsWith(QStringLiteral("your change was not saved.")));
}

QTEST_GUILESS_MAIN(TestReapply)
#include "tst_reapply.moc"
