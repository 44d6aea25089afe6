// Binding QVariant values to a SQLite statement, and SQLite's own error messages.
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringEncoder>

#include <sqlite3.h>

namespace dapp {

namespace {
struct SqliteStatementText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectDatabase)
};

QString sqliteError(sqlite3 *db)
{
    return SqliteStatementText::tr("Database error: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QString: {
        // Not copied (SQLITE_STATIC): the values outlive the step, and every parameter is bound
        // again before the next one. A null QString binds as '', not NULL.
        const QString &text = *static_cast<const QString *>(value.constData());
        // Most of a return's text columns are empty (notes, quotes): bound as UTF-8 with
        // nothing to convert.
        if (text.isEmpty())
            return sqlite3_bind_text(statement, index, "", 0, SQLITE_STATIC);
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                                   SQLITE_STATIC);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                                   SQLITE_TRANSIENT);
    }
    }
}
} // namespace

void SqliteRow::addText(QStringView text)
{
    const qsizetype offset = qsizetype(m_text.size());
    if (!text.isEmpty()) {
        // Stateless: each text is whole, so nothing is carried from one to the next.
        QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        m_text.resize(m_text.size() + size_t(utf8.requiredSpace(text.size())));
        char *end = utf8.appendToBuffer(m_text.data() + offset, text);
        m_text.resize(size_t(end - m_text.data()));
    }
    m_slots.push_back({0, offset, int(qsizetype(m_text.size()) - offset), Kind::Text});
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    // QSqlDriver::handle() documents this: the QSQLITE driver hands out its sqlite3 pointer.
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The pointer is only ours to use when QtSql's SQLite is the very library this program links
    // (Debian's driver links the system one; a Qt with its own copy inside would not be): the
    // same source id, asked of both. Otherwise the writes go through QSqlQuery. One driver
    // plugin serves every connection of the process, so it is asked once, not at every change.
    static const bool sameLibrary = [&db] {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("SELECT sqlite_source_id()")) && q.next()
               && q.value(0).toString().toUtf8() == QByteArray(sqlite3_sourceid());
    }();
    return sameLibrary ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql, QString *error)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        *error = sqliteError(db);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    // A statement left open would keep the transaction from being committed.
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

bool SqliteStatement::bindsAll(qsizetype values, QString *error) const
{
    if (values == sqlite3_bind_parameter_count(m_statement))
        return true;
    *error = SqliteStatementText::tr("Database error: %1 values for %2 parameters")
                 .arg(values)
                 .arg(sqlite3_bind_parameter_count(m_statement));
    return false;
}

bool SqliteStatement::run(const QVariantList &values, QString *error, int *changes)
{
    if (!bindsAll(values.size(), error))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (bind(m_statement, int(i) + 1, values.at(i)) != SQLITE_OK) {
            *error = sqliteError(m_db);
            sqlite3_reset(m_statement);
            return false;
        }
    }
    return step(error, changes);
}

bool SqliteStatement::bindRow(const SqliteRow &row, int first, QString *error)
{
    const char *text = row.m_text.data();
    int index = first;
    for (const SqliteRow::Slot &slot : row.m_slots) {
        int bound = SQLITE_OK;
        switch (slot.kind) {
        case SqliteRow::Kind::Null: bound = sqlite3_bind_null(m_statement, index); break;
        case SqliteRow::Kind::Integer: bound = sqlite3_bind_int64(m_statement, index, slot.integer); break;
        // Not copied (SQLITE_STATIC): the row outlives the step.
        case SqliteRow::Kind::Text:
            bound = sqlite3_bind_text(m_statement, index, text + slot.offset, slot.length, SQLITE_STATIC);
            break;
        }
        if (bound != SQLITE_OK) {
            *error = sqliteError(m_db);
            sqlite3_reset(m_statement);
            return false;
        }
        ++index;
    }
    return true;
}

bool SqliteStatement::run(const SqliteRow &row, QString *error, int *changes)
{
    return bindsAll(row.size(), error) && bindRow(row, 1, error) && step(error, changes);
}

bool SqliteStatement::run(const SqliteRow *const *rows, qsizetype count, QString *error)
{
    const qsizetype columns = count > 0 ? rows[0]->size() : 0;
    if (!bindsAll(columns * count, error))
        return false;
    for (qsizetype i = 0; i < count; ++i) {
        if (rows[i]->size() != columns) {
            *error = SqliteStatementText::tr("Database error: a row of %1 values among rows of %2")
                         .arg(rows[i]->size())
                         .arg(columns);
            return false;
        }
        if (!bindRow(*rows[i], int(i * columns) + 1, error))
            return false;
    }
    return step(error, nullptr);
}

bool SqliteStatement::step(QString *error, int *changes)
{
    const int stepped = sqlite3_step(m_statement);
    // The step's error is read before reset, which would report it again as its own.
    const bool ok = stepped == SQLITE_DONE || stepped == SQLITE_ROW;
    if (!ok)
        *error = sqliteError(m_db);
    sqlite3_reset(m_statement);
    if (ok && changes)
        *changes = sqlite3_changes(m_db);
    return ok;
}

} // namespace dapp
