// SQLite's own checks of a project file, run before anything of it is shown: the structure of
// its pages and that every index agrees with its table (integrity_check), and the links between
// its records (foreign_key_check). A damaged file can read without an error and still be missing
// records, so reading it is not a check.
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace dapp {

// The problems as SQLite words them ("database disk image is malformed", "row 3 missing from
// index …"); empty when the file is sound. At most `limit` lines.
QStringList sqliteIntegrityProblems(QSqlDatabase &db, int limit = 20);

// Whether the rollback journal at `journalPath` is one SQLite would play back: it starts with
// the journal magic (a journal left behind in PERSIST mode has a zeroed header and is harmless).
// Read as bytes, so checking never plays it back.
bool isHotJournal(const QString &journalPath);

} // namespace dapp
