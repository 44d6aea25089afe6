// "Recover what can be read": a project file that SQLite's checks find damaged is read table by
// table and row by row, past the pages that cannot be read, into a new project; what was lost is
// counted and said in words. The damaged file is never written to, nor anything beside it.
#pragma once

#include "domain/project.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

struct SalvageReport
{
    struct Table
    {
        QString table;     // SQL table name
        QString shownName; // words a user understands: "letters", "programmes", "returns", "figures", …
        int read = 0;      // rows recovered (and kept)
        // Rows known to be lost: in pages that could not be read (when countable), whose values
        // no project holds (a damaged record), or whose parent record was lost.
        int lost = 0;
        // False when more rows may be lost than `lost` says (a damaged page and no intact index
        // to count its rows); `problems` then says where, and at most how many when it can.
        bool lostCountKnown = true;
        QStringList problems; // what happened, in words, one entry each
    };
    QList<Table> tables;
    // About the file as a whole: its schema version brought up to date, a journal or write-ahead
    // log beside it that was not read, damage to reference data that lost nothing.
    QStringList notes;

    bool anythingLost() const;
    // One line per table ("letters: 3 read, 3 lost — ids 4–6 could not be read (damaged page)"),
    // then the notes; for a dialog and for the command line.
    QStringList summaryLines() const;
};

// Reads what can be read of the project file at `path` (never writing to it or beside it: the
// work is done on a copy in a QTemporaryDir) and returns it as a consistent ProjectData (no record
// whose parent is gone), or nullopt with `error` when nothing at all can be read (not an SQLite
// file, header unreadable, no schema). `report` (may be null) is filled in either case as far as
// the file was read. A figure whose row was lost is never made a number: it is "not provided"
// with a note saying it was lost, and its return gets a caveat naming it.
std::optional<ProjectData> salvageProject(const QString &path, SalvageReport *report, QString *error);

} // namespace dapp
