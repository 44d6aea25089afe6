// Painting and editing of figure cells.
#include "table/figuredelegate.h"
#include "itemmodels/returnstablemodel.h"
#include "table/figureeditor.h"

#include <QPainter>
#include <QPainterPath>

namespace dapp {

FigureDelegate::FigureDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void FigureDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(ReturnsTableModel::HasCaveatRole).toBool())
        return;
    // A caveat marks the cell's top-right corner, as a comment does in a spreadsheet.
    const QRect r = option.rect;
    const int size = std::max(6, r.height() / 3);
    QPainterPath corner;
    corner.moveTo(r.topRight() + QPoint(1, 0));
    corner.lineTo(r.topRight() + QPoint(1 - size, 0));
    corner.lineTo(r.topRight() + QPoint(1, size));
    corner.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(corner, QColor(0xd9, 0x6c, 0x00));
    painter->restore();
}

QWidget *FigureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const auto field = ReturnsTableModel::fieldOfColumn(index.column());
    if (!field)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *editor = new FigureEditor(figureKind(*field), parent);
    editor->setFrame(false);
    return editor;
}

void FigureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<FigureEditor *>(editor)) {
        line->setText(index.data(Qt::EditRole).toString());
        line->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FigureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<FigureEditor *>(editor)) {
        // Text that does not parse never reaches the model: the old value stays.
        if (line->problem().isEmpty())
            model->setData(index, line->text(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace dapp
