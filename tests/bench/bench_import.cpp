// Import speed and memory: a generated tidy CSV of about 100,000 returns (43 areas x 25 years x
// 2 cohorts x 47 programmes, realistic names and statuses; one FOI letter an area, year and
// cohort, as a commissioner answers) imported into a new project, against
// the floor of the sqlite3 shell's raw `.import --csv` of the same file and, with
// --with-libreoffice, LibreOffice converting it to ODS, in rounds (3 unless --repeat says),
// each round's ratios and their medians. Prints figures; asserts nothing (machines here are
// shared and noisy).
//   build/tests/bench_import [--rows-per-area-year N] [--repeat ROUNDS] [--with-libreoffice]
//   build/tests/bench_import --generate FILE   (only writes the CSV, to profile an import of it)
//   build/tests/bench_import --import FILE      (the measured import, run as a child process so
//                                                its peak memory is its own)
//   build/tests/bench_import --import FILE --only  (the import and nothing after it: for perf)
#include "domain/areas.h"
#include "interchange/importplan.h"
#include "interchange/importsource.h"
#include "interchange/tidycsv.h"
#include "interchange/tidyimport.h"
#include "itemmodels/flagslistmodel.h"
#include "itemmodels/livecomparison.h"
#include "itemmodels/returnsfilterproxy.h"
#include "itemmodels/returnstablemodel.h"
#include "formats/csv.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>

using namespace dapp;

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// What the process holds now (resident), in KiB.
qint64 residentKilobytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4;
}

qint64 peakKilobytes()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// A cell as analysts fill them in: mostly numbers, sometimes a status word, sometimes empty.
QString figureCell(quint32 seed, bool money)
{
    switch (seed % 20) {
    case 0: return QStringLiteral("n/a");
    case 1: return QStringLiteral("not held");
    case 2: return QStringLiteral("held by provider");
    case 3: return QString();
    case 4: return QStringLiteral("withheld");
    default:
        return money ? QStringLiteral("%1.%2").arg(20000 + seed % 280000).arg(seed % 100, 2, 10, QLatin1Char('0'))
                     : QString::number(seed % 180);
    }
}

QString generate(const QString &path, int programmesPerAreaYear)
{
    static const QStringList names = {
        QStringLiteral("Drive"), QStringLiteral("Changes Program"), QStringLiteral("Building Better Relationships"),
        QStringLiteral("Inspire"), QStringLiteral("The Keys Project"), QStringLiteral("Dena’s Group"),
        QStringLiteral("Out of Court Resolution"), QStringLiteral("Respect Young People"), QStringLiteral("Caring Dads"),
        QStringLiteral("Choose2Change")};
    static const QStringList providers = {QStringLiteral("Cranstoun"), QStringLiteral("Glow"), QStringLiteral("Salcare"),
                                          QStringLiteral("The Elm Foundation"), QStringLiteral("Interventions Alliance"),
                                          QStringLiteral("FreeVa"), QStringLiteral("Safer Places")};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QTextStream csv(&file);
    csv << csvLine(tidyCsvColumns());
    quint32 seed = 12345;
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    int rows = 0;
    for (const Area &area : Areas::all()) {
        if (area.code == kUnknownAreaCode)
            continue;
        for (int y = 0; y < 25; ++y) {
            const QString year = QStringLiteral("%1/%2").arg(2000 + y).arg((1 + y) % 100, 2, 10, QLatin1Char('0'));
            for (const QString &cohort : {QStringLiteral("male"), QStringLiteral("female")}) {
                for (int p = 0; p < programmesPerAreaYear; ++p) {
                    QStringList row = {Areas::interchangeName(area.code), year, cohort,
                                       names.at(p % names.size()) + (p >= names.size() ? QStringLiteral(" %1").arg(p) : QString()),
                                       providers.at(p % providers.size()), p % 3 ? QStringLiteral("standard/medium") : QStringLiteral("high")};
                    for (int f = 0; f < 6; ++f)
                        row << figureCell(next() >> 8, false);
                    row << figureCell(next() >> 8, true) << QStringLiteral("Police; MARAC; Social Care")
                        << QStringLiteral("PCC (40%); Home Office (£91,075)") << QString()
                        << QStringLiteral("FOI %1/%2").arg(area.code).arg(2000 + y) << QString()
                        << ((next() >> 8) % 10 == 0 ? QStringLiteral("covers all crime types [self_referred]") : QString());
                    csv << csvLine(row);
                    ++rows;
                }
            }
        }
    }
    csv.flush();
    return QString::number(rows);
}

// The processor time the process has used, all its threads together, in ms.
qint64 cpuMilliseconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

template <typename F>
qint64 timed(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.elapsed();
}

// A stage of the import: its wall-clock time and the processor time of all threads in it, so
// that the work saved can be told from work moved onto the second core.
struct Stage
{
    qint64 wall = 0;
    qint64 cpu = 0;
    qint64 pageFaults = 0;
};

// Pages the process has touched for the first time (each costs the kernel a fault): a fifth of
// an import's processor time went to the kernel, most of it there.
qint64 pageFaults()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

template <typename F>
Stage staged(F &&f)
{
    const qint64 cpu = cpuMilliseconds();
    const qint64 faults = pageFaults();
    const qint64 wall = timed(std::forward<F>(f));
    return {wall, cpuMilliseconds() - cpu, pageFaults() - faults};
}

QString described(const Stage &stage)
{
    return QStringLiteral("%1 ms (processor %2 ms, %3 page faults)").arg(stage.wall).arg(stage.cpu).arg(stage.pageFaults);
}

// The measured import, in its own process.
int importOnly(const QString &csvPath, bool nothingAfter)
{
    QTemporaryDir dir;
    ProjectStore store;
    QString error;
    std::optional<SheetRows> rows;
    ImportBatch batch;
    ImportPlan plan;
    QElapsedTimer total;
    total.start();
    const qint64 cpuAtStart = cpuMilliseconds();
    const Stage read = staged([&] { rows = readImportRows(csvPath, &error); });
    const qint64 afterRead = residentKilobytes();
    const Stage parse = staged([&] { batch = readTidyRows(QStringLiteral("big.csv"), QString(), std::move(*rows)); });
    const qint64 afterParse = residentKilobytes();
    rows.reset();
    qsizetype imported = 0;
    int errors = 0;
    const Stage planned = staged([&] {
        store.createNew(&error);
        imported = batch.returns.size();
        errors = countErrors(batch.problems);
        // As the import command does: the batch given up, its returns moved into the plan.
        plan = planImport(store.data(), std::move(batch), DuplicatePolicy::Refuse, store);
    });
    const qint64 afterPlan = residentKilobytes();
    const Stage write = staged([&] { store.apply(plan.before, plan.after, &error); });
    const qint64 afterWrite = residentKilobytes();
    const Stage save = staged([&] { store.saveAs(dir.filePath(QStringLiteral("big.dapp")), &error); });
    const qint64 all = total.elapsed();
    const qint64 allCpu = cpuMilliseconds() - cpuAtStart;
    out() << "import: " << imported << " returns, " << errors << " errors" << Qt::endl;
    out() << "  read the file: " << described(read) << Qt::endl;
    out() << "  parse and validate: " << described(parse) << Qt::endl;
    out() << "  plan (letters, programmes, duplicates): " << described(planned) << Qt::endl;
    out() << "  write (one transaction): " << described(write) << Qt::endl;
    out() << "  save the project file: " << described(save) << Qt::endl;
    out() << "  memory held after reading " << afterRead / 1024 << " MiB, parsing " << afterParse / 1024
          << " MiB, planning " << afterPlan / 1024 << " MiB, writing " << afterWrite / 1024 << " MiB" << Qt::endl;
    out() << "IMPORT_MS " << all << Qt::endl;
    out() << "IMPORT_CPU_MS " << allCpu << Qt::endl;
    out() << "PEAK_IMPORT_KB " << peakKilobytes() << Qt::endl;
    if (nothingAfter)
        return error.isEmpty() ? 0 : 1;
    plan = ImportPlan();
    // Re-sorting the returns table on a column, as a click on its header does.
    QUndoStack stack;
    LiveComparison live(&store);
    ReturnsTableModel model(&live, &stack);
    ReturnsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ReturnsTableModel::AreaColumn);
    out() << "re-sort the returns table (Referred (self), descending): "
          << timed([&] { proxy.sort(ReturnsTableModel::SelfReferredColumn, Qt::DescendingOrder); }) << " ms" << Qt::endl;
    // What the window does after an import, or its undo: the table and the flags list follow a
    // change of 100,000 returns.
    FlagsListModel flags(&live);
    ProjectData everything = store.data();
    ProjectData nothing;
    nothing.letters = everything.letters;
    nothing.programmes = everything.programmes;
    out() << "undo the import with the table and flags list open: "
          << timed([&] { store.apply(everything, nothing, &error); }) << " ms; redo it: "
          << timed([&] { store.apply(nothing, everything, &error); }) << " ms" << Qt::endl;
    out() << "PEAK_KB " << peakKilobytes() << Qt::endl;
    return error.isEmpty() ? 0 : 1;
}

QString figure(const QByteArray &output, const QByteArray &key)
{
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith(key + ' '))
            return QString::fromUtf8(line.mid(key.size() + 1));
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--import")); i > 0 && i + 1 < args.size())
        return importOnly(args.at(i + 1), args.contains(QStringLiteral("--only")));

    const qsizetype perIndex = args.indexOf(QStringLiteral("--rows-per-area-year"));
    const int perAreaYear = perIndex > 0 ? args.value(perIndex + 1).toInt() : 47;
    if (const qsizetype i = args.indexOf(QStringLiteral("--generate")); i > 0 && i + 1 < args.size()) {
        out() << "generated " << generate(args.at(i + 1), std::max(1, perAreaYear)) << " returns" << Qt::endl;
        return 0;
    }
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("big.csv"));
    const QString rows = generate(csvPath, std::max(1, perAreaYear));
    out() << "generated " << rows << " returns, " << QFileInfo(csvPath).size() / 1024 << " KiB of CSV" << Qt::endl;

    // The machine is shared: the same binary varies by a quarter within minutes. Each round
    // measures the import, the floor and LibreOffice one after another, so that a ratio compares
    // times taken under the same load; the medians of the rounds' ratios are the figures.
    const qsizetype repeatIndex = args.indexOf(QStringLiteral("--repeat"));
    const int rounds = std::max(1, repeatIndex > 0 ? args.value(repeatIndex + 1).toInt() : 3);
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString soffice = args.contains(QStringLiteral("--with-libreoffice"))
                                ? QStandardPaths::findExecutable(QStringLiteral("soffice"))
                                : QString();
    QList<double> importTimes, rawRatios, officeRatios;
    qint64 peakImportKb = 0;
    for (int round = 1; round <= rounds; ++round) {
        // The first round also re-sorts the table and undoes the import (the figures after it).
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList childArgs{QStringLiteral("--import"), csvPath};
        if (round > 1)
            childArgs << QStringLiteral("--only");
        child.start(QCoreApplication::applicationFilePath(), childArgs);
        child.waitForFinished(-1);
        const QByteArray said = child.readAllStandardOutput();
        const double importMs = figure(said, "IMPORT_MS").toDouble();
        // A failed import is no figure (found by review: it counted as 0 ms, and met both goals).
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0 || importMs <= 0) {
            out() << said << "the import failed (round " << round << "): no figures" << Qt::endl;
            return 1;
        }
        importTimes << importMs;
        peakImportKb = std::max(peakImportKb, figure(said, "PEAK_IMPORT_KB").toLongLong());
        if (round == 1) {
            out() << said;
            out() << "peak memory of the import: " << figure(said, "PEAK_IMPORT_KB").toLongLong() / 1024
                  << " MiB (goal: under 300); with the table and its comparison built after it: "
                  << figure(said, "PEAK_KB").toLongLong() / 1024 << " MiB" << Qt::endl;
        }
        QString line = QStringLiteral("round %1 of %2: import %3 ms").arg(round).arg(rounds).arg(importMs);
        // The floor: the sqlite3 shell importing the same file with no validation at all.
        if (!sqlite3.isEmpty()) {
            QFile::remove(dir.filePath(QStringLiteral("raw.db")));
            QProcess shell;
            QElapsedTimer t;
            t.start();
            shell.start(sqlite3, {dir.filePath(QStringLiteral("raw.db")), QStringLiteral(".import --csv %1 returns").arg(csvPath)});
            shell.waitForFinished(-1);
            const qint64 rawMs = t.elapsed();
            rawRatios << importMs / std::max<qint64>(1, rawMs);
            line += QStringLiteral("; sqlite3 .import --csv (no validation) %1 ms, import / raw = %2")
                        .arg(rawMs)
                        .arg(rawRatios.constLast(), 0, 'f', 1);
        }
        if (!soffice.isEmpty()) {
            QFile::remove(dir.filePath(QStringLiteral("big.ods")));
            QProcess office;
            QElapsedTimer t;
            t.start();
            office.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("ods"),
                                   QStringLiteral("--outdir"), dir.path(), csvPath});
            office.waitForFinished(-1);
            const qint64 officeMs = t.elapsed();
            officeRatios << officeMs / std::max(1.0, importMs);
            line += QStringLiteral("; LibreOffice --convert-to ods %1 ms, LibreOffice / import = %2")
                        .arg(officeMs)
                        .arg(officeRatios.constLast(), 0, 'f', 1);
        }
        out() << line << Qt::endl;
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        const qsizetype n = values.size();
        return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    };
    out() << "median of " << rounds << " rounds: import " << QString::number(median(importTimes), 'f', 0)
          << " ms; peak memory of the imports " << peakImportKb / 1024 << " MiB (goal: under 300)" << Qt::endl;
    if (sqlite3.isEmpty())
        out() << "sqlite3 shell: not installed, no floor measured" << Qt::endl;
    else
        out() << "median import / raw = " << QString::number(median(rawRatios), 'f', 1) << " (goal: 2.0 or less)"
              << Qt::endl;
    if (!args.contains(QStringLiteral("--with-libreoffice")))
        out() << "LibreOffice: not measured (add --with-libreoffice)" << Qt::endl;
    else if (soffice.isEmpty())
        out() << "LibreOffice: not installed" << Qt::endl;
    else
        out() << "median LibreOffice / import = " << QString::number(median(officeRatios), 'f', 1)
              << " (goal: 10 or more)" << Qt::endl;
    return 0;
}
