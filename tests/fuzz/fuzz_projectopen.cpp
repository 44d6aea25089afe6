// Fuzzes the project opener: arbitrary bytes opened as a project file, as File › Open and every
// command's --project do. inspectProjectFile reads the header and looks for a hot journal;
// ProjectStore::open then copies the file, has SQLite check it, migrates and loads it.
//
// The input: its first byte chooses the layout. With bit 0 clear, the rest is the project file
// and nothing lies beside it. With bit 0 set, the next two bytes (big-endian, modulo what is
// left + 1) give the project file's length, and what follows it is written beside it as
// FILE-journal, so the journal check is fuzzed too.
//
// What counts as a finding (besides a crash or a sanitizer report): a refusal without a message;
// a file or journal changed by opening it; a project that opens although its header check
// refused it; and a project that opens but was not read whole: a record that points at one not
// loaded, or a stored value the loader dropped or changed (checked by writing the loaded project
// into a fresh database and comparing its tables with the file's).
//
// Built two ways: with libFuzzer (DAPP_FUZZ, clang), and with the main() at the end
// (DAPP_FUZZ_REPLAY), which replays committed inputs under CTest with any compiler.
#include "domain/chartdata.h"
#include "domain/comparison.h"
#include "domain/mapdata.h"
#include "domain/qualityflags.h"
#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariant>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString project;
    QString journal;
    QString original;  // the input again, opened by the oracle
    QString rewritten; // the loaded project written into a fresh database
};
Fixture *fixture = nullptr;
bool sayOutcome = false; // the replay prints what became of each input

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_projectopen: %s\n  %s\n", what, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Qt's warnings (a driver's complaint about a bad file) are expected here by the million.
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
    if (qEnvironmentVariableIsSet("DAPP_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

// One table's rows as the app reads them, in a stable order. Text goes through QString on both
// sides, so a byte the loader cannot decode compares equal to the replacement it decodes to.
QList<QVariantList> tableRows(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        fail("the oracle could not read a table", sql + QStringLiteral(": ") + q.lastError().text());
    QList<QVariantList> rows;
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        rows << row;
    }
    if (q.lastError().isValid())
        fail("the oracle could not read a table", sql + QStringLiteral(": ") + q.lastError().text());
    return rows;
}

// The same type and value. A whole number the file holds where the app writes a real (a share,
// when a damaged schema gave its column another type) is the same when the real is exactly it.
bool sameValue(const QVariant &stored, const QVariant &written)
{
    if (stored.isNull() || written.isNull())
        return stored.isNull() == written.isNull();
    if (stored.typeId() == QMetaType::LongLong && written.typeId() == QMetaType::Double)
        return double(stored.toLongLong()) == written.toDouble() && qint64(written.toDouble()) == stored.toLongLong();
    return stored.typeId() == written.typeId() && stored == written;
}

QString describe(const QVariantList &row)
{
    QStringList cells;
    for (const QVariant &v : row)
        cells << (v.isNull() ? QStringLiteral("NULL")
                             : QStringLiteral("%1:%2").arg(QString::fromLatin1(v.typeName()), v.toString().left(40)));
    return cells.join(QStringLiteral(", "));
}

// What each table holds, as the app writes it. (A return's figures and its lists, JSON, are
// columns of its row: the loader takes a list only as the exact text the writer gives it.)
const char *const kTableQueries[] = {
    "SELECT * FROM letter ORDER BY id",
    "SELECT * FROM programme ORDER BY id",
    "SELECT * FROM programme_return ORDER BY id",
    "SELECT * FROM context_figure ORDER BY id",
};

// The loaded project, written into a fresh database by the app's own writer, must hold what
// the file holds: otherwise the loader dropped or changed something, and the next save of an
// edited record would lose it without a word.
void checkReadWhole(const dapp::ProjectData &data, const QByteArray &projectBytes)
{
    QFile::remove(fixture->rewritten);
    if (!writeFile(fixture->original, projectBytes))
        fail("cannot write the oracle's copy", fixture->original);
    {
        QSqlDatabase original = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-original"));
        original.setDatabaseName(fixture->original);
        QSqlDatabase rewritten = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-rewritten"));
        rewritten.setDatabaseName(fixture->rewritten);
        QString error;
        if (original.open())
            QSqlQuery(original).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        if (!original.isOpen() || !dapp::migrate(original, &error))
            fail("the project opened, but its copy does not migrate", error + original.lastError().text());
        // The fresh database is the oracle's own: it need not survive a power cut.
        if (rewritten.open())
            QSqlQuery(rewritten).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        if (!rewritten.isOpen() || !dapp::migrate(rewritten, &error))
            fail("cannot make a fresh project", error + rewritten.lastError().text());
        // The areas are the file's own table, which the loader does not read: records may name
        // any code in it (foreign_key_check saw to that), and so may the fresh database. Only
        // the codes: the other columns may be anything, even named otherwise.
        // (Read and written row by row: SQLite attaches no database whose header gives another
        // text encoding, and one changed byte does that.)
        QSqlQuery codes(original);
        QSqlQuery insert(rewritten);
        insert.prepare(QStringLiteral("INSERT OR IGNORE INTO area VALUES (?, '', '', '')"));
        if (!codes.exec(QStringLiteral("SELECT code FROM area")))
            fail("cannot read the file's areas", codes.lastError().text());
        while (codes.next()) {
            insert.addBindValue(codes.value(0));
            if (!insert.exec())
                fail("cannot copy the file's areas", insert.lastError().text());
        }
        if (!dapp::writeChange(rewritten, dapp::ProjectData{}, data, &error))
            fail("the project opened, but what was loaded cannot be written back", error);
        for (const char *sql : kTableQueries) {
            const QString query = QString::fromLatin1(sql);
            const QList<QVariantList> stored = tableRows(original, query);
            const QList<QVariantList> written = tableRows(rewritten, query);
            if (stored.size() != written.size())
                fail("the project opened, but not whole (a table has a different number of rows)",
                     QStringLiteral("%1: %2 in the file, %3 loaded").arg(query).arg(stored.size()).arg(written.size()));
            for (qsizetype i = 0; i < stored.size(); ++i) {
                bool same = stored[i].size() == written[i].size();
                for (qsizetype c = 0; same && c < stored[i].size(); ++c)
                    same = sameValue(stored[i][c], written[i][c]);
                if (!same)
                    fail("the project opened, but a stored value was not loaded as it is",
                         query + QStringLiteral("\n  file:   ") + describe(stored[i]) + QStringLiteral("\n  loaded: ")
                             + describe(written[i]));
            }
        }
        original.close();
        rewritten.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz-original"));
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz-rewritten"));
}

// What the window shows first: the comparison, its flags, the charts and the map.
void touch(const dapp::ProjectData &data)
{
    for (auto it = data.returns.cbegin(); it != data.returns.cend(); ++it) {
        if (!data.letters.contains(it->letterId) || !data.programmes.contains(it->programmeId))
            fail("the project opened, but a return points at a record that was not loaded",
                 QStringLiteral("return %1").arg(it.key()));
    }
    for (auto it = data.contextFigures.cbegin(); it != data.contextFigures.cend(); ++it) {
        if (!data.letters.contains(it->letterId))
            fail("the project opened, but a context figure points at a letter that was not loaded",
                 QStringLiteral("context figure %1").arg(it.key()));
    }
    const dapp::Comparison comparison = dapp::computeComparison(data);
    const QList<dapp::QualityFlag> flags = dapp::qualityFlags(data);
    const auto byReturn = dapp::flagsByReturn(data, flags);
    qsizetype seen = byReturn.size() + comparison.rows.size();
    for (const dapp::ComparisonRow &row : comparison.rows)
        for (auto m = row.measures.cbegin(); m != row.measures.cend(); ++m)
            seen += dapp::formatMeasure(*m, m.key()).size();
    for (dapp::ChartKind kind : dapp::kAllChartKinds) {
        dapp::ChartOptions options;
        options.kind = kind;
        seen += dapp::buildChart(comparison, options).categories.size();
    }
    dapp::ChartOptions areas;
    areas.kind = dapp::ChartKind::Areas;
    areas.areas = dapp::AreaView::PerResident;
    seen += dapp::buildChart(comparison, areas).categories.size();
    dapp::ChartOptions costs;
    costs.kind = dapp::ChartKind::Money;
    costs.money = dapp::MoneyView::Costs;
    seen += dapp::buildChart(comparison, costs).categories.size();
    for (dapp::MapMeasure measure : {dapp::MapMeasure::Referrals, dapp::MapMeasure::CostPerCompletion,
                                     dapp::MapMeasure::ReferralsPerResident}) {
        dapp::MapOptions options;
        options.measure = measure;
        seen += dapp::buildMap(comparison, options).breaks.size();
    }
    if (seen < 0)
        std::abort(); // keeps the work above from being optimised away
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_projectopen";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // Qt's arguments are ours, never libFuzzer's
    qInstallMessageHandler(quietMessages);
    fixture = new Fixture;
    if (!fixture->dir.isValid())
        fail("cannot make a temporary folder", fixture->dir.errorString());
    fixture->project = fixture->dir.filePath(QStringLiteral("input.dapp"));
    fixture->journal = fixture->project + QStringLiteral("-journal");
    fixture->original = fixture->dir.filePath(QStringLiteral("original.dapp"));
    fixture->rewritten = fixture->dir.filePath(QStringLiteral("rewritten.dapp"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray project = input.mid(1);
    QByteArray journal;
    const bool withJournal = size >= 3 && (data[0] & 1);
    if (withJournal) {
        const qsizetype rest = qsizetype(size) - 3;
        const qsizetype length = ((qsizetype(data[1]) << 8) | data[2]) % (rest + 1);
        project = input.mid(3, length);
        journal = input.mid(3 + length);
    }
    // Each input starts from a folder holding only its own files.
    for (const QString &leftover : QDir(fixture->dir.path()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(fixture->dir.filePath(leftover));
    if (!writeFile(fixture->project, project) || (withJournal && !writeFile(fixture->journal, journal)))
        fail("cannot write the input", fixture->dir.path());

    QString error;
    const bool inspected = dapp::inspectProjectFile(fixture->project, &error);
    if (!inspected && error.isEmpty())
        fail("inspectProjectFile refused the file without saying why", {});
    dapp::ProjectStore store;
    error.clear();
    const bool opened = store.open(fixture->project, &error);
    if (readFile(fixture->project) != project)
        fail("opening changed the file", error);
    if (withJournal && readFile(fixture->journal) != journal)
        fail("opening changed the journal beside the file", error);
    if (!opened) {
        if (error.isEmpty())
            fail("open refused the file without saying why", {});
        if (!store.data().isEmpty())
            fail("open refused the file but kept part of it", error);
        if (sayOutcome)
            std::printf("  refused: %s\n", qPrintable(error));
        return 0;
    }
    if (!inspected)
        fail("open accepted a file that inspectProjectFile refused", {});
    touch(store.data());
    checkReadWhole(store.data(), project);
    if (sayOutcome)
        std::printf("  opened: %lld letters, %lld returns\n", static_cast<long long>(store.data().letters.size()),
                    static_cast<long long>(store.data().returns.size()));
    return 0;
}

#ifdef DAPP_FUZZ_REPLAY
// Replays files (or every file in folders) through the fuzz target; a finding aborts.
#include <QDirIterator>
#include <QFileInfo>

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    sayOutcome = true;
    QStringList paths;
    for (int i = 1; i < argc; ++i)
        paths << QString::fromLocal8Bit(argv[i]);
    int replayed = 0;
    for (const QString &path : std::as_const(paths)) {
        QStringList files;
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
            files.sort();
        } else {
            files << path;
        }
        for (const QString &file : std::as_const(files)) {
            if (file.endsWith(QLatin1String(".md")))
                continue; // a folder's README
            const QByteArray bytes = readFile(file);
            std::printf("replaying %s (%lld bytes)\n", qPrintable(file), static_cast<long long>(bytes.size()));
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
            ++replayed;
        }
    }
    delete fixture; // and its folder (a finding aborts and leaves it, to look at)
    if (replayed == 0) {
        std::fprintf(stderr, "no inputs found\n");
        return 1;
    }
    std::printf("%d inputs replayed, no finding\n", replayed);
    return 0;
}
#endif
