// One chart of the comparison, drawn with Qt Charts from a ChartSpec: horizontal bars, one
// group per return or area, a legend, nice axis ticks; and laid over them what Qt Charts
// cannot draw: a hatched, outlined stub with its status word where a value is missing, value
// labels with caveat numbers, the title, subtitle, numbered notes and the source line. The
// same object draws in the panel, into PNG/SVG/PDF files and into the report.
#pragma once

#include "domain/chartdata.h"

#include <QtCharts/QChart>

#include <QList>

class QBarCategoryAxis;
class QGraphicsItem;
class QHorizontalBarSeries;
class QValueAxis;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

namespace dapp {

class ComparisonChart : public QChart
{
    Q_OBJECT
public:
    explicit ComparisonChart(QGraphicsItem *parent = nullptr);

    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }
    // The height (in pixels at 96 dpi) that gives every category room at this width.
    static qreal preferredHeight(const ChartSpec &spec, qreal width);

    // What is drawn over a bar: its label, or its missing stub and word (for tests and
    // accessibility: a missing value must show as a marker, never as a zero bar).
    struct BarMark
    {
        int category = 0; // index into spec().categories
        int series = 0;
        QString text;
        bool missing = false;
        QRectF stub; // the hatched stub of a missing value, in chart coordinates
        QRectF bar;  // the bar's place
    };
    QList<BarMark> barMarks() const { return m_marks; }
    // Lays everything out now (a chart laid out only on show would be empty in a file).
    void layoutNow();

signals:
    void returnActivated(dapp::Id returnId);
    void areaActivated(const QString &areaCode);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void rebuildSeries();
    void updateMargins();
    void placeOverlays();
    QString footerText() const;
    double scaled(double value) const; // a value as the axis counts it

    ChartSpec m_spec;
    double m_factor = 1;       // value → axis units (percent ×100, money in thousands)
    QGraphicsSimpleTextItem *m_title;
    QGraphicsSimpleTextItem *m_subtitle;
    QGraphicsTextItem *m_footer;
    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QList<QGraphicsItem *> m_overlays;
    QList<BarMark> m_marks;
    qreal m_labelRoom = 80;
    bool m_placing = false;
};

} // namespace dapp
