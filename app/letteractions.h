// File › Open Letter… and Paste Letter…: a letter read (text, PDF or Word), its answers proposed
// by the extractor, reviewed in LetterReviewDialog, and what the analyst confirms added as one
// transaction and one undo step. Nothing is written before that confirmation.
#pragma once

#include "domain/entities.h"

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace dapp {

class ProjectStore;
struct LetterExtraction;

class LetterActions : public QObject
{
    Q_OBJECT
public:
    LetterActions(ProjectStore *store, QUndoStack *undoStack, QWidget *window);

    QAction *openLetterAction() const { return m_open; }
    QAction *pasteLetterAction() const { return m_paste; }

    // Reviews `text` read from `name` and adds what the analyst confirms; false when nothing was added.
    bool reviewAndAdd(const QString &text, const QString &name);

signals:
    void letterAdded(Id letterId);
    void statusMessage(const QString &message);

private:
    void openLetter();
    void pasteLetter();

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QAction *m_open;
    QAction *m_paste;
};

} // namespace dapp
