// Context figures of one letter, edited in place.
#include "letterpanel/contextfigureseditor.h"
#include "editing/edits.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QUndoStack>

namespace dapp {

ContextFiguresEditor::ContextFiguresEditor(ProjectStore *store, QUndoStack *undoStack, QWidget *parent)
    : TableEditor({tr("What"), tr("Period"), tr("Value"), tr("Kind")}, tr("Add figure"), parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    table()->setWordWrap(false);
    table()->setToolTip(tr("Figures about the area that are not a programme's return, e.g. a panel report's "
                           "funding award. Exported by File › Export Context Figures."));
    connect(m_store, &ProjectStore::changed, this, &ContextFiguresEditor::refresh);
    connect(m_store, &ProjectStore::reset, this, &ContextFiguresEditor::refresh);
}

void ContextFiguresEditor::showLetter(Id letterId)
{
    m_letterId = letterId;
    showProblem(QString());
    refresh();
}

void ContextFiguresEditor::refresh()
{
    const ProjectData &project = m_store->data();
    if (!project.letters.contains(m_letterId))
        m_letterId = 0;
    setEnabled(m_letterId != 0);
    m_refilling = true;
    m_rows = project.contextIdsOfLetter(m_letterId);
    table()->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const ContextFigure c = project.contextFigures.value(m_rows.at(r));
        table()->setItem(r, LabelColumn, new QTableWidgetItem(c.label));
        table()->setItem(r, PeriodColumn, new QTableWidgetItem(c.period));
        auto *value =
            new QTableWidgetItem(c.figure.isReported() ? formatFigure(c.figure, c.kind) : statusWord(c.figure.status));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setToolTip(c.figure.quote.isEmpty() ? QString() : tr("Quote: “%1”").arg(c.figure.quote));
        table()->setItem(r, ValueColumn, value);
        auto *kind = new QComboBox(table());
        kind->addItem(tr("count"), int(FigureKind::Count));
        kind->addItem(tr("money"), int(FigureKind::Money));
        kind->setCurrentIndex(c.kind == FigureKind::Money ? 1 : 0);
        connect(kind, &QComboBox::activated, this, [this, r] { rowEdited(r); });
        table()->setCellWidget(r, KindColumn, kind);
    }
    m_refilling = false;
    // Most letters have none: then only "Add figure" shows, and the letter's text keeps the room.
    table()->setVisible(!m_rows.isEmpty());
    const int rows = int(std::min<qsizetype>(m_rows.size(), 5));
    table()->setFixedHeight(table()->horizontalHeader()->sizeHint().height() + rows * table()->verticalHeader()->defaultSectionSize()
                            + 2 * table()->frameWidth());
}

void ContextFiguresEditor::rowEdited(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    ContextFigure updated = m_store->data().contextFigures.value(m_rows.at(row));
    const auto text = [&](int c) { return table()->item(row, c) ? table()->item(row, c)->text().trimmed() : QString(); };
    if (const auto *kind = qobject_cast<QComboBox *>(table()->cellWidget(row, KindColumn)))
        updated.kind = FigureKind(kind->currentData().toInt());
    const FigureParse value = parseFigure(text(ValueColumn), updated.kind);
    QString problem;
    if (!value.figure)
        problem = tr("Row %1, value: %2. Nothing was changed.").arg(row + 1).arg(value.error);
    else if (text(LabelColumn).isEmpty())
        problem = tr("Row %1: a context figure needs to say what it is. Nothing was changed.").arg(row + 1);
    showProblem(problem);
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

void ContextFiguresEditor::addRow()
{
    if (auto command = addContextFigureCommand(m_store, m_letterId, tr("New figure"))) {
        m_undoStack->push(command.release());
        editCell(int(m_rows.size()) - 1, LabelColumn);
    }
}

void ContextFiguresEditor::removeRow(int row)
{
    if (row >= 0 && row < m_rows.size())
        if (auto command = removeContextFigureCommand(m_store, m_rows.at(row)))
            m_undoStack->push(command.release());
}

} // namespace dapp
