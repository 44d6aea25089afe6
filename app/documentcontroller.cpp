// New, Open, Open Recent, Save, Save As and Export CSV, and the undo stack's clean state.
#include "documentcontroller.h"
#include "preferences.h"
#include "interchange/contextcsv.h"
#include "interchange/tidycsv.h"
#include "menus/recentfilesmenu.h"
#include "storage/projectjson.h"
#include "itemmodels/livecomparison.h"
#include "editing/editcommand.h"
#include "common/taskprogress.h"
#include "importing/importdialog.h"
#include "safety/documentquestions.h"
#include "safety/preferencesdialog.h"
#include "safety/recoverydialog.h"
#include "storage/projectstore.h"
#include "storage/salvage.h"
#include "storage/teamaddress.h"
#include "storage/workingsession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

namespace dapp {

namespace {
QString projectFilter()
{
    return DocumentController::tr("DAPP Analyst projects (*.dapp);;All files (*)");
}
} // namespace

DocumentController::DocumentController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_store(new ProjectStore(this))
    , m_comparison(new LiveComparison(m_store, this))
    , m_undoStack(new QUndoStack(this))
    , m_newAction(new QAction(tr("&New Project"), window))
    , m_openAction(new QAction(tr("&Open…"), window))
    , m_saveAction(new QAction(tr("&Save"), window))
    , m_saveAsAction(new QAction(tr("Save &As…"), window))
    , m_exportCsvAction(new QAction(tr("Export &CSV…"), window))
    , m_exportContextCsvAction(new QAction(tr("Export Con&text Figures…"), window))
    , m_importAction(new QAction(tr("&Import…"), window))
    , m_recoverAction(new QAction(tr("Recover &Unsaved Edits…"), window))
    , m_preferencesAction(new QAction(tr("&Preferences…"), window))
    , m_recentMenu(new RecentFilesMenu(window))
{
    // The working copy, which every edit reaches at once, survives a crash there.
    m_store->setRecoveryArea(defaultRecoveryArea());
    m_store->setBackupPolicy(loadBackupPolicy());
    m_recoverAction->setToolTip(tr("Open the edits a session that stopped unexpectedly never saved"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importAction->setToolTip(tr("Add returns from a CSV, TSV, XLSX or ODS file, or cells pasted from a spreadsheet"));
    connect(m_importAction, &QAction::triggered, this, &DocumentController::importReturns);
    connect(m_recoverAction, &QAction::triggered, this, &DocumentController::offerRecovery);
    connect(m_preferencesAction, &QAction::triggered, this, &DocumentController::editPreferences);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &DocumentController::updateSession);
    updateRecoverAction();
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_exportCsvAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(m_newAction, &QAction::triggered, this, &DocumentController::newProject);
    connect(m_openAction, &QAction::triggered, this, &DocumentController::open);
    connect(m_saveAction, &QAction::triggered, this, &DocumentController::save);
    connect(m_saveAsAction, &QAction::triggered, this, &DocumentController::saveAs);
    connect(m_exportCsvAction, &QAction::triggered, this, &DocumentController::exportCsv);
    connect(m_exportContextCsvAction, &QAction::triggered, this, &DocumentController::exportContextCsv);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this, [this](const QString &path) {
        if (looksLikeTeamAddress(path))
            emit teamDatabaseRequested(path);
        else if (maybeSave())
            openProject(path);
    });

    connect(m_undoStack, &QUndoStack::cleanChanged, this, &DocumentController::titleChanged);
    connect(m_store, &ProjectStore::failed, this, [this](const QString &message) {
        if (std::optional<ProjectStore::RefusedEdit> refused = m_store->takeRefusedEdit())
            emit editRefused(*refused); // someone else was first: offered to put it on top
        else
            showError(tr("The change was not saved"), message);
    });
    // Queued: the undo or redo that failed is still running when this is emitted, and clearing
    // the stack deletes its command.
    connect(m_store, &ProjectStore::historyInvalidated, this, &DocumentController::clearBrokenHistory,
            Qt::QueuedConnection);
}

DocumentController::~DocumentController()
{
    // The window is going; the store's and the stack's last signals must not reach it.
    m_undoStack->disconnect(this);
    m_store->disconnect(this);
}

QString DocumentController::displayName() const
{
    if (m_store->isTeam())
        return m_store->teamDescription();
    return m_store->filePath().isEmpty() ? m_untitledName : QFileInfo(m_store->filePath()).fileName();
}

void DocumentController::startAfresh(const QString &untitledName)
{
    m_untitledName = untitledName;
    m_suggestedSavePath.clear();
    m_undoStack->clear();
    // On a team database every edit is committed as it is made: nothing to save.
    m_saveAction->setEnabled(!m_store->isTeam());
    m_saveAsAction->setEnabled(!m_store->isTeam());
    m_importAction->setEnabled(m_store->canChange());
    updateSession();
    emit titleChanged();
    emit projectReplaced();
}

void DocumentController::updateSession() { m_store->describeSession(displayName(), !m_undoStack->isClean()); }

void DocumentController::updateRecoverAction()
{
    m_recoverAction->setEnabled(!findCrashedSessions(defaultRecoveryArea()).isEmpty());
}

void DocumentController::offerRecovery()
{
    const QList<CrashedSession> sessions = findCrashedSessions(defaultRecoveryArea());
    m_recoverAction->setEnabled(!sessions.isEmpty()); // the folder is looked through once
    if (sessions.isEmpty())
        return;
    RecoveryDialog dialog(sessions, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CrashedSession &chosen = sessions.at(dialog.chosenIndex());
    if (dialog.choice() == RecoveryDialog::Discard) {
        if (!discardCrashedSession(chosen))
            showError(tr("Could not discard the edits"),
                      tr("The folder “%1” could not be removed.").arg(QDir::toNativeSeparators(chosen.folder)));
        updateRecoverAction();
        return;
    }
    if (!maybeSave())
        return;
    QString error;
    if (!m_store->openRecovered(chosen, &error)) {
        showError(tr("Could not recover the edits"), error);
        updateRecoverAction();
        return;
    }
    const QString name = chosen.displayName.isEmpty() ? tr("Untitled") : QFileInfo(chosen.displayName).completeBaseName();
    startAfresh(tr("%1 (recovered)").arg(name));
    m_undoStack->resetClean(); // nothing of it is saved yet
    updateSession();
    emit titleChanged();
    emit statusMessage(tr("Recovered the unsaved edits of %1. Save them to keep them.").arg(name));
    updateRecoverAction();
}

bool DocumentController::recoverReadable(const QString &path)
{
    SalvageReport report;
    QString error;
    emit statusMessage(tr("Reading what can be read of %1…").arg(QDir::toNativeSeparators(path)));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<ProjectData> data = salvageProject(path, &report, &error);
    const bool opened = data && m_store->openSalvaged(*data, &error);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(tr("Nothing could be recovered"), error);
        return false;
    }
    const QFileInfo damaged(path);
    startAfresh(tr("%1 (recovered)").arg(damaged.completeBaseName()));
    m_suggestedSavePath = damaged.absoluteDir().filePath(displayName() + QStringLiteral(".dapp"));
    m_undoStack->resetClean(); // nothing of it is saved yet
    updateSession();
    emit titleChanged();
    emit statusMessage(report.anythingLost() ? tr("Recovered part of %1; see what was lost before saving.").arg(damaged.fileName())
                                             : tr("Recovered all of %1.").arg(damaged.fileName()));
    showRecoveryReport(m_window, path, report.summaryLines(), report.anythingLost());
    return true;
}

void DocumentController::importReturns()
{
    ImportDialog dialog(m_store, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.errorCount() > 0)
        return;
    const ImportPlan &plan = dialog.plan();
    const qsizetype count = plan.added + plan.replaced;
    // Written before it is pushed, with a bar and Cancel: a cancelled import rolls back its
    // one transaction and leaves no undo step.
    TaskProgress progress(tr("Import"), tr("Importing from %1: %2 returns…").arg(dialog.sourceName(), QLocale().toString(count)),
                          m_window);
    QString error;
    const bool written = m_store->apply(plan.before, plan.after, &error, progress.callback());
    if (!written) {
        if (progress.wasCancelled())
            emit statusMessage(tr("Import cancelled; nothing was written."));
        else
            showError(tr("Could not import from %1").arg(dialog.sourceName()), error);
        return;
    }
    m_undoStack->push(new EditCommand(m_store, tr("Import %1 returns from %2").arg(count).arg(dialog.sourceName()),
                                      plan.before, plan.after, EditCommand::Applied::Already));
    emit statusMessage(tr("Imported %1 returns from %2 (%3 replaced, %4 skipped). Undo takes the import back.")
                           .arg(count)
                           .arg(dialog.sourceName())
                           .arg(plan.replaced)
                           .arg(plan.skipped));
}

void DocumentController::editPreferences()
{
    PreferencesDialog dialog(loadBackupPolicy(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    storeBackupPolicy(dialog.backupPolicy());
    m_store->setBackupPolicy(dialog.backupPolicy());
}

void DocumentController::openSample()
{
    QString error;
    if (!m_store->createNew(&error) || !m_store->replaceAll(sampleProject(), &error)) {
        showError(tr("Could not open the sample project"), error);
        return;
    }
    startAfresh(tr("Sample project"));
}

void DocumentController::newProject()
{
    if (!maybeSave())
        return;
    QString error;
    if (!m_store->createNew(&error)) {
        showError(tr("Could not create a project"), error);
        return;
    }
    startAfresh(tr("Untitled"));
}

bool DocumentController::openProject(const QString &path, OpenAccess access)
{
    QString error;
    OpenRefusal refusal;
    if (!m_store->open(path, &error, access, &refusal)) {
        if (refusal.heldBy) {
            switch (askWhatToDoWhenLocked(m_window, path, *refusal.heldBy)) {
            case LockedChoice::ReadOnly:
                return openProject(path, OpenAccess::ReadOnly);
            case LockedChoice::OpenAnyway:
                return openProject(path, OpenAccess::TakeOver);
            case LockedChoice::Cancel:
                return false;
            }
        }
        if (!refusal.damage.isEmpty()) {
            if (askToRecoverDamaged(m_window, error))
                return recoverReadable(path);
            return false;
        }
        showError(tr("Could not open the project"), error);
        return false;
    }
    m_recentMenu->add(m_store->filePath());
    startAfresh(QString());
    if (m_store->isReadOnly())
        emit statusMessage(tr("Opened %1 read-only: %2. Save As writes a copy.")
                               .arg(QDir::toNativeSeparators(path), m_store->readOnlyReason()));
    else
        emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DocumentController::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), QString(), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

bool DocumentController::saveProjectAs(const QString &path)
{
    QString error;
    if (!m_store->saveAs(path, &error)) {
        showError(tr("Could not save the project"), error);
        return false;
    }
    m_undoStack->setClean();
    m_recentMenu->add(m_store->filePath());
    updateSession();
    emit titleChanged();
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::save()
{
    if (m_store->filePath().isEmpty())
        return saveAs();
    if (m_store->isReadOnly()) {
        QMessageBox::information(m_window, tr("Project Is Read-Only"),
                                 tr("“%1” is open read-only (%2). Save it under another name.")
                                     .arg(displayName(), m_store->readOnlyReason()));
        return saveAs();
    }
    return saveProjectAs(m_store->filePath());
}

bool DocumentController::saveAs()
{
    // Beside the project's file, or in the user's documents for a project never saved.
    // A recovered project starts at the file its edits were made to.
    const QString start = !m_store->filePath().isEmpty()      ? m_store->filePath()
                          : !m_store->recoveredFrom().isEmpty() ? m_store->recoveredFrom()
                          : !m_suggestedSavePath.isEmpty()      ? m_suggestedSavePath
                                                              : QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                    .filePath(displayName() + QStringLiteral(".dapp"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), start, projectFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dapp");
    return saveProjectAs(path);
}

bool DocumentController::writeExport(const QString &path, const QByteArray &bytes, const QString &done)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("Could not export"),
                  tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    emit statusMessage(done);
    return true;
}

bool DocumentController::exportCsvTo(const QString &path)
{
    return writeExport(path, exportTidyCsv(m_store->data()),
                       tr("Exported %1 returns to %2").arg(m_store->data().returns.size()).arg(path));
}

bool DocumentController::exportContextCsvTo(const QString &path)
{
    return writeExport(path, dapp::exportContextCsv(m_store->data()),
                       tr("Exported %1 context figures to %2").arg(m_store->data().contextFigures.size()).arg(path));
}

QString DocumentController::askExportPath(const QString &title, const QString &fileName)
{
    QSettings settings;
    // The first export goes to the user's documents, not the working directory (often "/").
    const QString dir = settings.value(QStringLiteral("export/lastDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getSaveFileName(m_window, title, dir + QLatin1Char('/') + fileName,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    return path;
}

void DocumentController::exportCsv()
{
    if (const QString path = askExportPath(tr("Export CSV"), QStringLiteral("returns.csv")); !path.isEmpty())
        exportCsvTo(path);
}

void DocumentController::exportContextCsv()
{
    if (const QString path = askExportPath(tr("Export Context Figures"), QStringLiteral("context-figures.csv"));
        !path.isEmpty())
        exportContextCsvTo(path);
}

bool DocumentController::maybeSave()
{
    if (m_undoStack->isClean() || m_store->isTeam())
        return true;
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved changes"),
                                             tr("The project has changes that are not saved. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentController::clearBrokenHistory(const QString &message)
{
    // An undo or redo the team database refused (someone else changed the record since):
    // nothing was written, so the rest of the history still holds; only that step is gone
    // (it was made obsolete). Offered like any refused edit: theirs, or mine on top.
    if (std::optional<ProjectStore::RefusedEdit> refused = m_store->takeRefusedEdit()) {
        emit editRefused(*refused);
        return;
    }
    m_undoStack->clear();
    m_undoStack->resetClean(); // whatever the file holds, this project may differ from it
    emit titleChanged();
    showError(tr("Undo history cleared"),
              tr("%1\n\nThis undo or redo changed nothing. The undo history no longer matched the project and "
                 "was cleared; your edits are kept.")
                  .arg(message));
}

void DocumentController::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

} // namespace dapp
