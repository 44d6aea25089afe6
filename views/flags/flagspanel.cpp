// Lists quality flags, refreshed whenever the project changes.
#include "flags/flagspanel.h"
#include "domain/areas.h"
#include "domain/qualityflags.h"
#include "storage/projectstore.h"

#include <QListWidget>
#include <QVBoxLayout>

namespace dapp {

FlagsPanel::FlagsPanel(ProjectStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
{
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit returnChosen(item->data(Qt::UserRole).toLongLong()); });
    connect(m_store, &ProjectStore::changed, this, &FlagsPanel::refresh);
    connect(m_store, &ProjectStore::reset, this, &FlagsPanel::refresh);
    refresh();
}

int FlagsPanel::count() const { return m_list->count(); }

void FlagsPanel::refresh()
{
    m_list->clear();
    const ProjectData &project = m_store->data();
    for (const QualityFlag &flag : qualityFlags(project)) {
        const ProgrammeReturn r = project.returns.value(flag.returnId);
        const Letter l = project.letters.value(r.letterId);
        const Programme p = project.programmes.value(r.programmeId);
        auto *item = new QListWidgetItem(
            tr("%1 · %2 (%3): %4").arg(Areas::nameOf(l.areaCode), p.name, l.financialYear, flag.message), m_list);
        item->setData(Qt::UserRole, flag.returnId);
        item->setToolTip(tr("Press Enter or double-click to show this return in the table."));
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("No data-quality flags."), m_list);
}

} // namespace dapp
