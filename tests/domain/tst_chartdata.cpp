// Chart series built from the sample's letters: exactly the letters' numbers, missing figures as
// missing markers with their status words (never a zero bar), footnotes, filters, top-N.
#include "domain/areas.h"
#include "domain/chartdata.h"
#include "domain/comparison.h"
#include "domain/measures.h"
#include "storage/projectjson.h"

#include <QtTest>

using namespace dapp;

class TestChartData : public QObject
{
    Q_OBJECT
private slots:
    void aStageOfAllReferralsIsSaidOneWay_data();
    void aStageOfAllReferralsIsSaidOneWay();
    void funnelHoldsTheLettersNumbers();
    void missingIsAMarkerNeverAZeroBar();
    void aRealZeroIsAZeroBar();
    void ratesAndMoney();
    void areasMarkPartialTotalsAndPerResident();
    void caveatsAreNumberedNotes();
    void filtersChooseTheReturns();
    void manyReturnsAreSummarised();
    void niceScales();
    void kindsByKey();

private:
    static const ChartCategory *category(const ChartSpec &spec, const QString &starts);
};

const ChartCategory *TestChartData::category(const ChartSpec &spec, const QString &starts)
{
    for (const ChartCategory &c : spec.categories)
        if (c.label.startsWith(starts))
            return &c;
    return nullptr;
}

void TestChartData::aStageOfAllReferralsIsSaidOneWay_data()
{
    QTest::addColumn<Figure>("self");
    QTest::addColumn<Figure>("agency");
    QTest::addColumn<qint64>("value"); // -1: none
    QTest::addColumn<bool>("partial");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("notApplicable");
    const Figure na = Figure::withStatus(FigureStatus::NotApplicable);
    const Figure notHeld = Figure::withStatus(FigureStatus::NotHeld);
    const Figure provider = Figure::withStatus(FigureStatus::HeldByProvider);
    QTest::newRow("both numbers") << Figure::reported(3) << Figure::reported(4) << qint64(7) << false << QString() << false;
    QTest::newRow("a real zero is a number") << Figure::reported(0) << Figure::reported(0) << qint64(0) << false << QString() << false;
    QTest::newRow("no self route: complete") << na << Figure::reported(5) << qint64(5) << false << QString() << false;
    QTest::newRow("self not held: a lower bound") << notHeld << Figure::reported(5) << qint64(5) << true << QString() << false;
    QTest::newRow("no route at all") << na << na << qint64(-1) << false << QStringLiteral("n/a") << true;
    QTest::newRow("both not held") << notHeld << notHeld << qint64(-1) << false << QStringLiteral("not held") << false;
    QTest::newRow("no self route, agency with provider") << na << provider << qint64(-1) << false << QStringLiteral("provider") << false;
    QTest::newRow("two different reasons") << notHeld << provider << qint64(-1) << false << QStringLiteral("missing") << false;
}

void TestChartData::aStageOfAllReferralsIsSaidOneWay()
{
    QFETCH(Figure, self);
    QFETCH(Figure, agency);
    QFETCH(qint64, value);
    QFETCH(bool, partial);
    QFETCH(QString, word);
    QFETCH(bool, notApplicable);
    std::array<Figure, 7> figures;
    figures[size_t(FigureField::SelfAccepted)] = self;
    figures[size_t(FigureField::AgencyAccepted)] = agency;
    const RouteFigure f = routeFigure(figures, ReferralRoute::All, 1);
    QCOMPARE(f.value.value_or(-1), value);
    QCOMPARE(f.partial, partial);
    QCOMPARE(f.word, word);
    QCOMPARE(f.notApplicable, notApplicable);
    // The table's total of the same return says the same word.
    ProgrammeReturn r;
    r.figures = figures;
    const Total t = selfAndAgencyTotal(r, Stage::Accepted);
    QCOMPARE(t.value.value_or(-1), value);
    QCOMPARE(t.partial, partial);
    QCOMPARE(t.shortReason, word);
}

void TestChartData::funnelHoldsTheLettersNumbers()
{
    ChartOptions agency;
    agency.route = ReferralRoute::Agency;
    const ChartSpec spec = buildChart(computeComparison(sampleProject()), agency);
    QCOMPARE(spec.seriesNames, (QStringList{"Referred", "Accepted", "Completed"}));
    QCOMPARE(spec.categories.size(), 8);
    const ChartCategory *drive = category(spec, QStringLiteral("Derbyshire — Drive (Glow)"));
    QVERIFY(drive);
    QCOMPARE(drive->bars[0].value, std::optional<double>(101));
    QCOMPARE(drive->bars[1].value, std::optional<double>(77));
    QCOMPARE(drive->bars[2].value, std::optional<double>(77));
    QCOMPARE(drive->bars[1].label, QStringLiteral("77 · 76%"));
    QCOMPARE(drive->bars[2].label, QStringLiteral("77 · 100%"));
    QVERIFY(spec.title.contains(QStringLiteral("agency referrals")));
    QCOMPARE(spec.subtitle, QStringLiteral("All areas, years and cohorts"));
    QVERIFY(spec.source.contains(QStringLiteral("FOI753")));
    QVERIFY(spec.source.contains(QStringLiteral("8 return")));
}

void TestChartData::missingIsAMarkerNeverAZeroBar()
{
    const Comparison c = computeComparison(sampleProject());
    ChartOptions self;
    self.route = ReferralRoute::Self;
    const ChartSpec selfSpec = buildChart(c, self);
    const ChartCategory *avonSelf = category(selfSpec, QStringLiteral("Avon and Somerset"));
    QVERIFY(avonSelf);
    for (const ChartBar &bar : avonSelf->bars) {
        QVERIFY(!bar.value.has_value());
        QCOMPARE(bar.missingWord, QStringLiteral("n/a"));
        QVERIFY(!bar.label.contains(QLatin1Char('0')));
    }
    ChartOptions agency;
    agency.route = ReferralRoute::Agency;
    const ChartSpec agencySpec = buildChart(c, agency);
    const ChartCategory *avonAgency = category(agencySpec, QStringLiteral("Avon and Somerset"));
    QVERIFY(avonAgency->bars[0].value.has_value());
    QVERIFY(!avonAgency->bars[2].value.has_value());
    QCOMPARE(avonAgency->bars[2].missingWord, QStringLiteral("provider"));
    // Its completion rate is computed from the missing figure: missing too, with the same word.
    ChartOptions rates;
    rates.kind = ChartKind::Rates;
    rates.route = ReferralRoute::Agency;
    const ChartSpec ratesSpec = buildChart(c, rates);
    const ChartCategory *avonRates = category(ratesSpec, QStringLiteral("Avon and Somerset"));
    QVERIFY(avonRates->bars[0].value.has_value());
    QVERIFY(!avonRates->bars[1].value.has_value());
    QCOMPARE(avonRates->bars[1].missingWord, QStringLiteral("provider"));
    // Every bar of every chart: a value, or a missing word; never an absent value that says 0.
    for (ChartKind kind : kAllChartKinds)
        for (ReferralRoute route : {ReferralRoute::Self, ReferralRoute::Agency, ReferralRoute::All})
            for (const ChartSpec spec = buildChart(c, ChartOptions{kind, route}); const ChartCategory &cat : spec.categories)
                for (const ChartBar &bar : cat.bars)
                    QVERIFY2(bar.value.has_value() != !bar.missingWord.isEmpty(), qPrintable(cat.label + bar.label));
}

void TestChartData::aRealZeroIsAZeroBar()
{
    ProjectData p = sampleProject();
    ProgrammeReturn &r = p.returns.first();
    r.figure(FigureField::AgencyCompleted) = Figure::reported(0);
    ChartOptions agency;
    agency.route = ReferralRoute::Agency;
    const ChartSpec spec = buildChart(computeComparison(p), agency);
    const ChartCategory *cat = nullptr;
    for (const ChartCategory &c : spec.categories)
        if (c.returnId == r.id)
            cat = &c;
    QVERIFY(cat);
    QCOMPARE(cat->bars[2].value, std::optional<double>(0));
    QVERIFY(cat->bars[2].label.startsWith(QStringLiteral("0")));
    QVERIFY(cat->bars[2].missingWord.isEmpty());
}

void TestChartData::ratesAndMoney()
{
    const Comparison c = computeComparison(sampleProject());
    ChartOptions rates;
    rates.kind = ChartKind::Rates;
    rates.route = ReferralRoute::Agency;
    const ChartSpec r = buildChart(c, rates);
    QCOMPARE(r.format, ValueFormat::Percent);
    QCOMPARE(r.minimumAxisMaximum, 1.0);
    const ChartCategory *drive = category(r, QStringLiteral("Derbyshire — Drive"));
    QCOMPARE(*drive->bars[0].value, 77.0 / 101.0);
    QCOMPARE(drive->bars[0].label, QStringLiteral("76%"));
    // Leicestershire's OOCR: self-referral figures not held, its agency acceptance still 94 of 138.
    const ChartCategory *oocr = category(r, QStringLiteral("Leicestershire — Out of Court"));
    QVERIFY(oocr);
    QCOMPARE(*oocr->bars[0].value, 94.0 / 138.0);

    ChartOptions budget;
    budget.kind = ChartKind::Money;
    const ChartSpec b = buildChart(c, budget);
    QCOMPARE(b.seriesNames.size(), 1);
    const ChartCategory *changes = category(b, QStringLiteral("Derbyshire — Changes Program"));
    QCOMPARE(*changes->bars[0].value, 264244.70);
    QCOMPARE(changes->bars[0].label, QStringLiteral("£264,245"));
    budget.money = MoneyView::Costs;
    const ChartSpec costs = buildChart(c, budget);
    QCOMPARE(costs.seriesNames.size(), 2);
}

void TestChartData::areasMarkPartialTotalsAndPerResident()
{
    const Comparison c = computeComparison(sampleProject());
    ChartOptions areas;
    areas.kind = ChartKind::Areas;
    areas.route = ReferralRoute::Agency;
    const ChartSpec spec = buildChart(c, areas);
    const ChartCategory *derbyshire = category(spec, QStringLiteral("Derbyshire"));
    QVERIFY(derbyshire);
    QCOMPARE(*derbyshire->bars[0].value, double(54 + 23 + 101 + 50));
    QVERIFY(!derbyshire->bars[0].partial);
    // Avon's agency completion is held by the provider: its area's completed total is missing,
    // not 0.
    const ChartCategory *avon = category(spec, QStringLiteral("Avon and Somerset"));
    QVERIFY(!avon->bars[2].value);
    // Across all routes, Avon's self-referral is n/a (complete), and areas with a missing part
    // are partial with the count of returns without a number.
    areas.route = ReferralRoute::All;
    bool anyPartial = false;
    for (const ChartSpec all = buildChart(c, areas); const ChartCategory &cat : all.categories)
        for (const ChartBar &bar : cat.bars)
            if (bar.partial) {
                anyPartial = true;
                QVERIFY(bar.label.startsWith(QStringLiteral("≥")));
                QVERIFY(bar.label.contains(QStringLiteral("without")));
            }
    QVERIFY(anyPartial);

    areas.areas = AreaView::PerResident;
    areas.route = ReferralRoute::Agency;
    const ChartSpec per = buildChart(c, areas);
    QVERIFY(per.valueAxisTitle.contains(QStringLiteral("mid-2024")));
    const ChartCategory *d = category(per, QStringLiteral("Derbyshire"));
    QVERIFY(d->bars[0].value);
    QCOMPARE(*d->bars[0].value, 228.0 * 100000.0 / double(*Areas::population(d->areaCode)));
    // The letter that does not say its area: no population, so no rate; a word, not a 0.
    const ChartCategory *unknown = category(per, QStringLiteral("Unknown"));
    if (unknown)
        QVERIFY(!unknown->bars[0].value.has_value());
}

void TestChartData::caveatsAreNumberedNotes()
{
    const Comparison c = computeComparison(sampleProject());
    ChartOptions agency;
    agency.route = ReferralRoute::Agency;
    const ChartSpec spec = buildChart(c, agency);
    const int n = int(c.footnotes.indexOf(QStringLiteral("covers all crime types, not just DA")) + 1);
    QVERIFY(n > 0);
    const ChartCategory *oocr = category(spec, QStringLiteral("Leicestershire — Out of Court"));
    QVERIFY(oocr->bars[0].footnotes.contains(n));
    bool listed = false;
    for (const auto &[number, text] : spec.notes)
        listed |= number == n && text == c.footnotes[n - 1];
    QVERIFY(listed);
    // Self-referrals are not what that caveat names.
    ChartOptions self;
    self.route = ReferralRoute::Self;
    const ChartSpec selfSpec = buildChart(c, self);
    QVERIFY(!category(selfSpec, QStringLiteral("Leicestershire — Out of Court"))->bars[0].footnotes.contains(n));
}

void TestChartData::filtersChooseTheReturns()
{
    ComparisonFilter f;
    f.areaCodes = {QStringLiteral("E23000018")};
    f.providers = {QStringLiteral("Glow")};
    const ChartSpec spec = buildChart(computeComparison(sampleProject(), f), ChartOptions{});
    QCOMPARE(spec.categories.size(), 2);
    for (const ChartCategory &cat : spec.categories)
        QVERIFY(cat.label.startsWith(QStringLiteral("Derbyshire")) && cat.label.contains(QStringLiteral("(Glow)")));
    QCOMPARE(spec.subtitle, QStringLiteral("Derbyshire · provider Glow"));
}

void TestChartData::manyReturnsAreSummarised()
{
    ProjectData p = sampleProject();
    const ProgrammeReturn model = p.returns.value(p.returns.firstKey());
    Id next = p.returns.lastKey();
    for (int i = 0; i < 60; ++i) {
        ProgrammeReturn r = model;
        r.id = ++next;
        r.figure(FigureField::AgencyReferred) = Figure::reported(1000 + i);
        p.returns.insert(r.id, r);
    }
    ChartOptions o;
    o.route = ReferralRoute::Agency;
    o.maxCategories = 10;
    const ChartSpec spec = buildChart(computeComparison(p), o);
    QCOMPARE(spec.categories.size(), 10);
    QCOMPARE(*spec.categories.first().bars[0].value, 1059.0); // the largest first
    QVERIFY(spec.categories.last().summary);
    QVERIFY(spec.categories.last().label.contains(QStringLiteral("59")));
    // The rest at their median, so the bar is comparable with those shown; the total in its label.
    // The rest: 1000…1050 and seven of the sample's (all smaller; one not applicable): median 1021.5.
    QCOMPARE(*spec.categories.last().bars[0].value, 1021.5);
    QVERIFY(spec.categories.last().bars[2].label.contains(QStringLiteral("total ≥"))); // completions held by provider
    QVERIFY(!spec.remarks.isEmpty());
    o.maxCategories = 0;
    QCOMPARE(buildChart(computeComparison(p), o).categories.size(), 68);
}

void TestChartData::niceScales()
{
    QCOMPARE(niceScale(101).maximum, 120.0);
    QCOMPARE(niceScale(101).step, 20.0);
    QCOMPARE(niceScale(0.76).maximum, 0.8);
    QCOMPARE(niceScale(264244.7).step, 50000.0);
    QCOMPARE(niceScale(264244.7).maximum, 300000.0);
    QCOMPARE(niceScale(12.0).maximum, 12.0);
    QCOMPARE(niceScale(0).maximum, 1.0);
    for (double v : {3.0, 7.0, 25.3, 999.0, 1234567.0}) {
        const AxisScale s = niceScale(v);
        QVERIFY(s.maximum >= v);
        const double mantissa = s.step / std::pow(10.0, std::floor(std::log10(s.step)));
        QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 2.5)
                     || qFuzzyCompare(mantissa, 5.0),
                 qPrintable(QString::number(s.step)));
    }
}

void TestChartData::kindsByKey()
{
    for (ChartKind k : kAllChartKinds)
        QCOMPARE(chartKindFromKey(chartKindKey(k)), std::optional<ChartKind>(k));
    QVERIFY(!chartKindFromKey(QStringLiteral("pie")));
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
