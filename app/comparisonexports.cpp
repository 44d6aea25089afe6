// Writes the comparison's table and report, with progress and cancel for the report.
#include "comparisonexports.h"
#include "charts/reportcharts.h"
#include "documentcontroller.h"
#include "interchange/comparisoncsv.h"
#include "interchange/comparisonxlsx.h"
#include "itemmodels/livecomparison.h"
#include "report/reportrenderer.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace dapp {

namespace {
ReportOptions reportOptions(const Comparison &comparison, const QString &projectName)
{
    ReportOptions options;
    options.scope = {describeFilter(comparison.filter)};
    options.projectName = projectName;
    options.created = QDateTime::currentDateTime();
    return options;
}
} // namespace

ComparisonExports::ComparisonExports(DocumentController *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_exportTable(new QAction(tr("Export &Table…"), this))
    , m_exportReport(new QAction(tr("Export &Report…"), this))
    , m_printPreview(new QAction(tr("Print Pre&view…"), this))
{
    m_exportTable->setToolTip(tr("Write the comparison shown — filters applied, rates and costs included — as XLSX or CSV"));
    m_exportReport->setToolTip(tr("Write the PDF report: summary table, charts, flags, notes and sources"));
    m_printPreview->setToolTip(tr("See the report as it will print"));
    m_printPreview->setShortcut(QKeySequence::Print);
    connect(m_exportTable, &QAction::triggered, this, &ComparisonExports::exportTable);
    connect(m_exportReport, &QAction::triggered, this, &ComparisonExports::exportReport);
    connect(m_printPreview, &QAction::triggered, this, &ComparisonExports::printPreview);
}

LiveComparison *ComparisonExports::comparison() const { return m_document->comparison(); }

QString ComparisonExports::askPath(const QString &title, const QString &fileName, const QString &filters)
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/lastDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getSaveFileName(m_window, title, QDir(dir).filePath(fileName), filters);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    return path;
}

bool ComparisonExports::exportTableTo(const QString &path, QString *error)
{
    const Comparison &c = comparison()->comparison();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeComparisonXlsx(c, path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportComparisonCsv(c)) < 0 || !file.commit()) {
        *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ComparisonExports::exportTable()
{
    const QString path = askPath(tr("Export Table"), QStringLiteral("comparison.xlsx"),
                                 tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableTo(path, &error)) {
        QMessageBox::warning(m_window, tr("Table not exported"), error);
        return;
    }
    emit statusMessage(tr("Wrote %1 returns to %2").arg(comparison()->comparison().rows.size()).arg(QDir::toNativeSeparators(path)));
}

bool ComparisonExports::exportReportTo(const QString &path, QString *error)
{
    const Comparison &c = comparison()->comparison();
    return writeReportPdf(path, c, reportOptions(c, m_document->displayName()), reportCharts(c), error);
}

void ComparisonExports::exportReport()
{
    const QString path = askPath(tr("Export Report"), QStringLiteral("report.pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const Comparison c = comparison()->comparison();
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QString error;
    int pages = 0;
    const bool written = writeReportPdf(
        path, c, reportOptions(c, m_document->displayName()), reportCharts(c), &error,
        [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QApplication::processEvents();
            return !progress.wasCanceled();
        },
        &pages);
    progress.reset();
    if (!written) {
        if (error.isEmpty())
            emit statusMessage(tr("Report cancelled; nothing was written."));
        else
            QMessageBox::warning(m_window, tr("Report not exported"), error);
        return;
    }
    emit statusMessage(tr("Wrote a report of %1 pages to %2").arg(pages).arg(QDir::toNativeSeparators(path)));
}

void ComparisonExports::printPreview()
{
    const Comparison c = comparison()->comparison();
    const QList<ReportChart> charts = reportCharts(c);
    const ReportOptions options = reportOptions(c, m_document->displayName());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(options.title);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(options.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter *target) { renderReport(target, c, options, charts); });
    dialog.resize(900, 1000);
    dialog.exec();
}

} // namespace dapp
