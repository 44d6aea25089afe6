// The live comparison and its flag index: after any edit, undo or redo they hold exactly what
// computing everything afresh gives, while an edit of figures touches only its own rows.
#include "domain/comparison.h"
#include "domain/qualityflags.h"
#include "editing/edits.h"
#include "itemmodels/flagslistmodel.h"
#include "itemmodels/livecomparison.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace dapp;

class TestLiveComparison : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void startsAsComputedAfresh();
    void figureEditRecomputesOnlyItsRow();
    void everyKindOfEditMatchesAFreshComputation();
    void caveatsRenumberTheFootnotes();
    void filterReplacesTheRows();
    void flagListFollowsEdits();
    void flagListFollowsALargeChangeAtOnce();

private:
    void checkFresh(); // the live state equals a fresh computation
    Id returnOf(const QString &programme, const QString &provider) const;

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<LiveComparison> m_live;
    std::unique_ptr<QUndoStack> m_stack;
};

void TestLiveComparison::init()
{
    m_store = test::sampleStore();
    m_live = std::make_unique<LiveComparison>(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
}

void TestLiveComparison::cleanup()
{
    m_stack.reset();
    m_live.reset();
    m_store.reset();
}

Id TestLiveComparison::returnOf(const QString &programme, const QString &provider) const
{
    for (const ProgrammeReturn &r : m_store->data().returns) {
        const Programme p = m_store->data().programmes.value(r.programmeId);
        if (p.name == programme && p.provider == provider)
            return r.id;
    }
    return 0;
}

void TestLiveComparison::checkFresh()
{
    const ProjectData &project = m_store->data();
    const Comparison fresh = computeComparison(project, m_live->filter());
    const Comparison &live = m_live->comparison();
    QCOMPARE(live.rows.size(), fresh.rows.size());
    for (qsizetype i = 0; i < fresh.rows.size(); ++i) {
        const ComparisonRow &a = live.rows[i];
        const ComparisonRow &b = fresh.rows[i];
        QCOMPARE(a.returnId, b.returnId);
        QCOMPARE(a.programme, b.programme);
        QCOMPARE(a.provider, b.provider);
        QCOMPARE(a.areaName, b.areaName);
        QVERIFY(a.figures == b.figures);
        QVERIFY(a.measures == b.measures);
        QCOMPARE(a.footnotes, b.footnotes);
        QVERIFY(a.flags == b.flags);
        QCOMPARE(a.source, b.source);
        QCOMPARE(m_live->rowOfReturn(a.returnId), int(i));
    }
    QCOMPARE(live.footnotes, fresh.footnotes);
    QCOMPARE(live.sources, fresh.sources);
    for (size_t f = 0; f < fresh.totals.size(); ++f) {
        QCOMPARE(live.totals[f].value, fresh.totals[f].value);
        QCOMPARE(live.totals[f].partial, fresh.totals[f].partial);
        QCOMPARE(live.totals[f].rowsWithoutNumber, fresh.totals[f].rowsWithoutNumber);
    }
    QVERIFY(m_live->flags().all() == qualityFlags(project));
    QCOMPARE(m_live->flags().count(), int(qualityFlags(project).size()));
}

void TestLiveComparison::startsAsComputedAfresh() { checkFresh(); }

void TestLiveComparison::figureEditRecomputesOnlyItsRow()
{
    const Id drive = returnOf(QStringLiteral("Drive"), QStringLiteral("Glow"));
    QVERIFY(drive);
    QSignalSpy rows(m_live.get(), &LiveComparison::rowsChanged);
    QSignalSpy resets(m_live.get(), &LiveComparison::reset);
    const qint64 before = *m_live->comparison().totals[size_t(FigureField::AgencyReferred)].value;
    m_stack->push(setFigureCommand(m_store.get(), drive, FigureField::AgencyReferred, Figure::reported(111)).release());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(rows.count(), 1);
    QCOMPARE(rows.first().first().value<QList<int>>(), QList<int>{m_live->rowOfReturn(drive)});
    const ComparisonRow &row = m_live->comparison().rows[m_live->rowOfReturn(drive)];
    QCOMPARE(row.figures[size_t(FigureField::AgencyReferred)].value, 111);
    QCOMPARE(*row.measures.value(MeasureId::AgencyAcceptanceRate).value, 77.0 / 111.0);
    QCOMPARE(*m_live->comparison().totals[size_t(FigureField::AgencyReferred)].value, before + 10);
    checkFresh();

    // A number made missing makes its rate missing and the total partial, never a 0.
    m_stack->push(setFigureCommand(m_store.get(), drive, FigureField::AgencyReferred,
                                   Figure::withStatus(FigureStatus::NotHeld)).release());
    const ComparisonRow &missing = m_live->comparison().rows[m_live->rowOfReturn(drive)];
    QVERIFY(!missing.measures.value(MeasureId::AgencyAcceptanceRate).value);
    QVERIFY(m_live->comparison().totals[size_t(FigureField::AgencyReferred)].partial);
    checkFresh();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(*m_live->comparison().totals[size_t(FigureField::AgencyReferred)].value, before);
    checkFresh();
}

void TestLiveComparison::everyKindOfEditMatchesAFreshComputation()
{
    ProjectStore *store = m_store.get();
    const Id drive = returnOf(QStringLiteral("Drive"), QStringLiteral("Glow"));
    const ProgrammeReturn r = store->data().returns.value(drive);

    // Accepted above referred raises a flag on that return alone.
    m_stack->push(setFigureCommand(store, drive, FigureField::AgencyAccepted, Figure::reported(500)).release());
    checkFresh();
    // The programme renamed so that it duplicates another of its letter: both groups change.
    Programme p = store->data().programmes.value(r.programmeId);
    p.name = store->data().programmes.value(store->data().returns.value(returnOf(QStringLiteral("Changes Program"),
                                                                                 QStringLiteral("The Elm Foundation")))
                                                 .programmeId)
                 .name;
    p.provider = QStringLiteral("The Elm Foundation");
    m_stack->push(updateProgrammeCommand(store, p).release());
    checkFresh();
    // A letter's year and cohort move its returns: rows reorder.
    Letter l = store->data().letters.value(r.letterId);
    l.financialYear = QStringLiteral("2019/20");
    l.responseDate = l.requestReceived.addDays(-3); // and a letter flag
    m_stack->push(updateLetterCommand(store, l).release());
    checkFresh();
    // A return added and removed.
    m_stack->push(addProgrammeCommand(store, r.letterId, QStringLiteral("New programme"), QString()).release());
    checkFresh();
    m_stack->push(removeReturnCommand(store, drive).release());
    checkFresh();
    // Caveats and funders.
    ProgrammeReturn other = store->data().returns.first();
    other.caveats << Caveat{QStringLiteral("a new caveat on the budget"), {FigureField::Budget}};
    m_stack->push(updateReturnCommand(store, other).release());
    checkFresh();
    // A whole letter removed, then everything undone and redone.
    m_stack->push(removeLetterCommand(store, r.letterId).release());
    checkFresh();
    while (m_stack->canUndo()) {
        m_stack->undo();
        checkFresh();
    }
    while (m_stack->canRedo()) {
        m_stack->redo();
        checkFresh();
    }
}

void TestLiveComparison::caveatsRenumberTheFootnotes()
{
    ProgrammeReturn first = m_store->data().returns.value(m_live->comparison().rows.first().returnId);
    first.caveats.prepend(Caveat{QStringLiteral("the first caveat of all"), {FigureField::SelfReferred}});
    m_stack->push(updateReturnCommand(m_store.get(), first).release());
    QCOMPARE(m_live->comparison().footnotes.first(), QStringLiteral("the first caveat of all"));
    QCOMPARE(m_live->comparison().rows.first().footnotes.first(), 1);
    checkFresh();
}

void TestLiveComparison::filterReplacesTheRows()
{
    QSignalSpy resets(m_live.get(), &LiveComparison::reset);
    ComparisonFilter derbyshire;
    derbyshire.areaCodes = {QStringLiteral("E23000018")};
    m_live->setFilter(derbyshire);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_live->comparison().rows.size(), 4);
    checkFresh();
    // A return outside the filter changes no row.
    QSignalSpy rows(m_live.get(), &LiveComparison::rowsChanged);
    Id avon = 0;
    for (const ProgrammeReturn &r : m_store->data().returns)
        if (m_store->data().letters.value(r.letterId).areaCode != QStringLiteral("E23000018"))
            avon = r.id;
    m_stack->push(setFigureCommand(m_store.get(), avon, FigureField::SelfReferred, Figure::reported(3)).release());
    QCOMPARE(rows.count(), 0);
    checkFresh();
    // A provider filter: renaming a provider moves its returns out.
    ComparisonFilter glow;
    glow.providers = {QStringLiteral("Glow")};
    m_live->setFilter(glow);
    QCOMPARE(m_live->comparison().rows.size(), 2);
    const Id drive = returnOf(QStringLiteral("Drive"), QStringLiteral("Glow"));
    m_stack->push(editProgrammeOfReturnCommand(m_store.get(), drive, [&] {
                      Programme p = m_store->data().programmes.value(m_store->data().returns.value(drive).programmeId);
                      p.provider = QStringLiteral("Someone else");
                      return p;
                  }()).release());
    QCOMPARE(m_live->comparison().rows.size(), 1);
    checkFresh();
}

// What the flags list shows, in order.
QList<QualityFlag> listedFlags(const FlagsListModel &model)
{
    QList<QualityFlag> flags;
    for (int i = 0; i < model.rowCount(); ++i)
        flags << model.flagAt(i);
    return flags;
}

void TestLiveComparison::flagListFollowsEdits()
{
    FlagsListModel model(m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto listed = [&] { return listedFlags(model); };
    QVERIFY(listed() == qualityFlags(m_store->data()));
    const Id drive = returnOf(QStringLiteral("Drive"), QStringLiteral("Glow"));
    m_stack->push(setFigureCommand(m_store.get(), drive, FigureField::AgencyAccepted, Figure::reported(500)).release());
    QVERIFY(listed() == qualityFlags(m_store->data()));
    Letter l = m_store->data().letters.first();
    l.responseDate = QDate(2000, 1, 1);
    l.requestReceived = QDate(2000, 2, 1);
    m_stack->push(updateLetterCommand(m_store.get(), l).release());
    QVERIFY(listed() == qualityFlags(m_store->data()));
    QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("dated before the request")));
    while (m_stack->canUndo()) {
        m_stack->undo();
        QVERIFY(listed() == qualityFlags(m_store->data()));
    }
}

// An import of many returns, and its undo: the list is made afresh at once (replacing in place,
// record by record, moved the whole list once a record), and is still exactly the flags.
void TestLiveComparison::flagListFollowsALargeChangeAtOnce()
{
    FlagsListModel model(m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto listed = [&] { return listedFlags(model); };
    const ProjectData before = m_store->data();
    ProjectData after = before;
    const QList<ProgrammeReturn> originals = before.returns.values();
    for (int i = 0; i < 500; ++i) {
        ProgrammeReturn r = originals.at(i % originals.size());
        r.id = m_store->allocateReturnId();
        r.figure(FigureField::SelfAccepted) = Figure::reported(1000 + i); // more accepted than referred: flagged
        after.returns.insert(r.id, r);
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QString error;
    QVERIFY2(m_store->apply(before, after, &error), qPrintable(error));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(model.rowCount() > 500);
    QVERIFY(listed() == qualityFlags(m_store->data()));
    QVERIFY2(m_store->apply(after, before, &error), qPrintable(error));
    QCOMPARE(reset.size(), 2);
    QVERIFY(listed() == qualityFlags(m_store->data()));
}

QTEST_GUILESS_MAIN(TestLiveComparison)
#include "tst_livecomparison.moc"
