// Lays out the chart switches and the chart, and keeps the chart current.
#include "charts/chartpanel.h"
#include "charts/chartfile.h"
#include "charts/comparisonchart.h"
#include "charts/pngsizedialog.h"
#include "itemmodels/livecomparison.h"

#include <QtCharts/QChartView>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
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
    , m_chart(new ComparisonChart)
    , m_view(new QChartView(m_chart))
    , m_scroll(new QScrollArea(this))
    , m_export(new QAction(tr("Export Chart…"), this))
{
    for (ChartKind kind : kAllChartKinds)
        m_kinds->addTab(chartKindLabel(kind));
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
    for (QComboBox *box : {m_route, m_money, m_areas, m_limit}) {
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
    connect(m_chart, &ComparisonChart::returnActivated, this, &ChartPanel::returnActivated);
    connect(m_chart, &ComparisonChart::areaActivated, this, &ChartPanel::areaActivated);

    auto *switches = new QHBoxLayout;
    switches->setContentsMargins(4, 0, 4, 0);
    switches->addWidget(m_kinds);
    switches->addWidget(m_route);
    switches->addWidget(m_money);
    switches->addWidget(m_areas);
    switches->addWidget(m_limit);
    switches->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(switches);
    layout->addWidget(m_scroll, 1);

    connect(m_comparison, &LiveComparison::updated, this, &ChartPanel::scheduleRefresh);
    updateControls();
    refresh();
}

ChartOptions ChartPanel::options() const
{
    ChartOptions o;
    o.kind = kAllChartKinds[std::max(0, m_kinds->currentIndex())];
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
    const bool areas = o.kind == ChartKind::Areas;
    m_route->setVisible(o.kind == ChartKind::Funnel || o.kind == ChartKind::Rates
                        || (areas && o.areas != AreaView::Budget));
    m_money->setVisible(o.kind == ChartKind::Money);
    m_areas->setVisible(areas);
    m_limit->setVisible(!areas);
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
    m_chart->setSpec(buildChart(m_comparison->comparison(), options()));
    m_dirty = false;
    fitHeight();
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

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitHeight();
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::exportChart()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = chartKindKey(options().kind) + QStringLiteral("-chart.png");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), QDir(folder).filePath(name),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    QSize pixels;
    if (chartFileFormatOf(path) == ChartFileFormat::Png) {
        PngSizeDialog dialog(chartNaturalSize(spec()).toSize() * 2, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        pixels = dialog.pixelSize();
    }
    QString error;
    if (!writeChartFile(path, spec(), pixels, &error)) {
        QMessageBox::warning(this, tr("Chart not exported"), error);
        return;
    }
    emit statusMessage(tr("Chart written to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace dapp
