// Benchmark, not a test: how long the engine takes on large generated projects (every area,
// ten years, two cohorts; 4,300 and about 100,000 returns). Prints figures; asserts nothing
// about time.
//   build/tests/bench_project [--quick]     (--quick: 4,300 returns only)
//   build/tests/bench_project --save FILE [YEARS]   (writes a project of 430 returns a year to look at)
#include "domain/areas.h"
#include "domain/measures.h"
#include "domain/qualityflags.h"
#include "interchange/tidycsv.h"
#include "charts/chartpanel.h"
#include "charts/reportcharts.h"
#include "domain/comparison.h"
#include "domain/areashapes.h"
#include "domain/mapdata.h"
#include "editing/edits.h"
#include "flags/flagspanel.h"
#include "itemmodels/flagslistmodel.h"
#include "itemmodels/livecomparison.h"
#include "itemmodels/navigatormodel.h"
#include "itemmodels/returnsfilterproxy.h"
#include "itemmodels/returnstablemodel.h"
#include "report/reportrenderer.h"
#include "storage/projectstore.h"

#include <QApplication>
#include <QDateTime>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

using namespace dapp;

namespace {
// Every area, `yearCount` financial years, both cohorts, `programmesPerLetter` programmes.
ProjectData largeProject(int yearCount, int programmesPerLetter)
{
    ProjectData p;
    Id letterId = 0, programmeId = 0, returnId = 0;
    QStringList years;
    for (int y = 0; y < yearCount; ++y)
        years << QStringLiteral("%1/%2").arg(2014 + y).arg((15 + y) % 100, 2, 10, QLatin1Char('0'));
    for (const Area &area : Areas::all()) {
        if (area.code == kUnknownAreaCode)
            continue;
        for (const QString &year : years) {
            for (Cohort cohort : {Cohort::Male, Cohort::Female}) {
                Letter l;
                l.id = ++letterId;
                l.areaCode = area.code;
                l.financialYear = year;
                l.cohort = cohort;
                l.foiReference = QStringLiteral("FOI %1/2024").arg(l.id);
                l.text = QString(4000, QLatin1Char('x'));
                p.letters.insert(l.id, l);
                for (int i = 0; i < programmesPerLetter; ++i) {
                    Programme pr;
                    pr.id = ++programmeId;
                    pr.areaCode = area.code;
                    pr.name = QStringLiteral("Programme %1").arg(i);
                    p.programmes.insert(pr.id, pr);
                    ProgrammeReturn r;
                    r.id = ++returnId;
                    r.letterId = l.id;
                    r.programmeId = pr.id;
                    for (FigureField f : kAllFigureFields)
                        r.figure(f) = (r.id + int(f)) % 5 == 0 ? Figure::withStatus(FigureStatus::NotHeld)
                                                               : Figure::reported(10 + (r.id * 7 + int(f)) % 90);
                    r.caveats << Caveat{QStringLiteral("a caveat"), {FigureField::Budget}};
                    r.funders << Funder{QStringLiteral("PCC"), 100000, std::nullopt};
                    p.returns.insert(r.id, r);
                }
            }
        }
    }
    return p;
}

template <typename F>
qint64 timed(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.elapsed();
}

// The engine's figures for one generated project.
void run(QTextStream &out, int yearCount, int programmes)
{
    const ProjectData project = largeProject(yearCount, programmes);
    out << "\n== " << project.returns.size() << " returns (43 areas x " << yearCount << " years x 2 cohorts x "
        << programmes << " programmes) ==" << Qt::endl;

    ProjectStore store;
    QString error;
    store.createNew(&error);
    out << "write all (one transaction): " << timed([&] { store.replaceAll(project, &error); }) << " ms" << Qt::endl;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.dapp"));
    out << "save as: " << timed([&] { store.saveAs(path, &error); }) << " ms" << Qt::endl;
    ProjectStore reopened;
    out << "open: " << timed([&] { reopened.open(path, &error); }) << " ms" << Qt::endl;
    out << "file size: " << QFileInfo(path).size() / 1024 << " KiB" << Qt::endl;
    out << "export CSV: " << timed([&] { exportTidyCsv(reopened.data()); }) << " ms" << Qt::endl;
    out << "quality flags, all afresh: " << timed([&] { qualityFlags(reopened.data()); }) << " ms" << Qt::endl;
    out << "comparison, all afresh: " << timed([&] { computeComparison(reopened.data()); }) << " ms" << Qt::endl;

    // What the window holds: the live comparison and every model that follows it.
    QUndoStack stack;
    std::unique_ptr<LiveComparison> live;
    out << "live comparison, built: " << timed([&] { live = std::make_unique<LiveComparison>(&reopened); }) << " ms"
        << Qt::endl;
    ReturnsTableModel model(live.get(), &stack);
    ReturnsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ReturnsTableModel::AreaColumn);
    NavigatorModel navigator(&reopened);
    // What the window shows: the table, the flags list and the chart panel, all on screen.
    QTableView table;
    table.setModel(&proxy);
    table.resize(900, 400);
    table.show();
    FlagsPanel flagsPanel(live.get());
    flagsPanel.show();
    ChartPanel charts(live.get());
    charts.resize(1000, 700);
    charts.show();
    QCoreApplication::processEvents();
    if (yearCount * programmes <= 100) {
        out << "every cell of the table (display + tooltip): " << timed([&] {
            for (int r = 0; r < model.rowCount(); ++r)
                for (int c = 0; c < model.columnCount(); ++c) {
                    model.index(r, c).data(Qt::DisplayRole);
                    model.index(r, c).data(Qt::ToolTipRole);
                }
        }) << " ms" << Qt::endl;
    }
    out << "chart series built (funnel, no drawing): " << timed([&] { buildChart(live->comparison(), ChartOptions{}); })
        << " ms" << Qt::endl;
    out << "chart panel rebuilt (funnel): " << timed([&] { charts.refresh(); }) << " ms" << Qt::endl;
    ChartOptions areas;
    areas.kind = ChartKind::Areas;
    out << "chart series built (areas, no drawing): " << timed([&] { buildChart(live->comparison(), areas); }) << " ms"
        << Qt::endl;
    out << "area boundaries read and projected (once a run): " << timed([] { AreaShapes::all(); }) << " ms" << Qt::endl;
    out << "map built (referrals per resident, no drawing): "
        << timed([&] { buildMap(live->comparison(), MapOptions{MapMeasure::ReferralsPerResident, ReferralRoute::All}); })
        << " ms" << Qt::endl;
    out << "chart panel rebuilt (areas): " << timed([&] { charts.setOptions(areas); }) << " ms" << Qt::endl;
    charts.setOptions(ChartOptions{});
    QCoreApplication::processEvents();

    // One figure typed into a cell, from setData until the comparison, table, flags list,
    // navigator and chart panel have all been updated and repainted (the chart redraws from the
    // event loop, so the events are run too). The second edit raises a flag.
    const QModelIndex cell = model.index(model.rowCount() / 2, ReturnsTableModel::SelfReferredColumn);
    out << "comparison alone after one edit: " << timed([&] {
        stack.push(setFigureCommand(&reopened, model.returnIdAt(cell.row()), FigureField::AgencyReferred,
                                    Figure::reported(555)).release());
    }) << " ms (plus the models' signals)" << Qt::endl;
    QCoreApplication::processEvents();
    out << "one figure edit (write + comparison, table, flags, navigator, charts updated): " << timed([&] {
        model.setData(cell, QStringLiteral("999"));
        QCoreApplication::processEvents();
    }) << " ms" << Qt::endl;
    out << "one figure edit that raises a flag: " << timed([&] {
        model.setData(cell, QStringLiteral("1"));
        QCoreApplication::processEvents();
    }) << " ms" << Qt::endl;
    out << "undo: " << timed([&] {
        stack.undo();
        QCoreApplication::processEvents();
    }) << " ms" << Qt::endl;
    charts.showMap(MapOptions{});
    QCoreApplication::processEvents();
    out << "one figure edit with the map shown: " << timed([&] {
        model.setData(cell, QStringLiteral("998"));
        QCoreApplication::processEvents();
    }) << " ms" << Qt::endl;
    out << "flags listed: " << flagsPanel.count() << Qt::endl;

    if (live->comparison().rows.size() > 20000)
        return; // a report of 7,000 pages is no use to anyone, and would take the run's minutes
    // The whole PDF report, against LibreOffice turning the same returns' plain CSV into a PDF.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ReportOptions options;
    options.projectName = QStringLiteral("bench");
    options.created = QDateTime::currentDateTime();
    int pages = 0;
    out << "PDF report written: " << timed([&] {
        writeReportPdf(pdf, live->comparison(), options, reportCharts(live->comparison()), &error, {}, &pages);
    }) << " ms, " << pages << " pages, " << QFileInfo(pdf).size() / 1024 << " KiB" << Qt::endl;
    const QString csv = dir.filePath(QStringLiteral("returns.csv"));
    QFile csvFile(csv);
    if (csvFile.open(QIODevice::WriteOnly))
        csvFile.write(exportTidyCsv(reopened.data()));
    csvFile.close();
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out << "LibreOffice CSV to PDF: soffice not found (scripts/install-deps.sh installs it)" << Qt::endl;
        return;
    }
    QProcess convert;
    const QStringList arguments{QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
                                QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), csv};
    // The first start makes LibreOffice's profile; only the second, warm, run is timed.
    convert.start(soffice, arguments);
    convert.waitForFinished(300000);
    out << "LibreOffice CSV to PDF (soffice --headless --convert-to pdf, warm): " << timed([&] {
        convert.start(soffice, arguments);
        convert.waitForFinished(300000);
    }) << " ms" << Qt::endl;
    if (!error.isEmpty())
        out << "ERROR: " << error << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    // The window's views and the report need a GUI application; a benchmark needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (const qsizetype save = args.indexOf(QStringLiteral("--save")); save > 0 && save + 1 < args.size()) {
        // A project to open and look at: 430 returns a year, one year unless told:
        // bench_project --save FILE [YEARS]
        const int years = std::clamp(args.value(save + 2, QStringLiteral("1")).toInt(), 1, 20);
        ProjectStore store;
        QString error;
        const bool ok = store.createNew(&error) && store.replaceAll(largeProject(years, 5), &error)
                        && store.saveAs(args.at(save + 1), &error);
        out << (ok ? QStringLiteral("saved %1 returns to %2").arg(store.data().returns.size()).arg(args.at(save + 1)) : error)
            << Qt::endl;
        return ok ? 0 : 1;
    }
    const bool quick = args.contains(QStringLiteral("--quick"));
    run(out, 10, 5); // 4,300 returns
    if (!quick)
        run(out, 10, 116); // 99,760 returns
    return 0;
}
