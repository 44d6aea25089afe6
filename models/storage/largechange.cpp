#include "storage/largechange.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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
    if (m_switchedOff)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
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
    *error = LargeChangeText::tr("Nothing of the change was written: a record of %1 (row %2) would refer to a %3 "
                                 "that is not there (FOREIGN KEY constraint failed).")
                 .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return false;
}

} // namespace dapp
