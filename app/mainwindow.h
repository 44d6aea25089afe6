// The main window: wires the navigator, the returns table and the letter panel to one
// project store and one undo stack, and owns the File and Edit menus.
#pragma once

#include "entities.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTreeView;
class QUndoStack;

namespace dapp {

class FlagsPanel;
class LetterDetailPanel;
class NavigatorModel;
class ProjectStore;
class RecentFilesMenu;
class ReturnsFilterProxy;
class ReturnsTableModel;
class ReturnsTableView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openSample();
    bool openProject(const QString &path); // shows a message on failure
    bool saveProjectAs(const QString &path);
    bool exportCsvTo(const QString &path);

    ProjectStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ReturnsTableView *returnsView() const { return m_table; }
    QTreeView *navigatorView() const { return m_navigator; }
    LetterDetailPanel *letterPanel() const { return m_letterPanel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void readSettings();
    void writeSettings() const;
    void updateTitle();
    void updateActions();
    void clearBrokenHistory(const QString &message);
    bool maybeSave();
    void newProject();
    void open();
    bool save();
    bool saveAs();
    void exportCsv();
    void addLetter();
    void removeLetter();
    void addProgramme();
    void removeProgramme();
    void showReturn(Id returnId);
    void onNavigatorSelection();
    void onTableCurrentChanged();
    Id currentLetterId() const;
    Id currentReturnId() const;
    void showError(const QString &title, const QString &message);

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    ReturnsTableModel *m_tableModel;
    ReturnsFilterProxy *m_proxy;
    NavigatorModel *m_navigatorModel;
    ReturnsTableView *m_table;
    QTreeView *m_navigator;
    LetterDetailPanel *m_letterPanel;
    FlagsPanel *m_flagsPanel;
    QLabel *m_statusFlags;
    QLineEdit *m_search = nullptr;
    QString m_untitledName;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addLetterAction = nullptr;
    QAction *m_removeLetterAction = nullptr;
    QAction *m_addProgrammeAction = nullptr;
    QAction *m_removeProgrammeAction = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace dapp
