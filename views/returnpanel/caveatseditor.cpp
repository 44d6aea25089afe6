// Caveat text in the first column, one checkbox column per figure.
#include "returnpanel/caveatseditor.h"

#include <QHeaderView>
#include <QTableWidget>

namespace dapp {

namespace {
constexpr int kTextColumn = 0;

int columnOf(FigureField field)
{
    return 1 + int(field);
}

QStringList headers()
{
    QStringList h{CaveatsEditor::tr("Caveat")};
    for (FigureField f : kAllFigureFields)
        h << CaveatsEditor::tr("Q%1").arg(questionNumber(f));
    return h;
}
} // namespace

CaveatsEditor::CaveatsEditor(QWidget *parent)
    : TableEditor(headers(), tr("Add"), parent)
{
    for (FigureField f : kAllFigureFields)
        table()->horizontalHeaderItem(columnOf(f))->setToolTip(tr("Qualifies %1").arg(fieldLabel(f).toLower()));
    table()->horizontalHeaderItem(kTextColumn)
        ->setToolTip(tr("Tick the figures the caveat qualifies; with none ticked it qualifies the whole return."));
    table()->setWordWrap(true);
    table()->setMinimumHeight(120);
}

void CaveatsEditor::fillRow(int row, const Caveat &caveat)
{
    auto *text = new QTableWidgetItem(caveat.text);
    text->setToolTip(caveat.fields.isEmpty() ? tr("Qualifies the whole return") : QString());
    table()->setItem(row, kTextColumn, text);
    for (FigureField f : kAllFigureFields) {
        auto *check = new QTableWidgetItem;
        check->setFlags(isEditable() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                     : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        check->setCheckState(caveat.fields.contains(f) ? Qt::Checked : Qt::Unchecked);
        check->setToolTip(fieldLabel(f));
        table()->setItem(row, columnOf(f), check);
    }
}

void CaveatsEditor::setCaveats(const QList<Caveat> &caveats)
{
    m_refilling = true;
    m_shown = caveats;
    table()->setRowCount(int(caveats.size()));
    for (int r = 0; r < caveats.size(); ++r)
        fillRow(r, caveats.at(r));
    table()->resizeRowsToContents();
    m_refilling = false;
}

QList<Caveat> CaveatsEditor::readTable() const
{
    QList<Caveat> caveats;
    for (int r = 0; r < table()->rowCount(); ++r) {
        Caveat c;
        c.text = table()->item(r, kTextColumn) ? table()->item(r, kTextColumn)->text().trimmed() : QString();
        for (FigureField f : kAllFigureFields)
            if (table()->item(r, columnOf(f)) && table()->item(r, columnOf(f))->checkState() == Qt::Checked)
                c.fields << f;
        if (!c.text.isEmpty()) // a caveat without words says nothing
            caveats << c;
    }
    return caveats;
}

void CaveatsEditor::rowEdited(int)
{
    emit edited(readTable());
}

void CaveatsEditor::addRow()
{
    m_refilling = true;
    const int row = table()->rowCount();
    table()->insertRow(row);
    fillRow(row, Caveat{});
    m_refilling = false;
    editCell(row, kTextColumn);
}

void CaveatsEditor::removeRow(int row)
{
    m_refilling = true;
    table()->removeRow(row);
    m_refilling = false;
    emit edited(readTable());
}

} // namespace dapp
