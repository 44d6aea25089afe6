// Opening, publishing to and copying a team database, and what the window says of it.
#include "teamactions.h"
#include "documentcontroller.h"
#include "editing/reapply.h"
#include "menus/recentfilesmenu.h"
#include "team/teamconnectdialog.h"
#include "storage/teamaddress.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace dapp {

TeamActions::TeamActions(DocumentController *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_store(document->store())
    , m_undoStack(document->undoStack())
    , m_window(window)
    , m_open(new QAction(tr("Open &Team Database…"), window))
    , m_publish(new QAction(tr("&Publish to Team Database…"), window))
    , m_saveCopy(new QAction(tr("Save a Cop&y As…"), window))
    , m_reconnect(new QAction(tr("&Reconnect to Team Database"), window))
    , m_label(new QLabel(window))
{
    m_open->setToolTip(tr("Open a project several analysts share on a PostgreSQL server"));
    m_publish->setToolTip(tr("Copy this project into an empty team database, all of it or nothing"));
    m_saveCopy->setToolTip(tr("Write what is open to a project file; the window stays where it is"));
    connect(m_open, &QAction::triggered, this, &TeamActions::open);
    connect(m_publish, &QAction::triggered, this, &TeamActions::publish);
    connect(m_saveCopy, &QAction::triggered, this, &TeamActions::saveCopy);
    connect(m_reconnect, &QAction::triggered, this, &TeamActions::reconnect);
    connect(m_document, &DocumentController::teamDatabaseRequested, this, &TeamActions::openTeamDatabase);
    connect(m_document, &DocumentController::editRefused, this, &TeamActions::offerToReapply);
    connect(m_document, &DocumentController::projectReplaced, this, &TeamActions::updateState);
    connect(m_store, &ProjectStore::changedByOthers, this, &TeamActions::announce);
    connect(m_store, &ProjectStore::disconnected, this, [this](const QString &message) {
        updateState();
        emit statusMessage(message);
    });
    // The server took away the right to change: read-only now, and the label says so.
    connect(m_store, &ProjectStore::becameReadOnly, this, [this](const QString &reason) {
        updateState();
        emit statusMessage(tr("Read-only now: %1.").arg(reason));
    });
    // Others' changes that could not be read yet: the user's own work is safe, so a word in the
    // status bar (repeated while it goes on), not a dialog.
    connect(m_store, &ProjectStore::newsDelayed, this, &TeamActions::statusMessage);
    updateState();
}

void TeamActions::updateState()
{
    const bool team = m_store->isTeam();
    m_publish->setEnabled(!team);
    m_reconnect->setEnabled(team);
    m_label->setVisible(team);
    if (team)
        m_label->setText(m_store->isDisconnected() ? tr("%1 — disconnected, read-only").arg(m_store->teamDescription())
                         : m_store->isReadOnly()   ? tr("%1 — read-only").arg(m_store->teamDescription())
                                                   : m_store->teamDescription());
    m_label->setToolTip(team ? m_store->readOnlyReason() : QString());
}

bool TeamActions::withPassword(const QString &address,
                               const std::function<bool(const QString &, QString *, bool *)> &attempt, QString *error)
{
    QString password;
    for (;;) {
        bool needsPassword = false;
        if (attempt(password, error, &needsPassword))
            return true;
        if (!needsPassword)
            return false;
        // The server wants a password that ~/.pgpass did not give: asked for, used once, kept nowhere.
        bool given = false;
        QString error2;
        const std::optional<TeamAddress> parsed = parseTeamAddress(address, &error2);
        password = QInputDialog::getText(m_window, tr("Password"),
                                         tr("%1\nPassword for %2:")
                                             .arg(*error, parsed && !parsed->user.isEmpty() ? parsed->user
                                                                                             : tr("your user")),
                                         QLineEdit::Password, QString(), &given);
        if (!given) {
            *error = QString();
            return false;
        }
    }
}

bool TeamActions::openTeamDatabase(const QString &address)
{
    if (!m_document->maybeSave())
        return false;
    QString error;
    const bool opened = withPassword(
        address,
        [&](const QString &password, QString *why, bool *needsPassword) {
            return m_store->openTeam(address, why, password, needsPassword);
        },
        &error);
    if (!opened) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Could not open the team database"), error);
        return false;
    }
    m_lastAddress = m_store->teamAddress(); // the address less any password
    m_document->recentFilesMenu()->add(m_store->teamAddress());
    m_document->startAfresh(QString());
    emit statusMessage(m_store->isReadOnly() ? tr("Opened %1: %2.").arg(m_store->teamDescription(), m_store->readOnlyReason())
                                             : tr("Opened %1. Every edit is saved on the server as you make it.")
                                                   .arg(m_store->teamDescription()));
    return true;
}

void TeamActions::open()
{
    TeamConnectDialog dialog(tr("Open Team Database"), m_lastAddress, m_window);
    if (dialog.exec() == QDialog::Accepted)
        openTeamDatabase(dialog.address());
}

bool TeamActions::publishTo(const QString &address)
{
    QString error;
    const bool published = withPassword(
        address,
        [&](const QString &password, QString *why, bool *needsPassword) {
            return m_store->publishTo(address, why, password, needsPassword);
        },
        &error);
    if (!published) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("The project was not published"), error);
        return false;
    }
    QString ignored;
    const std::optional<TeamAddress> parsed = parseTeamAddress(address, &ignored);
    m_lastAddress = parsed ? parsed->text : QString(); // less any password
    const auto answer = QMessageBox::question(m_window, tr("Published"),
                                              tr("The project is on the team database now. Open it there, so your "
                                                 "edits go to the team?"),
                                              QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        openTeamDatabase(address);
    return true;
}

void TeamActions::publish()
{
    TeamConnectDialog dialog(tr("Publish to Team Database"), m_lastAddress, m_window);
    if (dialog.exec() == QDialog::Accepted)
        publishTo(dialog.address());
}

void TeamActions::saveCopy()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a Copy As"), QString(),
                                                      tr("DAPP Analyst projects (*.dapp);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_store->saveCopyAs(path, &error)) {
        QMessageBox::warning(m_window, tr("The copy was not written"), error);
        return;
    }
    emit statusMessage(tr("Wrote a copy to %1").arg(QDir::toNativeSeparators(path)));
}

void TeamActions::reconnect()
{
    if (m_store->isTeam())
        openTeamDatabase(m_store->teamAddress());
}

void TeamActions::offerToReapply(const ProjectStore::RefusedEdit &refused)
{
    QMessageBox box(QMessageBox::Warning, tr("Someone else changed it first"), refused.message, QMessageBox::NoButton,
                    m_window);
    box.setInformativeText(tr("Their change is shown now. Put yours on top of it (the fields you changed, and in a list "
                              "what you added or removed; theirs kept elsewhere), or keep theirs?"));
    QPushButton *mine = box.addButton(tr("Apply &Mine on Top"), QMessageBox::AcceptRole);
    // Keeping theirs is the default: Enter never writes over someone else's work.
    box.setDefaultButton(box.addButton(tr("&Keep Theirs"), QMessageBox::RejectRole));
    box.exec();
    if (box.clickedButton() != mine)
        return;
    const ReappliedChange change = reapplyOnTop(refused.seen, refused.mine, m_store->data());
    if (std::unique_ptr<EditCommand> command = reapplyCommand(m_store, change))
        m_undoStack->push(command.release());
    if (change.gone > 0)
        emit statusMessage(tr("Records you changed had been removed by someone else, and were left out: %1.").arg(change.gone));
}

void TeamActions::announce(const QString &by, const ProjectData &after)
{
    const qsizetype records = after.letters.size() + after.programmes.size() + after.returns.size()
                              + after.contextFigures.size();
    // Words without a plural form to translate: English shows "(s)" when no translation is loaded.
    emit statusMessage(records == 0   ? tr("%1 removed records.").arg(by)
                       : records == 1 ? tr("%1 changed a record; it is marked in the table for a moment.").arg(by)
                                      : tr("%1 changed %2 records; they are marked in the table for a moment.")
                                            .arg(by)
                                            .arg(records));
}

} // namespace dapp
