// Writing a change of project records: prepared statements only, one transaction per change.
#include "storage/projectdatabase.h"
#include "storage/largechange.h"
#include "storage/projectreader.h"
#include "storage/recordrows.h"
#include "storage/servererror.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QHash>
#include <QSqlQuery>

#include <QVariant>

#include <array>
#include <optional>
#include <unordered_map>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct ProjectDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)
};

// A statement of a change failed, so nothing of the change is written (writeChange rolls its
// transaction back): said in words (servererror.h), never as the server's raw text. A shared
// write keeps the server's error for its caller, which tells a right taken away from the rest.
bool statementFailed(const QSqlError &e, SharedWrite *shared, QString *error)
{
    *error = describeServerError(e, ProjectDatabaseText::tr("Nothing of the change was written."));
    if (shared)
        shared->serverError = e;
    return false;
}

// The statements of one change, each prepared once and run as often as the change needs: an
// import of 100,000 returns runs a dozen distinct statements over a million times, and
// preparing (parsing the SQL) each time cost most of the write. On SQLite they run through
// SQLite's own interface (sqlitestatement.h); on PostgreSQL through QSqlQuery.
class PreparedStatements
{
public:
    PreparedStatements(QSqlDatabase &db, SharedWrite *shared)
        : m_db(db)
        , m_sqlite(SqliteStatement::handle(db))
        , m_outer(s_current)
        , m_shared(shared)
    {
        s_current = this;
    }
    ~PreparedStatements() { s_current = m_outer; }
    PreparedStatements(const PreparedStatements &) = delete;
    PreparedStatements &operator=(const PreparedStatements &) = delete;

    // The statements of the change under way on `db`, if one is.
    static PreparedStatements *forDatabase(const QSqlDatabase &db)
    {
        return s_current && s_current->m_db.connectionName() == db.connectionName() ? s_current : nullptr;
    }
    // The change's shared-database terms, when it has them (writeRow and removeMissing check
    // revisions then); the stamps its writes give, applied to the caller's once it commits.
    SharedWrite *shared() const { return m_shared; }
    RecordStamps &written() { return m_written; }
    // A shared database's new rows of one table go to the server together, many rows a
    // statement: an import of 20 returns is then a couple of round trips, not 20, and one of
    // 100,000 a thousand. Queued rows are written by flushInserts(), which writeChanged() calls
    // after each table (so foreign keys hold) and queueInsert() when the table changes.
    bool queueInsert(const QString &head, const QString &rowMarks, qsizetype columns, const QVariantList &row,
                     QString *error)
    {
        if (!m_pendingHead.isEmpty() && m_pendingHead != head && !flushInserts(error))
            return false;
        m_pendingHead = head;
        m_pendingMarks = rowMarks;
        m_pendingValues << row;
        ++m_pendingRows;
        // PostgreSQL takes up to 65,535 values a statement.
        if (m_pendingRows * columns + columns > 60000 || m_pendingRows == kMaxRowsAStatement)
            return flushInserts(error);
        return true;
    }
    bool flushInserts(QString *error)
    {
        if (m_pendingRows == 0)
            return true;
        QStringList rows(m_pendingRows, m_pendingMarks);
        const QString sql = m_pendingHead + rows.join(QStringLiteral(", "));
        const QVariantList values = std::exchange(m_pendingValues, QVariantList());
        m_pendingRows = 0;
        m_pendingHead.clear();
        return run(sql, values, error, nullptr);
    }
    QSet<QPair<int, Id>> &removed() { return m_removed; }
    QString stampTime;
    // A file's change takes its rows made ready for SQLite (recordrows.h); a shared database's,
    // or a SQLite that is not the one this program links, QVariant values.
    RowForm rowForm() const { return m_sqlite && !m_shared ? RowForm::Sqlite : RowForm::Variants; }

    bool run(const QString &sql, const QVariantList &values, QString *error, int *rowsAffected)
    {
        if (m_sqlite) {
            SqliteStatement *statement = sqliteStatement(sql, error);
            return statement && statement->run(values, error, rowsAffected);
        }
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            QSqlQuery q(m_db);
            if (!q.prepare(sql))
                return statementFailed(q.lastError(), m_shared, error);
            it = m_queries.insert(sql, q);
        }
        return runQuery(*it, values, error, rowsAffected, m_shared);
    }
    // Only when rowForm() is RowForm::Sqlite.
    bool run(const QString &sql, const SqliteRow &row, QString *error, int *rowsAffected)
    {
        SqliteStatement *statement = sqliteStatement(sql, error);
        return statement && statement->run(row, error, rowsAffected);
    }
    bool run(const QString &sql, const SqliteRow *const *rows, qsizetype count, QString *error)
    {
        SqliteStatement *statement = sqliteStatement(sql, error);
        return statement && statement->run(rows, count, error);
    }

    static bool runQuery(QSqlQuery &q, const QVariantList &values, QString *error, int *rowsAffected,
                         SharedWrite *shared)
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            // An empty QString may be a null one, which would bind as SQL NULL; text columns
            // hold '' for "nothing", NULL only where a value is truly absent (dates, numbers).
            if (v.typeId() == QMetaType::QString && v.toString().isNull())
                q.bindValue(int(i), QStringLiteral(""));
            else
                q.bindValue(int(i), v);
        }
        if (!q.exec())
            return statementFailed(q.lastError(), shared, error);
        if (rowsAffected)
            *rowsAffected = q.numRowsAffected();
        return true;
    }

private:
    SqliteStatement *sqliteStatement(const QString &sql, QString *error)
    {
        // The writers' statements are made once (RowStatements), so the same text comes back
        // with the same characters: found by their address first, without hashing a statement
        // of 40 columns 100,000 times. The text is still compared, so a temporary that reuses a
        // freed address finds its own statement.
        auto known = m_byAddress.find(sql.constData());
        if (known == m_byAddress.end() || known->second->first != sql) {
            auto it = m_sqliteStatements.find(sql);
            if (it == m_sqliteStatements.end()) {
                SqliteStatement statement(m_sqlite, sql, error);
                if (!statement.isValid())
                    return nullptr;
                it = m_sqliteStatements.emplace(sql, std::move(statement)).first;
            }
            known = m_byAddress.insert_or_assign(sql.constData(), &*it).first;
        }
        return &known->second->second;
    }

    // Statements of a few sizes only (a full one, and the remainders), each prepared once.
    static constexpr qsizetype kMaxRowsAStatement = 200;
    QString m_pendingHead;
    QString m_pendingMarks;
    QVariantList m_pendingValues;
    qsizetype m_pendingRows = 0;
    QSqlDatabase &m_db;
    sqlite3 *m_sqlite;
    PreparedStatements *m_outer;
    SharedWrite *m_shared;
    RecordStamps m_written;
    QSet<QPair<int, Id>> m_removed;
    QHash<QString, QSqlQuery> m_queries;
    std::unordered_map<QString, SqliteStatement> m_sqliteStatements;
    std::unordered_map<const QChar *, std::pair<const QString, SqliteStatement> *> m_byAddress;
    static thread_local PreparedStatements *s_current;
};
thread_local PreparedStatements *PreparedStatements::s_current = nullptr;

// Runs one prepared statement with positional values; reports the SQL error on failure.
bool run(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error,
         int *rowsAffected = nullptr)
{
    if (PreparedStatements *statements = PreparedStatements::forDatabase(db))
        return statements->run(sql, values, error, rowsAffected);
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return statementFailed(q.lastError(), nullptr, error);
    return PreparedStatements::runQuery(q, values, error, rowsAffected, nullptr);
}

// An UPDATE or DELETE by id that matched no row: someone else removed the record.
bool oneRowMatched(int rows, const QString &table, Id id, QString *error)
{
    if (rows == 1)
        return true;
    *error = ProjectDatabaseText::tr("Record %1 of %2 is no longer in the database; the change was not written.")
                 .arg(id)
                 .arg(table);
    return false;
}

// A table's INSERT and UPDATE by id, made once: a change of 100,000 returns runs them 100,000
// times, and the statements are looked up by their text.
struct RowStatements
{
    RowStatements(RecordTable recordTable, const QStringList &columns)
        : kind(recordTable)
        , table(tableName(recordTable))
    {
        const QString marks = QStringList(columns.size() + 1, QStringLiteral("?")).join(QStringLiteral(", "));
        insert = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks);
        insertRows = QStringLiteral("INSERT INTO %1 (id, %2) VALUES %3")
                         .arg(table, columns.join(QStringLiteral(", ")),
                              QStringList(kRowsAnInsert, QStringLiteral("(%1)").arg(marks)).join(QStringLiteral(", ")));
        QStringList sets;
        for (const QString &c : columns)
            sets << c + QStringLiteral(" = ?");
        update = QStringLiteral("UPDATE %1 SET %2, revision = revision + 1 WHERE id = ?").arg(table, sets.join(QStringLiteral(", ")));
        // On a shared database: stamped with who and when, and only over the revision the
        // editor saw.
        sharedInsertHead = QStringLiteral("INSERT INTO %1 (id, %2, changed_by, changed_at) VALUES ")
                               .arg(table, columns.join(QStringLiteral(", ")));
        sharedRowMarks = QStringLiteral("(%1, ?, ?)").arg(marks);
        sharedColumns = columns.size() + 3;
        sharedUpdate = QStringLiteral("UPDATE %1 SET %2, revision = revision + 1, changed_by = ?, changed_at = ? "
                                      "WHERE id = ? AND revision = ?")
                           .arg(table, sets.join(QStringLiteral(", ")));
    }
    // New rows go to SQLite this many a statement (insertRows): a statement's program then
    // starts, opens its tables and ends once for them all. Of 100,000 returns written one a
    // statement, that was a third of SQLite's time.
    static constexpr qsizetype kRowsAnInsert = 64;
    RecordTable kind;
    QString table;
    QString insert;
    QString insertRows; // kRowsAnInsert rows
    QString update;
    QString sharedInsertHead; // then one sharedRowMarks a row, joined by commas
    QString sharedRowMarks;
    qsizetype sharedColumns = 0;
    QString sharedUpdate;
};

// An UPDATE or DELETE of a shared database that matched no row: the record is not at the
// revision its editor saw. Says who changed it (or that it is gone) for the caller to explain.
bool refuseConflict(QSqlDatabase &db, SharedWrite &shared, RecordTable table, Id id, QString *error)
{
    WriteConflict conflict{table, id, true, {}};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT revision, changed_by, changed_at FROM %1 WHERE id = ?").arg(tableName(table)));
    q.addBindValue(id);
    if (q.exec() && q.next()) {
        conflict.removed = false;
        conflict.theirs = RecordStamp{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    }
    shared.conflict = conflict;
    *error = conflict.removed ? ProjectDatabaseText::tr("Someone else removed record %1 of %2; the change was not written.")
                                    .arg(id)
                                    .arg(tableName(table))
                              : ProjectDatabaseText::tr("%1 changed record %2 of %3 first; the change was not written.")
                                    .arg(conflict.theirs.changedBy)
                                    .arg(id)
                                    .arg(tableName(table));
    return false;
}

// A new record is INSERTed, so an id someone else has taken fails loudly; a changed one is
// UPDATEd and must match exactly one row, so a record someone else removed fails loudly too,
// rather than being quietly written again. Plain INSERT and UPDATE run the same everywhere.
bool writeRow(QSqlDatabase &db, const RowStatements &statements, RecordRow &row, QString *error)
{
    const Id id = row.id;
    PreparedStatements *change = PreparedStatements::forDatabase(db);
    if (change && change->rowForm() == RowForm::Sqlite) {
        if (row.isNew)
            return change->run(statements.insert, row.sqlite, error, nullptr);
        int rows = 0;
        return change->run(statements.update, row.sqlite, error, &rows) && oneRowMatched(rows, statements.table, id, error);
    }
    QVariantList &values = row.values; // the id, then the columns (recordrows.h)
    if (SharedWrite *shared = change ? change->shared() : nullptr) {
        const QString by = shared->user;
        const QString at = change->stampTime;
        if (row.isNew) {
            values << by << at;
            if (!change->queueInsert(statements.sharedInsertHead, statements.sharedRowMarks, statements.sharedColumns,
                                     values, error))
                return false;
            change->written().of(statements.kind).insert(id, RecordStamp{1, by, at});
            return true;
        }
        const qint64 seen = shared->stamps->of(statements.kind).value(id).revision;
        values.removeFirst(); // an UPDATE names its id last
        values << by << at << id << seen;
        int rows = 0;
        if (!run(db, statements.sharedUpdate, values, error, &rows))
            return false;
        if (rows != 1)
            return refuseConflict(db, *shared, statements.kind, id, error);
        change->written().of(statements.kind).insert(id, RecordStamp{seen + 1, by, at});
        return true;
    }
    if (row.isNew)
        return run(db, statements.insert, values, error);
    int rows = 0;
    values.removeFirst();
    values << id;
    if (!run(db, statements.update, values, error, &rows))
        return false;
    return oneRowMatched(rows, statements.table, id, error);
}

// A chunk's rows, in order. On a file, each run of kRowsAnInsert new rows is one INSERT.
bool writeRows(QSqlDatabase &db, const RowStatements &statements, QList<RecordRow> &rows, QString *error)
{
    PreparedStatements *change = PreparedStatements::forDatabase(db);
    const bool batched = change && change->rowForm() == RowForm::Sqlite;
    std::array<const SqliteRow *, RowStatements::kRowsAnInsert> batch;
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype n = 0;
        while (batched && n < qsizetype(batch.size()) && i + n < rows.size() && rows.at(i + n).isNew) {
            batch[n] = &rows.at(i + n).sqlite;
            ++n;
        }
        if (n == qsizetype(batch.size())) {
            if (!change->run(statements.insertRows, batch.data(), n, error))
                return false;
            i += n;
            continue;
        }
        // Fewer new rows than a statement takes, before a changed row or the chunk's end.
        for (const qsizetype end = i + std::max<qsizetype>(n, 1); i < end; ++i)
            if (!writeRow(db, statements, rows[i], error))
                return false;
    }
    return true;
}

// Each table's statements, made once for the whole program.
const RowStatements &statementsFor(const Letter *)
{
    static const RowStatements statements(RecordTable::Letter, letterColumns());
    return statements;
}
const RowStatements &statementsFor(const Programme *)
{
    static const RowStatements statements(RecordTable::Programme, programmeColumns());
    return statements;
}
const RowStatements &statementsFor(const ProgrammeReturn *)
{
    static const RowStatements statements(RecordTable::Return, returnColumns());
    return statements;
}
const RowStatements &statementsFor(const ContextFigure *)
{
    static const RowStatements statements(RecordTable::ContextFigure, contextFigureColumns());
    return statements;
}

// Says the change was cancelled: the transaction is then rolled back, so nothing is written.
bool cancelled(QString *error)
{
    *error = ProjectDatabaseText::tr("Cancelled; nothing was written.");
    return false;
}

// Before a letter or programme goes from a shared database: whether someone else has since
// added a record that belongs to it, which the removal would take with it unseen (a letter's
// returns and context figures go by ON DELETE CASCADE). The row is locked first: an insert
// that refers to it holds a lock on it until it commits, so this waits for that, then sees it.
// This change's own dependants are removed before (writeAll's order), so any left are others'.
bool refuseIfOthersAdded(QSqlDatabase &db, SharedWrite &shared, RecordTable kind, Id id, QString *error)
{
    if (kind != RecordTable::Letter && kind != RecordTable::Programme)
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE id = ? FOR UPDATE").arg(tableName(kind)));
    q.addBindValue(id);
    if (!q.exec())
        return statementFailed(q.lastError(), &shared, error);
    q.prepare(kind == RecordTable::Letter
                  ? QStringLiteral("SELECT (SELECT count(*) FROM programme_return WHERE letter_id = ?) + "
                                   "(SELECT count(*) FROM context_figure WHERE letter_id = ?)")
                  : QStringLiteral("SELECT count(*) FROM programme_return WHERE programme_id = ?"));
    q.addBindValue(id);
    if (kind == RecordTable::Letter)
        q.addBindValue(id);
    if (!q.exec() || !q.next())
        return statementFailed(q.lastError(), &shared, error);
    if (q.value(0).toLongLong() == 0)
        return true;
    WriteConflict conflict{kind, id, false, shared.stamps->of(kind).value(id), true};
    shared.conflict = conflict;
    *error = ProjectDatabaseText::tr("Someone else added to record %1 of %2; the removal was not written.")
                 .arg(id)
                 .arg(tableName(kind));
    return false;
}

template <typename T>
bool removeMissing(QSqlDatabase &db, RecordTable kind, const QMap<Id, T> &before, const QMap<Id, T> &after,
                   ProgressTicker &ticker, QString *error)
{
    const QString table = tableName(kind);
    PreparedStatements *change = PreparedStatements::forDatabase(db);
    SharedWrite *shared = change ? change->shared() : nullptr;
    // Made once: the statements are found again by their text's address.
    const QString remove = QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table);
    const QString sharedRemove = QStringLiteral("DELETE FROM %1 WHERE id = ? AND revision = ?").arg(table);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!ticker.advance())
            return cancelled(error);
        if (after.contains(it.key()))
            continue;
        int rows = 0;
        if (shared) {
            if (!refuseIfOthersAdded(db, *shared, kind, it.key(), error))
                return false;
            if (!run(db, sharedRemove, {it.key(), shared->stamps->of(kind).value(it.key()).revision}, error, &rows))
                return false;
            if (rows != 1)
                return refuseConflict(db, *shared, kind, it.key(), error);
            change->removed().insert({int(kind), it.key()});
            continue;
        }
        if (!run(db, remove, {it.key()}, error, &rows))
            return false;
        if (!oneRowMatched(rows, table, it.key(), error))
            return false;
    }
    return true;
}

// A change this large has its rows' values made on a second thread (recordrows.h); a smaller
// one, every edit typed in, makes them as it goes, with no thread to start.
constexpr qsizetype kValuesAheadFrom = 5000;

template <typename T>
bool writeChanged(QSqlDatabase &db, const QMap<Id, T> &before, const QMap<Id, T> &after, ProgressTicker &ticker,
                  QString *error)
{
    const RowStatements &statements = statementsFor(static_cast<const T *>(nullptr));
    PreparedStatements *change = PreparedStatements::forDatabase(db);
    ChangedRows<T> changed(before, after, after.size() >= kValuesAheadFrom,
                           change ? change->rowForm() : RowForm::Variants);
    while (std::optional<typename ChangedRows<T>::Chunk> chunk = changed.next()) {
        if (!ticker.advance(chunk->lookedAt))
            return cancelled(error);
        if (!writeRows(db, statements, chunk->rows, error))
            return false;
        changed.giveBack(std::move(*chunk));
    }
    // This table's new rows are on the server before the next table's refer to them.
    return !change || change->flushInserts(error);
}

// When a shared write happened, by the server's clock (every client's edits on one clock), as
// ISO 8601 UTC; a file's own clock otherwise.
QString serverTime(QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")) && q.next())
            return q.value(0).toString();
    }
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

template <typename T>
QJsonArray changedIds(const QMap<Id, T> &before, const QMap<Id, T> &after)
{
    QSet<Id> ids;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        ids.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        ids.insert(it.key());
    QList<Id> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (Id id : sorted)
        array.append(qint64(id));
    return array;
}

// Tells the other clients which records this change touched; PostgreSQL delivers it on commit.
bool notifyOthers(QSqlDatabase &db, const SharedWrite &shared, const ProjectData &before, const ProjectData &after,
                  QString *error)
{
    // PostgreSQL takes a payload of up to 8,000 bytes; past that, "reload everything".
    constexpr qsizetype kMaxPayload = 7900;
    QJsonObject message{{QStringLiteral("by"), shared.user},
                        {QStringLiteral("letters"), changedIds(before.letters, after.letters)},
                        {QStringLiteral("programmes"), changedIds(before.programmes, after.programmes)},
                        {QStringLiteral("returns"), changedIds(before.returns, after.returns)},
                        {QStringLiteral("context_figures"), changedIds(before.contextFigures, after.contextFigures)}};
    QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    if (payload.size() > kMaxPayload)
        payload = QJsonDocument(QJsonObject{{QStringLiteral("by"), shared.user}, {QStringLiteral("all"), true}})
                      .toJson(QJsonDocument::Compact);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    q.addBindValue(shared.notifyChannel);
    q.addBindValue(QString::fromUtf8(payload));
    if (!q.exec()) {
        *error = ProjectDatabaseText::tr("Could not tell the other clients of the change: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

// Every record of both sides is looked at once (removeMissing walks `before`, writeChanged
// `after`): the measure of the change's progress.
qint64 recordsLookedAt(const ProjectData &before, const ProjectData &after)
{
    return before.contextFigures.size() + before.returns.size() + before.programmes.size() + before.letters.size()
           + after.letters.size() + after.programmes.size() + after.returns.size() + after.contextFigures.size();
}

bool removesLetters(const ProjectData &before, const ProjectData &after)
{
    for (auto it = before.letters.cbegin(); it != before.letters.cend(); ++it)
        if (!after.letters.contains(it.key()))
            return true;
    return false;
}

bool writeAll(QSqlDatabase &db, const ProjectData &before, const ProjectData &after, ProgressTicker &ticker,
              QString *error)
{
    // Dependants are removed first and written last; the records they point at are written
    // before them and removed after them (a return may move from a programme that this same
    // change removes), so foreign keys hold at every step.
    return removeMissing(db, RecordTable::ContextFigure, before.contextFigures, after.contextFigures, ticker, error)
           && removeMissing(db, RecordTable::Return, before.returns, after.returns, ticker, error)
           && writeChanged(db, before.letters, after.letters, ticker, error)
           && writeChanged(db, before.programmes, after.programmes, ticker, error)
           && writeChanged(db, before.returns, after.returns, ticker, error)
           && writeChanged(db, before.contextFigures, after.contextFigures, ticker, error)
           && removeMissing(db, RecordTable::Programme, before.programmes, after.programmes, ticker, error)
           && removeMissing(db, RecordTable::Letter, before.letters, after.letters, ticker, error)
           && ticker.finish();
}

} // namespace

bool writeChange(QSqlDatabase &db, const ProjectData &before, const ProjectData &after, QString *error,
                 const Progress &progress, SharedWrite *shared)
{
    const qint64 records = recordsLookedAt(before, after);
    const LargeChangeCache cache(db, records);
    const ForeignKeysCheckedAtEnd links(db, records, removesLetters(before, after));
    if (shared) {
        shared->conflict.reset();
        shared->serverError = QSqlError();
        Q_ASSERT(shared->stamps);
    }
    if (!db.transaction()) {
        *error = ProjectDatabaseText::tr("Could not start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    bool written = false;
    RecordStamps stamped;
    QSet<QPair<int, Id>> removed;
    {
        PreparedStatements statements(db, shared);
        if (shared)
            statements.stampTime = serverTime(db);
        ProgressTicker ticker(progress, recordsLookedAt(before, after));
        written = writeAll(db, before, after, ticker, error) && links.check(error);
        if (!written && ticker.cancelled())
            cancelled(error);
        if (written && shared && !shared->notifyChannel.isEmpty())
            written = notifyOthers(db, *shared, before, after, error);
        stamped = std::move(statements.written());
        removed = std::move(statements.removed());
        // Rolled back before the statements go: PostgreSQL frees none of those it prepared while
        // a failed transaction is open, and they would stay on the connection.
        if (!written)
            db.rollback();
    }
    if (!written)
        return false;
    if (!db.commit()) {
        // A commit the server refuses (a serialization failure, a constraint checked at the end)
        // leaves nothing written either.
        const QSqlError e = db.lastError();
        if (shared)
            shared->serverError = e;
        const QString nothing = ProjectDatabaseText::tr("Nothing of the change was written.");
        *error = describeKnownServerError(e, ServerRequest::Change, nothing)
                     .value_or(ProjectDatabaseText::tr("Could not save the change: %1").arg(e.text()));
        db.rollback();
        return false;
    }
    if (shared) {
        for (RecordTable t : {RecordTable::Letter, RecordTable::Programme, RecordTable::Return, RecordTable::ContextFigure}) {
            QHash<Id, RecordStamp> &into = shared->stamps->of(t);
            const QHash<Id, RecordStamp> &from = stamped.of(t);
            for (auto it = from.cbegin(); it != from.cend(); ++it)
                into.insert(it.key(), *it);
        }
        for (const QPair<int, Id> &r : std::as_const(removed))
            shared->stamps->of(RecordTable(r.first)).remove(r.second);
    }
    return true;
}

} // namespace dapp
