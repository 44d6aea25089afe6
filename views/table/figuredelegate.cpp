// Painting and editing of figure cells.
#include "table/figuredelegate.h"
#include "itemmodels/returnstablemodel.h"
#include "table/figureeditor.h"

#include <QPainter>
#include <QPainterPath>

namespace dapp {

namespace {
constexpr char kSeen[] = "dapp_seenText";
} // namespace

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
    const QString place = tr("Row %1, %2").arg(index.row() + 1).arg(fieldLabel(*field));
    connect(editor, &FigureEditor::problemChanged, this, [this, place](const QString &message) {
        emit problem(message.isEmpty() ? QString() : tr("%1: %2").arg(place, message));
    });
    return editor;
}

void FigureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<FigureEditor *>(editor)) {
        // The view refreshes an open editor when the figure changes (someone else's change on a
        // team database): what is being typed stays, and the edit is made over what the editor
        // started from (ReturnsTableModel::EditFromSeenRole), so it is refused rather than
        // written over their value unseen.
        if (line->property(kSeen).isValid())
            return;
        const QString text = index.data(Qt::EditRole).toString();
        line->setProperty(kSeen, text);
        line->setText(text);
        line->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FigureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *line = qobject_cast<FigureEditor *>(editor)) {
        // Text that does not parse never reaches the model: the old value stays, and says so.
        if (const QString message = line->problem(); !message.isEmpty()) {
            emit problem(tr("Row %1, %2: not stored, %3.")
                             .arg(index.row() + 1)
                             .arg(fieldLabel(*ReturnsTableModel::fieldOfColumn(index.column())))
                             .arg(message));
            return;
        }
        model->setData(index, QStringList{line->text(), line->property(kSeen).toString()},
                       ReturnsTableModel::EditFromSeenRole);
        emit problem(QString());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

std::optional<FigureDelegate::Typing> FigureDelegate::typingIn(const QWidget *editor)
{
    const auto *line = qobject_cast<const FigureEditor *>(editor);
    if (!line || !line->property(kSeen).isValid())
        return std::nullopt;
    return Typing{line->text(), line->property(kSeen).toString()};
}

void FigureDelegate::resumeTyping(QWidget *editor, const Typing &typing)
{
    if (auto *line = qobject_cast<FigureEditor *>(editor)) {
        line->setProperty(kSeen, typing.seen);
        line->setText(typing.typed);
    }
}

} // namespace dapp
