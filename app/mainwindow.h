// The main window: wires the document (store, undo stack, File actions) to the navigator, the
// returns table, the letter panel and the flags dock.
#pragma once

#include "domain/entities.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTreeView;

namespace dapp {

class ChartPanel;
class ComparisonExports;
class DocumentController;
class FilterBar;
class FlagsPanel;
class LetterDetailPanel;
class NavigatorModel;
class RecordActions;
class LetterActions;
class TeamActions;
class ReturnPanel;
class ReturnsFilterProxy;
class ReturnsPane;
class ReturnsTableModel;
class ReturnsTableView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentController *document() const { return m_document; }
    TeamActions *team() const { return m_team; }
    ReturnsTableView *returnsView() const { return m_table; }
    QTreeView *navigatorView() const { return m_navigator; }
    LetterDetailPanel *letterPanel() const { return m_letterPanel; }
    ReturnPanel *returnPanel() const { return m_returnPanel; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    FilterBar *filterBar() const { return m_filterBar; }
    ComparisonExports *exports() const { return m_exports; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void updateTitle();
    void updateStatus();
    void onProjectReplaced();
    void showReturn(Id returnId);
    void showNewLetter(Id letterId);
    void showNewReturn(Id returnId);
    void onNavigatorSelection();
    void onTableCurrentChanged();
    void updateEmptyMessage();
    Id currentReturnId() const;

    DocumentController *m_document;
    ReturnsTableModel *m_tableModel;
    ReturnsFilterProxy *m_proxy;
    NavigatorModel *m_navigatorModel;
    ReturnsPane *m_pane;
    ReturnsTableView *m_table;
    QTreeView *m_navigator;
    LetterDetailPanel *m_letterPanel;
    ReturnPanel *m_returnPanel;
    FlagsPanel *m_flagsPanel;
    ChartPanel *m_chartPanel;
    FilterBar *m_filterBar;
    ComparisonExports *m_exports;
    RecordActions *m_records;
    LetterActions *m_letters;
    TeamActions *m_team;
    QLabel *m_statusFlags;
    QLineEdit *m_search;
    QMenu *m_viewMenu = nullptr;
};

} // namespace dapp
