// A letter's context figures as a small table: what, period, value (a number or a status word)
// and whether it is a count or money. Each change is one undo step; a value that is neither a
// number nor a status word is refused with the row.
#pragma once

#include "common/tableeditor.h"
#include "domain/entities.h"

class QUndoStack;

namespace dapp {

class ProjectStore;

class ContextFiguresEditor : public TableEditor
{
    Q_OBJECT
public:
    enum Column { LabelColumn, PeriodColumn, ValueColumn, KindColumn };

    ContextFiguresEditor(ProjectStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showLetter(Id letterId);

protected:
    void addRow() override;
    void removeRow(int row) override;
    void rowEdited(int row) override;

private:
    void refresh();

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    Id m_letterId = 0;
    QList<Id> m_rows;
    QList<ContextFigure> m_shown; // each row as it was shown: the edit of a row is made over it
};

} // namespace dapp
