// What a shared database keeps of each record beside its data (schema version 6): its revision,
// who changed it last and when. A client remembers the stamp of every record it has read, and an
// update or delete it sends applies only to that revision (projectdatabase.h, SharedWrite): when
// someone else changed the record first, the edit is refused, never written over theirs.
#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace dapp {

enum class RecordTable { Letter, Programme, Return, ContextFigure };
QString tableName(RecordTable table); // "letter", "programme", "programme_return", "context_figure"

struct RecordStamp
{
    qint64 revision = 1;
    QString changedBy; // the database role, "" for a record no shared write has touched
    QString changedAt; // ISO 8601 UTC, "" likewise
    friend bool operator==(const RecordStamp &, const RecordStamp &) = default;
};

struct RecordStamps
{
    QHash<Id, RecordStamp> letters;
    QHash<Id, RecordStamp> programmes;
    QHash<Id, RecordStamp> returns;
    QHash<Id, RecordStamp> contextFigures;

    QHash<Id, RecordStamp> &of(RecordTable table);
    const QHash<Id, RecordStamp> &of(RecordTable table) const;
};

// Every record's stamp; false with `error` when they cannot be read.
bool loadRecordStamps(QSqlDatabase &db, RecordStamps *stamps, QString *error);
// The stamps of the records with these ids in `table` (PostgreSQL), added to `stamps`.
bool loadRecordStamps(QSqlDatabase &db, RecordTable table, const QList<Id> &ids, RecordStamps *stamps, QString *error);

} // namespace dapp
