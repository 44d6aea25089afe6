// Clipboard and Delete handling for the returns table.
#include "table/returnstableview.h"
#include "formats/csv.h"
#include "itemmodels/returnstablemodel.h"
#include "table/figuredelegate.h"
#include "table/frozencolumns.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace dapp {

ReturnsTableView::ReturnsTableView(QWidget *parent)
    : QTableView(parent)
{
    auto *delegate = new FigureDelegate(this);
    setItemDelegate(delegate);
    connect(delegate, &FigureDelegate::problem, this, &ReturnsTableView::editProblem);
    // Escape abandons the text, and with it what was wrong with it.
    connect(delegate, &QAbstractItemDelegate::closeEditor, this, [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
        if (hint == QAbstractItemDelegate::RevertModelCache)
            emit editProblem(QString());
    });
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the model's order until the user sorts
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel); // so a cell can be scrolled clear of the frozen ones
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

ReturnsTableView::~ReturnsTableView()
{
    // While this is still a whole table view: its header's last signals must not reach the frozen part.
    delete m_frozen;
}

void ReturnsTableView::setModel(QAbstractItemModel *model)
{
    delete m_frozen;
    m_frozen = nullptr;
    QTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ReturnsTableView::keepTypingAcrossReset);
    // Queued: after every other part of the view (its selection, its current cell) has reset.
    connect(model, &QAbstractItemModel::modelReset, this, &ReturnsTableView::resumeTypingAfterReset, Qt::QueuedConnection);
    m_frozen = new FrozenColumns(this, ReturnsTableModel::ProgrammeColumn + 1);
    // Its cells are drawn as the table's: the whole return's caveats mark the programme.
    m_frozen->setItemDelegate(new FigureDelegate(m_frozen->view()));
}

bool ReturnsTableView::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    // A frozen cell is covered by the view on top: its editor opens there, where it shows.
    if (m_frozen && index.isValid() && index.column() < m_frozen->count()
        && (editTriggers() & trigger || trigger == AllEditTriggers) && model()->flags(index) & Qt::ItemIsEditable) {
        if (trigger == AnyKeyPressed && event) {
            if (!m_frozen->edit(index))
                return false;
            QApplication::sendEvent(QApplication::focusWidget(), event); // the key that started it
            return true;
        }
        return m_frozen->edit(index);
    }
    return QTableView::edit(index, trigger, event);
}

void ReturnsTableView::keepTypingAcrossReset()
{
    if (m_openEdit)
        return; // a second reset before the first was resumed: the typing is kept already
    if (state() != EditingState || !m_returns || !currentIndex().isValid())
        return;
    for (QWidget *editor : viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!editor->isVisible())
            continue;
        if (const std::optional<FigureDelegate::Typing> typing = FigureDelegate::typingIn(editor)) {
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
            const QModelIndex source = proxy ? proxy->mapToSource(currentIndex()) : currentIndex();
            m_openEdit = OpenEdit{m_returns->returnIdAt(source.row()), currentIndex().column(), typing->typed, typing->seen};
            return;
        }
    }
}

void ReturnsTableView::resumeTypingAfterReset()
{
    const std::optional<OpenEdit> open = std::exchange(m_openEdit, std::nullopt);
    if (!open || !m_returns)
        return;
    const int row = m_returns->rowOfReturn(open->returnId);
    if (row < 0)
        return; // the return went: there is nothing left to type into
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const QModelIndex source = m_returns->index(row, open->column);
    const QModelIndex index = proxy ? proxy->mapFromSource(source) : source;
    if (!index.isValid())
        return; // filtered out now
    setCurrentIndex(index);
    if (!QTableView::edit(index, AllEditTriggers, nullptr))
        return;
    for (QWidget *editor : viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (editor->isVisible() && FigureDelegate::typingIn(editor)) {
            FigureDelegate::resumeTyping(editor, FigureDelegate::Typing{open->typed, open->seen});
            editor->setFocus();
            return;
        }
    }
}

QTableView *ReturnsTableView::frozenView() const
{
    return m_frozen ? m_frozen->view() : nullptr;
}

void ReturnsTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int frozenCount = ReturnsTableModel::ProgrammeColumn + 1;
    const int horizontal = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    if (!m_frozen || !index.isValid())
        return;
    if (index.column() < frozenCount) {
        horizontalScrollBar()->setValue(horizontal); // a frozen cell is always in view
        return;
    }
    const int hiddenBy = m_frozen->frozenWidth() - visualRect(index).left();
    if (hiddenBy > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hiddenBy);
}

QList<QAction *> ReturnsTableView::createEditActions(QObject *parent)
{
    const auto action = [&](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(text, parent);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetShortcut);
        addAction(a); // the shortcut belongs to the table
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    return {action(tr("&Copy"), QKeySequence::Copy,
                   [this] { QApplication::clipboard()->setText(selectionAsText()); }),
            action(tr("&Paste"), QKeySequence::Paste, [this] { pasteText(QApplication::clipboard()->text()); }),
            action(tr("&Delete (not provided)"), QKeySequence::Delete, [this] { clearSelectedFigures(); })};
}

QMenu *ReturnsTableView::createColumnsMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Columns"), parent);
    // Filled when opened, so it shows the columns as they are now (after a restored layout).
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        menu->clear();
        for (int c = 0; model() && c < model()->columnCount(); ++c) {
            QAction *action = menu->addAction(model()->headerData(c, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
            action->setCheckable(true);
            action->setChecked(!isColumnHidden(c));
            connect(action, &QAction::toggled, this, [this, c](bool shown) { setColumnHidden(c, !shown); });
        }
        menu->addSeparator();
        connect(menu->addAction(tr("Show all columns")), &QAction::triggered, this, [this] {
            for (int c = 0; model() && c < model()->columnCount(); ++c)
                setColumnHidden(c, false);
        });
    });
    return menu;
}

void ReturnsTableView::setEmptyMessage(const QString &message)
{
    m_emptyMessage = message;
    viewport()->update();
}

void ReturnsTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_emptyMessage.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(m_frozen ? m_frozen->frozenWidth() + 12 : 12, 24, -12, -12);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyMessage);
}

void ReturnsTableView::updateGeometries()
{
    QTableView::updateGeometries();
    if (m_frozen)
        m_frozen->updateGeometry();
}

void ReturnsTableView::fitColumns()
{
    resizeColumnsToContents();
    const int widest = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16;
    for (int c = 0; model() && c < model()->columnCount(); ++c)
        setColumnWidth(c, std::min(columnWidth(c), widest));
}

QString ReturnsTableView::selectionAsText() const
{
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes << currentIndex();
    if (indexes.isEmpty())
        return {};
    std::sort(indexes.begin(), indexes.end());
    int top = indexes.first().row(), bottom = top, left = indexes.first().column(), right = left;
    for (const QModelIndex &i : indexes) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList cells;
        for (int c = left; c <= right; ++c) {
            const QModelIndex i = model()->index(r, c);
            // The edit form ("n/a", "264244.70"…) pastes back exactly.
            cells << (selectionModel()->isSelected(i) || i == currentIndex() ? i.data(Qt::EditRole).toString()
                                                                              : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool ReturnsTableView::applyCells(const QList<QPair<QModelIndex, QString>> &cells, const QList<QPoint> &places)
{
    QList<ReturnsTableModel::CellText> sourceCells;
    auto *proxy = qobject_cast<QAbstractProxyModel *>(model());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QModelIndex source = proxy ? proxy->mapToSource(cells[i].first) : cells[i].first;
        sourceCells << ReturnsTableModel::CellText{source, cells[i].second, places[i].y(), places[i].x()};
    }
    QString error;
    if (!m_returns || !m_returns->setFigureTexts(sourceCells, &error)) {
        emit refused(error);
        return false;
    }
    return true;
}

bool ReturnsTableView::pasteText(const QString &text)
{
    const QModelIndex start = currentIndex();
    if (!start.isValid())
        return false;
    QString error;
    QList<QStringList> rows = parseCsv(text, QLatin1Char('\t'), &error);
    if (!error.isEmpty()) {
        emit refused(tr("The pasted text cannot be read (%1); nothing was pasted.").arg(error));
        return false;
    }
    while (!rows.isEmpty() && rows.last().join(QString()).isEmpty() && rows.size() > 1)
        rows.removeLast();
    if (rows.isEmpty())
        return false;
    QList<QPair<QModelIndex, QString>> cells;
    QList<QPoint> places;
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    if (rows.size() == 1 && rows.first().size() == 1 && selected.size() > 1) {
        // One value into a selection fills every selected cell, as in a spreadsheet.
        for (const QModelIndex &i : selected) {
            cells << qMakePair(i, rows.first().first());
            places << QPoint(0, 0);
        }
        return applyCells(cells, places);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            const QModelIndex target = model()->index(start.row() + r, start.column() + c);
            if (!target.isValid()) {
                emit refused(tr("The pasted block (%1 rows × %2 columns) does not fit in the table from the current "
                                "cell; nothing was pasted.")
                                 .arg(rows.size())
                                 .arg(rows[r].size()));
                return false;
            }
            cells << qMakePair(target, rows[r][c]);
            places << QPoint(c, r);
        }
    }
    return applyCells(cells, places);
}

bool ReturnsTableView::clearSelectedFigures()
{
    QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty() && currentIndex().isValid())
        selected << currentIndex();
    QList<QPair<QModelIndex, QString>> cells;
    QList<QPoint> places;
    for (const QModelIndex &i : selected) {
        if (!ReturnsTableModel::fieldOfColumn(i.column()))
            continue; // names and rates are not cleared by Delete
        cells << qMakePair(i, QString());
        places << QPoint(i.column(), i.row());
    }
    return !cells.isEmpty() && applyCells(cells, places);
}

void ReturnsTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            QApplication::clipboard()->setText(selectionAsText());
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteText(QApplication::clipboard()->text());
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedFigures();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace dapp
