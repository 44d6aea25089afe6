// A load benchmark of the team database: N simulated analysts, each a thread with a ProjectStore
// of its own on its own connection and role, edit figures, add returns and import small batches
// on one PostgreSQL database for S seconds, most edits on a few hot returns so that they collide.
// It prints what was committed and refused and the commit latency, then checks from a fresh
// connection that no committed edit was lost and none applied twice (exit 1 if one was: that is
// correctness). It asserts nothing about time (machines here are shared and noisy).
//   DAPP_TEST_PG_HOST=/run/postgresql DAPP_TEST_PG_PORT=5432 build/tests/bench_team
//       [--analysts N] [--seconds S] [--quick] [--seed N] [--pause MS]
// It makes a database and roles of its own on the server (as postgres) and drops them at the end.
#include "teamload.h"
#include "teamverify.h"
#include "teamtestserver.h"

#include "storage/projectdatabase.h"
#include "storage/projectjson.h"
#include "storage/recordstamps.h"
#include "storage/teamaddress.h"
#include "storage/teamdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <csignal>
#include <limits>
#include <optional>

using namespace dapp;
using namespace dapp::bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// ---- The server: a database and roles of the benchmark's own ----

volatile std::sig_atomic_t g_interrupted = 0;

class Server
{
public:
    QString address(const QString &user) const { return m_server.address(user, m_database); }
    QString database() const { return m_database; }
    QString role(int analyst) const { return QStringLiteral("%1_a%2").arg(m_database).arg(analyst, 3, 10, QLatin1Char('0')); }
    QString host() const { return m_server.host(); }
    int port() const { return m_server.port(); }
    bool admin(const QString &sql, QString *value, QString *error) const
    {
        return m_server.admin(sql, QString(), value, error);
    }

    // A new database, set up with the team's schema and roles, with the sample published in it
    // by its owner, and one login role an analyst, each an editor.
    bool create(int analysts, const ProjectData &sample, QString *error)
    {
        m_database = m_server.freshDatabase(QStringLiteral("dapp_bench_"), error);
        if (m_database.isEmpty() || !m_server.setUpTeam(m_database, error))
            return false;
        for (int i = 0; i < analysts; ++i) {
            if (!m_server.addLogin(role(i), teamEditorsRole(m_database), error))
                return false;
        }
        const std::optional<TeamAddress> owner = parseTeamAddress(address(QStringLiteral("postgres")), error);
        return owner && publishProject(*owner, QString(), sample, error);
    }

    // Reads the whole project and every record's revision on a connection of its own.
    bool read(ProjectData *data, RecordStamps *stamps, QString *error)
    {
        const std::optional<TeamAddress> owner = parseTeamAddress(address(QStringLiteral("postgres")), error);
        const QString name = QStringLiteral("bench-reader");
        if (!owner || !connectTeamDatabase(*owner, name, QString(), error))
            return false;
        bool read = false;
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            // One snapshot for both: nobody writes now, but a reader should not depend on that.
            QSqlQuery q(db);
            read = q.exec(QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            std::optional<ProjectData> loaded = read ? loadProject(db, error) : std::nullopt;
            read = loaded && loadRecordStamps(db, stamps, error);
            if (read)
                *data = std::move(*loaded);
            q.exec(QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return read;
    }

    void dropAll() { m_server.dropAll(); }

private:
    test::TeamTestServer m_server; // DAPP_TEST_PG_HOST and DAPP_TEST_PG_PORT
    QString m_database;
};

// ---- The figures ----

QString ms(qint64 micros)
{
    return QString::number(double(micros) / 1000.0, 'f', 1);
}

qint64 percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QString latencyLine(QList<qint64> micros)
{
    if (micros.isEmpty())
        return QStringLiteral("none");
    std::sort(micros.begin(), micros.end());
    return QStringLiteral("p50 %1  p95 %2  p99 %3  max %4 ms")
        .arg(ms(percentile(micros, 0.50)), ms(percentile(micros, 0.95)), ms(percentile(micros, 0.99)), ms(micros.last()));
}

void printVerdictLine(const QString &label, const QStringList &offending)
{
    out() << label << ": " << offending.size() << '\n';
    constexpr int kShown = 20;
    for (int i = 0; i < offending.size() && i < kShown; ++i)
        out() << "  " << offending.at(i) << '\n';
    if (offending.size() > kShown)
        out() << "  … and " << offending.size() - kShown << " more\n";
}

// ---- The command ----

struct Options
{
    int analysts = 20;
    int seconds = 60;
    quint64 seed = 1;
    // About 9 writes a second an analyst: dozens of times what a person types, yet each still
    // waits for its window to take in others' news, as people do. 0: flat out, the machine's ceiling.
    int pauseMs = 100;
};

int usage(const QString &why)
{
    QTextStream err(stderr);
    if (!why.isEmpty())
        err << why << '\n';
    err << "usage: DAPP_TEST_PG_HOST=HOST DAPP_TEST_PG_PORT=PORT bench_team [--analysts N] [--seconds S] [--quick] "
           "[--seed N] [--pause MS]\n"
           "  Simulates N analysts (default 20) editing one team database for S seconds (default 60);\n"
           "  --pause MS: each analyst pauses from 0 to 2 MS after a write, as a person reads and types\n"
           "  (default 100, about 9 writes a second each; 0: each writes as fast as the server takes it).\n"
           "  --quick: 5 analysts, 10 s. HOST is a server name or a Unix socket folder; it connects as\n"
           "  postgres, makes a database and roles of its own and drops them at the end.\n"
           "  e.g. DAPP_TEST_PG_HOST=/run/postgresql DAPP_TEST_PG_PORT=5432 build/tests/bench_team --quick\n";
    return 2;
}

std::optional<Options> parseOptions(const QStringList &args, QString *why)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto number = [&](int low, int high) -> std::optional<int> {
            bool ok = false;
            const int n = i + 1 < args.size() ? args.at(i + 1).toInt(&ok) : 0;
            if (!ok || n < low || n > high) {
                *why = QStringLiteral("%1 takes a number from %2 to %3").arg(arg).arg(low).arg(high);
                return std::nullopt;
            }
            ++i;
            return n;
        };
        if (arg == QLatin1String("--quick")) {
            o.analysts = 5;
            o.seconds = 10;
        } else if (arg == QLatin1String("--analysts")) {
            const auto n = number(1, 200);
            if (!n)
                return std::nullopt;
            o.analysts = *n;
        } else if (arg == QLatin1String("--seconds")) {
            const auto n = number(1, 24 * 3600);
            if (!n)
                return std::nullopt;
            o.seconds = *n;
        } else if (arg == QLatin1String("--pause")) {
            const auto n = number(0, 60000);
            if (!n)
                return std::nullopt;
            o.pauseMs = *n;
        } else if (arg == QLatin1String("--seed")) {
            const auto n = number(0, std::numeric_limits<int>::max());
            if (!n)
                return std::nullopt;
            o.seed = quint64(*n);
        } else {
            *why = QStringLiteral("Unknown option: %1").arg(arg);
            return std::nullopt;
        }
    }
    return o;
}

void printFigures(const Options &o, qint64 runMicros, const QList<const Attempt *> &attempts, const QList<AnalystLog> &logs,
                  const ProjectData &final)
{
    QList<qint64> committed;
    QList<qint64> refused;
    QMap<WriteKind, QList<qint64>> committedOf;
    qsizetype conflicts = 0;
    qsizetype editsTried = 0;
    QStringList failures;
    for (const Attempt *a : attempts) {
        editsTried += a->kind == WriteKind::Edit;
        if (a->committed) {
            committed << a->micros;
            committedOf[a->kind] << a->micros;
        } else {
            refused << a->micros;
            if (a->conflict)
                ++conflicts;
            else
                failures << a->describe();
        }
    }
    QList<qint64> refreshes;
    QStringList refreshErrors;
    for (const AnalystLog &log : logs) {
        refreshes << log.refreshMicros;
        refreshErrors << log.refreshErrors;
    }
    const double seconds = double(runMicros) / 1e6;
    const auto perSecond = [&](qsizetype n) { return QString::number(double(n) / seconds, 'f', 1); };
    out() << "Analysts: " << o.analysts << '\n'
          << "Seconds: " << o.seconds << " (ran " << QString::number(seconds, 'f', 1) << ")\n"
          << "Pause after each write: "
          << (o.pauseMs > 0 ? QStringLiteral("0 to %1 ms (mean %2 ms)").arg(2 * o.pauseMs).arg(o.pauseMs)
                            : QStringLiteral("none (flat out)"))
          << '\n'
          << "Writes attempted: " << attempts.size() << '\n'
          << "Committed: " << committed.size() << " (" << perSecond(committed.size()) << " a second)\n"
          << "Conflicts refused: " << conflicts << " (" << QString::number(100.0 * double(conflicts) / double(qMax(editsTried, 1)), 'f', 1)
          << "% of " << editsTried << " edits)\n"
          << "Failed otherwise: " << failures.size() << '\n';
    for (int i = 0; i < failures.size() && i < 10; ++i)
        out() << "  " << failures.at(i) << '\n';
    out() << "Edits per second (committed): " << perSecond(committedOf.value(WriteKind::Edit).size()) << '\n'
          << "Commit latency, committed writes: " << latencyLine(committed) << '\n';
    for (WriteKind kind : kAllWriteKinds) {
        out() << "  " << kindName(kind).leftJustified(6) << QStringLiteral("%1 committed").arg(committedOf.value(kind).size(), 7)
              << " (" << perSecond(committedOf.value(kind).size()) << "/s): " << latencyLine(committedOf.value(kind)) << '\n';
    }
    out() << "Refused writes, time to the refusal: " << latencyLine(refused) << '\n'
          << "Others' news taken in after each write (LISTEN/NOTIFY, the records named read again): " << refreshes.size()
          << ", "
          << latencyLine(refreshes) << '\n';
    for (int i = 0; i < refreshErrors.size() && i < 5; ++i)
        out() << "  taking in news failed: " << refreshErrors.at(i) << '\n';
    out() << "Project at the end: " << final.letters.size() << " letters, " << final.returns.size() << " returns\n";
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString why;
    const std::optional<Options> options = parseOptions(app.arguments(), &why);
    if (!options)
        return usage(why);
    if (!test::TeamTestServer::available())
        return usage(QStringLiteral("DAPP_TEST_PG_HOST is not set: no PostgreSQL server to load."));
    // Ctrl-C ends the run early; the database and roles are still dropped.
    std::signal(SIGINT, [](int) { g_interrupted = 1; });
    std::signal(SIGTERM, [](int) { g_interrupted = 1; });

    Server server;
    QString error;
    QString version;
    if (!server.admin(QStringLiteral("SHOW server_version"), &version, &error)) {
        QTextStream(stderr) << "Cannot reach the server: " << error << '\n';
        return 2;
    }
    LoadRun run;
    run.seed = options->seed;
    run.pauseMs = options->pauseMs;
    run.sample = sampleProject();
    if (!server.create(options->analysts, run.sample, &error)) {
        QTextStream(stderr) << "Could not set up the benchmark's database: " << error << '\n';
        return 2;
    }
    ProjectData baseline;
    RecordStamps stamps;
    if (!server.read(&baseline, &stamps, &error)) {
        QTextStream(stderr) << "Could not read the published sample: " << error << '\n';
        return 2;
    }
    run.hot = baseline.returns.keys(); // the sample's returns: few, so that analysts collide
    out() << "Team database load: PostgreSQL " << version << " at " << server.host() << ':' << server.port() << ", database "
          << server.database() << ", seed " << options->seed << '\n'
          << "Each analyst: edits " << kEditPercent << "% (" << kHotPercent << "% of them on the " << run.hot.size()
          << " hot returns), adds of one return " << kAddPercent << "%, batches of " << kBatchReturns << " returns "
          << 100 - kEditPercent - kAddPercent << "%; others' news taken in after each write\n";
    out().flush();

    QList<AnalystLog> logs(options->analysts);
    QList<QThread *> threads;
    for (int i = 0; i < options->analysts; ++i) {
        const QString address = server.address(server.role(i));
        AnalystLog *log = &logs[i];
        threads << QThread::create([i, address, &run, log] { runAnalyst(i, address, run, *log); });
        threads.last()->start();
    }
    run.ready.acquire(options->analysts);
    // Every analyst has written its open error, if any, before it released `ready`.
    QStringList openErrors;
    for (int i = 0; i < logs.size(); ++i)
        if (!logs.at(i).openError.isEmpty())
            openErrors << QStringLiteral("analyst %1: %2").arg(i).arg(logs.at(i).openError);
    run.stop = !openErrors.isEmpty();
    QElapsedTimer clock;
    clock.start();
    run.go.release(options->analysts);
    while (!run.stop && clock.elapsed() < qint64(options->seconds) * 1000 && !g_interrupted)
        QThread::msleep(50);
    run.stop = true;
    for (QThread *t : std::as_const(threads)) {
        t->wait();
        delete t;
    }
    const qint64 runMicros = clock.nsecsElapsed() / 1000;
    if (!openErrors.isEmpty()) {
        QTextStream(stderr) << "Some analysts could not open the database:\n  " << openErrors.join(QStringLiteral("\n  ")) << '\n';
        return 2;
    }
    if (g_interrupted)
        out() << "Interrupted: the figures are of the run until then.\n";
    QList<const Attempt *> attempts;
    for (const AnalystLog &log : std::as_const(logs))
        for (const Attempt &a : log.attempts)
            attempts << &a;
    ProjectData final;
    if (!server.read(&final, &stamps, &error)) {
        QTextStream(stderr) << "Could not read the database after the run: " << error << '\n';
        return 2;
    }
    printFigures(*options, runMicros, attempts, logs, final);

    const Verdict verdict = verifyLoad(baseline, final, stamps, attempts, run.hot);
    out() << "Verified from a fresh connection:\n";
    printVerdictLine(QStringLiteral("LOST"), verdict.lost);
    printVerdictLine(QStringLiteral("APPLIED TWICE"), verdict.twice);
    printVerdictLine(QStringLiteral("REFUSED YET WRITTEN"), verdict.refusedYetWritten);
    const bool correct = verdict.correct();

    QList<qint64> committed;
    for (const Attempt *a : std::as_const(attempts))
        if (a->committed)
            committed << a->micros;
    std::sort(committed.begin(), committed.end());
    const qint64 p95 = percentile(committed, 0.95);
    const bool fastEnough = p95 < 50'000;
    const QString figures = QStringLiteral("%1 lost, %2 applied twice, p95 %3 ms, %4")
                                .arg(verdict.lost.size())
                                .arg(verdict.twice.size())
                                .arg(ms(p95))
                                .arg(options->pauseMs > 0 ? QStringLiteral("each pausing %1 ms on average").arg(options->pauseMs)
                                                          : QStringLiteral("each writing flat out"));
    const QString analysts = options->analysts == 1 ? QStringLiteral("1 analyst")
                                                    : QStringLiteral("%1 analysts").arg(options->analysts);
    const QString goal = options->analysts != 20   ? QStringLiteral("not measured: this run had %1 (%2)").arg(analysts, figures)
                         : correct && fastEnough ? QStringLiteral("met (%1)").arg(figures)
                                                 : QStringLiteral("not met (%1)").arg(figures);
    out() << "Goal: no edit lost; p95 commit latency under 50 ms at 20 analysts: " << goal << '\n';
    out().flush();
    return correct ? 0 : 1;
}
