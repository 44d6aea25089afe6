// bench_team's check of the database after the load, read on a fresh connection: every committed
// write there exactly once, every refused one nowhere, and each return's committed edits one
// chain of revisions ending in what the database holds.
#pragma once

#include "teamload.h"

#include "storage/recordstamps.h"

#include <QList>
#include <QStringList>

namespace dapp::bench {

// The offending writes and records, each described in a line.
struct Verdict
{
    QStringList lost;              // a committed write whose effect is not (or no longer) there
    QStringList twice;             // a record or revision more than the committed writes explain
    QStringList refusedYetWritten; // a refused write whose values are there
    bool correct() const { return lost.isEmpty() && twice.isEmpty() && refusedYetWritten.isEmpty(); }
};

// `baseline`: the project as published, before the load; `final` and `stamps`: as it is after.
// Checks every hot return, and every other that an edit reached or an addition brought.
Verdict verifyLoad(const ProjectData &baseline, const ProjectData &final, const RecordStamps &stamps,
                   const QList<const Attempt *> &attempts, const QList<Id> &hot);

} // namespace dapp::bench
