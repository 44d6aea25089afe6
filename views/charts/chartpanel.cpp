// Lays out the chart switches and the chart, and keeps the chart current.
#include "charts/chartpanel.h"
#include "charts/chartfile.h"
#include "charts/comparisonchart.h"
#include "charts/mapscene.h"
#include "charts/pngsizedialog.h"
#include "itemmodels/livecomparison.h"

#include <QtCharts/QChartView>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QStandardPaths>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace dapp {

ChartPanel::ChartPanel(LiveComparison *comparison, QWidget *parent)
    : QWidget(parent)
    , m_comparison(comparison)
    , m_kinds(new QTabBar(this))
    , m_route(new QComboBox(this))
    , m_money(new QComboBox(this))
    , m_areas(new QComboBox(this))
    , m_limit(new QComboBox(this))
    , m_measure(new QComboBox(this))
    , m_chart(new ComparisonChart)
    , m_map(new MapScene(this))
    , m_mapView(new QGraphicsView(m_map))
    , m_pages(new QStackedWidget(this))
    , m_view(new QChartView(m_chart))
    , m_scroll(new QScrollArea(this))
    , m_export(new QAction(tr("Export Chart…"), this))
{
    for (ChartKind kind : kAllChartKinds)
        m_kinds->addTab(chartKindLabel(kind));
    m_kinds->addTab(tr("Map"));
    for (MapMeasure m : kAllMapMeasures)
        m_measure->addItem(mapMeasureLabel(m), int(m));
    m_measure->setToolTip(tr("What shades the areas"));
    m_kinds->setExpanding(false);
    m_route->addItem(tr("All referrals"), int(ReferralRoute::All));
    m_route->addItem(tr("Self-referrals"), int(ReferralRoute::Self));
    m_route->addItem(tr("Agency referrals"), int(ReferralRoute::Agency));
    m_route->setToolTip(tr("Which referral route the funnel and the rates count"));
    m_money->addItem(tr("Budget"), int(MoneyView::Budget));
    m_money->addItem(tr("Cost per referral and per completion"), int(MoneyView::Costs));
    m_areas->addItem(tr("Referred, accepted, completed"), int(AreaView::Funnel));
    m_areas->addItem(tr("Budget"), int(AreaView::Budget));
    m_areas->addItem(tr("Referrals per 100,000 residents"), int(AreaView::PerResident));
    m_limit->addItem(tr("Top 25"), 25);
    m_limit->addItem(tr("Top 50"), 50);
    m_limit->addItem(tr("All returns"), 0);
    m_limit->setToolTip(tr("How many returns to draw; the rest are summarised in one bar"));
    for (QComboBox *box : {m_route, m_money, m_areas, m_limit, m_measure}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, &ChartPanel::refresh);
    }
    connect(m_kinds, &QTabBar::currentChanged, this, [this] {
        updateControls();
        refresh();
    });

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_export);
    m_export->setToolTip(tr("Write the chart shown as PNG, SVG or PDF"));
    connect(m_export, &QAction::triggered, this, &ChartPanel::exportChart);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->viewport()->installEventFilter(this);
    m_mapView->setRenderHint(QPainter::Antialiasing);
    m_mapView->setFrameShape(QFrame::NoFrame);
    m_mapView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_mapView->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_mapView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_mapView->addAction(m_export);
    m_mapView->viewport()->installEventFilter(this);
    m_pages->addWidget(m_scroll);
    m_pages->addWidget(m_mapView);
    connect(m_map, &MapScene::areaActivated, this, &ChartPanel::areaActivated);
    connect(m_chart, &ComparisonChart::returnActivated, this, &ChartPanel::returnActivated);
    connect(m_chart, &ComparisonChart::areaActivated, this, &ChartPanel::areaActivated);

    auto *switches = new QHBoxLayout;
    switches->setContentsMargins(4, 0, 4, 0);
    switches->addWidget(m_kinds);
    switches->addWidget(m_route);
    switches->addWidget(m_money);
    switches->addWidget(m_areas);
    switches->addWidget(m_limit);
    switches->addWidget(m_measure);
    switches->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(switches);
    layout->addWidget(m_pages, 1);

    connect(m_comparison, &LiveComparison::updated, this, &ChartPanel::scheduleRefresh);
    updateControls();
    refresh();
}

bool ChartPanel::showsMap() const { return m_kinds->currentIndex() == int(std::size(kAllChartKinds)); }

MapOptions ChartPanel::mapOptions() const
{
    MapOptions o;
    o.measure = MapMeasure(m_measure->currentData().toInt());
    o.route = ReferralRoute(m_route->currentData().toInt());
    return o;
}

void ChartPanel::showMap(const MapOptions &o)
{
    const QSignalBlocker blockKinds(m_kinds);
    const QSignalBlocker blockRoute(m_route);
    const QSignalBlocker blockMeasure(m_measure);
    m_kinds->setCurrentIndex(int(std::size(kAllChartKinds)));
    m_route->setCurrentIndex(m_route->findData(int(o.route)));
    m_measure->setCurrentIndex(m_measure->findData(int(o.measure)));
    refresh();
}

ChartOptions ChartPanel::options() const
{
    ChartOptions o;
    o.kind = showsMap() ? ChartKind::Funnel : kAllChartKinds[std::max(0, m_kinds->currentIndex())];
    o.route = ReferralRoute(m_route->currentData().toInt());
    o.money = MoneyView(m_money->currentData().toInt());
    o.areas = AreaView(m_areas->currentData().toInt());
    o.maxCategories = m_limit->currentData().toInt();
    return o;
}

void ChartPanel::setOptions(const ChartOptions &o)
{
    const QSignalBlocker blockKinds(m_kinds);
    const QSignalBlocker blockRoute(m_route);
    const QSignalBlocker blockMoney(m_money);
    const QSignalBlocker blockAreas(m_areas);
    const QSignalBlocker blockLimit(m_limit);
    m_kinds->setCurrentIndex(int(o.kind));
    m_route->setCurrentIndex(m_route->findData(int(o.route)));
    m_money->setCurrentIndex(m_money->findData(int(o.money)));
    m_areas->setCurrentIndex(m_areas->findData(int(o.areas)));
    const int limit = m_limit->findData(o.maxCategories);
    m_limit->setCurrentIndex(limit >= 0 ? limit : 0);
    updateControls();
    refresh();
}

const ChartSpec &ChartPanel::spec() const { return m_chart->spec(); }

void ChartPanel::updateControls()
{
    const ChartOptions o = options();
    const bool map = showsMap();
    const bool areas = o.kind == ChartKind::Areas && !map;
    m_route->setVisible(map ? mapMeasureHasRoute(mapOptions().measure)
                            : o.kind == ChartKind::Funnel || o.kind == ChartKind::Rates
                                  || (areas && o.areas != AreaView::Budget));
    m_money->setVisible(o.kind == ChartKind::Money && !map);
    m_areas->setVisible(areas);
    m_limit->setVisible(!areas && !map);
    m_measure->setVisible(map);
    m_pages->setCurrentWidget(map ? static_cast<QWidget *>(m_mapView) : m_scroll);
}

void ChartPanel::scheduleRefresh()
{
    m_dirty = true;
    if (m_scheduled || !isVisible())
        return; // a hidden panel redraws when shown
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (m_dirty)
            refresh();
    });
}

void ChartPanel::refresh()
{
    updateControls();
    // Only the chart in sight is drawn; the other waits for its tab.
    if (showsMap()) {
        // An edit usually changes only the areas' fills: the layout then stays.
        const MapSpec spec = buildMap(m_comparison->comparison(), mapOptions());
        if (!m_map->updateAreas(spec)) {
            m_map->setSpec(spec, false);
            fitMap();
        }
    } else {
        m_chart->setSpec(buildChart(m_comparison->comparison(), options()));
        fitHeight();
    }
    m_dirty = false;
}

void ChartPanel::fitHeight()
{
    // Every category gets room; past the viewport's height the panel scrolls.
    const qreal width = m_scroll->viewport()->width();
    const int wanted = int(ComparisonChart::preferredHeight(m_chart->spec(), width));
    m_view->setMinimumHeight(std::max(wanted, 240));
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ChartPanel::fitMap()
{
    // The map fills the panel's width, laid out anew (never scaled as a picture); when the
    // panel is shorter than the map, its legend and notes, the panel scrolls.
    const QSize size = m_mapView->viewport()->size();
    qreal width = std::max(m_mapView->width() - 2 * m_mapView->frameWidth(), 480);
    qreal height = MapScene::naturalSize(m_map->spec(), width).height();
    if (height > size.height()) { // a vertical scroll bar will take its share of the width
        width -= m_mapView->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        height = MapScene::naturalSize(m_map->spec(), width).height();
    }
    m_map->layoutAt(QSizeF(width, std::max<qreal>(size.height(), height)));
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitHeight();
    if (watched == m_mapView->viewport() && event->type() == QEvent::Resize && showsMap())
        fitMap();
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::exportChart()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = (showsMap() ? QStringLiteral("map") : chartKindKey(options().kind)) + QStringLiteral("-chart.png");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(folder).filePath(name),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    QSize pixels;
    const QSizeF natural = showsMap() ? MapScene::naturalSize(m_map->spec()) : chartNaturalSize(spec());
    if (chartFileFormatOf(path) == ChartFileFormat::Png) {
        PngSizeDialog dialog(natural.toSize() * 2, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        pixels = dialog.pixelSize();
    }
    QString error;
    const bool written = showsMap() ? writeMapFile(path, m_map->spec(), pixels, &error) : writeChartFile(path, spec(), pixels, &error);
    if (!written) {
        QMessageBox::warning(this, tr("Chart not exported"), error);
        return;
    }
    emit statusMessage(tr("Chart written to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace dapp
