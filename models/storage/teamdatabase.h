// A project that lives on a PostgreSQL server several analysts share: the connection, who is
// connected and whether they may write, the ids the server's sequences give (two analysts
// adding records never clash), and the news of what others commit (LISTEN/NOTIFY through
// QSqlDriver::subscribeToNotification). Setting up an empty database — schema, migrations under
// the server's advisory lock, and the editors' and viewers' roles with their GRANTs — is
// setUpTeamDatabase.
#pragma once

#include "domain/project.h"
#include "storage/projectdatabase.h"
#include "storage/recordstamps.h"
#include "storage/teamaddress.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <memory>

namespace dapp {

// The channel every client listens on and every shared write notifies.
inline const QString kTeamChangeChannel = QStringLiteral("dapp_change");

// The roles a set-up database grants its rights to: "<database>_editors", "<database>_viewers".
QString teamEditorsRole(const QString &database);
QString teamViewersRole(const QString &database);

// Sets up the database `db` is connected to: the schema at the latest version (migrations run
// once even when two clients start together), and the two roles with their GRANTs. Run again,
// it migrates and grants again, and changes nothing else. Needs a role that may create roles
// (or that the roles already exist) and tables.
bool setUpTeamDatabase(QSqlDatabase &db, QString *error);

// Copies `data` into the database at `address` in one transaction: set up first when it is
// empty, refused when it holds any record already (publishing never merges). The server's
// sequences then start past the ids `data` brings.
bool publishProject(const TeamAddress &address, const QString &password, const ProjectData &data, QString *error,
                    bool *needsPassword = nullptr);

class TeamDatabase : public QObject
{
    Q_OBJECT
public:
    // Connects; refuses a database that is not set up (team-init does that), one whose schema is
    // newer than this version (never modified), and one whose schema is older when this role
    // may not migrate it. `needsPassword`: the server asked for a password that was not there.
    static std::unique_ptr<TeamDatabase> open(const TeamAddress &address, const QString &password, QString *error,
                                              bool *needsPassword = nullptr);
    ~TeamDatabase() override;

    QSqlDatabase database() const;
    QString user() const { return m_user; }
    // "dapp on db.example as alice"
    QString description() const;
    const TeamAddress &address() const { return m_address; }
    // Whether this role may change records; a viewer sees everything and changes nothing.
    bool canWrite() const { return m_canWrite; }
    // A new id from the server's sequence for `table`; 0 with `error` when there is none.
    // Taken from the server kIdsAtOnce at a time (an import of 100,000 returns would otherwise
    // ask 100,000 times); ids never used are gaps, as a rolled-back insert leaves.
    Id nextId(RecordTable table, QString *error);
    static constexpr int kIdsAtOnce = 64;
    // Ids taken but not given are let go: after a publish moved the sequences past records
    // that now hold some of them (a write refused for a key taken says so).
    void forgetSpareIds() { m_spareIds.clear(); }
    // Whether the connection is still there (a query gets through). A connection found lost
    // stays lost (connectionLost() once); a new TeamDatabase is a reconnection.
    bool isConnected();
    bool wasLost() const { return m_lost; }
    // Looks every `milliseconds` whether the connection is still there (0: never), so a lost
    // one is noticed before the next edit is tried.
    void watchConnection(int milliseconds);

signals:
    // Someone else committed a change (`by`: their role) to the records `touched`, or to too
    // many to name (`everything`): read those again (ProjectStore does).
    void othersChanged(const QString &by, const dapp::RecordIds &touched, bool everything);
    // The server cannot be reached any more (a network, a restart, an administrator).
    void connectionLost();

private:
    TeamDatabase() = default;
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    TeamAddress m_address;
    QString m_connectionName;
    QString m_user;
    bool m_canWrite = false;
    QHash<int, QList<Id>> m_spareIds; // by RecordTable: taken from the server, not yet given
    bool m_lost = false;
    QTimer *m_watch = nullptr;
};

} // namespace dapp
