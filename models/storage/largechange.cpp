#include "storage/largechange.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace dapp {

namespace {
struct LargeChangeText
{
    Q_DECLARE_TR_FUNCTIONS(LargeChange)
};

bool isLargeOnSqlite(const QSqlDatabase &db, qint64 records)
{
    return records >= kLargeChange && SqliteStatement::handle(db);
}

std::optional<qint64> pragmaValue(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA ") + name) && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}
} // namespace

LargeChangeCache::LargeChangeCache(QSqlDatabase &db, qint64 records)
    : m_db(db)
{
    if (!isLargeOnSqlite(db, records))
        return;
    m_previous = pragmaValue(db, QStringLiteral("cache_size"));
    if (m_previous)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536")); // KiB; PRAGMAs take no bound values
}

LargeChangeCache::~LargeChangeCache()
{
    if (m_previous)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
}

ForeignKeysCheckedAtEnd::ForeignKeysCheckedAtEnd(QSqlDatabase &db, qint64 records, bool removesLetters)
    : m_db(db)
{
    if (removesLetters || !isLargeOnSqlite(db, records) || pragmaValue(db, QStringLiteral("foreign_keys")) != 1)
        return;
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    // Read back: inside a transaction someone else opened, the switch does nothing, and the
    // keys are still checked row by row.
    m_switchedOff = pragmaValue(db, QStringLiteral("foreign_keys")) == 0;
}

ForeignKeysCheckedAtEnd::~ForeignKeysCheckedAtEnd()
{
    if (!m_switchedOff)
        return;
    // The change's transaction is over by now, unless its commit and then its rollback failed:
    // SQLite would ignore the switch inside it, and later edits would go unchecked.
    if (sqlite3 *handle = SqliteStatement::handle(m_db); handle && !sqlite3_get_autocommit(handle))
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (pragmaValue(m_db, QStringLiteral("foreign_keys")) != 1)
        qWarning("Foreign keys could not be switched on again after a large change.");
}

bool ForeignKeysCheckedAtEnd::check(QString *error) const
{
    if (!m_switchedOff)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = LargeChangeText::tr("Nothing of the change was written: its links between records could not be checked: %1")
                     .arg(q.lastError().text());
        return false;
    }
    if (!q.next())
        return true;
    const QString table = q.value(0).toString();
    const QString parent = q.value(2).toString();
    // The check names SQLite's own row number: the record's id is looked up by it (tables of
    // this program only, whose names may then stand in the SQL).
    QString record = q.value(1).toString();
    static const QStringList tables{QStringLiteral("letter"), QStringLiteral("programme"),
                                    QStringLiteral("programme_return"), QStringLiteral("context_figure")};
    if (tables.contains(table)) {
        QSqlQuery id(m_db);
        id.prepare(QStringLiteral("SELECT id FROM %1 WHERE rowid = ?").arg(table));
        id.addBindValue(q.value(1));
        if (id.exec() && id.next())
            record = id.value(0).toString();
    }
    *error = LargeChangeText::tr("Nothing of the change was written: record %1 of %2 would refer to a %3 that is "
                                 "not there (FOREIGN KEY constraint failed).")
                 .arg(record, table, parent);
    return false;
}

} // namespace dapp
