// How SQLite is set up for a change of many records (an import, its undo), and set back after
// it: a larger page cache, and foreign keys checked once at the end instead of row by row.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dapp {

// A change that looks at this many records or more is large.
inline constexpr qint64 kLargeChange = 20000;

// SQLite's page cache is 2 MiB by default: a change of many records outgrows it, and SQLite
// then writes pages out in the middle of the change, to rewrite them later. For such a change
// the cache may grow to 64 MiB; it is given back when the change ends. Nothing on PostgreSQL.
class LargeChangeCache
{
public:
    LargeChangeCache(QSqlDatabase &db, qint64 records);
    ~LargeChangeCache();
    LargeChangeCache(const LargeChangeCache &) = delete;
    LargeChangeCache &operator=(const LargeChangeCache &) = delete;

private:
    QSqlDatabase &m_db;
    std::optional<qint64> m_previous;
};

// SQLite checks a row's foreign keys as it writes it, looking up its letter and its programme
// for each row: two thirds of the time of writing 100,000 returns. For a large change on SQLite
// that removes no letter (whose returns and context figures ON DELETE CASCADE would take with
// it, which a check at the end would see as broken links instead), the keys are switched off
// for the change's transaction and all links are checked at once before its commit (check());
// they are on again when this goes, after the commit or rollback. Made before the transaction
// begins: SQLite ignores the switch inside one. Nothing on PostgreSQL, nor for a small change.
class ForeignKeysCheckedAtEnd
{
public:
    ForeignKeysCheckedAtEnd(QSqlDatabase &db, qint64 records, bool removesLetters);
    ~ForeignKeysCheckedAtEnd();
    ForeignKeysCheckedAtEnd(const ForeignKeysCheckedAtEnd &) = delete;
    ForeignKeysCheckedAtEnd &operator=(const ForeignKeysCheckedAtEnd &) = delete;

    // Inside the transaction, before its commit: whether every record's links hold; if not,
    // false with the first broken one in words ("… (FOREIGN KEY constraint failed)"). Always
    // true when the keys were checked row by row.
    bool check(QString *error) const;

private:
    QSqlDatabase &m_db;
    bool m_switchedOff = false;
};

} // namespace dapp
