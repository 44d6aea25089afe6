// ProjectStore's team-database half: opening a project on a shared PostgreSQL server, writing
// each edit over the revisions this window read, taking in what others commit, publishing a
// file to a server and keeping a local copy of what is open.
#include "storage/conflictmessage.h"
#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/projectstore.h"
#include "storage/recordmaps.h"
#include "storage/servererror.h"
#include "storage/teamdatabase.h"
#include "storage/workingsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace dapp {

namespace {
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

// A read the server refused, in words when its code is known (servererror.h); otherwise
// `fallback` with the error's own text as %1.
QString readFailed(const QSqlError &e, const QString &fallback)
{
    return describeKnownServerError(e, ServerRequest::Read).value_or(fallback.arg(e.text()));
}

// The records and their revisions as one moment of the server saw them. Read apart, a commit
// between the two reads would pair old figures with the new revision, and the next edit would
// pass the revision check and write the old figures back over that commit.
bool loadSnapshot(QSqlDatabase &db, ProjectData *data, RecordStamps *stamps, QString *error)
{
    if (!db.transaction()) {
        *error = readFailed(db.lastError(), T::tr("Could not start reading the team database: %1"));
        return false;
    }
    QSqlQuery snapshot(db);
    if (!snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))) {
        *error = readFailed(snapshot.lastError(), T::tr("Could not read the team database: %1"));
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
    m_refused.reset();
    m_news = RecordIds();
    m_newsBy.clear();
    m_newsNamesEverything = false;
    m_newsFailures = 0;
    if (m_newsTimer)
        m_newsTimer->stop();
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
    emit accessChanged();
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
    if (!m_newsTimer) {
        m_newsTimer = new QTimer(this);
        m_newsTimer->setSingleShot(true);
        m_newsTimer->setInterval(kNewsGatheringMilliseconds);
        connect(m_newsTimer, &QTimer::timeout, this, &ProjectStore::takeInNews);
    }
    m_news = RecordIds();
    m_newsBy.clear();
    m_newsNamesEverything = false;
    m_newsFailures = 0;
    connect(m_team.get(), &TeamDatabase::othersChanged, this,
            [this](const QString &by, const RecordIds &touched, bool everything) {
                m_news.letters << touched.letters;
                m_news.programmes << touched.programmes;
                m_news.returns << touched.returns;
                m_news.contextFigures << touched.contextFigures;
                m_newsNamesEverything = m_newsNamesEverything || everything;
                if (!m_newsBy.contains(by))
                    m_newsBy << by;
                if (!m_newsTimer->isActive()) // else already gathering, or waiting to read again
                    m_newsTimer->start(kNewsGatheringMilliseconds);
            });
    emit reset();
    return true;
}

void ProjectStore::takeInNews()
{
    if (!m_team)
        return;
    if (m_applying) {
        m_newsTimer->start(kNewsGatheringMilliseconds); // after our own change is written
        return;
    }
    const auto unique = [](QList<Id> &ids) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    };
    RecordIds news = std::exchange(m_news, RecordIds());
    unique(news.letters);
    unique(news.programmes);
    unique(news.returns);
    unique(news.contextFigures);
    const bool everything = std::exchange(m_newsNamesEverything, false);
    if (everything)
        m_team->forgetSpareIds(); // a publish, say: the sequences may have moved past them
    QStringList names = std::exchange(m_newsBy, QStringList());
    const QString by = names.join(QStringLiteral(", "));
    QString why;
    if (everything ? refreshFromTeam(&why, by) : refreshRecords(news, &why, by)) {
        m_newsFailures = 0;
        return;
    }
    // Not read (nothing of it was taken in): the news is kept, with what arrived meanwhile, and
    // read again in a moment. It is not the user's own edit that failed, so not failed().
    m_news.letters << news.letters;
    m_news.programmes << news.programmes;
    m_news.returns << news.returns;
    m_news.contextFigures << news.contextFigures;
    m_newsNamesEverything = m_newsNamesEverything || everything;
    for (const QString &name : std::as_const(m_newsBy))
        if (!names.contains(name))
            names << name;
    m_newsBy = std::move(names);
    // A lost connection has made the project read-only (onConnectionLost), and opening it again
    // reads everything: nothing to try again until then.
    if (!m_team->isConnected())
        return;
    ++m_newsFailures;
    if (m_newsFailures <= kNewsQuickRetries) {
        emit newsDelayed(T::tr("Could not read the changes others made; trying again in a moment. %1").arg(why));
        m_newsTimer->start(kNewsRetryMilliseconds);
        return;
    }
    if (m_newsFailures == kNewsQuickRetries + 1) {
        emit newsDelayed(T::tr("Could not read the changes others made, again; trying every %1 seconds now, or "
                               "File › Reconnect reads everything. %2")
                             .arg(kNewsSlowRetryMilliseconds / 1000)
                             .arg(why));
    }
    m_newsTimer->start(kNewsSlowRetryMilliseconds);
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

namespace {
// Puts what the server holds now of the records `ids` of one table into `whole` and `stamps`;
// the records that changed go to `before` (as they were) and `after` (as they are).
template <typename T>
void takeIn(const QList<Id> &ids, const QMap<Id, T> &loaded, const QHash<Id, RecordStamp> &loadedStamps,
            QMap<Id, T> &whole, QHash<Id, RecordStamp> &stamps, QMap<Id, T> &before, QMap<Id, T> &after)
{
    for (Id id : ids) {
        const auto had = whole.constFind(id);
        const auto has = loaded.constFind(id);
        if (had != whole.cend() && (has == loaded.cend() || !(*had == *has)))
            before.insert(id, *had);
        if (has != loaded.cend() && (had == whole.cend() || !(*had == *has)))
            after.insert(id, *has);
        if (has == loaded.cend()) {
            whole.remove(id);
            stamps.remove(id);
        } else {
            whole.insert(id, *has);
            stamps.insert(id, loadedStamps.value(id));
        }
    }
}
} // namespace

bool ProjectStore::refreshRecords(const RecordIds &ids, QString *error, const QString &by)
{
    if (!m_team) {
        *error = T::tr("No team database is open.");
        return false;
    }
    QSqlDatabase db = m_team->database();
    if (!db.transaction()) {
        *error = readFailed(db.lastError(), T::tr("Could not start reading the team database: %1"));
        return false;
    }
    // One snapshot for the records and their revisions, as loadSnapshot.
    QSqlQuery snapshot(db);
    std::optional<ProjectData> loaded;
    RecordStamps stamps;
    bool read = snapshot.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
    if (!read)
        *error = readFailed(snapshot.lastError(), T::tr("Could not read the team database: %1"));
    read = read && (loaded = loadProject(db, error, &ids)).has_value()
           && loadRecordStamps(db, RecordTable::Letter, ids.letters, &stamps, error)
           && loadRecordStamps(db, RecordTable::Programme, ids.programmes, &stamps, error)
           && loadRecordStamps(db, RecordTable::Return, ids.returns, &stamps, error)
           && loadRecordStamps(db, RecordTable::ContextFigure, ids.contextFigures, &stamps, error);
    db.rollback(); // it only read
    if (!read)
        return false;
    ProjectData before;
    ProjectData after;
    takeIn(ids.letters, loaded->letters, stamps.letters, m_data.letters, m_stamps.letters, before.letters, after.letters);
    takeIn(ids.programmes, loaded->programmes, stamps.programmes, m_data.programmes, m_stamps.programmes, before.programmes,
           after.programmes);
    takeIn(ids.returns, loaded->returns, stamps.returns, m_data.returns, m_stamps.returns, before.returns, after.returns);
    takeIn(ids.contextFigures, loaded->contextFigures, stamps.contextFigures, m_data.contextFigures,
           m_stamps.contextFigures, before.contextFigures, after.contextFigures);
    if (before.isEmpty() && after.isEmpty())
        return true;
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
    if (!written && shared.serverError.nativeErrorCode() == QLatin1String("23505")) {
        // A key this window was given is taken: a publish moved the ids past records that now
        // hold it. The next ids are taken afresh.
        m_team->forgetSpareIds();
    }
    if (!written && isPermissionRefused(shared.serverError)) {
        // An administrator took this role's right to change records (or to change this table):
        // read-only now, as a viewer's, rather than each next edit refused the same way.
        // Nothing of this edit was written: its transaction was rolled back whole.
        m_readOnly = true;
        m_readOnlyReason = T::tr("the server refused %1 the right to change this team database at %2; what was saved "
                                 "before is on the server. Reconnect once the right is given back")
                               .arg(m_team->user(), QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
        *error = describeServerError(shared.serverError,
                                     T::tr("Nothing of the change was written, and the project is read-only now."));
        emit accessChanged();
        emit becameReadOnly(m_readOnlyReason);
        return false;
    }
    if (!written && shared.conflict) {
        // Someone else committed first and their news has not arrived yet: read it now, so the
        // message says what they did and the window shows it.
        QString why;
        const WriteConflict conflict = *shared.conflict;
        // Only what this edit touched is read again: the rest arrives with its notifications.
        RecordIds touched;
        const auto idsOf = [](const auto &a, const auto &b, QList<Id> &into) {
            for (auto it = a.cbegin(); it != a.cend(); ++it)
                into << it.key();
            for (auto it = b.cbegin(); it != b.cend(); ++it)
                if (!a.contains(it.key()))
                    into << it.key();
        };
        idsOf(before.letters, after.letters, touched.letters);
        idsOf(before.programmes, after.programmes, touched.programmes);
        idsOf(before.returns, after.returns, touched.returns);
        idsOf(before.contextFigures, after.contextFigures, touched.contextFigures);
        refreshRecords(touched, &why, conflict.theirs.changedBy);
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
