// Builds chart series from a comparison, missing values kept missing.
#include "domain/chartdata.h"
#include "domain/areas.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

constexpr FigureField kStageFields[2][3] = {
    {FigureField::SelfReferred, FigureField::SelfAccepted, FigureField::SelfCompleted},
    {FigureField::AgencyReferred, FigureField::AgencyAccepted, FigureField::AgencyCompleted},
};

MeasureId rateOf(ReferralRoute route, int which) // 0 acceptance, 1 completion, 2 end to end
{
    static constexpr MeasureId ids[3][3] = {
        {MeasureId::SelfAcceptanceRate, MeasureId::SelfCompletionRate, MeasureId::SelfEndToEndRate},
        {MeasureId::AgencyAcceptanceRate, MeasureId::AgencyCompletionRate, MeasureId::AgencyEndToEndRate},
        {MeasureId::AllAcceptanceRate, MeasureId::AllCompletionRate, MeasureId::AllEndToEndRate},
    };
    return ids[int(route)][which];
}

// A stage's figure for the route, with the caveats of its parts.
struct StageValue : RouteFigure
{
    QStringList caveats;
};

StageValue stageValue(const ComparisonRow &row, ReferralRoute route, int stage)
{
    StageValue v;
    static_cast<RouteFigure &>(v) = routeFigure(row.figures, route, stage);
    for (int which : {0, 1}) {
        if ((route == ReferralRoute::Self && which == 1) || (route == ReferralRoute::Agency && which == 0))
            continue;
        for (const QString &c : row.caveatsFor(kStageFields[which][stage]))
            if (!v.caveats.contains(c))
                v.caveats << c;
    }
    return v;
}

QString rowLabel(const ComparisonRow &row, bool withYear, bool withCohort)
{
    QString label = row.programme.isEmpty() ? ChartText::tr("(unnamed programme)") : row.programme;
    if (!row.provider.isEmpty())
        label += QStringLiteral(" (%1)").arg(row.provider);
    label = QStringLiteral("%1 — %2").arg(row.areaName, label);
    if (withYear)
        label += QStringLiteral(" · ") + row.financialYear;
    if (withCohort)
        label += QStringLiteral(" · ") + cohortLabel(row.cohort).toLower();
    return label;
}

QString percent(double fraction) { return QStringLiteral("%1%").arg(qRound(fraction * 100.0)); }

ChartBar missingBar(const QString &word, const QString &why)
{
    ChartBar bar;
    bar.missingWord = word.isEmpty() ? ChartText::tr("missing") : word;
    bar.label = bar.missingWord;
    bar.toolTip = why;
    return bar;
}

ChartBar countBar(const Comparison &c, const StageValue &v, const QString &series, const QString &rate)
{
    ChartBar bar = v.value ? ChartBar{} : missingBar(v.word, ChartText::tr("%1: no number (%2)").arg(series, v.word));
    bar.footnotes = c.footnoteNumbers(v.caveats);
    if (!v.value)
        return bar;
    bar.value = double(*v.value);
    bar.partial = v.partial;
    bar.label = (v.partial ? QStringLiteral("≥ ") : QString()) + formatChartValue(bar.value.value(), ValueFormat::Count);
    if (!rate.isEmpty())
        bar.label += QStringLiteral(" · ") + rate;
    bar.toolTip = v.partial ? ChartText::tr("%1: %2 — a partial total: some parts have no number").arg(series, bar.label)
                            : ChartText::tr("%1: %2").arg(series, bar.label);
    return bar;
}

ChartBar measureBar(const Comparison &c, const Measure &m, MeasureId id, ValueFormat format)
{
    ChartBar bar = m.value ? ChartBar{} : missingBar(m.shortReason, ChartText::tr("%1: missing — %2").arg(measureLabel(id), m.reason));
    bar.footnotes = c.footnoteNumbers(m.caveats);
    if (!m.value)
        return bar;
    // Costs are kept in pence per person; a chart speaks pounds.
    bar.value = format == ValueFormat::Money ? *m.value / 100.0 : *m.value;
    bar.label = formatChartValue(*bar.value, format);
    bar.toolTip = ChartText::tr("%1: %2").arg(measureLabel(id), bar.label);
    return bar;
}

ChartBar budgetBar(const Comparison &c, const ComparisonRow &row)
{
    const Figure &f = row.figures[size_t(FigureField::Budget)];
    ChartBar bar = f.isReported() ? ChartBar{}
                                  : missingBar(statusChartWord(f.status),
                                               ChartText::tr("Budget: no number (%1)").arg(statusLabel(f.status)));
    bar.footnotes = c.footnoteNumbers(row.caveatsFor(FigureField::Budget));
    if (f.isReported()) {
        bar.value = double(f.value) / 100.0;
        bar.label = formatChartValue(*bar.value, ValueFormat::Money);
        bar.toolTip = ChartText::tr("Budget: %1").arg(formatMoney(f.value));
    }
    return bar;
}

// A bar summing many: partial when any part has no number, missing when none has.
ChartBar sumBar(const QList<std::optional<double>> &parts, ValueFormat format, const QString &series)
{
    double sum = 0;
    int without = 0;
    for (const auto &p : parts) {
        if (p)
            sum += *p;
        else
            ++without;
    }
    if (without == parts.size())
        return missingBar(ChartText::tr("missing"), ChartText::tr("%1: no return has a number").arg(series));
    ChartBar bar;
    bar.value = sum;
    bar.partial = without > 0;
    bar.label = (bar.partial ? QStringLiteral("≥ ") : QString()) + formatChartValue(sum, format);
    bar.toolTip = bar.partial ? (without == 1 ? ChartText::tr("%1: %2 — partial: 1 return has no number").arg(series, bar.label)
                                             : ChartText::tr("%1: %2 — partial: %3 returns have no number").arg(series, bar.label).arg(without))
                              : ChartText::tr("%1: %2").arg(series, bar.label);
    return bar;
}

ChartBar medianBar(QList<double> values, int total, ValueFormat format, const QString &series)
{
    if (values.isEmpty())
        return missingBar(ChartText::tr("missing"), ChartText::tr("%1: no return has a number").arg(series));
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    ChartBar bar;
    bar.value = median;
    bar.label = ChartText::tr("median %1").arg(formatChartValue(median, format));
    bar.toolTip = ChartText::tr("%1: median %2 of the %3 of %4 returns that have a number")
                      .arg(series, formatChartValue(median, format))
                      .arg(n)
                      .arg(total);
    return bar;
}

QString sourceLineOf(const Comparison &c)
{
    QStringList refs;
    for (const ComparisonLetter &l : c.letters)
        refs << (l.foiReference.isEmpty() ? letterKindLabel(l.kind) : l.foiReference);
    refs.removeDuplicates();
    QString list = refs.mid(0, 4).join(QStringLiteral(", "));
    if (refs.size() > 4)
        list += ChartText::tr(" and %1 more").arg(refs.size() - 4);
    const QString letters = list.isEmpty() ? ChartText::tr("none") : list;
    return c.rows.size() == 1 ? ChartText::tr("Source: FOI responses to Police and Crime Commissioners (%1); 1 return.").arg(letters)
                              : ChartText::tr("Source: FOI responses to Police and Crime Commissioners (%1); %2 returns.")
                                    .arg(letters)
                                    .arg(c.rows.size());
}

void collectNotes(const Comparison &c, ChartSpec &spec)
{
    QList<int> numbers = {};
    for (const ChartCategory &cat : std::as_const(spec.categories)) {
        for (int n : cat.footnotes)
            if (!numbers.contains(n))
                numbers << n;
        for (const ChartBar &bar : cat.bars)
            for (int n : bar.footnotes)
                if (!numbers.contains(n))
                    numbers << n;
    }
    std::sort(numbers.begin(), numbers.end());
    for (int n : numbers)
        spec.notes.append({n, c.footnotes.value(n - 1)});
}

// One series' value of a row as a number, without the strings a bar carries: enough to rank
// thousands of rows and to sum the ones not drawn.
struct RowValue
{
    std::optional<double> value;
    bool partial = false;
};

RowValue rowValue(const ComparisonRow &row, const ChartOptions &o, int series)
{
    switch (o.kind) {
    case ChartKind::Funnel: {
        if (o.route != ReferralRoute::All) {
            const Figure &f = row.figures[size_t(kStageFields[o.route == ReferralRoute::Self ? 0 : 1][series])];
            return {f.number() ? std::optional<double>(double(*f.number())) : std::nullopt, false};
        }
        RowValue v;
        for (int route = 0; route < 2; ++route) {
            const Figure &f = row.figures[size_t(kStageFields[route][series])];
            if (f.isReported())
                v.value = v.value.value_or(0) + double(f.value);
            else if (f.status != FigureStatus::NotApplicable)
                v.partial = true;
        }
        v.partial = v.partial && v.value.has_value();
        return v;
    }
    case ChartKind::Rates: return {row.measures.value(rateOf(o.route, series)).value, false};
    case ChartKind::Money: {
        if (o.money == MoneyView::Budget) {
            const Figure &f = row.figures[size_t(FigureField::Budget)];
            return {f.isReported() ? std::optional<double>(double(f.value) / 100.0) : std::nullopt, false};
        }
        const auto m = row.measures.value(series == 0 ? MeasureId::CostPerReferral : MeasureId::CostPerCompletion).value;
        return {m ? std::optional<double>(*m / 100.0) : std::nullopt, false};
    }
    case ChartKind::Areas: break;
    }
    return {};
}

ChartCategory returnCategory(const Comparison &c, const ChartSpec &spec, const ComparisonRow &row, bool withYear,
                             bool withCohort)
{
    const ChartOptions &o = spec.options;
    ChartCategory cat;
    cat.label = rowLabel(row, withYear, withCohort);
    cat.returnId = row.returnId;
    switch (o.kind) {
    case ChartKind::Funnel:
        for (int stage = 0; stage < 3; ++stage) {
            const QString rate = stage == 0 ? QString() : [&] {
                const Measure m = row.measures.value(rateOf(o.route, stage - 1));
                return m.value ? percent(*m.value) : QString();
            }();
            cat.bars << countBar(c, stageValue(row, o.route, stage), spec.seriesNames[stage], rate);
        }
        break;
    case ChartKind::Rates:
        for (int which = 0; which < 3; ++which)
            cat.bars << measureBar(c, row.measures.value(rateOf(o.route, which)), rateOf(o.route, which), ValueFormat::Percent);
        break;
    case ChartKind::Money:
        if (o.money == MoneyView::Budget) {
            cat.bars << budgetBar(c, row);
        } else {
            for (MeasureId id : {MeasureId::CostPerReferral, MeasureId::CostPerCompletion})
                cat.bars << measureBar(c, row.measures.value(id), id, ValueFormat::Money);
        }
        break;
    case ChartKind::Areas: break;
    }
    // The whole return's caveats mark its label once, not every bar.
    QStringList whole;
    for (const Caveat &caveat : row.caveats)
        if (caveat.fields.isEmpty())
            whole << caveat.text;
    cat.footnotes = c.footnoteNumbers(whole);
    for (ChartBar &bar : cat.bars)
        bar.footnotes.removeIf([&](int n) { return cat.footnotes.contains(n); });
    return cat;
}

// The rows as categories in table order; past the limit, the largest by the first series (the
// rest after them, in table order), and one bar summarising the others.
void buildReturnsChart(const Comparison &c, ChartSpec &spec)
{
    const ChartOptions &o = spec.options;
    QSet<QString> years;
    QSet<int> cohorts;
    for (const ComparisonRow &row : c.rows) {
        years.insert(row.financialYear);
        cohorts.insert(int(row.cohort));
    }
    const bool withYear = years.size() > 1;
    const bool withCohort = cohorts.size() > 1;
    const int limit = o.maxCategories;
    if (limit <= 0 || c.rows.size() <= limit) {
        for (const ComparisonRow &row : c.rows)
            spec.categories << returnCategory(c, spec, row, withYear, withCohort);
        return;
    }
    QList<std::optional<double>> rank;
    rank.reserve(c.rows.size());
    for (const ComparisonRow &row : c.rows)
        rank << rowValue(row, o, 0).value;
    QList<int> order(c.rows.size());
    std::iota(order.begin(), order.end(), 0);
    const int shown = limit - 1;
    // Largest first; rows without a number last, in table order.
    std::partial_sort(order.begin(), order.begin() + shown, order.end(), [&](int a, int b) {
        if (rank[a].has_value() != rank[b].has_value())
            return rank[a].has_value();
        if (rank[a] && *rank[a] != *rank[b])
            return *rank[a] > *rank[b];
        return a < b;
    });
    for (int i = 0; i < shown; ++i)
        spec.categories << returnCategory(c, spec, c.rows[order[i]], withYear, withCohort);

    const QList<int> rest = order.mid(shown);
    ChartCategory other;
    other.summary = true;
    // The rest are drawn at their median, so one bar of hundreds does not dwarf the returns
    // shown; counts and budgets also give their total in the label.
    other.label = rest.size() == 1 ? ChartText::tr("1 other return") : ChartText::tr("Other %1 returns (median)").arg(rest.size());
    const bool adds = o.kind == ChartKind::Funnel || (o.kind == ChartKind::Money && o.money == MoneyView::Budget);
    for (int s = 0; s < spec.seriesNames.size(); ++s) {
        QList<std::optional<double>> parts;
        QList<double> numbers;
        for (int r : rest) {
            const RowValue v = rowValue(c.rows[r], o, s);
            // A partial total is a lower bound: it makes the sum partial too.
            parts << (v.partial ? std::nullopt : v.value);
            if (v.partial)
                parts << v.value;
            if (v.value)
                numbers << *v.value;
        }
        ChartBar bar = medianBar(numbers, int(rest.size()), spec.format, spec.seriesNames[s]);
        if (adds && bar.value) {
            const ChartBar total = sumBar(parts, spec.format, spec.seriesNames[s]);
            bar.label += ChartText::tr(" · total %1").arg(total.label);
            bar.toolTip += QLatin1Char('\n') + total.toolTip;
        }
        other.bars << bar;
    }
    spec.categories << other;
    const QString rankedBy = o.kind == ChartKind::Funnel    ? ChartText::tr("referrals")
                             : o.kind == ChartKind::Rates   ? ChartText::tr("acceptance rate")
                             : o.money == MoneyView::Budget ? ChartText::tr("budget")
                                                            : ChartText::tr("cost per referral");
    spec.remarks << ChartText::tr("The %1 returns with the largest %2; the other %3 are summarised in the last bar.")
                        .arg(shown)
                        .arg(rankedBy)
                        .arg(rest.size());
}

// The footnote numbers of a row's caveats on these fields (each caveat's number is kept in
// the row beside it), and separately those on the whole return.
void addFootnotes(const ComparisonRow &row, std::initializer_list<FigureField> fields, QSet<int> &named, QSet<int> &whole)
{
    for (qsizetype i = 0; i < row.caveats.size() && i < row.footnotes.size(); ++i) {
        const Caveat &caveat = row.caveats[i];
        if (caveat.fields.isEmpty()) {
            whole.insert(row.footnotes[i]);
            continue;
        }
        for (FigureField f : fields)
            if (caveat.fields.contains(f)) {
                named.insert(row.footnotes[i]);
                break;
            }
    }
}

QList<int> sorted(const QSet<int> &numbers)
{
    QList<int> list(numbers.cbegin(), numbers.cend());
    std::sort(list.begin(), list.end());
    return list;
}

// A sum over an area's returns: partial when a return that has the route lacks its number.
struct AreaSum
{
    double sum = 0;
    bool any = false;
    int without = 0;
};

void buildAreasChart(const Comparison &c, ChartSpec &spec)
{
    const ChartOptions &o = spec.options;
    QMap<QString, QList<int>> rowsOfArea; // by area name, so areas come alphabetically
    QMap<QString, QString> codeOfName;
    QSet<QString> years;
    for (int i = 0; i < c.rows.size(); ++i) {
        rowsOfArea[c.rows[i].areaName] << i;
        codeOfName.insert(c.rows[i].areaName, c.rows[i].areaCode);
        years.insert(c.rows[i].financialYear);
    }
    ChartOptions funnel = o;
    funnel.kind = ChartKind::Funnel;
    const QLocale english(QLocale::English);
    bool anyPartial = false;
    for (auto it = rowsOfArea.cbegin(); it != rowsOfArea.cend(); ++it) {
        ChartCategory cat;
        cat.label = it.key();
        cat.areaCode = codeOfName.value(it.key());
        const QList<int> &rows = it.value();
        QSet<int> whole;
        const int stages = o.areas == AreaView::Funnel ? 3 : 1;
        for (int stage = 0; stage < stages; ++stage) {
            AreaSum total;
            QSet<int> named;
            for (int r : rows) {
                const ComparisonRow &row = c.rows[r];
                RowValue v;
                bool notApplicable = false;
                if (o.areas == AreaView::Budget) {
                    const Figure &f = row.figures[size_t(FigureField::Budget)];
                    v.value = f.isReported() ? std::optional<double>(double(f.value) / 100.0) : std::nullopt;
                    notApplicable = f.status == FigureStatus::NotApplicable;
                    addFootnotes(row, {FigureField::Budget}, named, whole);
                } else {
                    v = rowValue(row, funnel, stage);
                    const FigureField self = kStageFields[0][stage];
                    const FigureField agency = kStageFields[1][stage];
                    const auto na = [&](FigureField f) { return row.figures[size_t(f)].status == FigureStatus::NotApplicable; };
                    notApplicable = o.route == ReferralRoute::Self     ? na(self)
                                    : o.route == ReferralRoute::Agency ? na(agency)
                                                                       : na(self) && na(agency);
                    if (o.route == ReferralRoute::Self)
                        addFootnotes(row, {self}, named, whole);
                    else if (o.route == ReferralRoute::Agency)
                        addFootnotes(row, {agency}, named, whole);
                    else
                        addFootnotes(row, {self, agency}, named, whole);
                }
                if (v.value) {
                    total.sum += *v.value;
                    total.any = true;
                }
                // A route that does not exist leaves nothing out; any other gap does.
                if ((!v.value && !notApplicable) || v.partial)
                    ++total.without;
            }
            const QString series = spec.seriesNames[stage];
            ChartBar bar;
            if (!total.any) {
                // Every return lacks it: say why when they agree ("provider"), else "missing".
                QStringList words;
                for (int r : rows)
                    words << (o.areas == AreaView::Budget ? statusChartWord(c.rows[r].figures[size_t(FigureField::Budget)].status)
                                                          : stageValue(c.rows[r], o.route, stage).word);
                words.removeDuplicates();
                bar = missingBar(words.size() == 1 ? words.first() : ChartText::tr("missing"),
                                 ChartText::tr("%1: no return has a number").arg(series));
            } else if (o.areas == AreaView::PerResident) {
                const auto population = Areas::population(cat.areaCode);
                if (!population || *population <= 0) {
                    bar = missingBar(ChartText::tr("no population"),
                                     ChartText::tr("No resident population is known for %1").arg(cat.label));
                } else {
                    bar.value = total.sum * 100000.0 / double(*population);
                    bar.partial = total.without > 0;
                    bar.label = (bar.partial ? QStringLiteral("≥ ") : QString()) + formatChartValue(*bar.value, ValueFormat::PerResident);
                    bar.toolTip = ChartText::tr("%1 referred, %2 residents (%3): %4 per 100,000")
                                      .arg(formatChartValue(total.sum, ValueFormat::Count), english.toString(*population),
                                           Areas::populationAsOf(), formatChartValue(*bar.value, ValueFormat::PerResident));
                }
                if (Areas::interchangeName(cat.areaCode).contains(QStringLiteral("City of London")))
                    spec.remarks << ChartText::tr("City of London has %1 residents (%2) against a far larger daytime "
                                                  "population: its rate per resident misleads.")
                                        .arg(english.toString(population.value_or(0)), Areas::populationAsOf());
            } else {
                bar.value = total.sum;
                bar.partial = total.without > 0;
                bar.label = (bar.partial ? QStringLiteral("≥ ") : QString()) + formatChartValue(total.sum, spec.format);
                if (bar.partial)
                    bar.label += ChartText::tr(" (%1 without)").arg(total.without);
                bar.toolTip = ChartText::tr("%1: %2 (returns: %3)").arg(series, bar.label).arg(rows.size());
            }
            bar.footnotes = sorted(named - whole);
            anyPartial |= bar.partial;
            cat.bars << bar;
        }
        // The whole return's caveats mark the area's label once, not every bar.
        cat.footnotes = sorted(whole);
        spec.categories << cat;
    }
    if (anyPartial)
        spec.remarks.prepend(ChartText::tr("≥: a partial total, a lower bound; some returns have no number for it."));
    if (years.size() > 1)
        spec.remarks << ChartText::tr("Totals add %1 financial years.").arg(years.size());
}
} // namespace

RouteFigure routeFigure(const std::array<Figure, 7> &figures, ReferralRoute route, int stage)
{
    RouteFigure r;
    if (route != ReferralRoute::All) {
        const Figure &f = figures[size_t(kStageFields[route == ReferralRoute::Self ? 0 : 1][stage])];
        if (f.isReported())
            r.value = f.value;
        else
            r.word = statusChartWord(f.status);
        r.notApplicable = f.status == FigureStatus::NotApplicable;
        return r;
    }
    const Figure &self = figures[size_t(kStageFields[0][stage])];
    const Figure &agency = figures[size_t(kStageFields[1][stage])];
    for (const Figure *f : {&self, &agency}) {
        if (f->isReported())
            r.value = r.value.value_or(0) + f->value;
        else if (f->status != FigureStatus::NotApplicable)
            r.partial = true; // "not possible to self-refer" leaves the sum complete
    }
    if (!r.value) {
        r.partial = false;
        r.word = bothMissingWord(self.status, agency.status);
        r.notApplicable = self.status == FigureStatus::NotApplicable && agency.status == FigureStatus::NotApplicable;
    }
    return r;
}

QString comparisonSourceLine(const Comparison &comparison) { return sourceLineOf(comparison); }

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Funnel: return QStringLiteral("funnel");
    case ChartKind::Rates: return QStringLiteral("rates");
    case ChartKind::Money: return QStringLiteral("money");
    case ChartKind::Areas: return QStringLiteral("areas");
    }
    return {};
}

std::optional<ChartKind> chartKindFromKey(const QString &key)
{
    for (ChartKind k : kAllChartKinds)
        if (chartKindKey(k) == key.trimmed().toLower())
            return k;
    return std::nullopt;
}

QString chartKindLabel(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Funnel: return ChartText::tr("Funnel");
    case ChartKind::Rates: return ChartText::tr("Rates");
    case ChartKind::Money: return ChartText::tr("Money");
    case ChartKind::Areas: return ChartText::tr("Areas");
    }
    return {};
}

QString routeLabel(ReferralRoute route)
{
    switch (route) {
    case ReferralRoute::Self: return ChartText::tr("self-referrals");
    case ReferralRoute::Agency: return ChartText::tr("agency referrals");
    case ReferralRoute::All: return ChartText::tr("all referrals");
    }
    return {};
}

QString formatChartValue(double value, ValueFormat format)
{
    const QLocale english(QLocale::English);
    switch (format) {
    case ValueFormat::Count: return english.toString(qRound64(value));
    case ValueFormat::Percent: return percent(value);
    case ValueFormat::Money: return QStringLiteral("£") + english.toString(qRound64(value));
    case ValueFormat::PerResident: return english.toString(value, 'f', 1);
    }
    return {};
}

AxisScale niceScale(double largestValue, int targetSteps)
{
    if (!(largestValue > 0))
        return {1, 0.25};
    // At most one step more than asked, so that 101 ends at 120, not 125.
    const double rough = largestValue / std::max(1, targetSteps + 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    }
    // Counts never step by a fraction.
    AxisScale s;
    s.step = step;
    s.maximum = std::ceil(largestValue / step - 1e-9) * step;
    return s;
}

QString describeFilter(const ComparisonFilter &f)
{
    QStringList parts;
    if (!f.financialYears.isEmpty())
        parts << f.financialYears.join(QStringLiteral(", "));
    if (!f.cohorts.isEmpty()) {
        QStringList cohorts;
        for (Cohort c : f.cohorts)
            cohorts << cohortLabel(c).toLower();
        parts << ChartText::tr("%1 cohort").arg(cohorts.join(QStringLiteral(", ")));
    }
    if (!f.areaCodes.isEmpty()) {
        QStringList names;
        for (const QString &code : f.areaCodes)
            names << Areas::nameOf(code);
        parts << (names.size() > 3 ? ChartText::tr("%1 areas").arg(names.size()) : names.join(QStringLiteral(", ")));
    }
    if (!f.providers.isEmpty())
        parts << ChartText::tr("provider %1").arg(f.providers.join(QStringLiteral(", ")));
    if (!f.riskLevels.isEmpty())
        parts << ChartText::tr("risk level %1").arg(f.riskLevels.join(QStringLiteral(", ")));
    return parts.isEmpty() ? ChartText::tr("All areas, years and cohorts") : parts.join(QStringLiteral(" · "));
}

ChartSpec buildChart(const Comparison &c, const ChartOptions &options)
{
    ChartSpec spec;
    spec.options = options;
    spec.returnCount = int(c.rows.size());
    const QString route = routeLabel(options.route);
    const QStringList stages{ChartText::tr("Referred"), ChartText::tr("Accepted"), ChartText::tr("Completed")};
    switch (options.kind) {
    case ChartKind::Funnel:
        spec.title = ChartText::tr("Referred, accepted and completed: %1").arg(route);
        spec.seriesNames = stages;
        spec.valueAxisTitle = ChartText::tr("People");
        spec.format = ValueFormat::Count;
        break;
    case ChartKind::Rates:
        spec.title = ChartText::tr("Acceptance, completion and end-to-end rates: %1").arg(route);
        spec.seriesNames = {ChartText::tr("Acceptance"), ChartText::tr("Completion"), ChartText::tr("End to end")};
        spec.valueAxisTitle = ChartText::tr("Rate");
        spec.format = ValueFormat::Percent;
        spec.minimumAxisMaximum = 1.0;
        break;
    case ChartKind::Money:
        spec.format = ValueFormat::Money;
        spec.valueAxisTitle = ChartText::tr("Pounds");
        if (options.money == MoneyView::Budget) {
            spec.title = ChartText::tr("Budget per programme return");
            spec.seriesNames = {ChartText::tr("Budget")};
        } else {
            spec.title = ChartText::tr("Cost per referral and per completion");
            spec.seriesNames = {ChartText::tr("Cost per referral"), ChartText::tr("Cost per completion")};
        }
        break;
    case ChartKind::Areas:
        switch (options.areas) {
        case AreaView::Funnel:
            spec.title = ChartText::tr("Referred, accepted and completed per police force area: %1").arg(route);
            spec.seriesNames = stages;
            spec.valueAxisTitle = ChartText::tr("People");
            spec.format = ValueFormat::Count;
            break;
        case AreaView::Budget:
            spec.title = ChartText::tr("Budget per police force area");
            spec.seriesNames = {ChartText::tr("Budget")};
            spec.valueAxisTitle = ChartText::tr("Pounds");
            spec.format = ValueFormat::Money;
            break;
        case AreaView::PerResident:
            spec.title = ChartText::tr("Referrals per 100,000 residents: %1").arg(route);
            spec.seriesNames = {ChartText::tr("Referred per 100,000")};
            spec.valueAxisTitle = ChartText::tr("Referrals per 100,000 residents (%1 population)").arg(Areas::populationAsOf());
            spec.format = ValueFormat::PerResident;
            break;
        }
        break;
    }
    spec.subtitle = describeFilter(c.filter);
    if (options.kind == ChartKind::Areas)
        buildAreasChart(c, spec);
    else
        buildReturnsChart(c, spec);
    collectNotes(c, spec);
    spec.source = sourceLineOf(c);
    return spec;
}

} // namespace dapp
