// Main window wiring: which widget shows what, and what follows a selection.
#include "mainwindow.h"
#include "charts/chartpanel.h"
#include "common/filterbar.h"
#include "comparisonexports.h"
#include "documentcontroller.h"
#include "emptytablemessage.h"
#include "helpmenu.h"
#include "flags/flagspanel.h"
#include "itemmodels/livecomparison.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/returnsfilterproxy.h"
#include "itemmodels/returnstablemodel.h"
#include "letterpanel/letterdetailpanel.h"
#include "menus/recentfilesmenu.h"
#include "recordactions.h"
#include "letteractions.h"
#include "teamactions.h"
#include "returnpanel/returnpanel.h"
#include "storage/projectstore.h"
#include "table/returnspane.h"
#include "table/returnstableview.h"
#include "windowsettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace dapp {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new DocumentController(this))
    , m_tableModel(new ReturnsTableModel(m_document->comparison(), m_document->undoStack(), this))
    , m_proxy(new ReturnsFilterProxy(this))
    , m_navigatorModel(new NavigatorModel(m_document->store(), this))
    , m_pane(new ReturnsPane(this))
    , m_table(m_pane->table())
    , m_navigator(new QTreeView(this))
    , m_letterPanel(new LetterDetailPanel(m_document->store(), m_document->undoStack(), this))
    , m_returnPanel(new ReturnPanel(m_document->store(), m_document->undoStack(), this))
    , m_flagsPanel(new FlagsPanel(m_document->comparison(), this))
    , m_chartPanel(new ChartPanel(m_document->comparison(), this))
    , m_filterBar(new FilterBar(m_document->comparison(), this))
    , m_exports(new ComparisonExports(m_document, this))
    , m_records(new RecordActions(
          m_document->store(), m_document->undoStack(),
          [this] { return RecordActions::Selection{m_letterPanel->letterId(), currentReturnId(), m_proxy->areaCode()}; },
          this))
    , m_letters(new LetterActions(m_document->store(), m_document->undoStack(), this))
    , m_team(new TeamActions(m_document, this))
    , m_statusFlags(new QLabel(this))
    , m_search(m_pane->search())
{
    m_proxy->setSourceModel(m_tableModel);
    setCentralWidget(m_pane);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ReturnsFilterProxy::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setReturnsModel(m_tableModel);
    connect(m_table, &ReturnsTableView::refused, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Nothing was changed"), message); });

    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);

    createMenus();
    createDocks();
    statusBar()->addPermanentWidget(m_team->connectionLabel());
    statusBar()->addPermanentWidget(m_statusFlags);

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigatorSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTableCurrentChanged);
    connect(m_navigatorModel, &QAbstractItemModel::modelReset, this, [this] {
        m_navigator->expandAll();
        // The letter the table was narrowed to went (removed, or its addition undone): all
        // areas, not an empty table saying the letter has no returns.
        const Id letterId = m_proxy->letterId();
        if (letterId != 0 && !m_document->store()->data().letters.contains(letterId))
            m_navigator->setCurrentIndex(m_navigatorModel->index(0, 0));
    });
    // An empty table says why, and where to look instead.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyMessage);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyMessage);
    connect(m_document, &DocumentController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DocumentController::projectReplaced, this, &MainWindow::onProjectReplaced);
    connect(m_document, &DocumentController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateStatus);
    connect(m_document->store(), &ProjectStore::reset, this, &MainWindow::updateStatus);
    connect(m_document->store(), &ProjectStore::disconnected, this, [this] {
        updateTitle();
        updateStatus();
    });
    connect(m_document->store(), &ProjectStore::becameReadOnly, this, [this] {
        updateTitle();
        updateStatus();
    });
    connect(m_records, &RecordActions::letterAdded, this, &MainWindow::showNewLetter);
    connect(m_letters, &LetterActions::letterAdded, this, [this](Id letterId) {
        m_navigator->expandAll();
        m_navigator->setCurrentIndex(m_navigatorModel->indexOfLetter(letterId));
    });
    connect(m_letters, &LetterActions::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_team, &TeamActions::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_records, &RecordActions::returnAdded, this, &MainWindow::showNewReturn);
    connect(m_records, &RecordActions::letterRemoved, this, [this] {
        m_letterPanel->showLetter(0);
        m_proxy->setAreaCode(QString());
    });

    restoreWindowLayout(this, m_table->horizontalHeader());
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor's body; their last signals must not reach a half-gone window.
    m_table->selectionModel()->disconnect(this);
    m_navigator->selectionModel()->disconnect(this);
    m_document->undoStack()->disconnect(this);
    m_document->store()->disconnect(this);
    m_document->disconnect(this);
    m_navigatorModel->disconnect(this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_document->newAction(), m_document->openAction()});
    file->addAction(m_team->openAction());
    file->addMenu(m_document->recentFilesMenu());
    file->addAction(m_document->recoverAction());
    file->addSeparator();
    file->addActions({m_document->saveAction(), m_document->saveAsAction(), m_team->saveCopyAction()});
    file->addActions({m_team->publishAction(), m_team->reconnectAction()});
    file->addSeparator();
    file->addAction(m_document->importAction());
    file->addActions({m_letters->openLetterAction(), m_letters->pasteLetterAction()});
    file->addSeparator();
    file->addActions({m_document->exportCsvAction(), m_document->exportContextCsvAction()});
    file->addSeparator();
    file->addActions({m_exports->exportTableAction(), m_chartPanel->exportAction(), m_exports->exportReportAction(),
                      m_exports->printPreviewAction()});
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QUndoStack *undoStack = m_document->undoStack();
    QAction *undo = undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions(m_table->createEditActions(this));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Filter the returns by any text of theirs or of their letter"));
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    edit->addSeparator();
    edit->addActions({m_records->addLetterAction(), m_records->removeLetterAction()});
    edit->addSeparator();
    edit->addActions({m_records->addProgrammeAction(), m_records->removeProgrammeAction()});
    edit->addSeparator();
    edit->addAction(m_document->preferencesAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About DAPP Analyst")), &QAction::triggered, this, [this] { showAbout(this); });
    m_viewMenu->addMenu(m_table->createColumnsMenu(this));
    m_viewMenu->addSeparator();

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_document->openAction(), m_document->saveAction(), m_document->exportCsvAction()});
    toolbar->addSeparator();
    toolbar->addActions({undo, redo});
    toolbar->addSeparator();
    toolbar->addActions({m_records->addLetterAction(), m_records->addProgrammeAction()});
    m_viewMenu->addAction(toolbar->toggleViewAction());

    // The filters the table and the charts share, on a row of their own.
    addToolBarBreak();
    QToolBar *filters = addToolBar(tr("Filters"));
    filters->setObjectName(QStringLiteral("filtersToolBar"));
    filters->addWidget(m_filterBar);
    m_viewMenu->addAction(filters->toggleViewAction());
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        m_viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    dock(tr("Areas and letters"), QStringLiteral("navigatorDock"), m_navigator, Qt::LeftDockWidgetArea);
    QDockWidget *letterDock = dock(tr("Letter"), QStringLiteral("letterDock"), m_letterPanel, Qt::RightDockWidgetArea);
    // Under the table, between the side docks: wide enough for funders and caveats side by side.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    QDockWidget *returnDock = dock(tr("Return"), QStringLiteral("returnDock"), m_returnPanel, Qt::BottomDockWidgetArea);
    // Room for the letter's tables and the return's funders; a saved layout, when there is one, wins.
    resizeDocks({returnDock}, {420}, Qt::Vertical);
    resizeDocks({letterDock}, {400}, Qt::Horizontal);
    m_returnPanel->setQuoteSource([this] {
        const Id letterOfReturn = m_document->store()->data().returns.value(m_returnPanel->returnId()).letterId;
        return m_letterPanel->letterId() == letterOfReturn ? m_letterPanel->selectedText() : QString();
    });
    // The charts share the bottom with the return: wide enough for long labels.
    QDockWidget *chartDock = dock(tr("Charts"), QStringLiteral("chartDock"), m_chartPanel, Qt::BottomDockWidgetArea);
    tabifyDockWidget(returnDock, chartDock);
    returnDock->raise();
    connect(m_chartPanel, &ChartPanel::returnActivated, this, &MainWindow::showReturn);
    connect(m_chartPanel, &ChartPanel::areaActivated, this,
            [this](const QString &code) { m_navigator->setCurrentIndex(m_navigatorModel->indexOfArea(code)); });
    connect(m_chartPanel, &ChartPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_exports, &ComparisonExports::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    dock(tr("Data-quality flags"), QStringLiteral("flagsDock"), m_flagsPanel, Qt::LeftDockWidgetArea);
    connect(m_flagsPanel, &FlagsPanel::returnChosen, this, &MainWindow::showReturn);
    connect(m_flagsPanel, &FlagsPanel::letterChosen, this, [this](Id letterId) {
        m_navigator->setCurrentIndex(m_navigatorModel->indexOfLetter(letterId));
    });
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_document->store()->filePath());
    setWindowTitle(m_document->store()->isReadOnly()
                       ? tr("%1 (read-only)[*] — DAPP Analyst").arg(m_document->displayName())
                       : tr("%1[*] — DAPP Analyst").arg(m_document->displayName()));
    setWindowModified(!m_document->store()->isTeam() && !m_document->undoStack()->isClean());
}

void MainWindow::updateStatus()
{
    m_records->updateEnabled();
    // Adding a letter changes the project: not for a viewer on a team database, nor while its
    // connection is lost.
    m_letters->openLetterAction()->setEnabled(m_document->store()->canChange());
    m_letters->pasteLetterAction()->setEnabled(m_document->store()->canChange());
    m_document->importAction()->setEnabled(m_document->store()->canChange());
    updateEmptyMessage();
    const ProjectData &project = m_document->store()->data();
    m_statusFlags->setText(tr("%1 letters · %2 returns · %3 flagged")
                               .arg(project.letters.size())
                               .arg(project.returns.size())
                               .arg(m_document->comparison()->flags().count()));
}

void MainWindow::onProjectReplaced()
{
    m_pane->clearProblem();
    m_navigator->expandAll();
    m_table->fitColumns();
    m_table->setCurrentIndex(m_proxy->index(0, ReturnsTableModel::SelfReferredColumn));
    updateStatus();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->maybeSave()) {
        saveWindowLayout(this, m_table->horizontalHeader());
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::showReturn(Id returnId)
{
    m_navigator->setCurrentIndex(m_navigatorModel->index(0, 0)); // all areas, so the row is visible
    m_search->clear();
    const int row = m_tableModel->rowOfReturn(returnId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_tableModel->index(row, ReturnsTableModel::FlagsColumn));
    m_table->setFocus();
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void MainWindow::showNewLetter(Id letterId)
{
    m_navigator->expandAll();
    m_navigator->setCurrentIndex(m_navigatorModel->indexOfLetter(letterId));
    m_letterPanel->focusFirstField(); // the area is usually the next thing to set
}

void MainWindow::showNewReturn(Id returnId)
{
    if (m_proxy->rowCount() == 1)
        m_table->fitColumns(); // the first row of a new project: columns fit what it holds
    const int row = m_tableModel->rowOfReturn(returnId);
    const QModelIndex index = m_proxy->mapFromSource(m_tableModel->index(row, ReturnsTableModel::SelfReferredColumn));
    // Straight on to typing the figures, from the first one.
    m_table->setFocus();
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

Id MainWindow::currentReturnId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ReturnsTableModel::ReturnIdRole).toLongLong() : 0;
}

void MainWindow::onNavigatorSelection()
{
    const QModelIndex current = m_navigator->currentIndex();
    const Id letterId = current.data(NavigatorModel::LetterIdRole).toLongLong();
    if (letterId != 0) {
        m_proxy->setLetterId(letterId);
        m_letterPanel->showLetter(letterId);
    } else {
        m_proxy->setAreaCode(current.data(NavigatorModel::AreaCodeRole).toString());
    }
    // The return beside the table is one the table shows: when the filter leaves the current
    // row out, none is shown until the user picks one.
    if (!m_table->currentIndex().isValid())
        m_returnPanel->showReturn(0);
    m_records->updateEnabled();
    updateEmptyMessage();
}

void MainWindow::updateEmptyMessage()
{
    if (m_proxy->rowCount() > 0)
        return;
    m_returnPanel->showReturn(0); // nothing chosen: no stale return beside an empty table
    m_table->setEmptyMessage(emptyTableMessage(m_document->store()->data(), m_proxy->letterId(), m_search->text()));
}

void MainWindow::onTableCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const Id letterId = current.data(ReturnsTableModel::LetterIdRole).toLongLong();
        if (letterId != m_letterPanel->letterId())
            m_letterPanel->showLetter(letterId);
        const auto field = ReturnsTableModel::fieldOfColumn(current.column());
        const ProjectData &project = m_document->store()->data();
        const ProgrammeReturn r = project.returns.value(currentReturnId());
        // Not a figure, or one without a quote: the letter shows no selection rather than an old one.
        m_letterPanel->highlightFigure(field ? r.figure(*field).quote() : QString(), field ? questionNumber(*field) : 0,
                                       project.programmes.value(r.programmeId),
                                       field ? r.figure(*field).quoteRange() : TextRange{});
        m_returnPanel->showReturn(currentReturnId(), field);
    }
    m_records->updateEnabled();
}

} // namespace dapp
