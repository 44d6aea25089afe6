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
    connect(m_store, &ProjectStore::accessChanged, this, &ContextFiguresEditor::refresh);
    connect(this, &TableEditor::editingEnded, this, &ContextFiguresEditor::refresh);
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
    setEditable(m_store->canChange()); // a viewer on a team database reads them
    // An open cell editor keeps what is typed; the rows are refilled when it closes.
    if (isEditing())
        return;
    m_refilling = true;
    m_rows = project.contextIdsOfLetter(m_letterId);
    m_shown.clear();
    table()->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const ContextFigure c = project.contextFigures.value(m_rows.at(r));
        m_shown << c;
        table()->setItem(r, LabelColumn, new QTableWidgetItem(c.label));
        table()->setItem(r, PeriodColumn, new QTableWidgetItem(c.period));
        auto *value =
            new QTableWidgetItem(c.figure.isReported() ? formatFigure(c.figure, c.kind) : statusWord(c.figure.status));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setToolTip(c.figure.quote().isEmpty() ? QString() : tr("Quote: “%1”").arg(c.figure.quote()));
        table()->setItem(r, ValueColumn, value);
        auto *kind = new QComboBox(table());
        kind->addItem(tr("count"), int(FigureKind::Count));
        kind->addItem(tr("money"), int(FigureKind::Money));
        kind->setCurrentIndex(c.kind == FigureKind::Money ? 1 : 0);
        kind->setEnabled(isEditable());
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
    if (row < 0 || row >= m_rows.size() || !m_store->data().contextFigures.contains(m_rows.at(row)))
        return;
    const ContextFigure shown = m_shown.at(row);
    const auto text = [&](int c) { return table()->item(row, c) ? table()->item(row, c)->text().trimmed() : QString(); };
    FigureKind kind = shown.kind;
    if (const auto *box = qobject_cast<QComboBox *>(table()->cellWidget(row, KindColumn)))
        kind = FigureKind(box->currentData().toInt());
    const FigureParse value = parseFigure(text(ValueColumn), kind);
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
    // The row's cells as the user left them, over the row as it was shown; what the user did not
    // touch is taken as it is now (someone else's change to it stays).
    const ContextFigure now = m_store->data().contextFigures.value(m_rows.at(row));
    ContextFigure seen = now;
    ContextFigure updated = now;
    if (text(LabelColumn) != shown.label) {
        seen.label = shown.label;
        updated.label = text(LabelColumn);
    }
    if (text(PeriodColumn) != shown.period) {
        seen.period = shown.period;
        updated.period = text(PeriodColumn);
    }
    if (kind != shown.kind || value.figure->status != shown.figure.status || value.figure->value != shown.figure.value) {
        seen.kind = shown.kind;
        seen.figure.status = shown.figure.status;
        seen.figure.value = shown.figure.value;
        updated.kind = kind;
        updated.figure.status = value.figure->status; // the cell edits the value; its note and quote stay
        updated.figure.value = value.figure->value;
    }
    if (auto command = updateContextFigureCommand(m_store, updated, seen)) {
        m_undoStack->push(command.release()); // a refused command is dropped at once (obsolete)
        if (m_store->data().contextFigures.value(updated.id) != updated)
            refresh(); // refused: back to what is stored (once its editor has closed)
        else if (row < m_shown.size())
            m_shown[row] = updated; // stored: the row shows it, its editor perhaps still open
    }
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
