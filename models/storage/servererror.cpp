// A server's refusals in words, by their SQLSTATE.
#include "storage/servererror.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dapp {

namespace {
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T {
    Q_DECLARE_TR_FUNCTIONS(ServerError)
};

// PostgreSQL's codes are five digits or capitals ("42501", "40P01"); SQLite's are numbers of at
// most four digits, so the two never meet.
QString sqlState(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    if (code.size() != 5)
        return {};
    for (QChar c : code)
        if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return {};
    return code;
}

// The server's own first line, less libpq's severity ("ERROR:  ", in the server's language)
// and the code QPSQL adds after it: "permission denied for table programme_return". What
// follows the first line (DETAIL, LINE with the query) is left out.
QString serverText(const QSqlError &e, const QString &code)
{
    QString text = e.databaseText().trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression severity(QStringLiteral("^[^\\s:]+:\\s\\s+"));
    text.remove(severity);
    const QString tail = QStringLiteral("(%1)").arg(code);
    if (text.endsWith(tail))
        text.chop(tail.size());
    return text.trimmed();
}

std::optional<QString> words(const QString &code, ServerRequest request)
{
    if (code == QLatin1String("42501"))
        return request == ServerRequest::Read
            ? T::tr("The server refused to let your role read the project: the right to read it was taken away.")
            : T::tr("The server refused the change: your role may only read this database, or has lost the "
                    "right to change it.");
    if (code == QLatin1String("23503"))
        return T::tr("The server refused the change: a record it refers to was removed by someone else meanwhile.");
    if (code == QLatin1String("23505"))
        return T::tr("The server refused the change: someone else added a record with the same key meanwhile.");
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return T::tr("The server was busy with another analyst's change to the same records; try again.");
    if (code == QLatin1String("25006"))
        return T::tr("The server accepts no changes: it is a read-only standby. Open the team database on its "
                     "primary server to edit.");
    if (code == QLatin1String("53100"))
        return T::tr(
            "The server's disk is full: nothing can be saved until whoever looks after the server makes room.");
    if (code.startsWith(QLatin1String("53")))
        return T::tr("The server is short of memory or connections; try again in a moment, or tell whoever looks "
                     "after the server.");
    if (code == QLatin1String("57P01") || code == QLatin1String("57P02") || code == QLatin1String("57P03")
        || code.startsWith(QLatin1String("08")))
        return T::tr("The connection to the server was lost, or the server is shutting down or starting up; "
                     "reconnect when it is back.");
    return std::nullopt;
}
} // namespace

std::optional<QString> describeKnownServerError(const QSqlError &e, ServerRequest request, const QString &consequence)
{
    const QString code = sqlState(e);
    std::optional<QString> said = words(code, request);
    if (!said)
        return std::nullopt;
    if (!consequence.isEmpty())
        *said += QLatin1Char(' ') + consequence;
    const QString text = serverText(e, code);
    // For whoever looks after the server: its own words and code, as its log has them.
    *said += QLatin1Char(' ')
        + (text.isEmpty() ? T::tr("(SQLSTATE %1)").arg(code) : T::tr("(Server: %1; SQLSTATE %2)").arg(text, code));
    return said;
}

QString describeServerError(const QSqlError &e, const QString &consequence)
{
    if (std::optional<QString> known = describeKnownServerError(e, ServerRequest::Change, consequence))
        return *known;
    const QString said = T::tr("Database error: %1").arg(e.text().trimmed());
    return consequence.isEmpty() ? said : said + QLatin1Char('\n') + consequence;
}

bool isPermissionRefused(const QSqlError &e)
{
    return sqlState(e) == QLatin1String("42501");
}

} // namespace dapp
