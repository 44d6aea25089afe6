// Reads the funders table back into funders, or says which cell is wrong.
#include "returnpanel/funderseditor.h"
#include "domain/funding.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dapp {

FundersEditor::FundersEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({tr("Funder"), tr("Amount"), tr("Share")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShareColumn, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
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
    connect(m_add, &QPushButton::clicked, this, &FundersEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &FundersEditor::removeCurrent);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            readTable();
    });
}

QString FundersEditor::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void FundersEditor::setFunders(const QList<Funder> &funders)
{
    m_refreshing = true;
    m_shown = funders;
    m_table->setRowCount(int(funders.size()));
    for (int r = 0; r < funders.size(); ++r) {
        const Funder &f = funders.at(r);
        m_table->setItem(r, NameColumn, new QTableWidgetItem(f.name));
        m_table->setItem(r, AmountColumn, new QTableWidgetItem(f.amountPence ? formatMoney(*f.amountPence) : QString()));
        m_table->setItem(r, ShareColumn,
                         new QTableWidgetItem(f.sharePercent ? QString::number(*f.sharePercent, 'g', QLocale::FloatingPointShortest)
                                                                   + QLatin1Char('%')
                                                             : QString()));
        m_table->item(r, AmountColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->item(r, ShareColumn)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_refreshing = false;
}

void FundersEditor::readTable()
{
    QList<Funder> funders;
    QString problem;
    const auto text = [this](int r, int c) { return m_table->item(r, c) ? m_table->item(r, c)->text() : QString(); };
    for (int r = 0; r < m_table->rowCount() && problem.isEmpty(); ++r) {
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
        m_problem->setText(tr("%1 Nothing was changed.").arg(problem));
        m_problem->show();
        setFunders(m_shown); // back to what is stored
        return;
    }
    m_problem->hide();
    emit edited(funders);
}

void FundersEditor::add()
{
    m_refreshing = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < 3; ++c)
        m_table->setItem(row, c, new QTableWidgetItem);
    m_refreshing = false;
    m_table->setFocus();
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

void FundersEditor::removeCurrent()
{
    if (m_table->currentRow() < 0)
        return;
    m_refreshing = true;
    m_table->removeRow(m_table->currentRow());
    m_refreshing = false;
    readTable();
}

} // namespace dapp
