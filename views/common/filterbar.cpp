// Fills the filter controls from the project and turns them into a ComparisonFilter.
#include "common/filterbar.h"
#include "domain/areas.h"
#include "itemmodels/livecomparison.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace dapp {

namespace {
// Replaces a combo box's choices, keeping the current one when it is still offered.
void refill(QComboBox *box, const QString &allLabel, const QList<std::pair<QString, QVariant>> &choices)
{
    const QVariant current = box->currentData();
    box->clear();
    box->addItem(allLabel);
    for (const auto &[label, value] : choices)
        box->addItem(label, value);
    const int index = current.isValid() ? box->findData(current) : 0;
    box->setCurrentIndex(std::max(0, index));
}

QList<std::pair<QString, QVariant>> sortedChoices(QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    QList<std::pair<QString, QVariant>> choices;
    for (const QString &v : values)
        choices.append({v, v});
    return choices;
}
} // namespace

FilterBar::FilterBar(LiveComparison *comparison, QWidget *parent)
    : QWidget(parent)
    , m_comparison(comparison)
    , m_year(new QComboBox(this))
    , m_cohort(new QComboBox(this))
    , m_areas(new QToolButton(this))
    , m_areaMenu(new QMenu(this))
    , m_provider(new QComboBox(this))
    , m_risk(new QComboBox(this))
    , m_clear(new QToolButton(this))
{
    m_year->setToolTip(tr("Financial year"));
    m_cohort->setToolTip(tr("Cohort"));
    m_provider->setToolTip(tr("Provider"));
    m_risk->setToolTip(tr("Risk level"));
    m_areas->setToolTip(tr("Police force areas: tick one or more"));
    m_areas->setMenu(m_areaMenu);
    m_areas->setPopupMode(QToolButton::InstantPopup);
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every return"));
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("Show:"), this);
    layout->addWidget(label);
    for (QWidget *w : std::initializer_list<QWidget *>{m_year, m_cohort, m_areas, m_provider, m_risk, m_clear})
        layout->addWidget(w);
    layout->addStretch();
    for (QComboBox *box : {m_year, m_cohort, m_provider, m_risk}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    }
    ProjectStore *store = m_comparison->store();
    connect(store, &ProjectStore::reset, this, &FilterBar::refillChoices);
    connect(store, &ProjectStore::changed, this, [this](const ProjectData &before, const ProjectData &after) {
        // Choices come from letters and programmes: figure edits leave them be.
        if (!before.letters.isEmpty() || !after.letters.isEmpty() || !before.programmes.isEmpty()
            || !after.programmes.isEmpty())
            refillChoices();
    });
    refillChoices();
}

void FilterBar::refillChoices()
{
    m_filling = true;
    const ProjectData &project = m_comparison->store()->data();
    QStringList years, providers, risks, areaCodes;
    for (const Letter &l : project.letters) {
        years << l.financialYear;
        areaCodes << l.areaCode;
    }
    for (const Programme &p : project.programmes) {
        providers << p.provider;
        risks << p.riskLevel;
    }
    refill(m_year, tr("All years"), sortedChoices(years));
    refill(m_cohort, tr("All cohorts"),
           {{cohortLabel(Cohort::Male), int(Cohort::Male)},
            {cohortLabel(Cohort::Female), int(Cohort::Female)},
            {cohortLabel(Cohort::All), int(Cohort::All)}});
    refill(m_provider, tr("All providers"), sortedChoices(providers));
    refill(m_risk, tr("All risk levels"), sortedChoices(risks));

    const QStringList ticked = m_comparison->filter().areaCodes;
    m_areaMenu->clear();
    areaCodes.removeDuplicates();
    std::sort(areaCodes.begin(), areaCodes.end(),
              [](const QString &a, const QString &b) { return Areas::nameOf(a) < Areas::nameOf(b); });
    for (const QString &code : std::as_const(areaCodes)) {
        QAction *a = m_areaMenu->addAction(Areas::nameOf(code));
        a->setCheckable(true);
        a->setChecked(ticked.contains(code));
        a->setData(code);
        connect(a, &QAction::toggled, this, &FilterBar::apply);
    }
    updateAreaButton();
    m_filling = false;
}

void FilterBar::updateAreaButton()
{
    QStringList names;
    for (QAction *a : m_areaMenu->actions())
        if (a->isChecked())
            names << a->text();
    m_areas->setText(names.isEmpty()      ? tr("All areas")
                     : names.size() == 1 ? names.first()
                                         : tr("%1 areas").arg(names.size()));
}

ComparisonFilter FilterBar::filter() const
{
    ComparisonFilter f;
    if (m_year->currentIndex() > 0)
        f.financialYears = {m_year->currentData().toString()};
    if (m_cohort->currentIndex() > 0)
        f.cohorts = {Cohort(m_cohort->currentData().toInt())};
    for (QAction *a : m_areaMenu->actions())
        if (a->isChecked())
            f.areaCodes << a->data().toString();
    if (m_provider->currentIndex() > 0)
        f.providers = {m_provider->currentData().toString()};
    if (m_risk->currentIndex() > 0)
        f.riskLevels = {m_risk->currentData().toString()};
    return f;
}

void FilterBar::setFilter(const ComparisonFilter &f)
{
    m_filling = true;
    auto choose = [](QComboBox *box, const QVariant &value) {
        const int i = value.isValid() ? box->findData(value) : 0;
        box->setCurrentIndex(std::max(0, i));
    };
    choose(m_year, f.financialYears.isEmpty() ? QVariant() : QVariant(f.financialYears.first()));
    choose(m_cohort, f.cohorts.isEmpty() ? QVariant() : QVariant(int(f.cohorts.first())));
    choose(m_provider, f.providers.isEmpty() ? QVariant() : QVariant(f.providers.first()));
    choose(m_risk, f.riskLevels.isEmpty() ? QVariant() : QVariant(f.riskLevels.first()));
    for (QAction *a : m_areaMenu->actions()) {
        const QSignalBlocker block(a);
        a->setChecked(f.areaCodes.contains(a->data().toString()));
    }
    m_filling = false;
    apply();
}

void FilterBar::apply()
{
    if (m_filling)
        return;
    updateAreaButton();
    m_comparison->setFilter(filter());
}

} // namespace dapp
