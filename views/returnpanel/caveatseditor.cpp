// Caveat text in the first column, one checkbox column per figure.
#include "returnpanel/caveatseditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dapp {

namespace {
constexpr int kTextColumn = 0;
int columnOf(FigureField field)
{
    return 1 + int(field);
}

QTableWidgetItem *checkItem(FigureField field, bool checked)
{
    auto *check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    check->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    check->setToolTip(fieldLabel(field));
    return check;
}
} // namespace

CaveatsEditor::CaveatsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 1 + int(kAllFigureFields.size()), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    QStringList headers{tr("Caveat")};
    for (FigureField f : kAllFigureFields)
        headers << (f == FigureField::Budget ? tr("Q10") : tr("Q%1").arg(questionNumber(f)));
    m_table->setHorizontalHeaderLabels(headers);
    for (FigureField f : kAllFigureFields)
        m_table->horizontalHeaderItem(columnOf(f))->setToolTip(tr("Qualifies %1").arg(fieldLabel(f).toLower()));
    m_table->horizontalHeaderItem(kTextColumn)
        ->setToolTip(tr("Tick the figures the caveat qualifies; with none ticked it qualifies the whole return."));
    m_table->horizontalHeader()->setSectionResizeMode(kTextColumn, QHeaderView::Stretch);
    for (FigureField f : kAllFigureFields)
        m_table->horizontalHeader()->setSectionResizeMode(columnOf(f), QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setMinimumHeight(120);
    auto *buttons = new QHBoxLayout; // below the table, which gets the whole width
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &CaveatsEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &CaveatsEditor::removeCurrent);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            emit edited(readTable());
    });
}

void CaveatsEditor::setCaveats(const QList<Caveat> &caveats)
{
    m_refreshing = true;
    m_table->setRowCount(int(caveats.size()));
    for (int r = 0; r < caveats.size(); ++r) {
        const Caveat &c = caveats.at(r);
        auto *text = new QTableWidgetItem(c.text);
        text->setToolTip(c.fields.isEmpty() ? tr("Qualifies the whole return") : QString());
        m_table->setItem(r, kTextColumn, text);
        for (FigureField f : kAllFigureFields)
            m_table->setItem(r, columnOf(f), checkItem(f, c.fields.contains(f)));
    }
    m_table->resizeRowsToContents();
    m_refreshing = false;
}

QList<Caveat> CaveatsEditor::readTable() const
{
    QList<Caveat> caveats;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Caveat c;
        c.text = m_table->item(r, kTextColumn) ? m_table->item(r, kTextColumn)->text().trimmed() : QString();
        for (FigureField f : kAllFigureFields)
            if (m_table->item(r, columnOf(f)) && m_table->item(r, columnOf(f))->checkState() == Qt::Checked)
                c.fields << f;
        if (!c.text.isEmpty()) // a caveat without words says nothing
            caveats << c;
    }
    return caveats;
}

void CaveatsEditor::add()
{
    m_refreshing = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, kTextColumn, new QTableWidgetItem);
    for (FigureField f : kAllFigureFields)
        m_table->setItem(row, columnOf(f), checkItem(f, false));
    m_refreshing = false;
    m_table->setFocus();
    m_table->setCurrentCell(row, kTextColumn);
    m_table->editItem(m_table->item(row, kTextColumn));
}

void CaveatsEditor::removeCurrent()
{
    if (m_table->currentRow() < 0)
        return;
    m_refreshing = true;
    m_table->removeRow(m_table->currentRow());
    m_refreshing = false;
    emit edited(readTable());
}

} // namespace dapp
