// bench_team's simulated analysts: what each does on the team database (edit a figure, add a
// return, import a small batch, read the news now and then) and the record it keeps of every
// write it tries, for the figures and for the check that nothing was lost.
#pragma once

#include "domain/project.h"

#include <QList>
#include <QSemaphore>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>

namespace dapp::bench {

enum class WriteKind { Edit, Add, Batch };
inline constexpr std::array<WriteKind, 3> kAllWriteKinds = {WriteKind::Edit, WriteKind::Add, WriteKind::Batch};
QString kindName(WriteKind kind);

// The mix of one analyst's writes, in percent of them; the rest are batches.
inline constexpr int kEditPercent = 80;
inline constexpr int kAddPercent = 15;
inline constexpr int kHotPercent = 80;   // of the edits, those that go to a hot return
inline constexpr int kBatchReturns = 20; // returns one batch import adds

// One write an analyst tried.
struct Attempt
{
    int analyst = 0;
    int sequence = 0; // the analyst's writes, counted from 0
    WriteKind kind = WriteKind::Edit;
    bool committed = false;
    bool conflict = false; // refused because someone else changed the return first
    QString error;         // why it was refused
    qint64 micros = 0;     // apply(), from call to return
    // An edit: the return as the analyst saw it and as it was written, one figure changed to a
    // value no other write uses.
    Id returnId = 0;
    FigureField field = FigureField::SelfReferred;
    qint64 value = 0;
    ProgrammeReturn before;
    ProgrammeReturn after;
    // An add or a batch: the letter, programmes and returns it added.
    ProjectData added;

    QString describe() const; // "analyst 3 write 17: edit of return 12, Budget = 4000000017, committed"
};

struct AnalystLog
{
    QString openError;
    QList<Attempt> attempts;
    QList<qint64> refreshMicros;
    QStringList refreshErrors;
};

// What the analysts' threads share with the one that runs them.
struct LoadRun
{
    QSemaphore ready; // released by each analyst once its project is open (or could not be)
    QSemaphore go;    // released once for each analyst when all are ready
    std::atomic<bool> stop{false};
    ProjectData sample; // what additions copy their records from
    QList<Id> hot;      // the returns most edits go to, so that analysts collide
    quint64 seed = 1;
    // Each analyst's pause after a write, drawn evenly from 0 to twice this (the time a person
    // spends reading and typing); the window takes in others' news meanwhile. 0: flat out.
    // bench_team sets it (--pause).
    int pauseMs = 0;
};

// One analyst: opens the team database at `address` with a ProjectStore of its own, waits for
// `run.go`, then writes until `run.stop`, keeping every attempt in `log`. Runs on its own thread.
void runAnalyst(int analyst, const QString &address, LoadRun &run, AnalystLog &log);

} // namespace dapp::bench
