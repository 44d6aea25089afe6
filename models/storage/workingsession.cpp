// The working copy's folder, and finding the sessions a crash left behind.
#include "storage/workingsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace dapp {

namespace {
struct WorkingSessionText
{
    Q_DECLARE_TR_FUNCTIONS(WorkingSession)
};

const QString kWorkingCopy = QStringLiteral("working.dapp");
const QString kMarker = QStringLiteral("session.json");
const QString kLock = QStringLiteral("session.lock");

// A session's lock: held for as long as its program runs. Never stale by age, only when the
// program that holds it is gone (QLockFile checks the process on this machine).
std::unique_ptr<QLockFile> sessionLock(const QString &folder)
{
    auto lock = std::make_unique<QLockFile>(folder + QLatin1Char('/') + kLock);
    lock->setStaleLockTime(0);
    return lock;
}
} // namespace

QString defaultRecoveryArea()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

std::unique_ptr<WorkingSession> WorkingSession::create(const QString &recoveryArea, QString *error)
{
    std::unique_ptr<WorkingSession> session(new WorkingSession);
    session->m_started = QDateTime::currentDateTimeUtc();
    if (recoveryArea.isEmpty()) {
        session->m_temporary = std::make_unique<QTemporaryDir>();
        if (!session->m_temporary->isValid()) {
            *error = WorkingSessionText::tr("Could not create a temporary folder: %1")
                         .arg(session->m_temporary->errorString());
            return nullptr;
        }
        return session;
    }
    const QString folder = recoveryArea + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(folder)) {
        *error = WorkingSessionText::tr("Could not create the folder “%1” for the working copy.")
                     .arg(QDir::toNativeSeparators(folder));
        return nullptr;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    session->m_lock = sessionLock(folder);
    if (!session->m_lock->tryLock(0)) {
        *error = WorkingSessionText::tr("Could not lock the folder “%1” for the working copy.")
                     .arg(QDir::toNativeSeparators(folder));
        QDir(folder).removeRecursively();
        return nullptr;
    }
    session->m_folder = folder;
    session->writeMarker();
    return session;
}

WorkingSession::~WorkingSession()
{
    if (m_folder.isEmpty())
        return;
    // The marker first: a folder half removed must not look like a crashed session with edits.
    QFile::remove(m_folder + QLatin1Char('/') + kMarker);
    m_lock->unlock();
    QDir(m_folder).removeRecursively();
}

QString WorkingSession::folder() const { return m_temporary ? m_temporary->path() : m_folder; }

QString WorkingSession::workingCopyPath() const { return folder() + QLatin1Char('/') + kWorkingCopy; }

void WorkingSession::describe(const QString &documentPath, const QString &displayName)
{
    if (m_documentPath == documentPath && m_displayName == displayName)
        return;
    m_documentPath = documentPath;
    m_displayName = displayName;
    writeMarker();
}

void WorkingSession::setUnsaved(bool unsaved)
{
    if (m_unsaved == unsaved)
        return;
    m_unsaved = unsaved;
    writeMarker();
}

void WorkingSession::writeMarker()
{
    if (m_folder.isEmpty())
        return;
    const QJsonObject marker{
        {QStringLiteral("document"), m_documentPath},
        {QStringLiteral("name"), m_displayName},
        {QStringLiteral("started"), m_started.toString(Qt::ISODate)},
        {QStringLiteral("unsaved"), m_unsaved},
    };
    // If the marker cannot be written (a full disk), the edits are still in the working copy;
    // an old marker only makes a later start offer or skip it wrongly, so it is not an error.
    QSaveFile file(m_folder + QLatin1Char('/') + kMarker);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(marker).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

QList<CrashedSession> findCrashedSessions(const QString &recoveryArea)
{
    QList<CrashedSession> found;
    const QDir area(recoveryArea);
    const QStringList folders = area.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        const QString folder = area.filePath(name);
        // A session whose program still runs holds its lock; one we can take has ended.
        std::unique_ptr<QLockFile> lock = sessionLock(folder);
        if (!lock->tryLock(0))
            continue;
        CrashedSession session;
        session.folder = folder;
        session.workingCopyPath = folder + QLatin1Char('/') + kWorkingCopy;
        QFile markerFile(folder + QLatin1Char('/') + kMarker);
        const QJsonObject marker = markerFile.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(markerFile.readAll()).object()
                                       : QJsonObject();
        const QFileInfo copy(session.workingCopyPath);
        if (!marker.value(QStringLiteral("unsaved")).toBool() || !copy.exists()) {
            lock->unlock();
            QDir(folder).removeRecursively();
            continue;
        }
        session.documentPath = marker.value(QStringLiteral("document")).toString();
        session.displayName = marker.value(QStringLiteral("name")).toString();
        session.started = QDateTime::fromString(marker.value(QStringLiteral("started")).toString(), Qt::ISODate);
        session.lastEdit = copy.lastModified();
        lock->unlock();
        found << session;
    }
    std::sort(found.begin(), found.end(),
              [](const CrashedSession &a, const CrashedSession &b) { return a.lastEdit > b.lastEdit; });
    return found;
}

bool discardCrashedSession(const CrashedSession &session)
{
    std::unique_ptr<QLockFile> lock = sessionLock(session.folder);
    if (!lock->tryLock(0)) // someone else is recovering it right now
        return false;
    QFile::remove(session.folder + QLatin1Char('/') + kMarker);
    lock->unlock();
    return QDir(session.folder).removeRecursively();
}

} // namespace dapp
