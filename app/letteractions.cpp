// Opening a letter for letter-assisted entry: see letteractions.h.
#include "letteractions.h"
#include "editing/editcommand.h"
#include "letterreview/letterreviewdialog.h"
#include "letters/lettercommit.h"
#include "letters/letterextractor.h"
#include "letters/letterfile.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dapp {

LetterActions::LetterActions(ProjectStore *store, QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_open(new QAction(tr("Open &Letter…"), window))
    , m_paste(new QAction(tr("&Paste Letter…"), window))
{
    m_open->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_open->setToolTip(tr("Read an FOI letter (text, PDF or Word) and review the answers it proposes"));
    m_paste->setToolTip(tr("Paste a letter's text and review the answers it proposes"));
    connect(m_open, &QAction::triggered, this, &LetterActions::openLetter);
    connect(m_paste, &QAction::triggered, this, &LetterActions::pasteLetter);
}

void LetterActions::openLetter()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Letter"), QString(),
                                                      tr("Letters (*.txt *.pdf *.docx);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<LetterFile> letter = readLetterFile(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!letter) {
        QMessageBox::warning(m_window, tr("The letter cannot be read"), error);
        return;
    }
    reviewAndAdd(letter->text, QFileInfo(path).fileName());
}

void LetterActions::pasteLetter()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Paste Letter"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Paste the letter's text, as it stands in the e-mail or document:"), &dialog));
    auto *text = new QPlainTextEdit(&dialog);
    text->setAccessibleName(tr("Letter text"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Review"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(700, 500);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return;
    reviewAndAdd(letterTextFromPaste(text->toPlainText()), tr("pasted letter"));
}

bool LetterActions::reviewAndAdd(const QString &text, const QString &name)
{
    LetterExtraction extraction = extractLetter(text);
    LetterCommit commit;
    // What cannot be added (a return the project already has) sends the analyst back to the
    // review with every correction kept.
    for (;;) {
        LetterReviewDialog review(m_store->data(), extraction, name, m_window);
        if (review.exec() != QDialog::Accepted)
            return false;
        extraction = review.extraction();
        // Figures the analyst left unchecked say so in their notes: confirmed, but not reviewed.
        commit = planLetterCommit(m_store->data(), extraction, name, true, *m_store);
        if (commit.errors.isEmpty())
            break;
        QMessageBox::warning(m_window, tr("The letter cannot be added yet"),
                             tr("%1\n\nCorrect it in the review (your corrections are kept), or cancel.")
                                 .arg(commit.errors.join(QLatin1Char('\n'))));
    }
    QString error;
    if (!m_store->apply(commit.before, commit.after, &error)) {
        QMessageBox::warning(m_window, tr("The letter was not added"), error);
        return false;
    }
    m_undoStack->push(new EditCommand(m_store, tr("Add letter %1").arg(name), commit.before, commit.after,
                                      EditCommand::Applied::Already));
    const qsizetype returns = extraction.returns.size();
    emit statusMessage(returns == 1 ? tr("Added %1 with 1 return. Undo takes it back.").arg(name)
                                    : tr("Added %1 with %2 returns. Undo takes it back.").arg(name).arg(returns));
    if (!commit.after.letters.isEmpty())
        emit letterAdded(commit.after.letters.firstKey());
    return true;
}

} // namespace dapp
