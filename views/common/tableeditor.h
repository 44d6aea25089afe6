// The frame of the small table editors (funders, caveats, context figures): a table, Add and
// Remove under it, and a line saying why a change was refused. Subclasses say what a row is.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace dapp {

class TableEditor : public QWidget
{
    Q_OBJECT
public:
    // A cell committed while the table goes (its editor losing focus) must not reach rowEdited(),
    // which is the subclass's, already gone by then.
    ~TableEditor() override;
    QTableWidget *table() const { return m_table; }
    // Why the last change was refused, while it is shown; empty otherwise.
    QString problem() const;
    // Off: the rows are shown, nothing can be typed, ticked, added or removed (a viewer on a
    // team database, a project opened read-only).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // A cell's editor is open: the rows are not refilled under it (it would take the typing).
    bool isEditing() const;

signals:
    // A cell's editor closed: what was put off while it was open can be shown now.
    void editingEnded();

protected:
    TableEditor(const QStringList &headers, const QString &addText, QWidget *parent);

    virtual void addRow() = 0;
    virtual void removeRow(int row) = 0;
    virtual void rowEdited(int row) = 0; // a cell of the row changed (not while refilling)

    void showProblem(const QString &message); // empty hides it
    // Starts typing into a cell, as the keyboard would.
    void editCell(int row, int column);
    // Refilling the table from the store does not count as editing it.
    bool m_refilling = false;

private:
    bool m_editable = true;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace dapp
