// The computed comparison: filtering, measures, totals that say when they are partial,
// caveats numbered once as footnotes, and sources.
#include "domain/areas.h"
#include "domain/comparison.h"
#include "storage/projectjson.h"

#include <QtTest>

using namespace dapp;

class TestComparison : public QObject
{
    Q_OBJECT
private slots:
    void allReturnsByDefault();
    void filters();
    void measuresAreTheReturnsOwn();
    void totalsArePartialWhenAnyRowLacksANumber();
    void caveatsBecomeNumberedFootnotes();
    void sourcesNameTheLetters();
};

void TestComparison::allReturnsByDefault()
{
    const Comparison c = computeComparison(sampleProject());
    QCOMPARE(c.rows.size(), 8);
    QCOMPARE(c.rows.first().areaName, QStringLiteral("Avon and Somerset"));
}

void TestComparison::filters()
{
    const ProjectData p = sampleProject();
    ComparisonFilter f;
    f.areaCodes = {QStringLiteral("E23000018")};
    QCOMPARE(computeComparison(p, f).rows.size(), 4);
    f.riskLevels = {QStringLiteral("HIGH")};
    QCOMPARE(computeComparison(p, f).rows.size(), 1);
    ComparisonFilter female;
    female.cohorts = {Cohort::Female};
    QCOMPARE(computeComparison(p, female).rows.size(), 3); // Avon; Leicestershire's two
    ComparisonFilter glow;
    glow.providers = {QStringLiteral("glow")};
    QCOMPARE(computeComparison(p, glow).rows.size(), 2);
    ComparisonFilter none;
    none.financialYears = {QStringLiteral("2019/20")};
    QVERIFY(computeComparison(p, none).rows.isEmpty());
}

void TestComparison::measuresAreTheReturnsOwn()
{
    const ProjectData p = sampleProject();
    for (const ComparisonRow &row : computeComparison(p).rows)
        for (MeasureId m : kAllMeasures)
            QCOMPARE(row.measures.value(m), computeMeasure(p.returns.value(row.returnId), m));
}

void TestComparison::totalsArePartialWhenAnyRowLacksANumber()
{
    const ProjectData p = sampleProject();
    ComparisonFilter derbyshire;
    derbyshire.areaCodes = {QStringLiteral("E23000018")};
    const Comparison d = computeComparison(p, derbyshire);
    const ColumnTotal referred = d.totals[size_t(FigureField::AgencyReferred)];
    QCOMPARE(referred.value, std::optional<qint64>(54 + 23 + 101 + 50));
    QVERIFY(!referred.partial);
    QCOMPARE(d.totals[size_t(FigureField::Budget)].value, std::optional<qint64>(26424470 + 15481022 + 29964392 + 4416100));

    // Across all areas, Avon's and the Jenkins Project's self-referral are n/a and New Dawn, New
    // Day's not held: partial, never 0-filled.
    const Comparison all = computeComparison(p);
    const ColumnTotal self = all.totals[size_t(FigureField::SelfReferred)];
    QVERIFY(self.partial);
    QCOMPARE(self.rowsWithoutNumber, 3);
    QCOMPARE(self.value, std::optional<qint64>(15 + 1 + 0 + 23 + 0));
    const ColumnTotal completed = all.totals[size_t(FigureField::AgencyCompleted)];
    QVERIFY(completed.partial); // Avon's is held by the provider
}

void TestComparison::caveatsBecomeNumberedFootnotes()
{
    const Comparison c = computeComparison(sampleProject());
    QVERIFY(!c.footnotes.isEmpty());
    QCOMPARE(QSet<QString>(c.footnotes.begin(), c.footnotes.end()).size(), c.footnotes.size()); // each once
    bool found = false;
    for (const ComparisonRow &row : c.rows) {
        for (int n : row.footnotes) {
            QVERIFY(n >= 1 && n <= c.footnotes.size());
            found |= row.areaName == QStringLiteral("Leicestershire")
                     && c.footnotes[n - 1] == QStringLiteral("covers all crime types, not just DA");
        }
    }
    QVERIFY(found);

    // A figure's footnotes are the caveats naming it and the whole return's: Leicestershire's
    // OOCR caveat names its agency figures, so the agency referrals carry its number.
    for (const ComparisonRow &row : c.rows) {
        const QList<int> agency = c.footnoteNumbers(row.caveatsFor(FigureField::AgencyReferred));
        for (int n : agency)
            QVERIFY(row.footnotes.contains(n));
        if (row.areaName == QStringLiteral("Leicestershire") && row.programme.contains(QStringLiteral("OOCR")))
            QVERIFY(agency.contains(int(c.footnotes.indexOf(QStringLiteral("covers all crime types, not just DA")) + 1)));
    }
    QVERIFY(c.footnoteNumbers({QStringLiteral("no such caveat")}).isEmpty());
}

void TestComparison::sourcesNameTheLetters()
{
    const Comparison c = computeComparison(sampleProject());
    QCOMPARE(c.sources.size(), 4); // four letters have returns; the panel report has none
    QVERIFY(c.sources.first().startsWith(QStringLiteral("FOI753")));
    for (const ComparisonRow &row : c.rows)
        QVERIFY(c.sources.contains(row.source));
    QCOMPARE(c.letters.size(), 4);
    QCOMPARE(c.letters.first().foiReference, QStringLiteral("FOI753"));
    QCOMPARE(c.letters.first().areaName, QStringLiteral("Avon and Somerset"));
    for (const ComparisonRow &row : c.rows)
        QVERIFY(std::any_of(c.letters.cbegin(), c.letters.cend(),
                            [&](const ComparisonLetter &l) { return l.letterId == row.letterId; }));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
