// The connection to a shared PostgreSQL project, and setting one up.
#include "storage/teamdatabase.h"
#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/serverlock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace dapp {

namespace {
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(TeamDatabase)
};

// An identifier quoted for SQL (a role or database name may hold anything).
QString identifier(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = T::tr("The server refused “%1”: %2").arg(sql.simplified().left(120), q.lastError().text());
    return false;
}

QString scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

const QStringList &recordTables()
{
    static const QStringList tables = {QStringLiteral("letter"), QStringLiteral("programme"),
                                       QStringLiteral("programme_return"), QStringLiteral("context_figure")};
    return tables;
}

// Whether the database holds the project's tables (then schema_version says which version).
bool hasProjectSchema(QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                     "current_schema() AND table_name = 'schema_version'"))
           == QLatin1String("1");
}
} // namespace

QString teamEditorsRole(const QString &database) { return database + QStringLiteral("_editors"); }
QString teamViewersRole(const QString &database) { return database + QStringLiteral("_viewers"); }

bool setUpTeamDatabase(QSqlDatabase &db, QString *error)
{
    // One client at a time, roles and GRANTs included: two granting at once fail on the server
    // ("tuple concurrently updated"). migrate() takes the same lock again (they nest).
    const ServerLock lock(db, ServerLock::Work::Migration);
    if (lock.failed()) {
        *error = T::tr("Could not take the server's set-up lock: %1").arg(db.lastError().text());
        return false;
    }
    if (!migrate(db, error))
        return false;
    const QString database = scalar(db, QStringLiteral("SELECT current_database()"));
    const QString schema = scalar(db, QStringLiteral("SELECT current_schema()"));
    const QString editors = identifier(teamEditorsRole(database));
    const QString viewers = identifier(teamViewersRole(database));
    QSqlQuery q(db);
    // Roles belong to the whole server, so they may be there already (set up before, or by an
    // administrator with the README's lines).
    for (const QString &role : {teamEditorsRole(database), teamViewersRole(database)}) {
        q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        q.addBindValue(role);
        if (!q.exec()) {
            *error = T::tr("Could not read the server's roles: %1").arg(q.lastError().text());
            return false;
        }
        if (!q.next() && !exec(q, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(identifier(role)), error))
            return false;
    }
    const QString tables = [] {
        QStringList quoted;
        for (const QString &t : recordTables())
            quoted << t;
        return quoted.join(QStringLiteral(", "));
    }();
    const QStringList grants = {
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3").arg(identifier(database), editors, viewers),
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3").arg(identifier(schema), editors, viewers),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2, %3").arg(identifier(schema), editors, viewers),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(tables, editors),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(identifier(schema), editors),
    };
    if (!db.transaction()) {
        *error = T::tr("Could not start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    for (const QString &grant : grants) {
        if (!exec(q, grant, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = T::tr("Could not commit the grants: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

bool publishProject(const TeamAddress &address, const QString &password, const ProjectData &data, QString *error,
                    bool *needsPassword)
{
    const QString name = QStringLiteral("dapp-publish-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!connectTeamDatabase(address, name, password, error, needsPassword))
        return false;
    bool published = false;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        published = [&] {
            if (!setUpTeamDatabase(db, error))
                return false;
            // Two people publishing into one empty database at once: the second waits for the
            // first, then finds it holds records, and writes nothing.
            const ServerLock publishing(db, ServerLock::Work::Publishing);
            if (publishing.failed()) {
                *error = T::tr("Could not take the server's publishing lock: %1").arg(db.lastError().text());
                return false;
            }
            for (const QString &table : recordTables()) {
                if (scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)) != QLatin1String("0")) {
                    *error = T::tr("%1 already holds records, so the project was not published there: publishing copies "
                                   "a project into an empty team database, and never merges. Nothing was written.")
                                 .arg(address.describe());
                    return false;
                }
            }
            // Ids are the file's; the sequences start past them (sequences ignore transactions,
            // so this is done first: a failed copy leaves them merely higher).
            const auto maxId = [](const auto &map) { return map.isEmpty() ? Id(0) : map.lastKey(); };
            const QList<std::pair<RecordTable, Id>> highest = {{RecordTable::Letter, maxId(data.letters)},
                                                               {RecordTable::Programme, maxId(data.programmes)},
                                                               {RecordTable::Return, maxId(data.returns)},
                                                               {RecordTable::ContextFigure, maxId(data.contextFigures)}};
            QSqlQuery q(db);
            for (const auto &[table, id] : highest) {
                q.prepare(QStringLiteral("SELECT setval('%1_id_seq', GREATEST(?, (SELECT last_value FROM %1_id_seq)))")
                              .arg(tableName(table)));
                q.addBindValue(id);
                if (!q.exec()) {
                    *error = T::tr("Could not move the server's ids past the project's: %1").arg(q.lastError().text());
                    return false;
                }
            }
            RecordStamps stamps;
            SharedWrite shared{&stamps, scalar(db, QStringLiteral("SELECT current_user")), kTeamChangeChannel, {}};
            return writeChange(db, ProjectData{}, data, error, {}, &shared);
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return published;
}

std::unique_ptr<TeamDatabase> TeamDatabase::open(const TeamAddress &address, const QString &password, QString *error,
                                                 bool *needsPassword)
{
    std::unique_ptr<TeamDatabase> team(new TeamDatabase);
    team->m_address = address;
    team->m_connectionName = QStringLiteral("dapp-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!connectTeamDatabase(address, team->m_connectionName, password, error, needsPassword)) {
        team->m_connectionName.clear();
        return nullptr;
    }
    QSqlDatabase db = team->database();
    if (!hasProjectSchema(db)) {
        *error = T::tr("%1 is not set up as a team database (it has no DAPP Analyst tables). Set it up with "
                       "“dapp-analyst team-init %2”, or File › Publish to Team Database….")
                     .arg(address.describe(), address.text);
        return nullptr;
    }
    const int version = schemaVersion(db);
    if (version > latestSchemaVersion()) {
        *error = T::tr("%1 was set up by a newer version of DAPP Analyst (schema %2; this version reads up to %3). "
                       "Use the newer version; the database was not changed.")
                     .arg(address.describe())
                     .arg(version)
                     .arg(latestSchemaVersion());
        return nullptr;
    }
    // Brought up to date as team-init would: migrated, and its new tables and sequences granted.
    if (version < latestSchemaVersion() && !setUpTeamDatabase(db, error)) {
        *error = T::tr("%1 has schema %2 and this version needs %3, but it could not be brought up to date: %4 "
                       "Ask its owner to run “dapp-analyst team-init %5”.")
                     .arg(address.describe())
                     .arg(version)
                     .arg(latestSchemaVersion())
                     .arg(*error, address.text);
        return nullptr;
    }
    team->m_user = scalar(db, QStringLiteral("SELECT current_user"));
    team->m_canWrite = scalar(db, QStringLiteral("SELECT has_table_privilege('programme_return', 'UPDATE') AND "
                                                 "has_table_privilege('programme_return', 'INSERT') AND "
                                                 "has_table_privilege('programme_return', 'DELETE')"))
                       == QLatin1String("true");
    QSqlDriver *driver = db.driver();
    if (!driver->subscribeToNotification(kTeamChangeChannel)) {
        *error = T::tr("Could not listen for others' changes on %1: %2")
                     .arg(address.describe(), driver->lastError().text());
        return nullptr;
    }
    connect(driver, &QSqlDriver::notification, team.get(), &TeamDatabase::onNotification);
    return team;
}

TeamDatabase::~TeamDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase TeamDatabase::database() const { return QSqlDatabase::database(m_connectionName, false); }

QString TeamDatabase::description() const { return T::tr("%1 as %2").arg(m_address.describe(), m_user); }

Id TeamDatabase::nextId(RecordTable table, QString *error)
{
    QList<Id> &spare = m_spareIds[int(table)];
    if (spare.isEmpty()) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT nextval('%1_id_seq') FROM generate_series(1, %2)").arg(tableName(table)).arg(kIdsAtOnce))) {
            *error = T::tr("The server gave no new id: %1").arg(q.lastError().text());
            return 0;
        }
        while (q.next())
            spare << q.value(0).toLongLong();
        std::sort(spare.begin(), spare.end(), std::greater<Id>()); // given smallest first, from the back
        if (spare.isEmpty()) {
            *error = T::tr("The server gave no new id.");
            return 0;
        }
    }
    return spare.takeLast();
}

bool TeamDatabase::isConnected()
{
    if (m_lost)
        return false;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    m_lost = true;
    if (m_watch)
        m_watch->stop();
    emit connectionLost();
    return false;
}

void TeamDatabase::watchConnection(int milliseconds)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, [this] { isConnected(); });
    }
    if (milliseconds > 0 && !m_lost)
        m_watch->start(milliseconds);
    else
        m_watch->stop();
}

void TeamDatabase::onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != kTeamChangeChannel || source == QSqlDriver::SelfSource)
        return;
    const QJsonObject message = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    RecordIds touched;
    const auto ids = [&](const char *key, QList<Id> &into) {
        const QJsonArray array = message.value(QLatin1String(key)).toArray();
        for (const QJsonValue &v : array)
            into << Id(v.toInteger());
    };
    ids("letters", touched.letters);
    ids("programmes", touched.programmes);
    ids("returns", touched.returns);
    ids("context_figures", touched.contextFigures);
    // A message that names nothing it could be read for (another version's, say): read it all.
    const bool everything = message.value(QStringLiteral("all")).toBool() || touched.isEmpty();
    emit othersChanged(message.value(QStringLiteral("by")).toString(), touched, everything);
}

} // namespace dapp
