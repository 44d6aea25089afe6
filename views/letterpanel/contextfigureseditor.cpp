// Context figures of one letter, edited in place.
#include "letterpanel/contextfigureseditor.h"
#include "editing/edits.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dapp {

ContextFiguresEditor::ContextFiguresEditor(ProjectStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("Add figure"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("What"), tr("Period"), tr("Value"), tr("Kind")});
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    for (int c : {PeriodColumn, ValueColumn, KindColumn})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(70);
    m_table->setToolTip(tr("Figures about the area that are not a programme's return, e.g. a panel report's "
                           "funding award. Exported by File › Export Context Figures."));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    connect(m_add, &QPushButton::clicked, this, &ContextFiguresEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &ContextFiguresEditor::removeCurrent);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_refreshing)
            commitRow(item->row());
    });
    connect(m_store, &ProjectStore::changed, this, &ContextFiguresEditor::refresh);
    connect(m_store, &ProjectStore::reset, this, &ContextFiguresEditor::refresh);
}

QString ContextFiguresEditor::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ContextFiguresEditor::showLetter(Id letterId)
{
    m_letterId = letterId;
    m_problem->hide();
    refresh();
}

void ContextFiguresEditor::refresh()
{
    const ProjectData &project = m_store->data();
    if (!project.letters.contains(m_letterId))
        m_letterId = 0;
    setEnabled(m_letterId != 0);
    m_refreshing = true;
    m_rows = project.contextIdsOfLetter(m_letterId);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const ContextFigure c = project.contextFigures.value(m_rows.at(r));
        m_table->setItem(r, LabelColumn, new QTableWidgetItem(c.label));
        m_table->setItem(r, PeriodColumn, new QTableWidgetItem(c.period));
        auto *value = new QTableWidgetItem(c.figure.isReported() ? formatFigure(c.figure, c.kind) : statusWord(c.figure.status));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setToolTip(c.figure.quote.isEmpty() ? QString() : tr("Quote: “%1”").arg(c.figure.quote));
        m_table->setItem(r, ValueColumn, value);
        auto *kind = new QComboBox(m_table);
        kind->addItem(tr("count"), int(FigureKind::Count));
        kind->addItem(tr("money"), int(FigureKind::Money));
        kind->setCurrentIndex(c.kind == FigureKind::Money ? 1 : 0);
        connect(kind, &QComboBox::activated, this, [this, r] { commitRow(r); });
        m_table->setCellWidget(r, KindColumn, kind);
    }
    m_refreshing = false;
}

void ContextFiguresEditor::commitRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    ContextFigure updated = m_store->data().contextFigures.value(m_rows.at(row));
    const auto text = [&](int c) { return m_table->item(row, c) ? m_table->item(row, c)->text().trimmed() : QString(); };
    if (const auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn)))
        updated.kind = FigureKind(kind->currentData().toInt());
    const FigureParse value = parseFigure(text(ValueColumn), updated.kind);
    QString problem;
    if (!value.figure)
        problem = tr("Row %1, value: %2. Nothing was changed.").arg(row + 1).arg(value.error);
    else if (text(LabelColumn).isEmpty())
        problem = tr("Row %1: a context figure needs to say what it is. Nothing was changed.").arg(row + 1);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        refresh(); // back to what is stored
        return;
    }
    updated.label = text(LabelColumn);
    updated.period = text(PeriodColumn);
    const Figure old = updated.figure;
    updated.figure = *value.figure;
    updated.figure.note = old.note; // the cell edits the value; its note and quote stay
    updated.figure.quote = old.quote;
    if (auto command = updateContextFigureCommand(m_store, updated))
        m_undoStack->push(command.release());
}

void ContextFiguresEditor::add()
{
    if (auto command = addContextFigureCommand(m_store, m_letterId, tr("New figure"))) {
        m_undoStack->push(command.release());
        const int row = int(m_rows.size()) - 1;
        m_table->setFocus();
        m_table->setCurrentCell(row, LabelColumn);
        m_table->editItem(m_table->item(row, LabelColumn));
    }
}

void ContextFiguresEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    if (auto command = removeContextFigureCommand(m_store, m_rows.at(row)))
        m_undoStack->push(command.release());
}

} // namespace dapp
