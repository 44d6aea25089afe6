// What a chart shows, computed from a comparison and kept free of drawing: the categories
// (returns or areas), one bar per series in each, every bar a number or a missing marker with
// its status word, labels, caveat footnote numbers and the lines under the chart. The chart
// panel, the chart files and the report draw this; tests read it.
#pragma once

#include "domain/comparison.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

enum class ChartKind { Funnel, Rates, Money, Areas };
enum class ReferralRoute { Self, Agency, All };
enum class MoneyView { Budget, Costs };
enum class AreaView { Funnel, Budget, PerResident };
enum class ValueFormat { Count, Percent, Money, PerResident };

inline constexpr ChartKind kAllChartKinds[] = {ChartKind::Funnel, ChartKind::Rates, ChartKind::Money, ChartKind::Areas};

QString chartKindKey(ChartKind kind); // "funnel", "rates", "money", "areas"
std::optional<ChartKind> chartKindFromKey(const QString &key);
QString chartKindLabel(ChartKind kind); // "Funnel", …
QString routeLabel(ReferralRoute route); // "all referrals"

struct ChartOptions
{
    ChartKind kind = ChartKind::Funnel;
    ReferralRoute route = ReferralRoute::All;
    MoneyView money = MoneyView::Budget;
    AreaView areas = AreaView::Funnel;
    int maxCategories = 25; // returns shown before the rest are summarised in one bar; 0: all
    friend bool operator==(const ChartOptions &, const ChartOptions &) = default;
};

struct ChartBar
{
    std::optional<double> value; // absent: drawn as missing, never as 0
    QString missingWord;         // when absent: "n/a", "provider", "not held", "partial", …
    QString label;               // beside the bar: "77 · 76%", "£264,245", "≥ 153"
    bool partial = false;        // a sum some of whose parts had no number: a lower bound
    QList<int> footnotes;        // the comparison's caveat numbers
    QString toolTip;
};

struct ChartCategory
{
    QString label; // "Derbyshire — Drive (Glow)"
    QList<int> footnotes; // caveats on the whole return, marked once beside the label
    QList<ChartBar> bars; // one per series
    Id returnId = 0;      // a return's category
    QString areaCode;     // an area's category
    bool summary = false; // "Other 376 returns"
};

struct ChartSpec
{
    ChartOptions options;
    QString title;
    QString subtitle;
    QString valueAxisTitle;
    ValueFormat format = ValueFormat::Count;
    QStringList seriesNames;
    QList<ChartCategory> categories;
    double minimumAxisMaximum = 0; // rates: 100 % at least
    QList<std::pair<int, QString>> notes; // the caveats this chart marks, by number
    QStringList remarks;                  // "≥: a partial total …", "City of London …"
    QString source;                       // "Source: FOI responses …; 8 returns."
    int returnCount = 0;
    bool isEmpty() const { return categories.isEmpty(); }
};

ChartSpec buildChart(const Comparison &comparison, const ChartOptions &options);

// One stage (0 referred, 1 accepted, 2 completed) of a return for a route: a number, a partial
// sum of self and agency, a route that does not exist, or missing with its status word. From the
// figures alone, so the charts and the map (which reads thousands of returns per edit) say the
// same of every return.
struct RouteFigure
{
    std::optional<qint64> value;
    bool partial = false;       // all referrals: one route had no number
    bool notApplicable = false; // no such route: nothing to add, and nothing missing
    QString word;               // when there is no value: "n/a", "provider", "not held", …
};
RouteFigure routeFigure(const std::array<Figure, 7> &figures, ReferralRoute route, int stage);

// "Source: FOI responses to Police and Crime Commissioners (FOI753, …); 8 returns."
QString comparisonSourceLine(const Comparison &comparison);

// What a filter shows, in words: "2022/23 · male · Derbyshire", or "All areas, years and cohorts".
QString describeFilter(const ComparisonFilter &filter);

// An axis that ends on a round number with round steps (1, 2, 2.5 or 5 × 10ⁿ): never 25.3.
struct AxisScale
{
    double maximum = 1;
    double step = 1;
    int tickCount() const { return int(maximum / step + 0.5) + 1; }
};
AxisScale niceScale(double largestValue, int targetSteps = 5);

// "£264,245", "76%", "1,234", "12.3" as a chart labels a value of the format.
QString formatChartValue(double value, ValueFormat format);

} // namespace dapp
