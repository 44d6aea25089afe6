// A list whose every change is reported as the whole new list.
#include "returnpanel/listeditor.h"

#include <QAbstractItemDelegate>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dapp {

namespace {
// A list that tells whether an item's editor is open (QAbstractItemView::state() is protected).
class EditorList : public QListWidget
{
public:
    using QListWidget::QListWidget;
    bool editing() const { return state() == EditingState; }
};
} // namespace

ListEditor::ListEditor(const QString &newItemText, QWidget *parent)
    : QWidget(parent)
    , m_newItemText(newItemText)
    , m_list(new EditorList(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setMaximumHeight(110);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &ListEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &ListEditor::removeCurrent);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            emit edited(items());
    });
    // Queued: the view has left its editing state by then.
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, &ListEditor::editingEnded,
            Qt::QueuedConnection);
    setEditable(true);
}

void ListEditor::setEditable(bool editable)
{
    m_list->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                           | QAbstractItemView::AnyKeyPressed
                                     : QAbstractItemView::NoEditTriggers);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
}

bool ListEditor::isEditing() const
{
    return static_cast<const EditorList *>(m_list)->editing();
}

void ListEditor::setItems(const QStringList &items)
{
    m_refreshing = true;
    m_shown = items;
    m_list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_refreshing = false;
}

QStringList ListEditor::items() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        if (const QString text = m_list->item(i)->text().trimmed(); !text.isEmpty())
            result << text;
    return result;
}

void ListEditor::add()
{
    // The new row is stored once it has a name: an empty one would be left out anyway.
    m_refreshing = true;
    auto *item = new QListWidgetItem(QString(), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_refreshing = false;
    m_list->setCurrentItem(item);
    m_list->setFocus();
    m_list->editItem(item);
    item->setToolTip(m_newItemText);
}

void ListEditor::removeCurrent()
{
    if (QListWidgetItem *item = m_list->currentItem()) {
        delete item;
        emit edited(items());
    }
}

} // namespace dapp
