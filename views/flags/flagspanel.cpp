// Lists quality flags, refreshed whenever the project changes.
#include "flags/flagspanel.h"
#include "domain/areas.h"
#include "domain/qualityflags.h"
#include "storage/projectstore.h"

#include <QListWidget>
#include <QVBoxLayout>

namespace dapp {

namespace {
constexpr int ReturnIdRole = Qt::UserRole;
constexpr int LetterIdRole = Qt::UserRole + 1;
} // namespace

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
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const Id returnId = item->data(ReturnIdRole).toLongLong())
            emit returnChosen(returnId);
        else if (const Id letterId = item->data(LetterIdRole).toLongLong())
            emit letterChosen(letterId);
    });
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
        const Letter l = project.letters.value(flag.letterId);
        if (flag.returnId == 0) {
            const QString letter = l.foiReference.isEmpty() ? letterKindLabel(l.kind) : l.foiReference;
            auto *item = new QListWidgetItem(
                tr("%1 · letter %2: %3").arg(Areas::nameOf(l.areaCode), letter, flag.message), m_list);
            item->setData(LetterIdRole, flag.letterId);
            item->setToolTip(tr("Press Enter or double-click to show this letter."));
            continue;
        }
        const Programme p = project.programmes.value(project.returns.value(flag.returnId).programmeId);
        auto *item = new QListWidgetItem(
            tr("%1 · %2 (%3): %4").arg(Areas::nameOf(l.areaCode), p.name, l.financialYear, flag.message), m_list);
        item->setData(ReturnIdRole, flag.returnId);
        item->setToolTip(tr("Press Enter or double-click to show this return in the table."));
    }
    if (m_list->count() == 0)
        new QListWidgetItem(tr("No data-quality flags."), m_list);
}

} // namespace dapp
