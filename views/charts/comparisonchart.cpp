// Draws a ChartSpec with Qt Charts and the overlays that keep missing values visible.
#include "charts/comparisonchart.h"
#include "charts/chartstyle.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QValueAxis>

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsRectItem>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPen>
#include <QTextDocument>

#include <algorithm>

namespace dapp {

namespace {
constexpr qreal kBarWidth = 0.8;   // of a category's height
constexpr qreal kStubWidth = 16;   // the hatched stub of a missing value, in pixels
constexpr qreal kPad = 10;
constexpr int kMaxLabelChars = 48; // category labels beyond this are elided; hover shows all

QString elided(const QString &text)
{
    return text.size() <= kMaxLabelChars ? text : text.left(kMaxLabelChars - 1).trimmed() + QChar(0x2026);
}

QString withNotes(const QString &text, const QList<int> &footnotes)
{
    if (footnotes.isEmpty())
        return text;
    QStringList numbers;
    for (int n : footnotes)
        numbers << QString::number(n);
    return QStringLiteral("%1 [%2]").arg(text, numbers.join(QLatin1Char(',')));
}

QString withNotes(const ChartBar &bar) { return withNotes(bar.label, bar.footnotes); }

qreal rowHeight(const ChartSpec &spec)
{
    // Each bar tall enough for its label, with air between categories.
    return qreal(std::max<qsizetype>(1, spec.seriesNames.size())) * 13.0 + 9.0;
}
} // namespace

ComparisonChart::ComparisonChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_title(new QGraphicsSimpleTextItem(this))
    , m_subtitle(new QGraphicsSimpleTextItem(this))
    , m_footer(new QGraphicsTextItem(this))
    , m_series(new QHorizontalBarSeries(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setBackgroundBrush(Qt::white);
    // Axis numbers with thousands separators (10,000), as the labels write them.
    setLocalizeNumbers(true);
    setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_title->setFont(chartstyle::titleFont());
    m_title->setBrush(chartstyle::textColour());
    m_subtitle->setFont(chartstyle::subtitleFont());
    m_subtitle->setBrush(chartstyle::quietColour());
    m_footer->setFont(chartstyle::noteFont());
    m_footer->setDefaultTextColor(chartstyle::quietColour());
    legend()->setAlignment(Qt::AlignTop);
    legend()->setReverseMarkers(true); // sets are added bottom-up; the legend reads top-down
    legend()->setFont(chartstyle::labelFont());
    connect(this, &QChart::plotAreaChanged, this, &ComparisonChart::placeOverlays);

    m_series->setBarWidth(kBarWidth);
    addSeries(m_series);
    m_categories->setLabelsFont(chartstyle::labelFont());
    m_categories->setGridLineVisible(false);
    addAxis(m_categories, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_values->setLabelsFont(chartstyle::labelFont());
    m_values->setTitleFont(chartstyle::labelFont());
    m_values->setGridLineColor(QColor(0xdd, 0xdd, 0xdd));
    addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_values);
}

qreal ComparisonChart::preferredHeight(const ChartSpec &spec, qreal width)
{
    QTextDocument footer;
    footer.setDefaultFont(chartstyle::noteFont());
    footer.setTextWidth(std::max<qreal>(200, width - 2 * kPad));
    ComparisonChart probe;
    probe.m_spec = spec;
    footer.setPlainText(probe.footerText());
    const qreal header = 64;  // title, subtitle, legend
    const qreal axis = 48;    // value axis labels and title
    return header + axis + footer.size().height() + rowHeight(spec) * std::max<qsizetype>(1, spec.categories.size()) + kPad;
}

void ComparisonChart::setSpec(const ChartSpec &spec)
{
    m_spec = spec;
    m_title->setText(spec.title);
    m_subtitle->setText(spec.subtitle);
    m_footer->setPlainText(footerText());
    // Every change below moves the plot area; the overlays are placed once, at the end.
    m_placing = true;
    rebuildSeries();
    updateMargins();
    m_placing = false;
    placeOverlays();
}

QString ComparisonChart::footerText() const
{
    QStringList lines;
    for (const auto &[number, text] : m_spec.notes)
        lines << QStringLiteral("[%1] %2").arg(number).arg(text);
    lines << m_spec.remarks;
    if (m_spec.isEmpty())
        lines.prepend(tr("No returns match the filters."));
    lines << m_spec.source;
    return lines.join(QLatin1Char('\n'));
}

double ComparisonChart::scaled(double value) const { return value * m_factor; }

void ComparisonChart::rebuildSeries()
{
    double largest = 0;
    for (const ChartCategory &cat : std::as_const(m_spec.categories))
        for (const ChartBar &bar : cat.bars)
            if (bar.value)
                largest = std::max(largest, *bar.value);
    largest = std::max(largest, m_spec.minimumAxisMaximum);
    // Axis units: rates in percent; large sums of money in thousands of pounds.
    QString format = QStringLiteral("%.0f");
    QString axisTitle = m_spec.valueAxisTitle;
    m_factor = 1;
    if (m_spec.format == ValueFormat::Percent) {
        m_factor = 100;
        format = QStringLiteral("%.0f%");
    } else if (m_spec.format == ValueFormat::Money && largest >= 10000) {
        m_factor = 0.001;
        format = QStringLiteral("£%.0fk");
        axisTitle = tr("Thousands of pounds");
    } else if (m_spec.format == ValueFormat::Money) {
        format = QStringLiteral("£%.0f");
    }
    AxisScale scale = niceScale(scaled(largest));
    if (m_spec.format == ValueFormat::Count && scale.step < 1)
        scale = AxisScale{std::max(1.0, std::ceil(scale.maximum)), 1.0}; // no half people
    if (scale.step < 1 && scale.step * 10 != std::floor(scale.step * 10))
        format = QStringLiteral("%.2f");
    else if (scale.step < 1)
        format = QStringLiteral("%.1f");

    // The series and axes live as long as the chart and are refilled: axes removed and made
    // anew leave stale labels behind in a view.
    QHorizontalBarSeries *series = m_series;
    series->clear();
    const int seriesCount = int(m_spec.seriesNames.size());
    const int n = int(m_spec.categories.size());
    // Qt Charts draws the first set and the first category at the bottom: both go in reversed,
    // so the chart reads from the top like the table.
    for (int s = seriesCount - 1; s >= 0; --s) {
        auto *set = new QBarSet(m_spec.seriesNames[s], series);
        const QColor colour = chartstyle::seriesColour(s, seriesCount);
        set->setColor(colour);
        set->setBorderColor(colour);
        QList<qreal> values;
        values.reserve(n);
        for (int i = n - 1; i >= 0; --i) {
            const ChartBar &bar = m_spec.categories[i].bars.value(s);
            // A missing value has no bar at all; its marker is laid over (placeOverlays).
            values << (bar.value ? scaled(*bar.value) : 0.0);
        }
        set->append(values);
        connect(set, &QBarSet::clicked, this, [this, n](int index) {
            const ChartCategory &cat = m_spec.categories.value(n - 1 - index);
            if (cat.returnId)
                emit returnActivated(cat.returnId);
            else if (!cat.areaCode.isEmpty())
                emit areaActivated(cat.areaCode);
        });
        series->append(set);
    }

    QStringList labels;
    for (int i = n - 1; i >= 0; --i) {
        QString label = withNotes(elided(m_spec.categories[i].label), m_spec.categories[i].footnotes);
        while (labels.contains(label))
            label += QChar(0x200B); // a category axis keeps only distinct labels
        labels << label;
    }
    QBarCategoryAxis *categories = m_categories;
    categories->clear();
    categories->append(labels);

    QValueAxis *values = m_values;
    values->setRange(0, scale.maximum);
    values->setTickCount(scale.tickCount());
    values->setLabelFormat(format);
    values->setTitleText(axisTitle);
    legend()->setVisible(seriesCount > 1);

    // Room at the right for the longest label beyond its bar.
    const QFontMetricsF metrics(chartstyle::labelFont());
    m_labelRoom = 40;
    for (const ChartCategory &cat : std::as_const(m_spec.categories))
        for (const ChartBar &bar : cat.bars)
            m_labelRoom = std::max(m_labelRoom, metrics.horizontalAdvance(withNotes(bar)) + kStubWidth + 12);
}

void ComparisonChart::updateMargins()
{
    const qreal width = size().width() > 0 ? size().width() : 800;
    m_footer->setTextWidth(std::max<qreal>(200, width - 2 * kPad));
    const qreal header = QFontMetricsF(chartstyle::titleFont()).height() + QFontMetricsF(chartstyle::subtitleFont()).height() + 14;
    const qreal footer = m_footer->boundingRect().height() + 6;
    setMargins(QMargins(int(kPad), int(header), int(std::min(m_labelRoom, width * 0.45)), int(footer)));
}

void ComparisonChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    updateMargins();
    placeOverlays();
}

void ComparisonChart::layoutNow()
{
    updateMargins();
    if (layout())
        layout()->activate();
    placeOverlays();
}

void ComparisonChart::placeOverlays()
{
    if (m_placing)
        return;
    m_placing = true;
    qDeleteAll(m_overlays);
    m_overlays.clear();
    m_marks.clear();
    const QRectF area = rect();
    // A title wider than the chart is cut with an ellipsis; hovering shows it whole.
    const qreal room = std::max<qreal>(40, area.width() - 2 * kPad);
    m_title->setText(QFontMetricsF(chartstyle::titleFont()).elidedText(m_spec.title, Qt::ElideRight, room));
    m_title->setToolTip(m_spec.title);
    m_subtitle->setText(QFontMetricsF(chartstyle::subtitleFont()).elidedText(m_spec.subtitle, Qt::ElideRight, room));
    m_subtitle->setToolTip(m_spec.subtitle);
    m_title->setPos(kPad, 6);
    m_subtitle->setPos(kPad, 6 + QFontMetricsF(chartstyle::titleFont()).height() + 2);
    m_footer->setPos(kPad - 4, area.bottom() - m_footer->boundingRect().height() - 4);

    if (plotArea().isEmpty() || m_spec.categories.isEmpty()) {
        m_placing = false;
        return;
    }
    QAbstractSeries *series = m_series;
    const int n = int(m_spec.categories.size());
    const int seriesCount = int(m_spec.seriesNames.size());
    const QFont font = chartstyle::labelFont();
    QFont italic = font;
    italic.setItalic(true);
    const qreal textHeight = QFontMetricsF(font).height();
    for (int k = 0; k < n; ++k) {
        const ChartCategory &cat = m_spec.categories[k];
        const int i = n - 1 - k; // the chart's category index, counted from the bottom
        // The whole row answers hover with the full label and every value.
        const QPointF rowTop = mapToPosition(QPointF(0, i + 0.5), series);
        const QPointF rowBottom = mapToPosition(QPointF(0, i - 0.5), series);
        auto *row = new QGraphicsRectItem(QRectF(0, rowTop.y(), area.width(), rowBottom.y() - rowTop.y()), this);
        row->setPen(Qt::NoPen);
        row->setBrush(Qt::NoBrush);
        row->setZValue(-1);
        QStringList tip{QStringLiteral("<b>%1</b>").arg(cat.label.toHtmlEscaped())};
        for (const ChartBar &bar : cat.bars)
            tip << bar.toolTip.toHtmlEscaped();
        row->setToolTip(tip.join(QStringLiteral("<br>")));
        m_overlays << row;

        for (int s = 0; s < seriesCount; ++s) {
            const ChartBar &bar = cat.bars.value(s);
            const int setIndex = seriesCount - 1 - s;
            const qreal y0 = i - kBarWidth / 2 + qreal(setIndex) / seriesCount * kBarWidth;
            const qreal y1 = i - kBarWidth / 2 + qreal(setIndex + 1) / seriesCount * kBarWidth;
            const QPointF a = mapToPosition(QPointF(0, y0), series);
            const QPointF b = mapToPosition(QPointF(bar.value ? scaled(*bar.value) : 0.0, y1), series);
            const QRectF place = QRectF(a, b).normalized();
            BarMark mark{k, s, withNotes(bar), !bar.value, {}, place};
            qreal textX = place.right() + 4;
            if (!bar.value) {
                // Missing: a hatched, outlined stub and its word, so nobody reads a zero.
                mark.stub = QRectF(place.left(), place.top(), kStubWidth, place.height());
                auto *stub = new QGraphicsRectItem(mark.stub, this);
                stub->setBrush(chartstyle::missingBrush());
                QPen pen(chartstyle::quietColour());
                pen.setStyle(Qt::DashLine);
                pen.setWidthF(0.8);
                stub->setPen(pen);
                stub->setToolTip(bar.toolTip);
                m_overlays << stub;
                textX = mark.stub.right() + 4;
            }
            auto *text = new QGraphicsSimpleTextItem(mark.text, this);
            text->setFont(bar.value ? font : italic);
            text->setBrush(bar.value ? chartstyle::textColour() : chartstyle::quietColour());
            text->setPos(textX, place.center().y() - textHeight / 2);
            text->setToolTip(bar.toolTip);
            m_overlays << text;
            m_marks << mark;
        }
    }
    m_placing = false;
}

} // namespace dapp
