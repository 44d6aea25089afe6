// Benchmark, not a test: how long the engine takes on a large project (every area, ten
// programmes, four years, two cohorts). Prints figures; asserts nothing about time.
//   build/tests/bench_project [areas-multiplier]
#include "domain/areas.h"
#include "domain/measures.h"
#include "domain/qualityflags.h"
#include "interchange/tidycsv.h"
#include "itemmodels/returnstablemodel.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

using namespace dapp;

namespace {
ProjectData largeProject(int programmesPerLetter)
{
    ProjectData p;
    Id letterId = 0, programmeId = 0, returnId = 0;
    const QStringList years{QStringLiteral("2020/21"), QStringLiteral("2021/22"), QStringLiteral("2022/23"),
                            QStringLiteral("2023/24")};
    for (const Area &area : Areas::all()) {
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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int programmes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    const ProjectData project = largeProject(programmes);
    out << "returns: " << project.returns.size() << Qt::endl;

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
    out << "quality flags: " << timed([&] { qualityFlags(reopened.data()); }) << " ms" << Qt::endl;
    QUndoStack stack;
    ReturnsTableModel model(&reopened, &stack);
    out << "every cell of the table (display + tooltip): " << timed([&] {
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c) {
                model.index(r, c).data(Qt::DisplayRole);
                model.index(r, c).data(Qt::ToolTipRole);
            }
    }) << " ms" << Qt::endl;
    out << "one figure edit (write + notify): " << timed([&] {
        model.setData(model.index(0, ReturnsTableModel::SelfReferredColumn), QStringLiteral("999"));
    }) << " ms" << Qt::endl;
    return error.isEmpty() ? 0 : 1;
}
