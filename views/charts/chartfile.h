// A chart on its own: drawn into any painter (the report's pages), or written as a PNG of a
// chosen pixel size, an SVG or a PDF (both vector). Files are written whole or not at all.
#pragma once

#include "domain/chartdata.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QPainter;

namespace dapp {

enum class ChartFileFormat { Png, Svg, Pdf };

// By the file name's suffix, case-insensitively; nothing for any other.
std::optional<ChartFileFormat> chartFileFormatOf(const QString &path);

// The size a chart looks right at, `width` pixels wide (96 dpi): its height grows with its
// categories.
QSizeF chartNaturalSize(const ChartSpec &spec, qreal width = 960);

// Draws the chart into `target`, scaled as a whole, as vectors when the painter's device is.
void paintChart(QPainter *painter, const QRectF &target, const ChartSpec &spec);

// Writes whatever `paint` draws as a PNG (`pixelSize`, or `natural` when empty), SVG or PDF
// (`natural` size, vectors), chosen by the file's suffix; whole or not at all.
bool writePaintedFile(const QString &path, const QString &title, const QString &description, const QSizeF &natural,
                      QSize pixelSize, const std::function<void(QPainter *, const QRectF &)> &paint, QString *error);

// `pixelSize` is the PNG's size (an empty size: the natural size); SVG and PDF take the
// natural size. On failure nothing is left at `path` that was not there, and `error` says why.
bool writeChartFile(const QString &path, const ChartSpec &spec, QSize pixelSize, QString *error);

} // namespace dapp
