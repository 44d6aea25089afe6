// A letter's context figures as a small table: what, period, value (a number or a status word)
// and whether it is a count or money. Each change is one undo step; a value that is neither a
// number nor a status word is refused with the row.
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace dapp {

class ProjectStore;

class ContextFiguresEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { LabelColumn, PeriodColumn, ValueColumn, KindColumn, ColumnCount };

    ContextFiguresEditor(ProjectStore *store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showLetter(Id letterId);
    QTableWidget *table() const { return m_table; }
    QString problem() const;

private:
    void refresh();
    void commitRow(int row);
    void add();
    void removeCurrent();

    ProjectStore *m_store;
    QUndoStack *m_undoStack;
    Id m_letterId = 0;
    QList<Id> m_rows;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_refreshing = false;
};

} // namespace dapp
