// ProjectStore's team-database half: opening a project on a shared PostgreSQL server, writing
// each edit over the revisions this window read, taking in what others commit, publishing a
// file to a server and keeping a local copy of what is open.
#include "storage/conflictmessage.h"
#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/projectstore.h"
#include "storage/recordmaps.h"
#include "storage/teamdatabase.h"
#include "storage/workingsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTime>
#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace dapp {

namespace {
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

// The records and their revisions as one moment of the server saw them. Read apart, a commit
// between the two reads would pair old figures with the new revision, and the next edit would
// pass the revision check and write the old figures back over that commit.
bool loadSnapshot(QSqlDatabase &db, ProjectData *data, RecordStamps *stamps, QString *error)
{
    if (!db.transaction()) {
        *error = T::tr("Could not start reading the team database: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery snapshot(db);
    if (!snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        *error = T::tr("Could not read the team database: %1").arg(snapshot.lastError().text());
        db.rollback();
        return false;
    }
    std::optional<ProjectData> loaded = loadProject(db, error);
    const bool read = loaded && loadRecordStamps(db, stamps, error);
    db.rollback(); // it only read
    if (!read)
        return false;
    *data = std::move(*loaded);
    return true;
}

bool hasUnnumbered(const ProjectData &after)
{
    const auto zero = [](const auto &map) { return map.contains(0); };
    return zero(after.letters) || zero(after.programmes) || zero(after.returns) || zero(after.contextFigures);
}
} // namespace

void ProjectStore::leaveTeam()
{
    m_team.reset();
    m_stamps = RecordStamps();
    m_refreshPending = false;
}

Id ProjectStore::teamId(RecordTable table)
{
    QString error;
    const Id id = m_team->nextId(table, &error);
    if (id == 0)
        emit failed(error);
    return id;
}

QString ProjectStore::teamDescription() const { return m_team ? m_team->description() : QString(); }
bool ProjectStore::isDisconnected() const { return m_team && m_team->wasLost(); }

void ProjectStore::onConnectionLost()
{
    m_readOnly = true;
    m_readOnlyReason = T::tr("the connection to %1 was lost at %2; what was saved before is on the server. "
                             "Reconnect to go on editing")
                           .arg(m_team->address().describe(), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    emit disconnected(m_readOnlyReason);
}
QString ProjectStore::teamAddress() const { return m_team ? m_team->address().text : QString(); }

bool ProjectStore::openTeam(const QString &address, QString *error, const QString &password, bool *needsPassword)
{
    if (needsPassword)
        *needsPassword = false;
    const std::optional<TeamAddress> parsed = parseTeamAddress(address, error);
    if (!parsed)
        return false;
    std::unique_ptr<TeamDatabase> team = TeamDatabase::open(*parsed, password, error, needsPassword);
    if (!team)
        return false;
    QSqlDatabase db = team->database();
    RecordStamps stamps;
    ProjectData loaded;
    if (!loadSnapshot(db, &loaded, &stamps, error))
        return false;
    // The file that was open, if any, is let go only now that the team project is there.
    closeDatabase();
    m_session.reset();
    m_lock.reset();
    m_filePath.clear();
    m_recoveredFrom.clear();
    m_fileSize = -1;
    m_team = std::move(team);
    m_stamps = std::move(stamps);
    m_data = std::move(loaded);
    m_readOnly = !m_team->canWrite();
    m_readOnlyReason = m_readOnly ? T::tr("%1 may only read this team database").arg(m_team->user()) : QString();
    connect(m_team.get(), &TeamDatabase::connectionLost, this, &ProjectStore::onConnectionLost);
    m_team->watchConnection(5000);
    connect(m_team.get(), &TeamDatabase::othersChanged, this, [this](const QString &by) {
        if (m_applying) {
            m_refreshPending = true; // taken in once our own change is written
            return;
        }
        QString why;
        if (!refreshFromTeam(&why, by))
            emit failed(why);
    });
    emit reset();
    return true;
}

bool ProjectStore::refreshFromTeam(QString *error, const QString &by)
{
    if (!m_team) {
        *error = T::tr("No team database is open.");
        return false;
    }
    QSqlDatabase db = m_team->database();
    RecordStamps stamps;
    ProjectData loaded;
    if (!loadSnapshot(db, &loaded, &stamps, error))
        return false;
    ProjectData before;
    ProjectData after;
    differingRecords(m_data.letters, loaded.letters, before.letters, after.letters);
    differingRecords(m_data.programmes, loaded.programmes, before.programmes, after.programmes);
    differingRecords(m_data.returns, loaded.returns, before.returns, after.returns);
    differingRecords(m_data.contextFigures, loaded.contextFigures, before.contextFigures, after.contextFigures);
    m_stamps = std::move(stamps);
    if (before.isEmpty() && after.isEmpty())
        return true;
    m_data = std::move(loaded);
    emit changed(before, after);
    if (!by.isEmpty())
        emit changedByOthers(by, after);
    return true;
}

bool ProjectStore::applyToTeam(const ProjectData &before, const ProjectData &after, QString *error, const Progress &progress)
{
    if (m_readOnly) {
        *error = T::tr("%1; nothing was changed.").arg(m_readOnlyReason);
        return false;
    }
    if (hasUnnumbered(after)) {
        *error = T::tr("The server gave no id for a new record; nothing was changed.");
        return false;
    }
    // What this window shows already differs from what the edit was made on (someone else's
    // change arrived since: an undo over it, say): refused with what they changed.
    m_refused.reset();
    if (const std::optional<WriteConflict> seen = firstConflict(before, m_data, m_stamps)) {
        *error = describeConflict(before, after, m_data, *seen);
        m_refused = RefusedEdit{before, after, *error};
        return false;
    }
    QSqlDatabase db = m_team->database();
    SharedWrite shared{&m_stamps, m_team->user(), kTeamChangeChannel, {}};
    const bool written = writeChange(db, before, after, error, progress, &shared);
    if (!written && !shared.conflict && !m_team->isConnected()) {
        // The server went away: nothing of this edit was written (its transaction died with the
        // connection), and the project stays read-only until it is opened again.
        *error = T::tr("The change was not saved: %1.").arg(m_readOnlyReason);
        return false;
    }
    if (!written && shared.conflict) {
        // Someone else committed first and their news has not arrived yet: read it now, so the
        // message says what they did and the window shows it.
        QString why;
        const WriteConflict conflict = *shared.conflict;
        refreshFromTeam(&why, conflict.theirs.changedBy);
        *error = describeConflict(before, after, m_data, conflict);
        m_refused = RefusedEdit{before, after, *error};
    }
    if (written) {
        replaceRecords(m_data.letters, before.letters, after.letters);
        replaceRecords(m_data.programmes, before.programmes, after.programmes);
        replaceRecords(m_data.returns, before.returns, after.returns);
        replaceRecords(m_data.contextFigures, before.contextFigures, after.contextFigures);
        emit changed(before, after);
    }
    if (m_refreshPending) {
        m_refreshPending = false;
        QMetaObject::invokeMethod(
            this,
            [this] {
                QString why;
                if (m_team && !refreshFromTeam(&why, QStringLiteral("?")))
                    emit failed(why);
            },
            Qt::QueuedConnection);
    }
    return written;
}

bool ProjectStore::saveCopyAs(const QString &path, QString *error)
{
    if (const std::optional<LockHolder> other = ProjectLock::holderOf(QFileInfo(path).absoluteFilePath());
        other && !other->isStale()) {
        *error = T::tr("“%1” was not written: %2 has that file open. Choose another name.")
                     .arg(QDir::toNativeSeparators(path), other->describe());
        return false;
    }
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = T::tr("Could not make a temporary folder for the copy: %1").arg(folder.errorString());
        return false;
    }
    const QString name = QStringLiteral("dapp-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool written = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(folder.filePath(QStringLiteral("copy.dapp")));
        written = db.open() && migrate(db, error) && writeChange(db, ProjectData{}, m_data, error)
                  && writeProjectFile(db, path, m_backupPolicy, error);
        if (!db.isOpen())
            *error = T::tr("Could not make the copy: %1").arg(db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return written;
}

bool ProjectStore::publishTo(const QString &address, QString *error, const QString &password, bool *needsPassword)
{
    const std::optional<TeamAddress> parsed = parseTeamAddress(address, error);
    return parsed && publishProject(*parsed, password, m_data, error, needsPassword);
}

} // namespace dapp
