// The open project: a working copy of its SQLite file, the cached records, and Save / Save As.
// Edits are written to the working copy at once, one transaction each; Save copies the
// working copy over the document file, so the file the user opened changes only on Save.
// With a recovery area, the working copy outlives a crash (workingsession.h); the document
// file is locked while open (projectlock.h), so two windows never overwrite each other.
#pragma once

#include "domain/progress.h"
#include "domain/project.h"
#include "storage/projectfile.h"
#include "storage/projectlock.h"
#include "storage/projectdatabase.h"
#include "storage/recordstamps.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace dapp {

struct CrashedSession;
class TeamDatabase;
class WorkingSession;

// How a project file is opened.
enum class OpenAccess {
    Exclusive, // take the lock beside it; refused when someone else holds it
    TakeOver,  // "open anyway": take the lock from whoever holds it
    ReadOnly,  // no lock; Save to this file is refused, Save As is not (commands open so)
};

// Why open() refused a file, for a caller that offers a way on.
struct OpenRefusal
{
    std::optional<LockHolder> heldBy; // someone else has it open: offer read-only or "open anyway"
    QStringList damage;               // SQLite finds it damaged: offer to recover what can be read
};

class ProjectStore : public QObject
{
    Q_OBJECT
public:
    explicit ProjectStore(QObject *parent = nullptr);
    ~ProjectStore() override;

    // Where working copies are kept so that they survive a crash; empty (the default): a
    // temporary folder. Applies to the next project made or opened.
    void setRecoveryArea(const QString &folder) { m_recoveryArea = folder; }
    void setBackupPolicy(const BackupPolicy &policy) { m_backupPolicy = policy; }

    // An empty, untitled project.
    bool createNew(QString *error);
    // Opens a copy of `path`, after SQLite has checked it (a damaged file is refused whole,
    // never shown in part). A file that is not a DAPP Analyst project, or that a newer
    // version wrote, is refused with a message, and is never modified. With Exclusive, a file
    // someone else has open is refused (`refusal->heldBy` says who); a folder that cannot hold
    // a lock file opens the project read-only.
    bool open(const QString &path, QString *error, OpenAccess access = OpenAccess::Exclusive,
              OpenRefusal *refusal = nullptr);
    // Opens the working copy a crashed session left, as an untitled project with unsaved
    // edits; the crashed session's folder is removed once its copy is open.
    bool openRecovered(const CrashedSession &session, QString *error);
    // Opens `data` (what could be read of a damaged file) as a new untitled project.
    bool openSalvaged(const ProjectData &data, QString *error);
    // Writes the project to `path` (replacing it whole; the file it replaces is kept as the
    // backup policy says) and makes it the document file. Refused when another window or
    // person has `path` open, when this project is open read-only and `path` is its file, or
    // when its file was replaced by someone else since it was opened or saved.
    bool saveAs(const QString &path, QString *error);

    QString filePath() const { return m_filePath; } // empty while untitled
    // Opened read-only: Save must go to another file.
    bool isReadOnly() const { return m_readOnly; }
    // Why it is read-only ("Jane (jane) on PC-2 has it open, since …"); empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // For a recovered project: the file its edits were made to (where Save As starts).
    QString recoveredFrom() const { return m_recoveredFrom; }
    // Tells the recovery marker what the user sees and whether there are unsaved edits (the
    // undo stack knows; an edit marks them itself).
    void describeSession(const QString &displayName, bool unsaved);
    const ProjectData &data() const { return m_data; }

    // Swaps `before` for `after` in one transaction; `before` must match what is stored.
    // `progress` hears how far a large change is and may cancel it: then nothing is written.
    bool apply(const ProjectData &before, const ProjectData &after, QString *error, const Progress &progress = {});
    // Replaces everything (used to build a project from sample data) in one transaction.
    bool replaceAll(const ProjectData &data, QString *error);

    // Ids for records not yet stored; never handed out twice in one session. On a team
    // database the server's sequences give them, so no two analysts' records clash (0 when the
    // server cannot be reached: apply() then refuses the record).
    Id allocateLetterId();
    Id allocateProgrammeId();
    Id allocateReturnId();
    Id allocateContextId();

    // ---- A team database (projectstoreteam.cpp) ----
    // How long others' news is gathered before it is read (well within the two seconds in
    // which their changes must show).
    static constexpr int kNewsGatheringMilliseconds = 150;
    // How long before others' news that could not be read is read again (newsDelayed).
    static constexpr int kNewsRetryMilliseconds = 2000;
    // After kNewsQuickRetries failed reads in a row, others' news is read again this seldom, so
    // a server that keeps refusing is not asked (nor the status bar filled) every two seconds.
    static constexpr int kNewsQuickRetries = 5;
    static constexpr int kNewsSlowRetryMilliseconds = 30000;
    // Opens the project on a shared PostgreSQL database; `address` is a postgresql:// URI, a
    // libpq service ("service=dapp") or keywords, read by libpq's rules (teamaddress.h). Edits
    // are committed to the server as they are made (there is nothing to save), each applied
    // only over the revisions of the records this window last read: one someone else changed
    // first is refused with what they changed (describeConflict). What others commit arrives by
    // itself: changed(), then changedByOthers(). A role that may only read opens it read-only.
    // `needsPassword`: the server asked for a password; ask, and call again with it.
    bool openTeam(const QString &address, QString *error, const QString &password = {}, bool *needsPassword = nullptr);
    bool isTeam() const { return bool(m_team); }
    // "dapp on db.example as alice"; empty for a file.
    QString teamDescription() const;
    // The connection to the team database was lost: the project is read-only until it is
    // opened again (File › Reconnect); everything committed before is on the server.
    bool isDisconnected() const;
    // The address as given, less any password (Open Recent keeps it).
    QString teamAddress() const;
    // Reads the team database again and reports what differs as changed() (and, with `by`,
    // changedByOthers()). Others' notifications call it; a reconnect may too.
    bool refreshFromTeam(QString *error, const QString &by = QString());
    // The same for the records `ids` only: what a notification or a refused edit names.
    bool refreshRecords(const RecordIds &ids, QString *error, const QString &by = QString());
    // Writes the open project to a new local file (File › Save a Copy As…); the window stays on
    // what it has open. The file is written whole or not at all.
    bool saveCopyAs(const QString &path, QString *error);
    // Copies the open project into the team database at `address`, which must hold no records
    // (an empty database is set up first), in one transaction: all of it or nothing.
    bool publishTo(const QString &address, QString *error, const QString &password = {},
                   bool *needsPassword = nullptr);
    // Whether records may be changed at all: not on a team database this role may only read,
    // nor while its connection is lost. (A file opened read-only may be edited and saved
    // under another name.)
    bool canChange() const { return !(m_team && m_readOnly); }
    // The last edit the team database refused because someone else changed a record first:
    // what it was made on (`seen`), what it would have written (`mine`), and why. Taken once.
    struct RefusedEdit
    {
        ProjectData seen;
        ProjectData mine;
        QString message;
    };
    std::optional<RefusedEdit> takeRefusedEdit() { return std::exchange(m_refused, std::nullopt); }

signals:
    // After a successful apply(): the records that changed, before and after.
    void changed(const dapp::ProjectData &before, const dapp::ProjectData &after);
    // After open, createNew or replaceAll: everything may have changed.
    void reset();
    // An edit could not be written; nothing changed. Shown to the user.
    void failed(const QString &message);
    // An undo or redo could not be written: nothing changed, so the project no longer is where
    // the undo history says it is. Whoever owns the history must clear it (after the undo or
    // redo in progress has returned) and tell the user.
    void historyInvalidated(const QString &message);
    // Someone else's commit on the team database arrived (after changed() for it): `by` is
    // their role, `after` the records as they left them, for the views to mark briefly.
    void changedByOthers(const QString &by, const dapp::ProjectData &after);
    // The team database's connection was lost (isDisconnected(), read-only until reopened).
    void disconnected(const QString &message);
    // canChange() changed without a reset(): the connection was lost, say. Editors follow it.
    void accessChanged();
    // The server refused an edit because this role may not change the records (an
    // administrator took the right away): the project is read-only now, as a viewer's, until it
    // is opened again; `reason` is readOnlyReason(). The edit itself was reported by failed().
    void becameReadOnly(const QString &reason);
    // Others' changes could not be read (the server refused, or was busy): nothing of the
    // user's own work failed, and they are read again in kNewsRetryMilliseconds, with whatever
    // arrives meanwhile. Not said while the connection is lost (disconnected() is, and opening
    // it again reads everything).
    void newsDelayed(const QString &message);

private:
    // With `damage`, SQLite's integrity checks run first, and what they find fails the open.
    bool openWorkingCopy(const QString &workingPath, QString *error, QStringList *damage = nullptr);
    // Opens `session`'s working copy and makes it the open project's.
    bool adopt(std::unique_ptr<WorkingSession> session, QString *error, QStringList *damage = nullptr);
    void closeDatabase();
    QSqlDatabase currentDatabase() const;
    bool applyToTeam(const ProjectData &before, const ProjectData &after, QString *error, const Progress &progress);
    Id teamId(RecordTable table);
    void leaveTeam();
    void onConnectionLost();
    void refreshIdCounters();
    // Whether the document file is as this project last saw it (nobody replaced it since).
    bool documentFileUnchanged() const;
    void rememberDocumentFile();

    QString m_recoveryArea;
    BackupPolicy m_backupPolicy;
    std::unique_ptr<WorkingSession> m_session;
    std::unique_ptr<ProjectLock> m_lock;
    std::unique_ptr<TeamDatabase> m_team;
    RecordStamps m_stamps;       // each record's revision as this window last read it (team only)
    std::optional<RefusedEdit> m_refused;
    // Others' news, gathered for a moment and read in one go: twenty analysts commit dozens of
    // changes a second, and reading each alone would keep a window busy doing only that.
    RecordIds m_news;
    bool m_newsNamesEverything = false;
    int m_newsFailures = 0; // reads of others' news failed in a row
    QStringList m_newsBy;
    QTimer *m_newsTimer = nullptr;
    void takeInNews();
    bool m_readOnly = false;
    bool m_applying = false; // a change is being written (see apply)
    QString m_readOnlyReason;
    QString m_recoveredFrom;
    QDateTime m_fileModified;
    qint64 m_fileSize = -1;
    QString m_connectionName;
    QString m_filePath;
    ProjectData m_data;
    Id m_lastLetterId = 0;
    Id m_lastProgrammeId = 0;
    Id m_lastReturnId = 0;
    Id m_lastContextId = 0;
};

// Checks, without changing it, that `path` is a project this version can open.
bool inspectProjectFile(const QString &path, QString *error);

} // namespace dapp
