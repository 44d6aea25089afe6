// Writes one edit (a before/after slice) to a project's database; projectreader.h reads it.
// Plain functions over a QSqlDatabase, so the same code serves SQLite and PostgreSQL.
#pragma once

#include "domain/progress.h"
#include "domain/project.h"
#include "storage/projectreader.h"
#include "storage/recordstamps.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace dapp {

// A record someone else changed or removed after the editor read it: the change was refused.
struct WriteConflict
{
    RecordTable table = RecordTable::Return;
    Id id = 0;
    bool removed = false; // else changed: `theirs` is its stamp now
    RecordStamp theirs;
    // A removal refused because someone else has added a record that belongs to it (a return
    // of a letter or programme, a letter's context figure) since it was read.
    bool dependantsAdded = false;
};

// A change to a database several people write at once. Updates and deletes apply only to the
// revision `stamps` holds (what the editor saw); after the commit `stamps` holds the new ones,
// stamped with `user` and the server's time. With `notifyChannel`, the commit also notifies
// every other client listening on it which records changed (PostgreSQL's NOTIFY, delivered on
// commit only): a JSON object {"by": user, "letters": [ids], "programmes": […], "returns": […],
// "context_figures": […]}, or {"by": user, "all": true} when the ids would not fit.
struct SharedWrite
{
    RecordStamps *stamps = nullptr;
    QString user;
    QString notifyChannel;
    std::optional<WriteConflict> conflict; // set when the change was refused for a conflict
    // The server's error when a statement or the commit failed (servererror.h tells a refused
    // right, isPermissionRefused, from the rest); none otherwise.
    QSqlError serverError = QSqlError();
};

// Deletes what `before` has and `after` lacks, and writes what `after` has that differs,
// in one transaction. Nothing is written when it fails, or when `progress` cancels it.
bool writeChange(QSqlDatabase &db, const ProjectData &before, const ProjectData &after, QString *error,
                 const Progress &progress = {}, SharedWrite *shared = nullptr);

} // namespace dapp
