// Reads a whole project, or named records of it, from its database, strictly: a value of
// another type than the app writes is damage, and fails the read with its record and column.
// Plain functions over a QSqlDatabase, so the same code serves SQLite and PostgreSQL.
#pragma once

#include "domain/project.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

// Records named by id, table by table (what a change touched).
struct RecordIds
{
    QList<Id> letters;
    QList<Id> programmes;
    QList<Id> returns;
    QList<Id> contextFigures;
    bool isEmpty() const { return letters.isEmpty() && programmes.isEmpty() && returns.isEmpty() && contextFigures.isEmpty(); }
};

// The whole project, or with `only` (PostgreSQL) just those records: one that is not there
// any more is simply not in the result.
std::optional<ProjectData> loadProject(QSqlDatabase &db, QString *error, const RecordIds *only = nullptr);

// The columns of programme_return after its id, in the order the reader and the writer both use:
// its links, quotes and source, its lists (returnlists.h), then each figure's status and value,
// in kAllFigureFields order, then the figures' notes, quotes and places, one JSON object
// (figure_notes, schema 7).
QStringList returnColumns();

} // namespace dapp
