// Layout and buttons shared by the table editors.
#include "common/tableeditor.h"

#include <QHBoxLayout>
#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dapp {

namespace {
// A table that tells whether a cell's editor is open (QAbstractItemView::state() is protected).
class EditorTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    bool editing() const { return state() == EditingState; }
};
} // namespace

TableEditor::TableEditor(const QStringList &headers, const QString &addText, QWidget *parent)
    : QWidget(parent)
    , m_table(new EditorTable(0, int(headers.size()), this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(addText, this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QHBoxLayout; // below the table, which gets the whole width
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeRow(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_refilling && m_editable)
            rowEdited(item->row());
    });
    // Queued: the view has left its editing state by then.
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, &TableEditor::editingEnded,
            Qt::QueuedConnection);
    setEditable(true);
}

TableEditor::~TableEditor()
{
    disconnect(m_table, nullptr, this, nullptr);
}

void TableEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::AnyKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
}

bool TableEditor::isEditing() const
{
    return static_cast<const EditorTable *>(m_table)->editing();
}

QString TableEditor::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void TableEditor::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void TableEditor::editCell(int row, int column)
{
    m_table->setFocus();
    m_table->setCurrentCell(row, column);
    m_table->editItem(m_table->item(row, column));
}

} // namespace dapp
