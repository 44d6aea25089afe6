// Adding and removing letters and programmes, one undo step each.
#include "recordactions.h"
#include "editing/edits.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

namespace dapp {

RecordActions::RecordActions(ProjectStore *store, QUndoStack *undoStack, std::function<Selection()> selection,
                             QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_selection(std::move(selection))
    , m_window(window)
    , m_addLetter(new QAction(tr("Add &Letter…"), window))
    , m_removeLetter(new QAction(tr("Remove Letter"), window))
    , m_addProgramme(new QAction(tr("Add &Programme…"), window))
    , m_removeProgramme(new QAction(tr("Remove Programme"), window))
{
    m_addLetter->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_addProgramme->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    connect(m_addLetter, &QAction::triggered, this, &RecordActions::addLetter);
    connect(m_removeLetter, &QAction::triggered, this, &RecordActions::removeLetter);
    connect(m_addProgramme, &QAction::triggered, this, &RecordActions::addProgramme);
    connect(m_removeProgramme, &QAction::triggered, this, &RecordActions::removeProgramme);
}

void RecordActions::updateEnabled()
{
    const Selection s = m_selection();
    // A viewer on a team database changes nothing.
    const bool canChange = m_store->canChange();
    m_addLetter->setEnabled(canChange);
    m_addProgramme->setEnabled(canChange);
    m_removeLetter->setEnabled(canChange && s.letterId != 0);
    m_removeProgramme->setEnabled(canChange && s.returnId != 0);
    // Add Programme stays enabled otherwise: without a letter it says what to do first.
}

void RecordActions::addLetter()
{
    bool ok = false;
    const QString reference = QInputDialog::getText(m_window, tr("Add Letter"), tr("FOI reference of the new letter:"),
                                                    QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Letter letter;
    letter.foiReference = reference.trimmed();
    letter.financialYear = QStringLiteral("2022/23");
    const QString area = m_selection().areaCode;
    if (!area.isEmpty())
        letter.areaCode = area;
    m_undoStack->push(addLetterCommand(m_store, letter).release());
    emit letterAdded(m_store->data().letters.lastKey());
}

void RecordActions::removeLetter()
{
    const Id id = m_selection().letterId;
    if (id == 0)
        return;
    if (auto command = removeLetterCommand(m_store, id)) {
        m_undoStack->push(command.release());
        emit letterRemoved();
    }
}

void RecordActions::addProgramme()
{
    const Id letterId = m_selection().letterId;
    if (letterId == 0) {
        QMessageBox::information(m_window, tr("Add Programme"),
                                 m_store->data().letters.isEmpty()
                                     ? tr("A programme is answered about in a letter, and this project has no letter "
                                          "yet. Add the letter first (Edit › Add Letter…, Ctrl+Shift+L), then its "
                                          "programmes.")
                                     : tr("A programme is answered about in a letter. Choose the letter in “Areas "
                                          "and letters”, or a row of the table, then add its programmes."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Add Programme"), tr("Name of the programme:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    m_undoStack->push(addProgrammeCommand(m_store, letterId, name.trimmed(), QString()).release());
    emit returnAdded(m_store->data().returns.lastKey());
}

void RecordActions::removeProgramme()
{
    if (auto command = removeReturnCommand(m_store, m_selection().returnId))
        m_undoStack->push(command.release());
}

} // namespace dapp
