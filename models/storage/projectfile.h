// Writing a project file safely: the new file is written whole beside the target and renamed
// over it, the version it replaces is kept as a backup, and a failure (a full disk, a read-only
// folder, a drive that was removed, a name the system refuses) is explained in words and leaves
// the old file as it was.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dapp {

struct BackupPolicy
{
    enum class Kind { None, Single, Numbered };
    Kind kind = Kind::Single; // FILE.dapp~
    int keep = 5;             // for Numbered: FILE.dapp.~1~, ~2~, … the newest has the highest number
};

// Copies the open database `db` to `path` (into a file beside it, then a rename: its own bytes
// when it has no free pages, otherwise VACUUM INTO), keeping the file it replaces as `policy` says. On failure nothing at `path` changed and `error` says why.
// The unfinished files of earlier saves into that folder whose process was killed are removed.
bool writeProjectFile(QSqlDatabase &db, const QString &path, const BackupPolicy &policy, QString *error);
// The name of the unfinished file a save by process `pid` writes before its rename
// (".dapp-saving-HOST-PID-UNIQUE"); SQLite's journal of it adds "-journal".
QString unfinishedSaveName(qint64 pid, const QString &unique);

// Keeps the file at `path` as a backup, as `policy` says: a hard link where the file system has
// them (no space needed), else a copy. False, with `error`, when the backup could not be made.
bool keepBackup(const QString &path, const BackupPolicy &policy, QString *error);
// The numbered backups of `path` that exist, oldest first.
QStringList numberedBackups(const QString &path);

} // namespace dapp
