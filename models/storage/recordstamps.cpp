// Reading every record's revision, author and time.
#include "storage/recordstamps.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dapp {

namespace {
struct RecordStampsText
{
    Q_DECLARE_TR_FUNCTIONS(RecordStamps)
};
} // namespace

QString tableName(RecordTable table)
{
    switch (table) {
    case RecordTable::Letter:
        return QStringLiteral("letter");
    case RecordTable::Programme:
        return QStringLiteral("programme");
    case RecordTable::Return:
        return QStringLiteral("programme_return");
    case RecordTable::ContextFigure:
        return QStringLiteral("context_figure");
    }
    return {};
}

QHash<Id, RecordStamp> &RecordStamps::of(RecordTable table)
{
    switch (table) {
    case RecordTable::Letter:
        return letters;
    case RecordTable::Programme:
        return programmes;
    case RecordTable::Return:
        return returns;
    case RecordTable::ContextFigure:
        break;
    }
    return contextFigures;
}

const QHash<Id, RecordStamp> &RecordStamps::of(RecordTable table) const
{
    return const_cast<RecordStamps *>(this)->of(table);
}

bool loadRecordStamps(QSqlDatabase &db, RecordStamps *stamps, QString *error)
{
    RecordStamps read;
    for (RecordTable table : {RecordTable::Letter, RecordTable::Programme, RecordTable::Return, RecordTable::ContextFigure}) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, revision, changed_by, changed_at FROM %1").arg(tableName(table)))) {
            *error = RecordStampsText::tr("Could not read the records' revisions: %1").arg(q.lastError().text());
            return false;
        }
        QHash<Id, RecordStamp> &into = read.of(table);
        while (q.next())
            into.insert(q.value(0).toLongLong(), RecordStamp{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    }
    *stamps = std::move(read);
    return true;
}

bool loadRecordStamps(QSqlDatabase &db, RecordTable table, const QList<Id> &ids, RecordStamps *stamps, QString *error)
{
    if (ids.isEmpty())
        return true;
    QStringList numbers;
    for (Id id : ids)
        numbers << QString::number(id);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, revision, changed_by, changed_at FROM %1 WHERE id = ANY(CAST(? AS BIGINT[]))")
                  .arg(tableName(table)));
    q.addBindValue(QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}'));
    if (!q.exec()) {
        *error = RecordStampsText::tr("Could not read the records' revisions: %1").arg(q.lastError().text());
        return false;
    }
    QHash<Id, RecordStamp> &into = stamps->of(table);
    while (q.next())
        into.insert(q.value(0).toLongLong(), RecordStamp{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return true;
}

} // namespace dapp
