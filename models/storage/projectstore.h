// The open project: a working copy of its SQLite file, the cached records, and Save / Save As.
// Edits are written to the working copy at once, one transaction each; Save copies the
// working copy over the document file, so the file the user opened changes only on Save.
#pragma once

#include "domain/project.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace dapp {

class ProjectStore : public QObject
{
    Q_OBJECT
public:
    explicit ProjectStore(QObject *parent = nullptr);
    ~ProjectStore() override;

    // An empty, untitled project.
    bool createNew(QString *error);
    // Opens a copy of `path`, after SQLite has checked it (a damaged file is refused whole,
    // never shown in part). A file that is not a DAPP Analyst project, or that a newer
    // version wrote, is refused with a message, and is never modified.
    bool open(const QString &path, QString *error);
    // Writes the project to `path` (replacing it whole; the file it replaces is kept as
    // `path~`) and makes it the document file.
    bool saveAs(const QString &path, QString *error);

    QString filePath() const { return m_filePath; } // empty while untitled
    const ProjectData &data() const { return m_data; }

    // Swaps `before` for `after` in one transaction; `before` must match what is stored.
    bool apply(const ProjectData &before, const ProjectData &after, QString *error);
    // Replaces everything (used to build a project from sample data) in one transaction.
    bool replaceAll(const ProjectData &data, QString *error);

    // Ids for records not yet stored; never handed out twice in one session.
    Id allocateLetterId() { return ++m_lastLetterId; }
    Id allocateProgrammeId() { return ++m_lastProgrammeId; }
    Id allocateReturnId() { return ++m_lastReturnId; }
    Id allocateContextId() { return ++m_lastContextId; }

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

private:
    // With `damage`, SQLite's integrity checks run first, and what they find fails the open.
    bool openWorkingCopy(const QString &workingPath, QString *error, QStringList *damage = nullptr);
    void closeDatabase();
    void refreshIdCounters();

    std::unique_ptr<QTemporaryDir> m_workDir;
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
