// Lists quality flags from the live comparison's flag index.
#include "flags/flagspanel.h"
#include "itemmodels/flagslistmodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace dapp {

FlagsPanel::FlagsPanel(LiveComparison *comparison, QWidget *parent)
    : QWidget(parent)
    , m_model(new FlagsListModel(comparison, this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(tr("No data-quality flags."), this))
{
    m_view->setModel(m_model);
    // One line a flag, the whole message in its tooltip: a list of 100,000 flags stays quick
    // to lay out only when every row has the same height.
    m_view->setUniformItemSizes(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const Id returnId = index.data(FlagsListModel::ReturnIdRole).toLongLong())
            emit returnChosen(returnId);
        else if (const Id letterId = index.data(FlagsListModel::LetterIdRole).toLongLong())
            emit letterChosen(letterId);
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &FlagsPanel::updateEmptyLine);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FlagsPanel::updateEmptyLine);
    updateEmptyLine();
}

int FlagsPanel::count() const { return m_model->rowCount(); }

void FlagsPanel::updateEmptyLine()
{
    m_view->setVisible(m_model->rowCount() > 0);
    m_empty->setVisible(m_model->rowCount() == 0);
}

} // namespace dapp
