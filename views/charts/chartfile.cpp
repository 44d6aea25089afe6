// Renders a chart off screen, through a scene of its own.
#include "charts/chartfile.h"
#include "charts/comparisonchart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace dapp {

namespace {
struct ChartFileText
{
    Q_DECLARE_TR_FUNCTIONS(ChartFile)
};

// The chart laid out at `size` in a scene of its own.
struct OffscreenChart
{
    QGraphicsScene scene;
    ComparisonChart *chart = new ComparisonChart;
    OffscreenChart(const ChartSpec &spec, const QSizeF &size)
    {
        scene.addItem(chart);
        chart->setSpec(spec);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        chart->layoutNow();
    }
};
} // namespace

std::optional<ChartFileFormat> chartFileFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ChartFileFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ChartFileFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return ChartFileFormat::Pdf;
    return std::nullopt;
}

QSizeF chartNaturalSize(const ChartSpec &spec, qreal width)
{
    return QSizeF(width, std::max<qreal>(width * 0.4, ComparisonChart::preferredHeight(spec, width)));
}

void paintChart(QPainter *painter, const QRectF &target, const ChartSpec &spec)
{
    // Laid out at a screen-like width, so type keeps its proportion to the bars, then scaled.
    const qreal width = 960;
    const QSizeF size(width, width * target.height() / std::max<qreal>(1, target.width()));
    OffscreenChart offscreen(spec, size);
    offscreen.scene.render(painter, target, QRectF(QPointF(0, 0), size), Qt::IgnoreAspectRatio);
}

bool writeChartFile(const QString &path, const ChartSpec &spec, QSize pixelSize, QString *error)
{
    return writePaintedFile(path, spec.title, spec.subtitle + QLatin1Char('\n') + spec.source, chartNaturalSize(spec), pixelSize,
                            [&spec](QPainter *painter, const QRectF &target) { paintChart(painter, target, spec); }, error);
}

bool writePaintedFile(const QString &path, const QString &title, const QString &description, const QSizeF &natural,
                      QSize pixelSize, const std::function<void(QPainter *, const QRectF &)> &paint, QString *error)
{
    const auto format = chartFileFormatOf(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!format) {
        *error = ChartFileText::tr("“%1”: a chart is written as .png, .svg or .pdf.").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ChartFileText::tr("cannot write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    bool painted = false;
    switch (*format) {
    case ChartFileFormat::Png: {
        const QSize size = pixelSize.isEmpty() ? natural.toSize() : pixelSize;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        painted = image.save(&file, "PNG");
        break;
    }
    case ChartFileFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(natural.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), natural));
        svg.setTitle(title);
        svg.setDescription(description);
        QPainter painter;
        painted = painter.begin(&svg);
        if (painted) {
            paint(&painter, QRectF(QPointF(0, 0), natural));
            painted = painter.end();
        }
        break;
    }
    case ChartFileFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("DAPP Analyst"));
        // One page the drawing's own shape, in points (96 px = 72 pt).
        pdf.setPageLayout(QPageLayout(QPageSize(natural * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF()));
        pdf.setResolution(300);
        QPainter painter;
        painted = painter.begin(&pdf);
        if (painted) {
            paint(&painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
            painted = painter.end();
        }
        break;
    }
    }
    if (!painted) {
        file.cancelWriting();
        *error = ChartFileText::tr("cannot draw into “%1”.").arg(shown);
        return false;
    }
    if (!file.commit()) {
        *error = ChartFileText::tr("cannot write “%1”: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}

} // namespace dapp
