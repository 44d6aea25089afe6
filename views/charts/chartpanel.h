// The chart panel: the four charts of the comparison (funnel, rates, money, areas) with their
// switches, following the live comparison as it changes, exporting what it shows.
#pragma once

#include "domain/chartdata.h"
#include "domain/mapdata.h"
#include "domain/entities.h"

#include <QWidget>

class QAction;
class QChartView;
class QComboBox;
class QGraphicsView;
class QScrollArea;
class QStackedWidget;
class QTabBar;

namespace dapp {

class ComparisonChart;
class LiveComparison;
class MapScene;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(LiveComparison *comparison, QWidget *parent = nullptr);

    ChartOptions options() const;
    void setOptions(const ChartOptions &options);
    const ChartSpec &spec() const;
    // The fifth tab: the map of the areas.
    bool showsMap() const;
    void showMap(const MapOptions &options);
    MapOptions mapOptions() const;
    MapScene *mapScene() const { return m_map; }
    ComparisonChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    // Rebuilds the chart now (normally it waits for the event loop, so a paste of a thousand
    // cells redraws once).
    void refresh();
    QAction *exportAction() const { return m_export; }
    // Asks where (and, for PNG, at what size) and writes the chart shown.
    void exportChart();

signals:
    void returnActivated(dapp::Id returnId);
    void areaActivated(const QString &areaCode);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void updateControls();
    void fitHeight();
    void fitMap();

    LiveComparison *m_comparison;
    QTabBar *m_kinds;
    QComboBox *m_route;
    QComboBox *m_money;
    QComboBox *m_areas;
    QComboBox *m_limit;
    QComboBox *m_measure;
    ComparisonChart *m_chart;
    MapScene *m_map;
    QGraphicsView *m_mapView;
    QStackedWidget *m_pages;
    QChartView *m_view;
    QScrollArea *m_scroll;
    QAction *m_export;
    bool m_dirty = true;
    bool m_scheduled = false;
};

} // namespace dapp
