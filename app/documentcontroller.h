// The document life cycle: one project store and its undo stack, and the File actions that
// create, open, save and export it. Knows nothing of docks or tables, so the main window only
// wires it; new File actions (import, report, team database) plug in here.
#pragma once

#include "storage/projectstore.h"

#include <QObject>
#include <QString>

class QAction;
class QUndoStack;
class QWidget;

namespace dapp {

class LiveComparison;
class RecentFilesMenu;

class DocumentController : public QObject
{
    Q_OBJECT
public:
    // `window` parents the dialogs and owns the actions.
    explicit DocumentController(QWidget *window);
    ~DocumentController() override;

    ProjectStore *store() const { return m_store; }
    // The comparison everything shows, kept current as the project changes.
    LiveComparison *comparison() const { return m_comparison; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The file name, or "Sample project" / "Untitled" for a project never saved.
    QString displayName() const;

    void openSample();
    // Shows a message on failure. A project someone else has open asks whether to open it
    // read-only or anyway; a damaged one offers to recover what can be read.
    bool openProject(const QString &path, OpenAccess access = OpenAccess::Exclusive);
    // After a crash: offers the unsaved edits the crashed sessions left, if there are any.
    void offerRecovery();
    // Reads what can be read of the damaged file at `path` into a new untitled project and
    // says what was lost; the file itself is never changed.
    bool recoverReadable(const QString &path);
    bool saveProjectAs(const QString &path);
    bool exportCsvTo(const QString &path);
    bool exportContextCsvTo(const QString &path);
    // Asks to save unsaved changes; false when the user cancels (or the save fails). A team
    // database has none: each edit is committed as it is made.
    bool maybeSave();
    // After the store opened another project: a fresh undo history, the title, the window's
    // surfaces (`untitledName` for a project without a file, else empty).
    void startAfresh(const QString &untitledName);

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    QAction *exportContextCsvAction() const { return m_exportContextCsvAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *recoverAction() const { return m_recoverAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    RecentFilesMenu *recentFilesMenu() const { return m_recentMenu; }

signals:
    // The name or the modified mark changed: the window title follows.
    void titleChanged();
    // Another project (or a new one) is now shown.
    void projectReplaced();
    void statusMessage(const QString &message);
    // An edit the team database refused because someone else changed the record first.
    void editRefused(const dapp::ProjectStore::RefusedEdit &refused);
    // Open Recent chose a team database's address.
    void teamDatabaseRequested(const QString &address);

private:
    void newProject();
    void open();
    bool save();
    bool saveAs();
    void exportCsv();
    void exportContextCsv();
    // Asks where to write, starting in the last export folder; empty when cancelled.
    QString askExportPath(const QString &title, const QString &fileName);
    bool writeExport(const QString &path, const QByteArray &bytes, const QString &done);
    void clearBrokenHistory(const QString &message);
    void showError(const QString &title, const QString &message);
    // Tells the recovery marker the name shown and whether edits are unsaved.
    void updateSession();
    void updateRecoverAction();
    void editPreferences();
    void importReturns();

    QWidget *m_window;
    ProjectStore *m_store;
    LiveComparison *m_comparison;
    QUndoStack *m_undoStack;
    QString m_untitledName;
    QString m_suggestedSavePath; // where Save As starts for a project recovered from a damaged file
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QAction *m_exportCsvAction;
    QAction *m_exportContextCsvAction;
    QAction *m_importAction;
    QAction *m_recoverAction;
    QAction *m_preferencesAction;
    RecentFilesMenu *m_recentMenu;
};

} // namespace dapp
