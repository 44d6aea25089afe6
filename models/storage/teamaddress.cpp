// A team database's address, read by libpq itself, and the QtSql connection made from it.
#include "storage/teamaddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>

#include <libpq-fe.h>

#include <memory>

namespace dapp {

namespace {
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(TeamAddress)
};

// A keyword's value as libpq reads it inside a connection string: quoted, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// The address shown to people and kept in Open Recent: any password in it is taken out.
QString withoutPassword(const QString &text)
{
    QString shown = text;
    // URI: postgresql://user:secret@host → postgresql://user@host. As libpq reads it, the user
    // information ends at the first '@' before the first '/' (a password may hold '?' or ':',
    // and a '@' further on belongs to the path or a parameter).
    static const QRegularExpression scheme(QStringLiteral("^postgres(?:ql)?://"));
    if (const QRegularExpressionMatch m = scheme.match(shown); m.hasMatch()) {
        const qsizetype start = m.capturedEnd();
        const qsizetype slash = shown.indexOf(QLatin1Char('/'), start);
        const qsizetype at = shown.indexOf(QLatin1Char('@'), start);
        const qsizetype colon = shown.indexOf(QLatin1Char(':'), start);
        if (at > start && (slash < 0 || at < slash) && colon > start && colon < at)
            shown.remove(colon, at - colon);
    }
    // ?password=secret and ?sslpassword=secret go.
    static const QRegularExpression queryPassword(QStringLiteral("([?&])(?:ssl)?password=[^&]*&?"));
    shown.replace(queryPassword, QStringLiteral("\\1"));
    if (shown.endsWith(QLatin1Char('?')) || shown.endsWith(QLatin1Char('&')))
        shown.chop(1);
    // Keywords: password=secret, sslpassword='a secret'.
    static const QRegularExpression keywordPassword(
        QStringLiteral("\\s*\\b(?:ssl)?password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
    shown.remove(keywordPassword);
    return shown.trimmed();
}
} // namespace

QString TeamAddress::describe() const
{
    QString where;
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        where = T::tr("this computer");
    else
        where = port > 0 ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
    if (!database.isEmpty())
        return T::tr("%1 on %2").arg(database, where);
    if (!service.isEmpty())
        return T::tr("service %1").arg(service);
    return T::tr("the default database on %1").arg(where);
}

bool looksLikeTeamAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://")))
        return true;
    // libpq keywords: "service=dapp", "host=db dbname=dapp". A file name may hold '=' too, but
    // not as a known keyword at its start.
    static const QRegularExpression keywords(
        QStringLiteral("^(host|hostaddr|port|dbname|user|service|sslmode|application_name)\\s*="));
    return keywords.match(t).hasMatch();
}

std::optional<TeamAddress> parseTeamAddress(const QString &text, QString *error)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty()) {
        *error = T::tr("The team database address is empty.");
        return std::nullopt;
    }
    char *message = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(utf8.constData(), &message),
                                                                          &PQconninfoFree);
    if (!options) {
        QString reason = message ? QString::fromUtf8(message).trimmed() : T::tr("out of memory");
        // libpq quotes the part it could not read, which may be a password: never shown.
        static const QRegularExpression quotedPart(QStringLiteral("\"[^\"]*\""));
        reason.replace(quotedPart, QStringLiteral("“…”"));
        if (message)
            PQfreemem(message);
        *error = T::tr("“%1” is not a PostgreSQL address: %2").arg(withoutPassword(text), reason);
        return std::nullopt;
    }
    TeamAddress a;
    a.text = withoutPassword(text.trimmed());
    QStringList rest;
    QString hostaddr;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QByteArray keyword(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == "host")
            a.host = value;
        else if (keyword == "hostaddr")
            hostaddr = value;
        else if (keyword == "dbname")
            a.database = value;
        else if (keyword == "user")
            a.user = value;
        else if (keyword == "password")
            a.passwordInAddress = value;
        else if (keyword == "sslpassword")
            rest << QStringLiteral("sslpassword=") + quoted(value); // used, never shown: text has it removed
        else if (keyword == "service")
            a.service = value;
        else if (keyword == "port") {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (ok && port > 0 && port < 65536)
                a.port = port;
            else
                rest << QStringLiteral("port=") + quoted(value); // several hosts' ports: libpq reads them
        } else {
            rest << QString::fromLatin1(keyword) + QLatin1Char('=') + quoted(value);
        }
    }
    if (a.host.isEmpty())
        a.host = hostaddr;
    else if (!hostaddr.isEmpty())
        rest << QStringLiteral("hostaddr=") + quoted(hostaddr);
    if (!a.service.isEmpty())
        rest << QStringLiteral("service=") + quoted(a.service);
    // QtSql's driver turns ';' into the space between keywords; a value holding one would split.
    for (const QString &option : std::as_const(rest)) {
        if (option.contains(QLatin1Char(';'))) {
            *error = T::tr("“%1” has a “;” in the value of %2, which this program cannot pass on to the server.")
                         .arg(a.text, option.section(QLatin1Char('='), 0, 0));
            return std::nullopt;
        }
    }
    a.connectOptions = rest.join(QLatin1Char(';'));
    return a;
}

bool connectTeamDatabase(const TeamAddress &address, const QString &connectionName, const QString &password,
                         QString *error, bool *needsPassword)
{
    if (needsPassword)
        *needsPassword = false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = T::tr("Qt's PostgreSQL driver is not installed, so a team database cannot be opened (on Debian: "
                       "apt-get install libqt6sql6-psql).");
        return false;
    }
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setPassword(password.isEmpty() ? address.passwordInAddress : password);
        // Whoever reads pg_stat_activity sees who is connected, and with what.
        QString options = address.connectOptions;
        if (!options.contains(QLatin1String("application_name=")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("application_name='DAPP Analyst'");
        db.setConnectOptions(options);
        opened = db.open();
        if (!opened) {
            const QString reason = db.lastError().text().trimmed();
            const bool noPassword = reason.contains(QLatin1String("no password supplied"));
            const bool wrongPassword = reason.contains(QLatin1String("password authentication failed"));
            if (needsPassword)
                *needsPassword = noPassword || (wrongPassword && password.isEmpty());
            if (noPassword)
                *error = T::tr("The server %1 asks for a password.").arg(address.describe());
            else if (wrongPassword)
                *error = T::tr("The server %1 refused the password%2.")
                             .arg(address.describe(),
                                  address.user.isEmpty() ? QString() : T::tr(" for %1").arg(address.user));
            else
                *error = T::tr("Could not connect to %1: %2").arg(address.describe(), reason);
        }
    }
    if (!opened)
        QSqlDatabase::removeDatabase(connectionName);
    return opened;
}

} // namespace dapp
