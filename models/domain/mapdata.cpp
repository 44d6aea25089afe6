// Computes each area's value for the map, keeping missing values missing.
#include "domain/mapdata.h"
#include "domain/areas.h"
#include "domain/areashapes.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace dapp {

namespace {
struct MapText
{
    Q_DECLARE_TR_FUNCTIONS(Map)
};

// A sum over an area's returns, and what it left out.
struct Pooled
{
    double numerator = 0;
    double denominator = 0;
    bool any = false;
    int without = 0;
    QStringList words; // why the returns left out had no number
};

void addFootnotes(const ComparisonRow &row, const QList<FigureField> &fields, QSet<int> &numbers)
{
    for (qsizetype i = 0; i < row.caveats.size() && i < row.footnotes.size(); ++i) {
        const Caveat &c = row.caveats[i];
        const bool applies = c.fields.isEmpty()
                             || std::any_of(fields.cbegin(), fields.cend(), [&](FigureField f) { return c.fields.contains(f); });
        if (applies)
            numbers.insert(row.footnotes[i]);
    }
}

QList<FigureField> stageFields(ReferralRoute route, int stage)
{
    static constexpr FigureField self[] = {FigureField::SelfReferred, FigureField::SelfAccepted, FigureField::SelfCompleted};
    static constexpr FigureField agency[] = {FigureField::AgencyReferred, FigureField::AgencyAccepted,
                                             FigureField::AgencyCompleted};
    switch (route) {
    case ReferralRoute::Self: return {self[stage]};
    case ReferralRoute::Agency: return {agency[stage]};
    case ReferralRoute::All: return {self[stage], agency[stage]};
    }
    return {};
}

// One figure of a return for the measure: a number, nothing to count (a route that does not
// exist), or missing with its word.
struct Part
{
    std::optional<double> value;
    bool partial = false;
    bool notApplicable = false;
    QString word;
};

Part budgetPart(const ComparisonRow &row)
{
    const Figure &f = row.figures[size_t(FigureField::Budget)];
    Part p;
    if (f.isReported())
        p.value = double(f.value) / 100.0;
    else
        p.word = statusChartWord(f.status);
    p.notApplicable = f.status == FigureStatus::NotApplicable;
    return p;
}

Part stagePart(const ComparisonRow &row, ReferralRoute route, int stage)
{
    const RouteFigure f = routeFigure(row.figures, route, stage);
    Part p;
    if (f.value)
        p.value = double(*f.value);
    p.partial = f.partial;
    p.notApplicable = f.notApplicable;
    p.word = f.word;
    return p;
}

// Sums a part over the rows (denominator unused), or pools a ratio over the rows that have both.
Pooled pool(const QList<const ComparisonRow *> &rows, const std::function<Part(const ComparisonRow &)> &numerator,
            const std::function<Part(const ComparisonRow &)> &denominator = {})
{
    Pooled p;
    for (const ComparisonRow *row : rows) {
        const Part n = numerator(*row);
        const Part d = denominator ? denominator(*row) : Part{1.0, false, false, {}};
        if (n.notApplicable && (!denominator || d.notApplicable))
            continue; // a route this return does not have: nothing left out
        if (!n.value || !d.value || n.partial || d.partial) {
            ++p.without;
            p.words << (!n.value ? n.word : !d.value ? d.word : MapText::tr("partial"));
            // A partial sum still adds what it has; a ratio takes only whole numbers.
            if (!denominator && n.value) {
                p.numerator += *n.value;
                p.any = true;
            }
            continue;
        }
        p.numerator += *n.value;
        p.denominator += *d.value;
        p.any = true;
    }
    return p;
}

QString measureTitle(const MapOptions &o)
{
    const QString route = routeLabel(o.route);
    switch (o.measure) {
    case MapMeasure::Referrals: return MapText::tr("Referrals per police force area: %1").arg(route);
    case MapMeasure::AcceptanceRate: return MapText::tr("Acceptance rate per police force area: %1").arg(route);
    case MapMeasure::CompletionRate: return MapText::tr("Completion rate per police force area: %1").arg(route);
    case MapMeasure::EndToEndRate: return MapText::tr("End-to-end rate per police force area: %1").arg(route);
    case MapMeasure::Budget: return MapText::tr("Budget per police force area");
    case MapMeasure::CostPerCompletion: return MapText::tr("Cost per completion per police force area");
    case MapMeasure::ReferralsPerResident:
        return MapText::tr("Referrals per 100,000 residents (%1 population): %2").arg(Areas::populationAsOf(), route);
    }
    return {};
}
// A number rounded to `digits` significant figures, down, to the nearest, or up: with two,
// 138 → 130, 140, 140.
double figures(double x, int digits, double (*round)(double))
{
    if (x == 0)
        return 0;
    const double unit = std::pow(10.0, std::floor(std::log10(std::abs(x))) - (digits - 1));
    return round(x / unit) * unit;
}

double quantile(const QList<double> &sorted, double q)
{
    const double at = q * double(sorted.size() - 1);
    const qsizetype below = qsizetype(std::floor(at));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (sorted[above] - sorted[below]) * (at - double(below));
}
} // namespace

QList<double> mapBreaks(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {0, 1};
    const double lo = values.first();
    const double hi = values.last();
    if (values.size() < 6 || hi <= lo) {
        // Few areas: equal, round steps over their range.
        const double top = hi > lo ? hi : lo + (lo == 0 ? 1 : std::abs(lo) * 0.1);
        const double step = niceScale(top - lo, 5).step;
        QList<double> breaks{std::floor(lo / step + 1e-9) * step};
        while (breaks.last() < top - 1e-9 || breaks.size() < 2)
            breaks << breaks.last() + step;
        return breaks;
    }
    // Many areas: fifths of them in each class, at round numbers, so one outlier (City of
    // London per resident) does not push every other area into the lowest colour.
    // Two significant figures, or more when the values are close together (rates of 100–103 %).
    const int digits = std::max(2, int(std::ceil(std::log10(std::max(std::abs(hi), std::abs(lo)) / (hi - lo)))) + 1);
    QList<double> breaks{figures(lo, digits, std::floor)};
    const double last = figures(hi, digits, std::ceil);
    for (int k = 1; k < 5; ++k) {
        const double b = figures(quantile(values, k / 5.0), digits, std::round);
        if (b > breaks.last() && b < last)
            breaks << b;
    }
    breaks << (last > breaks.last() ? last : breaks.last() + std::abs(breaks.last()) * 0.01 + 1e-9);
    return breaks;
}

QString legendValue(double value, ValueFormat format)
{
    const QLocale english(QLocale::English);
    switch (format) {
    case ValueFormat::Count: return english.toString(qRound64(value));
    case ValueFormat::Percent: return english.toString(value * 100.0, 'g', 4) + QLatin1Char('%');
    case ValueFormat::Money:
        // Costs of a few pounds would all read "£0" or "£1" rounded to pounds.
        if (std::abs(value) >= 10 || value == std::round(value))
            return QStringLiteral("£") + english.toString(qRound64(value));
        return QStringLiteral("£") + (std::abs(value) >= 0.01 ? english.toString(value, 'f', 2) : english.toString(value, 'g', 2));
    case ValueFormat::PerResident:
        return value >= 1000 ? english.toString(qRound64(value)) : english.toString(value, 'g', 3);
    }
    return {};
}

QString mapMeasureKey(MapMeasure m)
{
    switch (m) {
    case MapMeasure::Referrals: return QStringLiteral("referrals");
    case MapMeasure::AcceptanceRate: return QStringLiteral("acceptance-rate");
    case MapMeasure::CompletionRate: return QStringLiteral("completion-rate");
    case MapMeasure::EndToEndRate: return QStringLiteral("end-to-end-rate");
    case MapMeasure::Budget: return QStringLiteral("budget");
    case MapMeasure::CostPerCompletion: return QStringLiteral("cost-per-completion");
    case MapMeasure::ReferralsPerResident: return QStringLiteral("per-resident");
    }
    return {};
}

std::optional<MapMeasure> mapMeasureFromKey(const QString &key)
{
    for (MapMeasure m : kAllMapMeasures)
        if (mapMeasureKey(m) == key.trimmed().toLower())
            return m;
    return std::nullopt;
}

QString mapMeasureLabel(MapMeasure m)
{
    switch (m) {
    case MapMeasure::Referrals: return MapText::tr("Referrals");
    case MapMeasure::AcceptanceRate: return MapText::tr("Acceptance rate");
    case MapMeasure::CompletionRate: return MapText::tr("Completion rate");
    case MapMeasure::EndToEndRate: return MapText::tr("End-to-end rate");
    case MapMeasure::Budget: return MapText::tr("Budget");
    case MapMeasure::CostPerCompletion: return MapText::tr("Cost per completion");
    case MapMeasure::ReferralsPerResident: return MapText::tr("Referrals per 100,000 residents");
    }
    return {};
}

bool mapMeasureHasRoute(MapMeasure m) { return m != MapMeasure::Budget && m != MapMeasure::CostPerCompletion; }

const MapArea *MapSpec::area(const QString &code) const
{
    for (const MapArea &a : areas)
        if (a.code == code)
            return &a;
    return nullptr;
}

int mapClassOf(double value, const QList<double> &breaks)
{
    const int classes = int(breaks.size()) - 1;
    for (int i = 0; i < classes; ++i)
        if (value < breaks[i + 1])
            return i;
    return std::max(0, classes - 1);
}

MapSpec buildMap(const Comparison &c, const MapOptions &o)
{
    MapSpec spec;
    spec.options = o;
    spec.title = measureTitle(o);
    spec.subtitle = describeFilter(c.filter);
    spec.legendTitle = mapMeasureLabel(o.measure);
    spec.returnCount = int(c.rows.size());
    spec.attribution = AreaShapes::attribution();
    switch (o.measure) {
    case MapMeasure::Referrals: spec.format = ValueFormat::Count; break;
    case MapMeasure::AcceptanceRate:
    case MapMeasure::CompletionRate:
    case MapMeasure::EndToEndRate: spec.format = ValueFormat::Percent; break;
    case MapMeasure::Budget:
    case MapMeasure::CostPerCompletion: spec.format = ValueFormat::Money; break;
    case MapMeasure::ReferralsPerResident: spec.format = ValueFormat::PerResident; break;
    }

    QMap<QString, QList<const ComparisonRow *>> rowsOfArea;
    for (const ComparisonRow &row : c.rows)
        rowsOfArea[row.areaCode] << &row;

    const ReferralRoute route = o.route;
    auto stage = [route](int s) { return [route, s](const ComparisonRow &row) { return stagePart(row, route, s); }; };
    QList<FigureField> fields;
    QSet<int> used;
    bool anyPartial = false;
    for (const Area &ref : Areas::all()) {
        if (ref.code == kUnknownAreaCode || !AreaShapes::byCode(ref.code))
            continue;
        MapArea area;
        area.code = ref.code;
        area.name = ref.name;
        const QList<const ComparisonRow *> rows = rowsOfArea.value(ref.code);
        area.returns = int(rows.size());
        if (rows.isEmpty()) {
            area.state = MapAreaState::NoLetter;
            area.label = MapText::tr("no letter");
            area.toolTip = MapText::tr("%1: no letter in this comparison").arg(area.name);
            spec.areas << area;
            continue;
        }
        Pooled p;
        bool ratio = false;
        switch (o.measure) {
        case MapMeasure::Referrals:
        case MapMeasure::ReferralsPerResident:
            p = pool(rows, stage(0));
            fields = stageFields(route, 0);
            break;
        case MapMeasure::AcceptanceRate:
            p = pool(rows, stage(1), stage(0));
            ratio = true;
            fields = stageFields(route, 0) + stageFields(route, 1);
            break;
        case MapMeasure::CompletionRate:
            p = pool(rows, stage(2), stage(1));
            ratio = true;
            fields = stageFields(route, 1) + stageFields(route, 2);
            break;
        case MapMeasure::EndToEndRate:
            p = pool(rows, stage(2), stage(0));
            ratio = true;
            fields = stageFields(route, 0) + stageFields(route, 2);
            break;
        case MapMeasure::Budget:
            p = pool(rows, budgetPart);
            fields = {FigureField::Budget};
            break;
        case MapMeasure::CostPerCompletion:
            p = pool(rows, budgetPart,
                     [](const ComparisonRow &row) { return stagePart(row, ReferralRoute::All, 2); });
            ratio = true;
            fields = {FigureField::Budget, FigureField::SelfCompleted, FigureField::AgencyCompleted};
            break;
        }
        QSet<int> numbers;
        for (const ComparisonRow *row : rows)
            addFootnotes(*row, fields, numbers);
        area.footnotes = QList<int>(numbers.cbegin(), numbers.cend());
        std::sort(area.footnotes.begin(), area.footnotes.end());
        used += numbers;
        area.without = p.without;

        std::optional<double> value;
        QString noValueWord;
        if (p.any) {
            if (!ratio)
                value = p.numerator;
            else if (p.denominator > 0)
                value = p.numerator / p.denominator;
            else
                noValueWord = MapText::tr("÷ 0");
        }
        if (value && o.measure == MapMeasure::ReferralsPerResident) {
            const auto population = Areas::population(area.code);
            if (population && *population > 0)
                value = *value * 100000.0 / double(*population);
            else {
                value.reset();
                noValueWord = MapText::tr("no population");
            }
        }
        if (value) {
            area.value = value;
            area.state = p.without > 0 ? MapAreaState::Partial : MapAreaState::Shaded;
            // A pooled rate of fewer returns is not a lower bound: it is marked, not "≥".
            const bool lowerBound = area.state == MapAreaState::Partial && !ratio;
            area.label = (lowerBound ? QStringLiteral("≥ ") : QString()) + formatChartValue(*value, spec.format);
            anyPartial |= area.state == MapAreaState::Partial;
        } else {
            QStringList words = p.words;
            words.removeDuplicates();
            area.state = MapAreaState::NoNumber;
            area.label = !noValueWord.isEmpty() ? noValueWord
                         : words.size() == 1    ? words.first()
                         : words.isEmpty()      ? MapText::tr("n/a")
                                                : MapText::tr("missing");
        }
        QString tip = MapText::tr("%1: %2").arg(area.name, area.label);
        tip += area.returns == 1 ? MapText::tr(" (1 return") : MapText::tr(" (%1 returns").arg(area.returns);
        if (area.state == MapAreaState::Partial)
            tip += area.without == 1 ? MapText::tr(", 1 without a number") : MapText::tr(", %1 without a number").arg(area.without);
        tip += QLatin1Char(')');
        if (!area.footnotes.isEmpty()) {
            QStringList n;
            for (int f : area.footnotes)
                n << QString::number(f);
            tip += QStringLiteral(" [%1]").arg(n.join(QLatin1Char(',')));
        }
        area.toolTip = tip;
        spec.areas << area;
    }

    QList<double> values;
    for (const MapArea &a : std::as_const(spec.areas))
        if (a.value)
            values << *a.value;
    spec.breaks = mapBreaks(values);
    for (double b : std::as_const(spec.breaks))
        spec.breakLabels << legendValue(b, spec.format);
    for (MapArea &a : spec.areas)
        if (a.value)
            a.colourClass = mapClassOf(*a.value, spec.breaks);

    // Letters whose area is not known are listed, never placed.
    QHash<Id, int> unplaced; // letter → its returns
    for (const ComparisonRow &row : c.rows)
        if (row.areaCode == kUnknownAreaCode || !AreaShapes::byCode(row.areaCode))
            ++unplaced[row.letterId];
    for (const ComparisonLetter &l : c.letters) {
        const int returns = unplaced.value(l.letterId);
        if (returns == 0)
            continue;
        const QString ref = l.foiReference.isEmpty() ? letterKindLabel(l.kind) : l.foiReference;
        spec.unlocated << (returns == 1 ? MapText::tr("%1 (%2, %3): 1 return").arg(ref, l.financialYear, cohortLabel(l.cohort).toLower())
                                        : MapText::tr("%1 (%2, %3): %4 returns")
                                              .arg(ref, l.financialYear, cohortLabel(l.cohort).toLower())
                                              .arg(returns));
    }
    QList<int> numbers(used.cbegin(), used.cend());
    std::sort(numbers.begin(), numbers.end());
    for (int n : numbers)
        spec.notes.append({n, c.footnotes.value(n - 1)});
    if (anyPartial)
        spec.remarks << MapText::tr("Dotted: some returns of the area have no number for it; a total is then a lower bound (≥), "
                                    "a rate is of the returns that have both numbers.");
    if (o.measure == MapMeasure::ReferralsPerResident) {
        const MapArea *city = spec.area(QStringLiteral("E23000034"));
        if (city && city->value)
            spec.remarks << MapText::tr("City of London's resident population is tiny against its daytime population: its "
                                        "rate per resident misleads.");
    }
    spec.source = comparisonSourceLine(c);
    return spec;
}

} // namespace dapp
