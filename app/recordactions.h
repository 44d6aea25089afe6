// Edit › Add Letter, Remove Letter, Add Programme, Remove Programme: each asks what it needs,
// pushes one undo command and says which record it made, so the window can show it.
#pragma once

#include "domain/entities.h"

#include <QObject>

#include <functional>

class QAction;
class QUndoStack;
class QWidget;

namespace dapp {

class ProjectStore;

class RecordActions : public QObject
{
    Q_OBJECT
public:
    // What the window has selected: the letter, the return, and the area the table shows.
    struct Selection
    {
        Id letterId = 0;
        Id returnId = 0;
        QString areaCode;
    };

    RecordActions(ProjectStore *store, QUndoStack *undoStack, std::function<Selection()> selection,
                  QWidget *window);

    QAction *addLetterAction() const { return m_addLetter; }
    QAction *removeLetterAction() const { return m_removeLetter; }
    QAction *addProgrammeAction() const { return m_addProgramme; }
    QAction *removeProgrammeAction() const { return m_removeProgramme; }

    void updateEnabled();

signals:
    void letterAdded(dapp::Id letterId);
    void letterRemoved();
    void returnAdded(dapp::Id returnId);

private:
    void addLetter();
    void removeLetter();
    void addProgramme();
    void removeProgramme();

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    std::function<Selection()> m_selection;
    QWidget *m_window;
    QAction *m_addLetter;
    QAction *m_removeLetter;
    QAction *m_addProgramme;
    QAction *m_removeProgramme;
};

} // namespace dapp
