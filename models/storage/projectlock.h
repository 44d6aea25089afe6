// The lock file beside an open project, so that a second window (of this program, on this
// machine or another one sharing the folder) learns who has the project open and since when,
// before two people's edits overwrite each other. Like LibreOffice's, it is a small file named
// ".~lock.FILE#" next to FILE; a lock left by a program that crashed on this machine is
// recognised and cleared.
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dapp {

struct LockHolder
{
    QString user;     // the login name, with the person's full name when the system knows it
    QString host;     // the machine
    qint64 pid = 0;   // the process on that machine
    qint64 processStart = 0; // when that process started (Linux: clock ticks since boot), 0 unknown
    QDateTime since;  // when the project was opened, UTC
    QString session;  // unique per opening, so a lock is recognised as ours even after PID reuse

    bool onThisMachine() const;
    // Whether the holder is known to be gone: a process on this machine that no longer runs
    // (or a new process that reused its number). A holder on another machine is never stale.
    bool isStale() const;
    // "Jane Smith (jane) on LAPTOP-3, since 26 Nov 2026 10:04"
    QString describe() const;
};

class ProjectLock
{
public:
    ProjectLock() = default;
    ~ProjectLock() { release(); }
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    static QString lockFilePath(const QString &projectPath);
    // Who holds the lock on `projectPath`, if anyone; a lock file that cannot be read (being
    // written, or damaged) reads as a holder with nothing known.
    static std::optional<LockHolder> holderOf(const QString &projectPath);

    enum class Outcome { Taken, HeldByOther, Failed };
    // Takes the lock on `projectPath` (releasing any lock this object held). A stale lock is
    // cleared first; a live one gives HeldByOther with `holder` set, unless `takeOver` ("open
    // anyway"), which replaces it with ours. Failed, with `error`, when the folder cannot hold
    // a lock file (read-only media): the caller decides whether to go on without one.
    Outcome take(const QString &projectPath, LockHolder *holder, QString *error, bool takeOver = false);
    // The lock file still names this object's opening (nobody chose "open anyway" since).
    bool stillOurs() const;
    bool isHeld() const { return !m_projectPath.isEmpty(); }
    // Removes the lock file, if it still names us.
    void release();

private:
    QString m_projectPath;
    QString m_session;
};

// This process, as a lock names it.
LockHolder currentLockHolder();
// Whether process `pid` of this machine still runs (a zombie, killed but not yet reaped, does
// not). Where the system cannot say, true: nothing is called abandoned on a guess.
bool processIsRunning(qint64 pid);

} // namespace dapp
