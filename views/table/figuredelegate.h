// Draws figures (statuses greyed, a caveat marker in the corner) and edits them from the
// keyboard as a number or a status word, refusing text that is neither.
#pragma once

#include <QStyledItemDelegate>

#include <optional>

namespace dapp {

class FigureDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FigureDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // What a figure's editor holds: the text typed and the text it started from. The view keeps
    // them across a reset of its model (rows others added or removed on a team database), which
    // closes every editor, and puts them into the editor it opens again on the same figure.
    struct Typing
    {
        QString typed;
        QString seen;
    };
    static std::optional<Typing> typingIn(const QWidget *editor);
    static void resumeTyping(QWidget *editor, const Typing &typing);

signals:
    // What is wrong with the text being typed (empty when nothing is), or why text that left
    // the cell was not stored. Shown beside the table, where it cannot run off the screen.
    void problem(const QString &message) const;
};

} // namespace dapp
