// A statement prepared once on a SQLite connection and run many times with QVariant values,
// through SQLite's own interface on the connection QtSql opened. An import writes over a
// million rows in one change; through QSqlQuery each row cost several microseconds of
// placeholder names, value conversions and result bookkeeping before SQLite saw it.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>
#include <QVariantList>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dapp {

// A row's values as SQLite binds them, made on another thread than the one that runs the
// statement: integers, NULLs, and texts already in UTF-8 (what a project file stores), all in
// one buffer. A QVariant a value cost the writing thread its type dispatch, a reference count
// shared with the making thread, and SQLite's own UTF-16 conversion; a row of these costs it
// none. clear() keeps the room, so a row reused for the next record allocates nothing.
class SqliteRow
{
public:
    void clear()
    {
        m_slots.clear();
        m_text.clear();
    }
    void addNull() { m_slots.push_back({0, 0, 0, Kind::Null}); }
    void addInteger(qint64 value) { m_slots.push_back({value, 0, 0, Kind::Integer}); }
    // An empty or null string is '', never NULL.
    void addText(QStringView text);
    qsizetype size() const { return qsizetype(m_slots.size()); }

private:
    friend class SqliteStatement;
    enum class Kind : quint8 { Null, Integer, Text };
    struct Slot
    {
        qint64 integer;   // Integer
        qsizetype offset; // Text: where it starts in m_text
        int length;       // Text: its UTF-8 bytes
        Kind kind;
    };
    std::vector<Slot> m_slots;
    std::string m_text; // cleared, keeps its capacity
};

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
    // The same with a row made ready (SqliteRow); its texts are not copied, so it must not
    // change during the call.
    bool run(const SqliteRow &row, QString *error, int *changes = nullptr);
    // The same with several rows bound one after the other, for a statement that takes them
    // all (an INSERT of many rows: SQLite then starts its program once for them, not once a row).
    bool run(const SqliteRow *const *rows, qsizetype count, QString *error);

private:
    bool bindsAll(qsizetype values, QString *error) const;
    // Binds `row` from parameter `first` (1-based) on; false with `error` set, and reset.
    bool bindRow(const SqliteRow &row, int first, QString *error);
    bool step(QString *error, int *changes);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace dapp
