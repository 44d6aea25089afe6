// Builds the report's charts as paint callbacks over chart specs.
#include "charts/reportcharts.h"
#include "charts/chartfile.h"
#include "charts/mapscene.h"

#include <QCoreApplication>

#include <memory>

namespace dapp {

QList<ChartOptions> reportChartOptions()
{
    ChartOptions funnel;
    ChartOptions rates;
    rates.kind = ChartKind::Rates;
    ChartOptions budget;
    budget.kind = ChartKind::Money;
    ChartOptions costs = budget;
    costs.money = MoneyView::Costs;
    ChartOptions areas;
    areas.kind = ChartKind::Areas;
    ChartOptions areaBudget = areas;
    areaBudget.areas = AreaView::Budget;
    ChartOptions perResident = areas;
    perResident.areas = AreaView::PerResident;
    return {funnel, rates, budget, costs, areas, areaBudget, perResident};
}

QList<ReportChart> reportCharts(const Comparison &comparison)
{
    QList<ReportChart> charts;
    for (const ChartOptions &options : reportChartOptions()) {
        // Shared, so the callback the report keeps holds the spec it was measured with.
        auto spec = std::make_shared<ChartSpec>(buildChart(comparison, options));
        // The report's Notes list every caveat once, with these numbers: under each chart they
        // would only repeat it.
        if (!spec->notes.isEmpty())
            spec->remarks.prepend(QCoreApplication::translate("ReportCharts", "[n]: a caveat, numbered as in the Notes."));
        spec->notes.clear();
        const QSizeF natural = chartNaturalSize(*spec);
        ReportChart chart;
        chart.title = QCoreApplication::translate("ReportCharts", "Figure %1").arg(charts.size() + 1);
        chart.heightForWidth = natural.height() / natural.width();
        chart.paint = [spec](QPainter *painter, const QRectF &target) { paintChart(painter, target, *spec); };
        charts << chart;
    }
    // The map of the areas, last: referrals over all routes.
    auto map = std::make_shared<MapSpec>(buildMap(comparison, MapOptions{}));
    if (!map->notes.isEmpty())
        map->remarks.prepend(QCoreApplication::translate("ReportCharts", "[n]: a caveat, numbered as in the Notes."));
    map->notes.clear();
    const QSizeF natural = MapScene::naturalSize(*map);
    ReportChart page;
    page.title = QCoreApplication::translate("ReportCharts", "Figure %1").arg(charts.size() + 1);
    page.heightForWidth = natural.height() / natural.width();
    page.paint = [map](QPainter *painter, const QRectF &target) { paintMap(painter, target, *map); };
    charts << page;
    return charts;
}

} // namespace dapp
