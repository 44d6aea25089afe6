// Keeps a table's first columns in view while the others scroll (as a spreadsheet's frozen
// panes): a second view over the same model and selection lies on top of those columns and
// follows the table's row scrolling, sizes, hidden columns and sorting.
#pragma once

#include <QObject>

class QAbstractItemDelegate;
class QTableView;

namespace dapp {

class FrozenColumns : public QObject
{
    Q_OBJECT
public:
    // Call after the table has its model. `count`: how many columns from the left stay.
    FrozenColumns(QTableView *table, int count);
    ~FrozenColumns() override; // takes its view along

    int count() const { return m_count; }
    // How the frozen cells are drawn and edited (the table's kind of delegate).
    void setItemDelegate(QAbstractItemDelegate *delegate);
    // Opens the editor of a frozen cell where it can be seen: in the view on top.
    bool edit(const QModelIndex &index);

    QTableView *view() const;
    int frozenWidth() const;
    void updateGeometry(); // after the table's geometry changed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void syncColumns();

    QTableView *m_table;
    class View;
    View *m_frozen;
    int m_count;
};

} // namespace dapp
