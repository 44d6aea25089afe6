// The chart panel and chart files: what is drawn over each bar (a missing value is a hatched
// stub with its word, never a zero bar), that the panel follows edits and filters, and that each
// file format writes a valid file.
#include "charts/chartfile.h"
#include "charts/chartpanel.h"
#include "charts/comparisonchart.h"
#include "charts/mapscene.h"
#include "common/filterbar.h"
#include "editing/edits.h"
#include "itemmodels/livecomparison.h"
#include "testsupport.h"

#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsView>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace dapp;

class TestChartPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void missingValuesAreMarkedNeverZeroBars();
    void aRealZeroIsLabelledZero();
    void followsEditsAndUndo();
    void followsTheSharedFilter();
    void switchesKindAndRoute();
    void writesPngAtTheSizeAsked();
    void writesSvgThatParses();
    void writesOnePagePdf();
    void refusesAnUnknownFormatAndLeavesNothing();
    void mapDrawsEveryAreaAndNeverANumberForAStatus();
    void mapSvgHoldsTheAreasAsPaths();
    void clickingTheMapChoosesAnArea();
    void mapFollowsEdits();

private:
    const ComparisonChart::BarMark *mark(const QString &categoryStart, int series) const;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<LiveComparison> m_live;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ChartPanel> m_panel;
    QTemporaryDir m_dir;
    QList<ComparisonChart::BarMark> m_marks;
};

void TestChartPanel::init()
{
    m_store = test::sampleStore();
    m_live = std::make_unique<LiveComparison>(m_store.get());
    m_stack = std::make_unique<QUndoStack>();
    m_panel = std::make_unique<ChartPanel>(m_live.get());
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestChartPanel::cleanup()
{
    m_panel.reset();
    m_stack.reset();
    m_live.reset();
    m_store.reset();
}

const ComparisonChart::BarMark *TestChartPanel::mark(const QString &categoryStart, int series) const
{
    const ChartSpec &spec = m_panel->spec();
    for (const auto &m : m_marks)
        if (m.series == series && spec.categories.value(m.category).label.startsWith(categoryStart))
            return &m;
    return nullptr;
}

void TestChartPanel::missingValuesAreMarkedNeverZeroBars()
{
    ChartOptions agency;
    agency.route = ReferralRoute::Agency;
    m_panel->setOptions(agency);
    m_panel->chart()->layoutNow();
    m_marks = m_panel->chart()->barMarks();
    QCOMPARE(m_marks.size(), 8 * 3);
    // Derbyshire's Drive: 101 → 77 → 77, bars as long as their numbers.
    const auto *referred = mark(QStringLiteral("Derbyshire — Drive"), 0);
    const auto *accepted = mark(QStringLiteral("Derbyshire — Drive"), 1);
    QVERIFY(referred && accepted);
    QCOMPARE(referred->text, QStringLiteral("101"));
    QVERIFY(!referred->missing);
    QVERIFY(qAbs(accepted->bar.width() / referred->bar.width() - 77.0 / 101.0) < 0.02);
    // Avon and Somerset's agency completion is held by the provider: a stub and its word.
    const auto *avon = mark(QStringLiteral("Avon and Somerset"), 2);
    QVERIFY(avon->missing);
    QVERIFY(avon->text.startsWith(QStringLiteral("provider")));
    QVERIFY(avon->stub.width() > 4);
    QVERIFY(avon->bar.width() < 1); // no bar: nothing drawn that could pass for a zero

    ChartOptions self;
    self.route = ReferralRoute::Self;
    m_panel->setOptions(self);
    m_panel->chart()->layoutNow();
    m_marks = m_panel->chart()->barMarks();
    for (int s = 0; s < 3; ++s) {
        const auto *m = mark(QStringLiteral("Avon and Somerset"), s);
        QVERIFY(m->missing);
        QVERIFY(m->text.startsWith(QStringLiteral("n/a")));
    }
    // The bar set itself never holds a stand-in number for a missing value other than no bar.
    auto *series = qobject_cast<QHorizontalBarSeries *>(m_panel->chart()->series().first());
    QVERIFY(series);
    QCOMPARE(series->count(), 3);
}

void TestChartPanel::aRealZeroIsLabelledZero()
{
    // Derbyshire's Drive: self-referred 0 is a real zero.
    ChartOptions self;
    self.route = ReferralRoute::Self;
    m_panel->setOptions(self);
    m_panel->chart()->layoutNow();
    m_marks = m_panel->chart()->barMarks();
    const auto *zero = mark(QStringLiteral("Derbyshire — Drive"), 0);
    QVERIFY(zero);
    QVERIFY(!zero->missing);
    QCOMPARE(zero->text, QStringLiteral("0"));
    QVERIFY(zero->stub.isNull());
}

void TestChartPanel::followsEditsAndUndo()
{
    ChartOptions agency;
    agency.route = ReferralRoute::Agency;
    m_panel->setOptions(agency);
    Id avon = 0;
    for (const ComparisonRow &row : m_live->comparison().rows)
        if (row.areaName == QStringLiteral("Avon and Somerset"))
            avon = row.returnId;
    m_stack->push(setFigureCommand(m_store.get(), avon, FigureField::AgencyCompleted, Figure::reported(2)).release());
    QTRY_VERIFY(m_panel->spec().categories.first().bars[2].value.has_value());
    QCOMPARE(*m_panel->spec().categories.first().bars[2].value, 2.0);
    m_stack->undo();
    QTRY_VERIFY(!m_panel->spec().categories.first().bars[2].value.has_value());
    QCOMPARE(m_panel->spec().categories.first().bars[2].missingWord, QStringLiteral("provider"));
}

void TestChartPanel::followsTheSharedFilter()
{
    FilterBar filters(m_live.get());
    ComparisonFilter f;
    f.areaCodes = {QStringLiteral("E23000018")};
    f.cohorts = {Cohort::Male};
    filters.setFilter(f);
    QCOMPARE(filters.filter(), f);
    QTRY_COMPARE(m_panel->spec().categories.size(), 4);
    QCOMPARE(m_panel->spec().subtitle, QStringLiteral("male cohort · Derbyshire"));
    for (const ChartCategory &cat : m_panel->spec().categories)
        QVERIFY(cat.label.startsWith(QStringLiteral("Derbyshire")));
    filters.setFilter({});
    QTRY_COMPARE(m_panel->spec().categories.size(), 8);
}

void TestChartPanel::switchesKindAndRoute()
{
    for (ChartKind kind : kAllChartKinds) {
        ChartOptions o;
        o.kind = kind;
        m_panel->setOptions(o);
        QCOMPARE(m_panel->options().kind, kind);
        QCOMPARE(m_panel->spec().options.kind, kind);
        QVERIFY(!m_panel->spec().title.isEmpty());
    }
}

void TestChartPanel::writesPngAtTheSizeAsked()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.png"));
    QString error;
    QVERIFY2(writeChartFile(path, m_panel->spec(), QSize(1600, 1000), &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1600, 1000));
    // Not blank: the bars' blue is in it.
    bool blue = false;
    for (int y = 0; y < image.height() && !blue; y += 3)
        for (int x = 0; x < image.width() && !blue; x += 3)
            blue = image.pixelColor(x, y) == QColor(0x00, 0x72, 0xB2);
    QVERIFY(blue);
    // No size given: the chart's own, taller with more categories.
    QVERIFY(writeChartFile(path, m_panel->spec(), QSize(), &error));
    QCOMPARE(QImage(path).size(), chartNaturalSize(m_panel->spec()).toSize());
}

void TestChartPanel::writesSvgThatParses()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    QVERIFY2(writeChartFile(path, m_panel->spec(), QSize(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QXmlStreamReader xml(text);
    int elements = 0;
    while (!xml.atEnd())
        elements += xml.readNext() == QXmlStreamReader::StartElement;
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(elements > 50);
    QVERIFY(text.contains("Derbyshire"));
    QVERIFY(text.contains("provider")); // the missing marker's word is text, not a picture
}

void TestChartPanel::writesOnePagePdf()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.pdf"));
    QString error;
    QVERIFY2(writeChartFile(path, m_panel->spec(), QSize(), &error), qPrintable(error));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    if (!info.waitForFinished(30000) || info.exitCode() != 0)
        QFAIL("pdfinfo (poppler-utils) is needed: run scripts/install-deps.sh");
    const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(infoText));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(body.contains(QStringLiteral("Referred, accepted and completed")));
    QVERIFY(body.contains(QStringLiteral("covers all crime types")));
    QVERIFY(body.contains(QStringLiteral("Source: FOI responses")));
}

void TestChartPanel::refusesAnUnknownFormatAndLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("chart.gif"));
    QString error;
    QVERIFY(!writeChartFile(path, m_panel->spec(), QSize(), &error));
    QVERIFY(error.contains(QStringLiteral(".png")));
    QVERIFY(!QFileInfo::exists(path));
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QVERIFY(!writeChartFile(nowhere, m_panel->spec(), QSize(), &error));
    QVERIFY(error.contains(QStringLiteral("chart.png")));
}

void TestChartPanel::mapDrawsEveryAreaAndNeverANumberForAStatus()
{
    MapOptions self;
    self.route = ReferralRoute::Self;
    m_panel->showMap(self);
    QVERIFY(m_panel->showsMap());
    MapScene *scene = m_panel->mapScene();
    const MapSpec &spec = scene->spec();
    int items = 0;
    for (const MapArea &a : spec.areas)
        items += scene->areaItem(a.code) != nullptr;
    QCOMPARE(items, 43);
    // Leicestershire's self-referrals are not held: grey cross-hatch, not any class colour.
    const QGraphicsPathItem *leicestershire = scene->areaItem(QStringLiteral("E23000021"));
    QCOMPARE(leicestershire->brush().style(), Qt::TexturePattern);
    const QImage tile = leicestershire->brush().texture().toImage();
    QSet<QRgb> colours;
    for (int y = 0; y < tile.height(); ++y)
        for (int x = 0; x < tile.width(); ++x)
            colours.insert(tile.pixel(x, y));
    for (int c = 0; c < spec.classCount(); ++c)
        QVERIFY(!colours.contains(MapScene::classColour(c, spec.classCount()).rgb()));
    QVERIFY(leicestershire->toolTip().contains(QStringLiteral("not held")));
    // An area with no letter is drawn differently again, and says so.
    const QGraphicsPathItem *kent = scene->areaItem(QStringLiteral("E23000032"));
    QVERIFY(kent->toolTip().contains(QStringLiteral("no letter")));
    QVERIFY(kent->brush().texture().toImage() != tile);
    // Derbyshire has numbers: a plain class colour.
    QCOMPARE(scene->areaItem(QStringLiteral("E23000018"))->brush().style(), Qt::SolidPattern);
}

void TestChartPanel::mapSvgHoldsTheAreasAsPaths()
{
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    QString error;
    const MapSpec spec = buildMap(m_live->comparison(), MapOptions{});
    QVERIFY2(writeMapFile(path, spec, QSize(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(file.readAll());
    // Each area is one path drawn with the map's border colour; the London inset's border is
    // a shade apart.
    QString stroke;
    int areas = 0;
    int inset = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("g"))
            stroke = xml.attributes().value(QLatin1String("stroke")).toString();
        else if (xml.name() == QLatin1String("path") && stroke == QLatin1String("#8c8c8c"))
            ++areas;
        else if (xml.name() == QLatin1String("path") && stroke == QLatin1String("#8d8d8d"))
            ++inset;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(areas, 43);
    QCOMPARE(inset, 2);
    const QString png = m_dir.filePath(QStringLiteral("map.png"));
    QVERIFY(writeMapFile(png, spec, QSize(1200, 1100), &error));
    QCOMPARE(QImage(png).size(), QSize(1200, 1100));
    const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
    QVERIFY(writeMapFile(pdf, spec, QSize(), &error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QFAIL("pdftotext (poppler-utils) is needed: run scripts/install-deps.sh");
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY(body.contains(QStringLiteral("Open Government Licence v.3.0")));
    QVERIFY(body.contains(QStringLiteral("2023-24-023"))); // the letter of no known area, listed
}

void TestChartPanel::clickingTheMapChoosesAnArea()
{
    m_panel->showMap(MapOptions{});
    QSignalSpy chosen(m_panel.get(), &ChartPanel::areaActivated);
    QGraphicsPathItem *derbyshire = m_panel->mapScene()->areaItem(QStringLiteral("E23000018"));
    QVERIFY(derbyshire);
    // A point inside the shape, not just inside its bounding box.
    const QRectF box = derbyshire->path().boundingRect();
    QPointF inside;
    for (qreal f = 0.3; f <= 0.7 && inside.isNull(); f += 0.05)
        for (qreal g = 0.3; g <= 0.7 && inside.isNull(); g += 0.05)
            if (derbyshire->path().contains(QPointF(box.left() + f * box.width(), box.top() + g * box.height())))
                inside = QPointF(box.left() + f * box.width(), box.top() + g * box.height());
    QVERIFY(!inside.isNull());
    auto *view = m_panel->findChild<QGraphicsView *>();
    QVERIFY(view && view->isVisible());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(inside));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), QStringLiteral("E23000018"));
}

void TestChartPanel::mapFollowsEdits()
{
    m_panel->showMap(MapOptions{});
    const QString derbyshire = QStringLiteral("E23000018");
    QVERIFY(m_panel->mapScene()->areaItem(derbyshire)->toolTip().contains(QStringLiteral("267")));
    Id drive = 0;
    for (const ComparisonRow &row : m_live->comparison().rows)
        if (row.areaCode == derbyshire && row.programme == QStringLiteral("Drive"))
            drive = row.returnId;
    // Drive's agency referrals 101 → 111: Derbyshire's total 267 → 277, in place.
    m_stack->push(setFigureCommand(m_store.get(), drive, FigureField::AgencyReferred, Figure::reported(111)).release());
    QTRY_VERIFY(m_panel->mapScene()->areaItem(derbyshire)->toolTip().contains(QStringLiteral("277")));
    // Not held: the area's total becomes partial, and its fill says so.
    m_stack->push(setFigureCommand(m_store.get(), drive, FigureField::AgencyReferred,
                                   Figure::withStatus(FigureStatus::NotHeld)).release());
    QTRY_VERIFY(m_panel->mapScene()->areaItem(derbyshire)->toolTip().contains(QStringLiteral("≥")));
    QCOMPARE(m_panel->mapScene()->areaItem(derbyshire)->brush().style(), Qt::TexturePattern);
    m_stack->undo();
    m_stack->undo();
    QTRY_VERIFY(m_panel->mapScene()->areaItem(derbyshire)->toolTip().contains(QStringLiteral("267")));
    QCOMPARE(m_panel->mapScene()->areaItem(derbyshire)->brush().style(), Qt::SolidPattern);
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
