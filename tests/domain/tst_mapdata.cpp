// The map's data: every area has its shape, the projection is not raw longitude/latitude, and
// each area is shaded, marked partial, shown with its status, or shown as having no letter —
// never given the colour of 0 for a figure that is not a number.
#include "domain/areas.h"
#include "domain/areashapes.h"
#include "domain/comparison.h"
#include "domain/mapdata.h"
#include "formats/geojson.h"
#include "storage/projectjson.h"

#include <QtTest>

#include <cmath>

using namespace dapp;

class TestMapData : public QObject
{
    Q_OBJECT
private slots:
    void everyAreaHasAShapeAndEveryShapeAnArea();
    void projectionKeepsBritainsShape();
    void sampleShadesItsAreasOnly();
    void notHeldIsAStatusNeverAColour();
    void partialTotalsAreMarked();
    void breaksAreRound();
    void breaksFollowTheValuesRange();
    void measuresByKey();
    void geoJsonRefusesWhatItCannotRead();
};

void TestMapData::everyAreaHasAShapeAndEveryShapeAnArea()
{
    QSet<QString> codes;
    for (const Area &a : Areas::all())
        if (a.code != kUnknownAreaCode)
            codes.insert(a.code);
    QCOMPARE(codes.size(), 43);
    QSet<QString> shapes;
    for (const AreaShape &s : AreaShapes::all()) {
        QVERIFY2(codes.contains(s.code), qPrintable(s.code));
        QVERIFY(!s.path.isEmpty());
        shapes.insert(s.code);
    }
    QCOMPARE(shapes, codes);
    QCOMPARE(AreaShapes::all().size(), 43);
    QVERIFY(AreaShapes::attribution().contains(QStringLiteral("Open Government Licence v.3.0")));
}

void TestMapData::projectionKeepsBritainsShape()
{
    // England and Wales are taller than wide; drawn from raw longitude/latitude they would be
    // 1.4 times wider than tall.
    const QRectF b = AreaShapes::bounds();
    QVERIFY2(b.width() / b.height() > 0.75 && b.width() / b.height() < 1.0, qPrintable(QString::number(b.width() / b.height())));
    // About 660 km from the south coast to the Scottish border.
    QVERIFY(b.height() > 600000 && b.height() < 700000);
    // 2°W is the central meridian; London lies east of it, Cardiff west.
    QCOMPARE(projectToBritain(-2.0, 52.0).x(), 0.0);
    QVERIFY(AreaShapes::byCode(QStringLiteral("E23000001"))->path.boundingRect().center().x() > 0);
    QVERIFY(projectToBritain(-3.18, 51.48).x() < 0);
}

void TestMapData::sampleShadesItsAreasOnly()
{
    const MapSpec map = buildMap(computeComparison(sampleProject()), MapOptions{});
    QCOMPARE(map.areas.size(), 43);
    QStringList withLetters;
    int noLetter = 0;
    for (const MapArea &a : map.areas) {
        if (a.state == MapAreaState::NoLetter) {
            ++noLetter;
            QVERIFY(!a.value);
            QCOMPARE(a.colourClass, -1);
            QCOMPARE(a.label, QStringLiteral("no letter"));
        } else {
            withLetters << a.name;
        }
    }
    // The sample's letters come from Avon and Somerset, Derbyshire and Leicestershire; the fourth
    // does not say its area, so it is listed beside the map, not placed.
    withLetters.sort();
    QCOMPARE(withLetters, (QStringList{"Avon and Somerset", "Derbyshire", "Leicestershire"}));
    QCOMPARE(noLetter, 40);
    QCOMPARE(map.unlocated.size(), 1);
    QVERIFY(map.unlocated.first().startsWith(QStringLiteral("2023-24-023")));
    const MapArea *derbyshire = map.area(QStringLiteral("E23000018"));
    QCOMPARE(derbyshire->state, MapAreaState::Shaded);
    QCOMPARE(*derbyshire->value, double(15 + 1 + 0 + 23 + 54 + 23 + 101 + 50));
    QCOMPARE(derbyshire->returns, 4);
    QVERIFY(derbyshire->colourClass >= 0);
    QVERIFY(map.attribution.contains(QStringLiteral("Crown copyright")));
}

void TestMapData::notHeldIsAStatusNeverAColour()
{
    const Comparison c = computeComparison(sampleProject());
    MapOptions self;
    self.route = ReferralRoute::Self;
    const MapSpec map = buildMap(c, self);
    // Leicestershire's self-referrals are not held (OOCR) or impossible (Jenkins): no number.
    const MapArea *leicestershire = map.area(QStringLiteral("E23000021"));
    QVERIFY(leicestershire);
    QCOMPARE(leicestershire->state, MapAreaState::NoNumber);
    QVERIFY(!leicestershire->value);
    QCOMPARE(leicestershire->label, QStringLiteral("not held"));
    QCOMPARE(leicestershire->colourClass, -1);
    // Avon and Somerset's: it is not possible to self-refer.
    const MapArea *avon = map.area(QStringLiteral("E23000036"));
    QCOMPARE(avon->state, MapAreaState::NoNumber);
    QCOMPARE(avon->label, QStringLiteral("n/a"));
    // A real 0 is a value, in the lowest class.
    ProjectData p = sampleProject();
    for (ProgrammeReturn &r : p.returns)
        if (p.letters.value(r.letterId).areaCode == QStringLiteral("E23000036"))
            r.figure(FigureField::SelfReferred) = Figure::reported(0);
    const MapSpec withZero = buildMap(computeComparison(p), self);
    const MapArea *zero = withZero.area(QStringLiteral("E23000036"));
    QCOMPARE(zero->state, MapAreaState::Shaded);
    QCOMPARE(*zero->value, 0.0);
    QCOMPARE(zero->colourClass, 0);
}

void TestMapData::partialTotalsAreMarked()
{
    const MapSpec map = buildMap(computeComparison(sampleProject()), MapOptions{});
    const MapArea *leicestershire = map.area(QStringLiteral("E23000021"));
    QCOMPARE(leicestershire->state, MapAreaState::Partial); // OOCR's self-referrals not held
    QCOMPARE(leicestershire->label, QStringLiteral("≥ 138"));
    QCOMPARE(leicestershire->without, 1); // the Jenkins Project's routes do not exist: nothing left out
    QVERIFY(leicestershire->toolTip.contains(QStringLiteral("1 without a number")));
    QVERIFY(leicestershire->footnotes.contains(int(computeComparison(sampleProject()).footnotes.indexOf(
                                                   QStringLiteral("covers all crime types, not just DA"))
                                               + 1)));
    QVERIFY(!map.remarks.isEmpty());
}

void TestMapData::breaksAreRound()
{
    for (MapMeasure m : kAllMapMeasures) {
        const MapSpec map = buildMap(computeComparison(sampleProject()), MapOptions{m, ReferralRoute::All});
        QVERIFY(map.classCount() >= 1);
        QCOMPARE(map.breakLabels.size(), map.breaks.size());
        for (int i = 1; i < map.breaks.size(); ++i)
            QVERIFY(map.breaks[i] > map.breaks[i - 1]);
        for (const MapArea &a : map.areas) {
            if (a.value) {
                QVERIFY(a.colourClass >= 0 && a.colourClass < map.classCount());
                QVERIFY(*a.value >= map.breaks[a.colourClass]);
                QVERIFY(*a.value <= map.breaks[a.colourClass + 1]);
            }
        }
    }
    // Few areas: equal round steps (1, 2, 2.5 or 5 × 10ⁿ), never 25.3.
    const QList<double> few = mapBreaks({3, 138, 267});
    QCOMPARE(few, (QList<double>{0, 50, 100, 150, 200, 250, 300}));
    // Many areas: fifths at two significant figures, and an outlier takes the top class only.
    QList<double> many;
    for (int i = 0; i < 42; ++i)
        many << 40.0 + i * 3.7;
    many << 58434.3;
    const QList<double> breaks = mapBreaks(many);
    QCOMPARE(breaks.first(), 40.0);
    QCOMPARE(breaks.last(), 59000.0);
    QVERIFY(breaks.size() >= 5);
    for (double b : breaks) {
        const double unit = std::pow(10.0, std::floor(std::log10(b)) - 1);
        QVERIFY2(qFuzzyCompare(b / unit, std::round(b / unit)), qPrintable(QString::number(b)));
    }
    QCOMPARE(mapClassOf(58434.3, breaks), int(breaks.size()) - 2);
    QVERIFY(mapClassOf(200, breaks) >= 2); // the others spread over the classes below
    QCOMPARE(legendValue(0.76, ValueFormat::Percent), QStringLiteral("76%"));
    QCOMPARE(legendValue(1.015, ValueFormat::Percent), QStringLiteral("101.5%"));
    QCOMPARE(legendValue(260000, ValueFormat::Money), QStringLiteral("£260,000"));
    QCOMPARE(legendValue(2.5, ValueFormat::Money), QStringLiteral("£2.50"));
    QCOMPARE(legendValue(0.0051, ValueFormat::Money), QStringLiteral("£0.0051")); // never "£0" for what is not 0
}

void TestMapData::breaksFollowTheValuesRange()
{
    // Rates between 70 and 90 %: the classes cover that range, not 0–100 % in one colour.
    ProjectData p = sampleProject();
    const MapSpec map = buildMap(computeComparison(p), MapOptions{MapMeasure::AcceptanceRate, ReferralRoute::Agency});
    double lo = 1e9, hi = -1e9;
    for (const MapArea &a : map.areas)
        if (a.value) {
            lo = std::min(lo, *a.value);
            hi = std::max(hi, *a.value);
        }
    QVERIFY(map.breaks.first() <= lo);
    QVERIFY(map.breaks.last() >= hi);
    QVERIFY(map.breaks.first() > 0 || lo < map.breaks[1]);
    QVERIFY(map.classCount() >= 2);
}

void TestMapData::measuresByKey()
{
    for (MapMeasure m : kAllMapMeasures)
        QCOMPARE(mapMeasureFromKey(mapMeasureKey(m)), std::optional<MapMeasure>(m));
    QVERIFY(!mapMeasureFromKey(QStringLiteral("happiness")));
}

void TestMapData::geoJsonRefusesWhatItCannotRead()
{
    QVERIFY(readGeoJson("{ not json").error.contains(QStringLiteral("not JSON")));
    QVERIFY(readGeoJson(R"({"type":"Feature"})").error.contains(QStringLiteral("FeatureCollection")));
    const GeoJsonRead point = readGeoJson(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[0,51]}}]})");
    QVERIFY(point.error.contains(QStringLiteral("feature 1")));
    QVERIFY(point.features.isEmpty());
    const GeoJsonRead square = readGeoJson(
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"PFA23CD":"X"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})");
    QVERIFY(square.error.isEmpty());
    QCOMPARE(square.features.size(), 1);
    QCOMPARE(square.features.first().polygons.first().first().size(), 4);
}

QTEST_GUILESS_MAIN(TestMapData)
#include "tst_mapdata.moc"
