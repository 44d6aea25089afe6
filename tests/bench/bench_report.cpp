// Benchmark, not a test: how long the PDF report takes for a large comparison (the same
// made-up returns tst_report uses). Prints figures; asserts nothing about time.
//   build/tests/bench_report [returns ...]     (default: 400 4300)
#include "report/reportrenderer.h"
#include "views/report/generatedcomparison.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dapp;

int main(int argc, char **argv)
{
    // Fonts need a GUI application; a benchmark needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes = {400, 4300};

    QTextStream out(stdout);
    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("DAPP_KEEP_REPORTS")) { // to look at them
        dir.setAutoRemove(false);
        out << "reports kept in " << dir.path() << Qt::endl;
    }
    for (int size : sizes) {
        QElapsedTimer timer;
        timer.start();
        const Comparison comparison = test::generatedComparison(size);
        const qint64 computed = timer.restart();
        ReportOptions options;
        options.projectName = QStringLiteral("bench");
        options.created = QDateTime::currentDateTime();
        const QString path = dir.filePath(QStringLiteral("report-%1.pdf").arg(size));
        QString error;
        int pages = 0;
        qint64 firstPage = 0; // layout, and the first page painted
        const ReportProgress progress = [&](int done, int) {
            if (done == 1)
                firstPage = timer.elapsed();
            return true;
        };
        if (!writeReportPdf(path, comparison, options, {}, &error, progress, &pages)) {
            out << error << Qt::endl;
            return 1;
        }
        out << size << " returns: comparison " << computed << " ms, report " << timer.elapsed()
            << " ms (first page after " << firstPage << " ms), " << pages << " pages, " << QFileInfo(path).size() / 1024
            << " KiB" << Qt::endl;
    }
    return 0;
}
