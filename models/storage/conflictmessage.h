// The words for an edit refused because someone else changed the record first: what they
// changed, from what to what and when, and what of yours was not saved ("bob changed Self
// referred from 12 to 14 at 10:42; your 15 was not saved").
#pragma once

#include "domain/project.h"
#include "storage/projectdatabase.h"

#include <QString>

namespace dapp {

// `seen`: the edit's before (what its editor saw); `mine`: its after; `now`: the project as the
// server holds it now; `conflict`: the record and the stamp of whoever changed it.
QString describeConflict(const ProjectData &seen, const ProjectData &mine, const ProjectData &now,
                         const WriteConflict &conflict);

// The first record of `seen` that `now` no longer holds as it was, with its stamp in `stamps`:
// for an edit (or an undo) whose before no longer matches the project.
std::optional<WriteConflict> firstConflict(const ProjectData &seen, const ProjectData &now, const RecordStamps &stamps);

} // namespace dapp
