// The project a writing command (import, extract --commit) adds to: a team database named by
// its address, an existing project file, or a file that does not exist yet (a new project).
#pragma once

#include "storage/projectstore.h"

#include <QString>

namespace dapp::cli {

// Opens `target` in `store`: a team database, a file for writing (`readOnly`: only reading,
// as --dry-run does), or a new untitled project when the file does not exist.
bool openTarget(ProjectStore &store, const QString &target, bool readOnly, QString *error);
// After store.apply(): a file is written (replaced whole, so a killed process leaves it as it
// was); a team database committed the change already.
bool keepTarget(ProjectStore &store, const QString &target, QString *error);
// How `target` is named in messages: the file's path, or "dapp on db.example as alice".
QString targetName(const ProjectStore &store, const QString &target);

} // namespace dapp::cli
