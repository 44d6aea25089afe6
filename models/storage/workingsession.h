// Where the open project's working copy lives. Edits are written to the working copy at once,
// so after a crash it holds every edit. For the window the folder is in a recovery area that
// outlives the process: beside the copy, a marker names the document and says whether it had
// unsaved edits, and a lock held while the session runs tells a later start whether the session
// is still alive. For commands and tests it is a temporary folder that dies with the process.
#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dapp {

class WorkingSession
{
public:
    // A new session folder in `recoveryArea` (created when missing), or a temporary folder
    // when `recoveryArea` is empty. Null, with `error`, when the folder cannot be made.
    static std::unique_ptr<WorkingSession> create(const QString &recoveryArea, QString *error);
    // A session that ends normally leaves nothing behind.
    ~WorkingSession();
    WorkingSession(const WorkingSession &) = delete;
    WorkingSession &operator=(const WorkingSession &) = delete;

    QString folder() const;
    QString workingCopyPath() const;
    bool isRecoverable() const { return !m_folder.isEmpty(); }

    // What the marker says, written at once (no-ops for a temporary folder). The display name
    // is what the user saw in the title bar ("Untitled", "Sample project", "leics.dapp").
    void describe(const QString &documentPath, const QString &displayName);
    void setUnsaved(bool unsaved);
    bool isUnsaved() const { return m_unsaved; }

private:
    WorkingSession() = default;
    void writeMarker();

    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_folder; // in the recovery area; empty for a temporary folder
    std::unique_ptr<QLockFile> m_lock;
    QString m_documentPath;
    QString m_displayName;
    QDateTime m_started;
    bool m_unsaved = false;
};

// A session whose program ended without closing it, and which had unsaved edits.
struct CrashedSession
{
    QString folder;
    QString workingCopyPath;
    QString documentPath; // empty when the project was never saved
    QString displayName;
    QDateTime started;
    QDateTime lastEdit; // when the working copy was last written
};

// The crashed sessions in `recoveryArea`, newest first. Folders of sessions that ended without
// unsaved edits (or with no readable marker and no working copy) are removed on the way;
// sessions still running are left alone.
QList<CrashedSession> findCrashedSessions(const QString &recoveryArea);
// Removes a crashed session's folder (after it was recovered, or when the user discards it).
bool discardCrashedSession(const CrashedSession &session);

// Where the window keeps its sessions: <app data>/recovery.
QString defaultRecoveryArea();

} // namespace dapp
