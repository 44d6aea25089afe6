// The PDF report: title page, summary table of returns, charts, data-quality flags, notes
// (the caveats, numbered as the table's marks) and sources, laid out for A4 and printed paper.
#pragma once

#include "domain/comparison.h"

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace dapp {

// One chart, drawn by whoever made it: the report never depends on chart code.
struct ReportChart {
    QString title;
    qreal heightForWidth = 0.6; // the chart's height as a fraction of its width
    // Vector drawing into `target`, which is in the device's coordinates (1200 per inch on a
    // PDF): size fonts in points, lines relative to the target. The painter is clipped to the
    // target and restored afterwards.
    std::function<void(QPainter *painter, const QRectF &target)> paint;
};

QString defaultReportTitle(); // "Domestic Abuse Perpetrator Programmes: comparison"

struct ReportOptions {
    QString title = defaultReportTitle();
    QStringList scope; // what is shown: "Financial year: 2022/23", "All areas"
    QString projectName; // the file name, or "Sample project"
    QDateTime created;
};

// Called between pages; returning false cancels.
using ReportProgress = std::function<bool(int pagesDone, int pagesTotal)>;

// Lays out and paints the whole report on `device` (a QPdfWriter or a QPrinter: both are
// QPagedPaintDevice), in its page layout's paint rectangle. Returns the number of pages, -1
// when cancelled, or 0 when the device cannot be painted on.
int renderReport(QPagedPaintDevice *device, const Comparison &comparison, const ReportOptions &options,
    const QList<ReportChart> &charts, const ReportProgress &progress = {});

// Writes the report as an A4 PDF to `path` through QSaveFile: a failure or a cancel leaves any
// existing file untouched and nothing new; `error` says what went wrong (empty on cancel).
bool writeReportPdf(const QString &path, const Comparison &comparison, const ReportOptions &options,
    const QList<ReportChart> &charts, QString *error, const ReportProgress &progress = {}, int *pageCount = nullptr);

} // namespace dapp
