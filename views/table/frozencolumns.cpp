// The frozen view is a child of the table, placed over the viewport's left edge.
#include "table/frozencolumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

namespace dapp {

// A table view whose editing can be started from outside (the table below has the keyboard).
class FrozenColumns::View : public QTableView
{
public:
    using QTableView::QTableView;
    bool startEditing(const QModelIndex &index) { return QTableView::edit(index, AllEditTriggers, nullptr); }
};

FrozenColumns::FrozenColumns(QTableView *table, int count)
    : QObject(table)
    , m_table(table)
    , m_frozen(new View(table))
    , m_count(count)
{
    m_frozen->setObjectName(QStringLiteral("frozenColumns"));
    m_frozen->setModel(table->model());
    m_frozen->setSelectionModel(table->selectionModel());
    m_frozen->setFocusPolicy(Qt::NoFocus); // the keyboard stays with the table
    m_frozen->verticalHeader()->hide();
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(table->verticalScrollMode());
    m_frozen->setSelectionBehavior(table->selectionBehavior());
    m_frozen->setSelectionMode(table->selectionMode());
    m_frozen->setEditTriggers(table->editTriggers());
    setItemDelegate(m_frozen->itemDelegate());
    m_frozen->setAlternatingRowColors(table->alternatingRowColors());
    // Enabling sorting sorts at once, by the header's indicator: give it the table's first (often
    // none: the model's own order).
    m_frozen->horizontalHeader()->setSortIndicator(table->horizontalHeader()->sortIndicatorSection(),
                                                   table->horizontalHeader()->sortIndicatorOrder());
    m_frozen->setSortingEnabled(table->isSortingEnabled());
    m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->setStyleSheet(QStringLiteral("QTableView { border: none; border-right: 1px solid palette(mid); }"));
    table->viewport()->stackUnder(m_frozen);

    QHeaderView *header = table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column < m_count) {
            m_frozen->setColumnWidth(column, size);
            updateGeometry();
        }
    });
    connect(table->verticalHeader(), &QHeaderView::sectionResized, this,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, table->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(table->verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    // Sorting from either header sorts both, and both show it.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sortIndicatorChanged, table,
            [this](int column, Qt::SortOrder order) {
                if (m_table->horizontalHeader()->sortIndicatorSection() != column
                    || m_table->horizontalHeader()->sortIndicatorOrder() != order)
                    m_table->sortByColumn(column, order);
            });
    connect(header, &QHeaderView::sortIndicatorChanged, m_frozen, [this](int column, Qt::SortOrder order) {
        const QSignalBlocker blocker(m_frozen->horizontalHeader());
        m_frozen->horizontalHeader()->setSortIndicator(column, order);
    });
    connect(header, &QHeaderView::geometriesChanged, this, &FrozenColumns::syncColumns);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &FrozenColumns::syncColumns);
    connect(table->model(), &QAbstractItemModel::rowsInserted, this, &FrozenColumns::syncColumns);
    connect(table->model(), &QAbstractItemModel::layoutChanged, this, &FrozenColumns::syncColumns);
    table->installEventFilter(this);
    syncColumns();
    m_frozen->show();
}

FrozenColumns::~FrozenColumns()
{
    delete m_frozen;
}

void FrozenColumns::setItemDelegate(QAbstractItemDelegate *delegate)
{
    if (delegate != m_frozen->itemDelegate())
        m_frozen->setItemDelegate(delegate);
    // Back to the table when an edit in a frozen cell ends, so the keyboard goes on there.
    connect(delegate, &QAbstractItemDelegate::closeEditor, m_table, [this] { m_table->setFocus(); });
}

QTableView *FrozenColumns::view() const
{
    return m_frozen;
}

bool FrozenColumns::edit(const QModelIndex &index)
{
    return index.column() < m_count && m_frozen->startEditing(index);
}

int FrozenColumns::frozenWidth() const
{
    int width = 0;
    for (int c = 0; c < m_count; ++c)
        if (!m_table->isColumnHidden(c))
            width += m_table->columnWidth(c);
    return width;
}

void FrozenColumns::syncColumns()
{
    for (int c = 0; c < m_table->model()->columnCount(); ++c) {
        m_frozen->setColumnHidden(c, c >= m_count || m_table->isColumnHidden(c));
        if (c < m_count)
            m_frozen->setColumnWidth(c, m_table->columnWidth(c));
    }
    m_frozen->verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize());
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        m_frozen->setRowHeight(r, m_table->rowHeight(r));
    m_frozen->horizontalHeader()->setFixedHeight(m_table->horizontalHeader()->height());
    updateGeometry();
}

void FrozenColumns::updateGeometry()
{
    m_frozen->setGeometry(m_table->verticalHeader()->width() + m_table->frameWidth(), m_table->frameWidth(),
                          frozenWidth() + 1, m_table->viewport()->height() + m_table->horizontalHeader()->height());
    m_frozen->verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
}

bool FrozenColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        updateGeometry();
    return QObject::eventFilter(watched, event);
}

} // namespace dapp
