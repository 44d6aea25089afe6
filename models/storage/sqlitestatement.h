// A statement prepared once on a SQLite connection and run many times with QVariant values,
// through SQLite's own interface on the connection QtSql opened. An import writes over a
// million rows in one change; through QSqlQuery each row cost several microseconds of
// placeholder names, value conversions and result bookkeeping before SQLite saw it.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

namespace dapp {

class SqliteStatement
{
public:
    // The SQLite connection under `db`; null when `db` is not a SQLite database.
    static sqlite3 *handle(const QSqlDatabase &db);

    // Prepares `sql`; `error` says why when it cannot be (then isValid() is false).
    SqliteStatement(sqlite3 *db, const QString &sql, QString *error);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Runs the statement with `values` bound in order: a null QVariant is SQL NULL, a string
    // (a null QString too) is text, whole numbers are integers. `changes`: rows it changed.
    bool run(const QVariantList &values, QString *error, int *changes = nullptr);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace dapp
