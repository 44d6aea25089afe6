// Document handling for a project file.
#include "storage/projectstore.h"
#include "storage/integrity.h"
#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/recordmaps.h"
#include "storage/teamdatabase.h"
#include "storage/workingsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>


namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct ProjectStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

template <typename T>
Id maxId(const QMap<Id, T> &m)
{
    return m.isEmpty() ? 0 : m.lastKey();
}
} // namespace

namespace {
// SQLite keeps what we need to recognise a project in its 100-byte file header, so the file is
// read as bytes and never opened as a database: even a read-only SQLite connection would create
// -shm/-wal files beside a WAL-mode file, or roll back a hot journal.
constexpr int kSqliteHeaderSize = 100;

quint32 headerWord(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}
} // namespace

bool inspectProjectFile(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = ProjectStoreText::tr("“%1” does not exist.").arg(shown);
        return false;
    }
    if (!info.isFile()) {
        *error = ProjectStoreText::tr("“%1” is not a file.").arg(shown);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ProjectStoreText::tr("“%1” cannot be read: %2").arg(shown, file.errorString());
        return false;
    }
    const QByteArray header = file.read(kSqliteHeaderSize);
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = ProjectStoreText::tr("“%1” is not a DAPP Analyst project (it is not an SQLite database).").arg(shown);
        return false;
    }
    if (header.size() < kSqliteHeaderSize) {
        *error = ProjectStoreText::tr("“%1” is damaged: it ends inside the database header.").arg(shown);
        return false;
    }
    // Checked before the header is read: with a hot journal, page 1 may hold uncommitted bytes.
    const QString journal = path + QStringLiteral("-journal");
    if (isHotJournal(journal)) {
        *error = ProjectStoreText::tr("“%1” has an unfinished write from another program (%2 is beside it). Let that "
                                      "program finish, or open the file once in sqlite3 to recover it. The file was "
                                      "not changed.")
                     .arg(shown, QFileInfo(journal).fileName());
        return false;
    }
    const qint64 applicationId = qint32(headerWord(header, 68));
    const int version = int(qint32(headerWord(header, 60)));
    const bool writeAheadLog = header.at(18) == 2 || header.at(19) == 2;
    if (applicationId != kApplicationId) {
        *error = ProjectStoreText::tr("“%1” is an SQLite database but not a DAPP Analyst project.").arg(shown);
        return false;
    }
    if (writeAheadLog) {
        // Committed changes may still sit in the -wal file, which a copy of this file would miss.
        *error = ProjectStoreText::tr("“%1” was switched to SQLite's write-ahead log by another program; DAPP Analyst "
                                      "projects never use it. Run “PRAGMA journal_mode=DELETE” on it in sqlite3, then "
                                      "open it again. The file was not changed.")
                     .arg(shown);
        return false;
    }
    if (version > latestSchemaVersion()) {
        *error = ProjectStoreText::tr("“%1” was written by a newer version of DAPP Analyst (project schema %2; this "
                                      "version reads up to %3). Open it with the newer version. The file was not changed.")
                     .arg(shown)
                     .arg(version)
                     .arg(latestSchemaVersion());
        return false;
    }
    if (version < 1) {
        *error = ProjectStoreText::tr("“%1” has no project schema.").arg(shown);
        return false;
    }
    return true;
}

ProjectStore::ProjectStore(QObject *parent)
    : QObject(parent)
{
}

ProjectStore::~ProjectStore() { closeDatabase(); }

QSqlDatabase ProjectStore::currentDatabase() const
{
    return m_team ? m_team->database() : QSqlDatabase::database(m_connectionName, false);
}

Id ProjectStore::allocateLetterId() { return m_team ? teamId(RecordTable::Letter) : ++m_lastLetterId; }
Id ProjectStore::allocateProgrammeId() { return m_team ? teamId(RecordTable::Programme) : ++m_lastProgrammeId; }
Id ProjectStore::allocateReturnId() { return m_team ? teamId(RecordTable::Return) : ++m_lastReturnId; }
Id ProjectStore::allocateContextId() { return m_team ? teamId(RecordTable::ContextFigure) : ++m_lastContextId; }

void ProjectStore::closeDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool ProjectStore::openWorkingCopy(const QString &workingPath, QString *error, QStringList *damage)
{
    const QString name = QStringLiteral("dapp-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(workingPath);
    if (!db.open()) {
        *error = ProjectStoreText::tr("Could not open the working copy: %1").arg(db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    // A damaged file can read without an error and still lack records: SQLite checks it first.
    if (damage) {
        *damage = sqliteIntegrityProblems(db);
        if (!damage->isEmpty()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    std::optional<ProjectData> loaded;
    if (migrate(db, error))
        loaded = loadProject(db, error);
    if (!loaded) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    closeDatabase();
    m_connectionName = name;
    m_data = *loaded;
    refreshIdCounters();
    return true;
}

bool ProjectStore::adopt(std::unique_ptr<WorkingSession> session, QString *error, QStringList *damage)
{
    if (!openWorkingCopy(session->workingCopyPath(), error, damage))
        return false;
    // The old session's folder goes only now: until the new copy is open, the old one is the
    // project on screen.
    m_session = std::move(session);
    // A working copy in a temporary folder (the command line's) is never recovered after a
    // crash, so its commits need not wait for the disk: a commit of 100,000 returns waited
    // 70 ms for it. A process killed in a change still leaves it as it was (the journal is
    // written all the same), and the project file is written and synced to the disk by Save.
    // A copy in the recovery area keeps SQLite's full syncs: it is what a crash leaves.
    if (!m_session->isRecoverable())
        QSqlQuery(QSqlDatabase::database(m_connectionName, false)).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    leaveTeam();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_recoveredFrom.clear();
    m_filePath.clear();
    m_fileSize = -1;
    return true;
}

void ProjectStore::refreshIdCounters()
{
    m_lastLetterId = std::max(m_lastLetterId, maxId(m_data.letters));
    m_lastProgrammeId = std::max(m_lastProgrammeId, maxId(m_data.programmes));
    m_lastReturnId = std::max(m_lastReturnId, maxId(m_data.returns));
    m_lastContextId = std::max(m_lastContextId, maxId(m_data.contextFigures));
}

void ProjectStore::describeSession(const QString &displayName, bool unsaved)
{
    if (!m_session)
        return;
    m_session->describe(m_filePath.isEmpty() ? m_recoveredFrom : m_filePath, displayName);
    m_session->setUnsaved(unsaved);
}

bool ProjectStore::createNew(QString *error)
{
    std::unique_ptr<WorkingSession> session = WorkingSession::create(m_recoveryArea, error);
    if (!session || !adopt(std::move(session), error))
        return false;
    m_lock.reset();
    emit reset();
    return true;
}

bool ProjectStore::openSalvaged(const ProjectData &data, QString *error)
{
    std::unique_ptr<WorkingSession> session = WorkingSession::create(m_recoveryArea, error);
    if (!session)
        return false;
    // Written to the new working copy before it becomes the open project, so a failure leaves
    // the project on screen as it was.
    ProjectStore staging;
    staging.m_session = std::move(session);
    if (!staging.openWorkingCopy(staging.m_session->workingCopyPath(), error) || !staging.replaceAll(data, error))
        return false;
    staging.closeDatabase();
    if (!adopt(std::move(staging.m_session), error))
        return false;
    m_lock.reset();
    m_session->setUnsaved(true);
    emit reset();
    return true;
}

bool ProjectStore::openRecovered(const CrashedSession &crashed, QString *error)
{
    std::unique_ptr<WorkingSession> session = WorkingSession::create(m_recoveryArea, error);
    if (!session)
        return false;
    // The copy and its rollback journal, if a write was cut short: SQLite plays the journal
    // back when it opens the copy, so every committed edit stays and a half-written one goes.
    for (const QString &suffix : {QString(), QStringLiteral("-journal")}) {
        const QString from = crashed.workingCopyPath + suffix;
        if (QFileInfo::exists(from) && !QFile::copy(from, session->workingCopyPath() + suffix)) {
            *error = ProjectStoreText::tr("Could not copy the recovered working copy “%1”.").arg(QDir::toNativeSeparators(from));
            return false;
        }
    }
    QStringList damage;
    if (!adopt(std::move(session), error, &damage)) {
        if (!damage.isEmpty())
            *error = ProjectStoreText::tr("The unsaved edits of “%1” could not be recovered: SQLite finds the working "
                                          "copy damaged (%2). It was kept in “%3”.")
                         .arg(crashed.displayName, damage.mid(0, 3).join(QStringLiteral("; ")),
                              QDir::toNativeSeparators(crashed.folder));
        return false;
    }
    m_lock.reset();
    m_recoveredFrom = crashed.documentPath;
    m_session->describe(crashed.documentPath, crashed.displayName);
    m_session->setUnsaved(true);
    discardCrashedSession(crashed);
    emit reset();
    return true;
}

bool ProjectStore::open(const QString &path, QString *error, OpenAccess access, OpenRefusal *refusal)
{
    if (!inspectProjectFile(path, error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // The lock first, so nobody else opens the file for writing while it is being read.
    auto lock = std::make_unique<ProjectLock>();
    QString readOnlyReason;
    bool keepOwnLock = false;
    if (access == OpenAccess::ReadOnly) {
        lock.reset();
        if (const std::optional<LockHolder> other = ProjectLock::holderOf(absolute); other && !other->isStale())
            readOnlyReason = ProjectStoreText::tr("%1 has it open").arg(other->describe());
        else
            readOnlyReason = ProjectStoreText::tr("it was opened read-only");
    } else if (absolute == m_filePath && m_lock && m_lock->stillOurs()) {
        keepOwnLock = true; // opened again in this window: the lock is already ours
        lock.reset();
    } else {
        LockHolder other;
        QString lockError;
        switch (lock->take(absolute, &other, &lockError, access == OpenAccess::TakeOver)) {
        case ProjectLock::Outcome::Taken:
            break;
        case ProjectLock::Outcome::HeldByOther:
            if (refusal)
                refusal->heldBy = other;
            *error = ProjectStoreText::tr("“%1” is open in another window: %2.").arg(QDir::toNativeSeparators(path), other.describe());
            return false;
        case ProjectLock::Outcome::Failed:
            // Read-only media or a folder without write permission: nothing could be saved
            // there anyway, so the project opens read-only and says why.
            lock.reset();
            readOnlyReason = lockError;
            break;
        }
    }
    std::unique_ptr<WorkingSession> session = WorkingSession::create(m_recoveryArea, error);
    if (!session)
        return false;
    const QString working = session->workingCopyPath();
    if (!QFile::copy(path, working)) {
        *error = ProjectStoreText::tr("Could not copy “%1” to a working file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QFile::setPermissions(working, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList damage;
    if (!adopt(std::move(session), error, &damage)) {
        if (!damage.isEmpty()) {
            if (refusal)
                refusal->damage = damage;
            *error = ProjectStoreText::tr("“%1” is damaged, so it was not opened: SQLite finds %2. Showing part of it "
                                          "as if it were whole could lose the rest when saved. The file was not changed.")
                         .arg(QDir::toNativeSeparators(path), damage.mid(0, 3).join(QStringLiteral("; ")))
                     + (damage.size() > 3 ? ProjectStoreText::tr(" (%1 problems in all)").arg(damage.size()) : QString());
            return false;
        }
        // The header said it is a project this version reads, so a failure to read it is most
        // likely damage, but could be the working copy (a full disk): say both.
        *error = ProjectStoreText::tr("“%1” could not be opened; it may be damaged (%2). The file was not changed.")
                     .arg(QDir::toNativeSeparators(path), *error);
        return false;
    }
    if (!keepOwnLock)
        m_lock = std::move(lock);
    m_readOnly = !m_lock;
    m_readOnlyReason = readOnlyReason;
    m_filePath = absolute;
    rememberDocumentFile();
    m_session->describe(m_filePath, QFileInfo(m_filePath).fileName());
    emit reset();
    return true;
}

void ProjectStore::rememberDocumentFile()
{
    const QFileInfo info(m_filePath);
    m_fileModified = info.lastModified();
    m_fileSize = info.exists() ? info.size() : -1;
}

bool ProjectStore::documentFileUnchanged() const
{
    const QFileInfo info(m_filePath);
    return info.exists() && info.size() == m_fileSize && info.lastModified() == m_fileModified;
}

bool ProjectStore::saveAs(const QString &path, QString *error)
{
    if (m_team) {
        *error = ProjectStoreText::tr("A team database keeps every change as it is made; to keep a file of it, "
                                      "use File › Save a Copy As….");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen()) {
        *error = ProjectStoreText::tr("No project is open.");
        return false;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const bool samePath = target == m_filePath;
    std::unique_ptr<ProjectLock> lock;
    if (samePath) {
        if (m_readOnly) {
            *error = ProjectStoreText::tr("“%1” is open read-only (%2). Save it under another name.").arg(shown, m_readOnlyReason);
            return false;
        }
        // A lock file that vanished (its folder went with a removed drive) is left for the
        // write to explain; one that names someone else means they chose "open anyway".
        if (const std::optional<LockHolder> other = ProjectLock::holderOf(target);
            m_lock && other && !m_lock->stillOurs()) {
            *error = ProjectStoreText::tr("“%1” was not saved: %2 opened it anyway after you did, and saving would "
                                          "overwrite their work. Save it under another name.")
                         .arg(shown, other->describe());
            return false;
        }
        if (QFileInfo::exists(target) && !documentFileUnchanged()) {
            *error = ProjectStoreText::tr("“%1” was not saved: another program replaced the file since you opened it "
                                          "(it changed at %2), and saving would overwrite that. Save it under another name.")
                         .arg(shown, QLocale().toString(QFileInfo(target).lastModified(), QLocale::ShortFormat));
            return false;
        }
    } else {
        lock = std::make_unique<ProjectLock>();
        LockHolder other;
        QString lockError;
        // A folder that cannot hold a lock file is left for the write to explain.
        if (lock->take(target, &other, &lockError) == ProjectLock::Outcome::HeldByOther) {
            *error = ProjectStoreText::tr("“%1” was not saved: %2 has that file open. Save it under another name.")
                         .arg(shown, other.describe());
            return false;
        }
        if (!lock->isHeld())
            lock.reset();
    }
    if (!writeProjectFile(db, target, m_backupPolicy, error))
        return false; // `lock`, if any, is released on the way out
    if (!samePath) {
        m_lock = std::move(lock); // the old file's lock, if any, is released
        m_readOnly = false;
        m_readOnlyReason.clear();
    }
    m_filePath = target;
    m_recoveredFrom.clear();
    rememberDocumentFile();
    return true;
}

bool ProjectStore::apply(const ProjectData &before, const ProjectData &after, QString *error, const Progress &progress)
{
    // A change reporting progress lets the window repaint while it writes; nothing may start a
    // second change inside its transaction (it would fail, or on PostgreSQL join it).
    m_refused.reset(); // a refusal is this apply's, never an earlier one's
    if (m_applying) {
        *error = ProjectStoreText::tr("Another change is being written; this one was not applied.");
        return false;
    }
    const QScopedValueRollback<bool> applying(m_applying, true);
    if (m_team)
        return applyToTeam(before, after, error, progress);
    // The marker says "unsaved" before the edit is written, so a crash right after it is recovered.
    const bool wasUnsaved = m_session && m_session->isUnsaved();
    if (m_session)
        m_session->setUnsaved(true);
    if (!sameRecords(before.letters, m_data.letters) || !sameRecords(before.programmes, m_data.programmes)
        || !sameRecords(before.returns, m_data.returns)
        || !sameRecords(before.contextFigures, m_data.contextFigures)) {
        *error = ProjectStoreText::tr("The project changed under this edit; it was not applied.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!writeChange(db, before, after, error, progress)) {
        if (m_session)
            m_session->setUnsaved(wasUnsaved); // nothing was written
        return false;
    }
    replaceRecords(m_data.letters, before.letters, after.letters);
    replaceRecords(m_data.programmes, before.programmes, after.programmes);
    replaceRecords(m_data.returns, before.returns, after.returns);
    replaceRecords(m_data.contextFigures, before.contextFigures, after.contextFigures);
    refreshIdCounters();
    emit changed(before, after);
    return true;
}

bool ProjectStore::replaceAll(const ProjectData &data, QString *error)
{
    if (m_team) {
        *error = ProjectStoreText::tr("A team database is not replaced whole; nothing was changed.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!writeChange(db, m_data, data, error))
        return false;
    m_data = data;
    refreshIdCounters();
    emit reset();
    return true;
}

} // namespace dapp
