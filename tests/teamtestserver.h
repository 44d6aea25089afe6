// A PostgreSQL server to test the team database against (DAPP_TEST_PG_HOST, DAPP_TEST_PG_PORT,
// as tst_postgres): the databases and login roles a test or benchmark makes for itself, set up
// as their owner would, and dropped when it ends. Shared by the team tests and bench_team.
#pragma once

#include "storage/teamaddress.h"
#include "storage/teamdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace dapp::test {

class TeamTestServer
{
public:
    TeamTestServer()
        : m_host(qEnvironmentVariable("DAPP_TEST_PG_HOST"))
        , m_port(qEnvironmentVariableIntValue("DAPP_TEST_PG_PORT") ? qEnvironmentVariableIntValue("DAPP_TEST_PG_PORT") : 5432)
    {
    }
    ~TeamTestServer() { dropAll(); }
    TeamTestServer(const TeamTestServer &) = delete;
    TeamTestServer &operator=(const TeamTestServer &) = delete;

    static bool available() { return qEnvironmentVariableIsSet("DAPP_TEST_PG_HOST"); }
    QString host() const { return m_host; }
    int port() const { return m_port; }

    // `user`'s address of `database` as psql takes it, through the socket folder.
    QString address(const QString &user, const QString &database) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, database, m_host).arg(m_port);
    }

    // Runs `sql` as postgres on `database` (the server's own "postgres" when empty); `value`
    // receives the first column of the first row.
    bool admin(const QString &sql, const QString &database = QString(), QString *value = nullptr,
               QString *error = nullptr) const
    {
        const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_host);
            db.setPort(m_port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(database.isEmpty() ? QStringLiteral("postgres") : database);
            ok = db.open();
            QSqlQuery q(db);
            ok = ok && q.exec(sql);
            if (ok && value && q.next())
                *value = q.value(0).toString();
            const QString why = QStringLiteral("%1: %2").arg(sql, db.isOpen() ? q.lastError().text() : db.lastError().text());
            if (!ok && error)
                *error = why;
            else if (!ok)
                qWarning("%s", qPrintable(why));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A new empty database named `prefix` and a random tail, dropped by dropAll().
    QString freshDatabase(const QString &prefix, QString *error = nullptr)
    {
        const QString name = prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!admin(QStringLiteral("CREATE DATABASE %1").arg(name), QString(), nullptr, error))
            return {};
        m_databases << name;
        return name;
    }

    // Sets `database` up as team-init would, as its owner: schema, editors and viewers.
    bool setUpTeam(const QString &database, QString *error) const
    {
        const std::optional<TeamAddress> owner = parseTeamAddress(address(QStringLiteral("postgres"), database), error);
        const QString name = QStringLiteral("owner-") + QUuid::createUuid().toString(QUuid::Id128);
        if (!owner || !connectTeamDatabase(*owner, name, QString(), error))
            return false;
        bool setUp = false;
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            setUp = setUpTeamDatabase(db, error);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return setUp;
    }

    // A login role in `group` (one of a database's teamEditorsRole/teamViewersRole), dropped by dropAll().
    bool addLogin(const QString &role, const QString &group, QString *error = nullptr)
    {
        if (!admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(role, group), QString(), nullptr, error))
            return false;
        m_logins << role;
        return true;
    }

    void dropAll()
    {
        for (const QString &database : std::as_const(m_databases))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        for (const QString &role : std::as_const(m_logins))
            admin(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        for (const QString &database : std::as_const(m_databases)) {
            // Quietly: only some of the databases were set up, with roles.
            admin(QStringLiteral("SET client_min_messages = warning; DROP ROLE IF EXISTS %1; DROP ROLE IF EXISTS %2")
                      .arg(teamEditorsRole(database), teamViewersRole(database)));
        }
        m_databases.clear();
        m_logins.clear();
    }

private:
    QString m_host;
    int m_port;
    QStringList m_databases;
    QStringList m_logins;
};

} // namespace dapp::test
