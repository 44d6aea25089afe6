// Lays out the find field, the table and its problem line.
#include "table/returnspane.h"
#include "table/returnstableview.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dapp {

ReturnsPane::ReturnsPane(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_table(new ReturnsTableView(this))
    , m_problem(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Find (Ctrl+F): programme, provider, area, or words of the letter…"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("returnsTable"));
    m_problem->setObjectName(QStringLiteral("editProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    layout->addWidget(m_problem);
    connect(m_table, &ReturnsTableView::editProblem, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->setVisible(!message.isEmpty());
    });
}

void ReturnsPane::clearProblem()
{
    m_problem->hide();
}

} // namespace dapp
