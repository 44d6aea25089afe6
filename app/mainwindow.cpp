// Main window wiring.
#include "mainwindow.h"
#include "edits.h"
#include "flagspanel.h"
#include "letterdetailpanel.h"
#include "navigatormodel.h"
#include "projectjson.h"
#include "projectstore.h"
#include "qualityflags.h"
#include "recentfilesmenu.h"
#include "returnsfilterproxy.h"
#include "returnstablemodel.h"
#include "returnstableview.h"
#include "tidycsv.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dapp {

namespace {
const QString kProjectFilter = QStringLiteral("DAPP Analyst projects (*.dapp);;All files (*)");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_store(new ProjectStore(this))
    , m_undoStack(new QUndoStack(this))
    , m_tableModel(new ReturnsTableModel(m_store, m_undoStack, this))
    , m_proxy(new ReturnsFilterProxy(this))
    , m_navigatorModel(new NavigatorModel(m_store, this))
    , m_table(new ReturnsTableView(this))
    , m_navigator(new QTreeView(this))
    , m_letterPanel(new LetterDetailPanel(m_store, m_undoStack, this))
    , m_flagsPanel(new FlagsPanel(m_store, this))
    , m_statusFlags(new QLabel(this))
{
    m_proxy->setSourceModel(m_tableModel);

    auto *central = new QWidget(this);
    m_search = new QLineEdit(central);
    QLineEdit *search = m_search;
    search->setPlaceholderText(tr("Filter returns (programme, provider, area…)"));
    search->setClearButtonEnabled(true);
    connect(search, &QLineEdit::textChanged, m_proxy, &ReturnsFilterProxy::setFilterFixedString);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(search);
    layout->addWidget(m_table);
    setCentralWidget(central);

    m_table->setObjectName(QStringLiteral("returnsTable"));
    m_table->setModel(m_proxy);
    m_table->setReturnsModel(m_tableModel);
    connect(m_table, &ReturnsTableView::refused, this,
            [this](const QString &message) { showError(tr("Nothing was changed"), message); });

    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);

    createActions();
    createMenus();
    createDocks();
    statusBar()->addPermanentWidget(m_statusFlags);

    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onNavigatorSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTableCurrentChanged);
    connect(m_navigatorModel, &QAbstractItemModel::modelReset, this, [this] { m_navigator->expandAll(); });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
    connect(m_store, &ProjectStore::failed, this,
            [this](const QString &message) { showError(tr("The change was not saved"), message); });
    // Queued: the undo or redo that failed is still running when this is emitted, and clearing
    // the stack deletes its command.
    connect(m_store, &ProjectStore::historyInvalidated, this, &MainWindow::clearBrokenHistory, Qt::QueuedConnection);
    connect(m_store, &ProjectStore::reset, this, &MainWindow::updateActions);

    readSettings();
}

MainWindow::~MainWindow()
{
    // Children outlive this destructor's body; their last signals must not reach a half-gone window.
    m_table->selectionModel()->disconnect(this);
    m_navigator->selectionModel()->disconnect(this);
    m_undoStack->disconnect(this);
    m_store->disconnect(this);
    m_navigatorModel->disconnect(this);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = action(tr("&New Project"), QKeySequence::New, &MainWindow::newProject);
    m_openAction = action(tr("&Open…"), QKeySequence::Open, &MainWindow::open);
    m_saveAction = action(tr("&Save"), QKeySequence::Save, &MainWindow::save);
    m_saveAsAction = action(tr("Save &As…"), QKeySequence::SaveAs, &MainWindow::saveAs);
    m_exportCsvAction = action(tr("Export &CSV…"), QKeySequence(tr("Ctrl+E")), &MainWindow::exportCsv);
    m_quitAction = action(tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_addLetterAction = action(tr("Add &Letter…"), QKeySequence(tr("Ctrl+Shift+L")), &MainWindow::addLetter);
    m_removeLetterAction = action(tr("Remove Letter"), QKeySequence(), &MainWindow::removeLetter);
    m_addProgrammeAction = action(tr("Add &Programme…"), QKeySequence(tr("Ctrl+Shift+P")), &MainWindow::addProgramme);
    m_removeProgrammeAction = action(tr("Remove Programme"), QKeySequence(), &MainWindow::removeProgramme);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = new RecentFilesMenu(file);
    file->addMenu(m_recentMenu);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openProject(path);
    });
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_exportCsvAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_addLetterAction);
    edit->addAction(m_removeLetterAction);
    edit->addSeparator();
    edit->addAction(m_addProgrammeAction);
    edit->addAction(m_removeProgrammeAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_openAction, m_saveAction, m_exportCsvAction});
    toolbar->addSeparator();
    toolbar->addActions({m_undoAction, m_redoAction});
    toolbar->addSeparator();
    toolbar->addActions({m_addLetterAction, m_addProgrammeAction});
    m_viewMenu->addAction(toolbar->toggleViewAction());
}

void MainWindow::createDocks()
{
    auto *navigatorDock = new QDockWidget(tr("Areas and letters"), this);
    navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    navigatorDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, navigatorDock);
    auto *letterDock = new QDockWidget(tr("Letter"), this);
    letterDock->setObjectName(QStringLiteral("letterDock"));
    letterDock->setWidget(m_letterPanel);
    addDockWidget(Qt::RightDockWidgetArea, letterDock);
    auto *flagsDock = new QDockWidget(tr("Data-quality flags"), this);
    flagsDock->setObjectName(QStringLiteral("flagsDock"));
    flagsDock->setWidget(m_flagsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, flagsDock);
    connect(m_flagsPanel, &FlagsPanel::returnChosen, this, &MainWindow::showReturn);
    m_viewMenu->addAction(navigatorDock->toggleViewAction());
    m_viewMenu->addAction(letterDock->toggleViewAction());
    m_viewMenu->addAction(flagsDock->toggleViewAction());
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

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1500, 850);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("window/returnsHeader")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/returnsHeader"), m_table->horizontalHeader()->saveState());
}

void MainWindow::updateTitle()
{
    const QString name = m_store->filePath().isEmpty() ? m_untitledName : QFileInfo(m_store->filePath()).fileName();
    setWindowFilePath(m_store->filePath());
    setWindowTitle(tr("%1[*] — DAPP Analyst").arg(name));
    setWindowModified(!m_undoStack->isClean());
}

void MainWindow::updateActions()
{
    m_removeLetterAction->setEnabled(currentLetterId() != 0);
    m_addProgrammeAction->setEnabled(currentLetterId() != 0);
    m_removeProgrammeAction->setEnabled(currentReturnId() != 0);
    const int flags = int(qualityFlags(m_store->data()).size());
    m_statusFlags->setText(tr("%1 letters · %2 returns · %3 flagged")
                               .arg(m_store->data().letters.size())
                               .arg(m_store->data().returns.size())
                               .arg(flags));
}

void MainWindow::clearBrokenHistory(const QString &message)
{
    m_undoStack->clear();
    m_undoStack->resetClean(); // whatever the file holds, this project may differ from it
    updateTitle();
    showError(tr("Undo history cleared"),
              tr("%1\n\nThis undo or redo changed nothing. The undo history no longer matched the project and "
                 "was cleared; your edits are kept.")
                  .arg(message));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::openSample()
{
    QString error;
    if (!m_store->createNew(&error) || !m_store->replaceAll(sampleProject(), &error)) {
        showError(tr("Could not open the sample project"), error);
        return;
    }
    m_untitledName = tr("Sample project");
    m_undoStack->clear();
    updateTitle();
    m_navigator->expandAll();
    m_table->fitColumns();
    m_table->setCurrentIndex(m_proxy->index(0, ReturnsTableModel::SelfReferredColumn));
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    QString error;
    if (!m_store->createNew(&error)) {
        showError(tr("Could not create a project"), error);
        return;
    }
    m_untitledName = tr("Untitled");
    m_undoStack->clear();
    updateTitle();
}

bool MainWindow::openProject(const QString &path)
{
    QString error;
    if (!m_store->open(path, &error)) {
        showError(tr("Could not open the project"), error);
        return false;
    }
    m_undoStack->clear();
    m_recentMenu->add(m_store->filePath());
    updateTitle();
    m_navigator->expandAll();
    m_table->fitColumns();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), kProjectFilter);
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::saveProjectAs(const QString &path)
{
    QString error;
    if (!m_store->saveAs(path, &error)) {
        showError(tr("Could not save the project"), error);
        return false;
    }
    m_undoStack->setClean();
    m_recentMenu->add(m_store->filePath());
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_store->filePath().isEmpty())
        return saveAs();
    return saveProjectAs(m_store->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), m_untitledName + QStringLiteral(".dapp"),
                                                kProjectFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dapp");
    return saveProjectAs(path);
}

bool MainWindow::exportCsvTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray csv = exportTidyCsv(m_store->data());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showError(tr("Could not export"),
                  tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 returns to %2").arg(m_store->data().returns.size()).arg(path), 5000);
    return true;
}

void MainWindow::exportCsv()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/lastDir")).toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), dir + QStringLiteral("/returns.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (exportCsvTo(path))
        settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
}

bool MainWindow::maybeSave()
{
    if (m_undoStack->isClean())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The project has changes that are not saved. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        writeSettings();
        event->accept();
    } else {
        event->ignore();
    }
}

Id MainWindow::currentLetterId() const
{
    if (m_letterPanel->letterId() != 0)
        return m_letterPanel->letterId();
    return 0;
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
    updateActions();
}

void MainWindow::onTableCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        const Id letterId = current.data(ReturnsTableModel::LetterIdRole).toLongLong();
        if (letterId != m_letterPanel->letterId())
            m_letterPanel->showLetter(letterId);
        if (const auto field = ReturnsTableModel::fieldOfColumn(current.column())) {
            const ProgrammeReturn r = m_store->data().returns.value(currentReturnId());
            m_letterPanel->highlightQuote(r.figure(*field).quote, questionNumber(*field));
        }
    }
    updateActions();
}

void MainWindow::addLetter()
{
    bool ok = false;
    const QString reference = QInputDialog::getText(this, tr("Add Letter"), tr("FOI reference of the new letter:"),
                                                    QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Letter letter;
    letter.foiReference = reference.trimmed();
    letter.financialYear = QStringLiteral("2022/23");
    const QString area = m_proxy->areaCode();
    if (!area.isEmpty())
        letter.areaCode = area;
    m_undoStack->push(addLetterCommand(m_store, letter).release());
    const Id id = m_store->data().letters.lastKey();
    m_navigator->expandAll();
    m_navigator->setCurrentIndex(m_navigatorModel->indexOfLetter(id));
    m_letterPanel->focusFirstField(); // the area is usually the next thing to set
}

void MainWindow::removeLetter()
{
    const Id id = currentLetterId();
    if (id == 0)
        return;
    if (auto command = removeLetterCommand(m_store, id)) {
        m_undoStack->push(command.release());
        m_letterPanel->showLetter(0);
        m_proxy->setAreaCode(QString());
    }
}

void MainWindow::addProgramme()
{
    const Id letterId = currentLetterId();
    if (letterId == 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Programme"), tr("Name of the programme:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_undoStack->push(addProgrammeCommand(m_store, letterId, name.trimmed(), QString()).release());
    const int row = m_tableModel->rowOfReturn(m_store->data().returns.lastKey());
    const QModelIndex index = m_proxy->mapFromSource(m_tableModel->index(row, ReturnsTableModel::SelfReferredColumn));
    // Straight on to typing the figures, from the first one.
    m_table->setFocus();
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void MainWindow::removeProgramme()
{
    if (auto command = removeReturnCommand(m_store, currentReturnId()))
        m_undoStack->push(command.release());
}

} // namespace dapp
