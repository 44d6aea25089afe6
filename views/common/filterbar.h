// The filters the table and the charts share: financial year, cohort, areas, provider and risk
// level. The choices offered are those the project holds; a change sets the live comparison's
// filter, which every view follows.
#pragma once

#include "domain/comparison.h"

#include <QWidget>

class QComboBox;
class QMenu;
class QToolButton;

namespace dapp {

class LiveComparison;

class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(LiveComparison *comparison, QWidget *parent = nullptr);
    // Shows `filter` in the controls and applies it.
    void setFilter(const ComparisonFilter &filter);
    ComparisonFilter filter() const;

private:
    void refillChoices();
    void apply();
    void updateAreaButton();

    LiveComparison *m_comparison;
    QComboBox *m_year;
    QComboBox *m_cohort;
    QToolButton *m_areas;
    QMenu *m_areaMenu;
    QComboBox *m_provider;
    QComboBox *m_risk;
    QToolButton *m_clear;
    bool m_filling = false;
};

} // namespace dapp
