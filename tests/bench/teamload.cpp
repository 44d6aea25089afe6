// bench_team's simulated analysts (teamload.h).
#include "teamload.h"

#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <iterator>
#include <random>

namespace dapp::bench {

namespace {

// A value no other write uses, that says who wrote it: 4,000,000,017 is analyst 3's write 17.
qint64 traceValue(int analyst, int sequence)
{
    return qint64(analyst + 1) * 1'000'000'000 + sequence;
}

QString traceText(int analyst, int sequence)
{
    return QStringLiteral("bench analyst %1 write %2").arg(analyst).arg(sequence);
}

// One figure of a return as the analyst's store has it now: a hot return mostly, else any.
Attempt makeEdit(const ProjectStore &store, const LoadRun &run, std::mt19937_64 &rng, int analyst, int sequence)
{
    Attempt a;
    a.kind = WriteKind::Edit;
    const QMap<Id, ProgrammeReturn> &returns = store.data().returns;
    if (rng() % 100 < kHotPercent || returns.isEmpty()) {
        a.returnId = run.hot.at(qsizetype(rng() % quint64(run.hot.size())));
    } else {
        auto it = returns.cbegin();
        std::advance(it, qsizetype(rng() % quint64(returns.size())));
        a.returnId = it.key();
    }
    a.field = kAllFigureFields.at(rng() % kAllFigureFields.size());
    a.value = traceValue(analyst, sequence);
    a.before = returns.value(a.returnId);
    a.after = a.before;
    Figure &figure = a.after.figure(a.field);
    figure.status = FigureStatus::Reported;
    figure.value = a.value;
    figure.setNote(traceText(analyst, sequence));
    return a;
}

// A letter with `count` programmes and a return of each, ids from the server's sequences, the
// letter's reference and every return traced to this write.
Attempt makeAddition(ProjectStore &store, const LoadRun &run, WriteKind kind, int count, int analyst, int sequence)
{
    Attempt a;
    a.kind = kind;
    Letter letter = run.sample.letters.first();
    letter.id = store.allocateLetterId();
    letter.foiReference = traceText(analyst, sequence);
    a.added.letters.insert(letter.id, letter);
    for (int i = 0; i < count; ++i) {
        Programme programme = run.sample.programmes.first();
        programme.id = store.allocateProgrammeId();
        programme.name = QStringLiteral("%1, programme %2").arg(letter.foiReference).arg(i + 1);
        ProgrammeReturn r = run.sample.returns.first();
        r.id = store.allocateReturnId();
        r.letterId = letter.id;
        r.programmeId = programme.id;
        r.source = letter.foiReference;
        r.figure(FigureField::SelfReferred) = Figure::reported(traceValue(analyst, sequence), QString(), r.source);
        a.added.programmes.insert(programme.id, programme);
        a.added.returns.insert(r.id, r);
    }
    return a;
}

} // namespace

QString kindName(WriteKind kind)
{
    switch (kind) {
    case WriteKind::Edit: return QStringLiteral("edit");
    case WriteKind::Add: return QStringLiteral("add");
    case WriteKind::Batch: return QStringLiteral("batch");
    }
    return {};
}

QString Attempt::describe() const
{
    QString s = QStringLiteral("analyst %1 write %2: %3").arg(analyst).arg(sequence).arg(kindName(kind));
    if (kind == WriteKind::Edit)
        s += QStringLiteral(" of return %1, %2 = %3").arg(returnId).arg(fieldLabel(field)).arg(value);
    else
        s += QStringLiteral(" of letter %1 with %2 returns")
                 .arg(added.letters.isEmpty() ? Id(0) : added.letters.firstKey())
                 .arg(added.returns.size());
    if (committed)
        return s + QStringLiteral(", committed");
    return s + QStringLiteral(", refused (%1)").arg(conflict ? QStringLiteral("conflict") : error);
}

void runAnalyst(int analyst, const QString &address, LoadRun &run, AnalystLog &log)
{
    ProjectStore store;
    QString error;
    const bool opened = store.openTeam(address, &error);
    QObject::connect(&store, &ProjectStore::failed, [&log](const QString &why) { log.refreshErrors << why; });
    log.openError = opened ? QString() : error;
    run.ready.release();
    run.go.acquire();
    if (!opened)
        return;
    // Seeded, so that each run makes the same choices (the interleaving is the server's).
    std::mt19937_64 rng(run.seed * 1000 + quint64(analyst));
    for (int sequence = 0; !run.stop.load(std::memory_order_relaxed); ++sequence) {
        const int dice = int(rng() % 100);
        Attempt a = dice < kEditPercent                 ? makeEdit(store, run, rng, analyst, sequence)
                    : dice < kEditPercent + kAddPercent ? makeAddition(store, run, WriteKind::Add, 1, analyst, sequence)
                                                        : makeAddition(store, run, WriteKind::Batch, kBatchReturns, analyst, sequence);
        a.analyst = analyst;
        a.sequence = sequence;
        ProjectData before;
        ProjectData after = a.added;
        if (a.kind == WriteKind::Edit) {
            before.returns.insert(a.returnId, a.before);
            after.returns.insert(a.returnId, a.after);
        }
        QElapsedTimer timer;
        timer.start();
        a.committed = store.apply(before, after, &error);
        a.micros = timer.nsecsElapsed() / 1000;
        if (!a.committed) {
            // Refused for a conflict, the store has read the return again: someone else's change.
            a.conflict = a.kind == WriteKind::Edit && store.data().returns.value(a.returnId) != a.before;
            a.error = error;
        }
        log.attempts << a;
        // Others' news, taken in as a window takes it: the notifications that arrived since,
        // each read for the records it names.
        timer.restart();
        QCoreApplication::processEvents();
        log.refreshMicros << timer.nsecsElapsed() / 1000;
        if (run.pauseMs > 0) {
            QEventLoop pause; // news arriving meanwhile is taken in, as by an idle window
            QTimer::singleShot(int(rng() % quint64(2 * run.pauseMs + 1)), &pause, &QEventLoop::quit);
            pause.exec();
        }
    }
}

} // namespace dapp::bench
