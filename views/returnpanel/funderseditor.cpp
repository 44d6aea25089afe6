// Reads the funders table back into funders, or says which cell is wrong.
#include "returnpanel/funderseditor.h"
#include "domain/funding.h"

#include <QLocale>
#include <QTableWidget>

namespace dapp {

FundersEditor::FundersEditor(QWidget *parent)
    : TableEditor({tr("Funder"), tr("Amount"), tr("Share")}, tr("Add"), parent)
{
    table()->setWordWrap(false);
    table()->setMinimumHeight(120);
}

void FundersEditor::setFunders(const QList<Funder> &funders)
{
    m_refilling = true;
    m_shown = funders;
    table()->setRowCount(int(funders.size()));
    for (int r = 0; r < funders.size(); ++r) {
        const Funder &f = funders.at(r);
        const QString share = f.sharePercent
                                  ? QString::number(*f.sharePercent, 'g', QLocale::FloatingPointShortest) + QLatin1Char('%')
                                  : QString();
        table()->setItem(r, NameColumn, new QTableWidgetItem(f.name));
        table()->setItem(r, AmountColumn, new QTableWidgetItem(f.amountPence ? formatMoney(*f.amountPence) : QString()));
        table()->setItem(r, ShareColumn, new QTableWidgetItem(share));
        table()->item(r, AmountColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table()->item(r, ShareColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_refilling = false;
}

void FundersEditor::rowEdited(int)
{
    readTable();
}

void FundersEditor::readTable()
{
    QList<Funder> funders;
    QString problem;
    const auto text = [this](int r, int c) { return table()->item(r, c) ? table()->item(r, c)->text() : QString(); };
    for (int r = 0; r < table()->rowCount() && problem.isEmpty(); ++r) {
        Funder f;
        f.name = text(r, NameColumn).trimmed();
        const FunderValueParse amount = parseFunderAmount(text(r, AmountColumn));
        const FunderValueParse share = parseFunderShare(text(r, ShareColumn));
        if (!amount.ok)
            problem = tr("Row %1, amount: %2.").arg(r + 1).arg(amount.error);
        else if (!share.ok)
            problem = tr("Row %1, share: %2.").arg(r + 1).arg(share.error);
        f.amountPence = amount.amountPence;
        f.sharePercent = share.sharePercent;
        if (!f.name.isEmpty() || f.amountPence || f.sharePercent)
            funders << f;
    }
    if (problem.isEmpty())
        problem = fundersProblem(funders);
    if (!problem.isEmpty()) {
        showProblem(tr("%1 Nothing was changed.").arg(problem));
        setFunders(m_shown); // back to what is stored
        return;
    }
    showProblem(QString());
    emit edited(funders);
}

void FundersEditor::addRow()
{
    // The new row is stored once it says something: an empty one would be left out anyway.
    m_refilling = true;
    const int row = table()->rowCount();
    table()->insertRow(row);
    for (int c = 0; c < table()->columnCount(); ++c)
        table()->setItem(row, c, new QTableWidgetItem);
    m_refilling = false;
    editCell(row, NameColumn);
}

void FundersEditor::removeRow(int row)
{
    m_refilling = true;
    table()->removeRow(row);
    m_refilling = false;
    readTable();
}

} // namespace dapp
