// The charts a report holds, each drawn from the same comparison as its table: the funnel and
// rates over all referrals, budgets, costs, and the areas' totals and rates per resident.
#pragma once

#include "domain/chartdata.h"
#include "report/reportrenderer.h"

#include <QList>

namespace dapp {

// What each report chart shows.
QList<ChartOptions> reportChartOptions();
QList<ReportChart> reportCharts(const Comparison &comparison);

} // namespace dapp
