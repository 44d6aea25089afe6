// The headless command line, run as the real program.
#include "domain/comparison.h"
#include "interchange/comparisoncsv.h"
#include "interchange/contextcsv.h"
#include "interchange/tidycsv.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QImage>
#include <QProcess>
#include <QXmlStreamReader>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace dapp;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void exportCsvOfSample();
    void checkPrintsFlags();
    void badProjectFails();
    void checkRefusesAFileNamedWithoutProjectOption();
    void emptyProjectNameIsAnError();
    void exportToAFullStandardOutputFails();
    void exportToAPipeWritesIntoThePipe();
    void noDisplayIsExplained();
    void unknownCommandIsRefused_data();
    void unknownCommandIsRefused();
    void unknownOptionIsRefused_data();
    void unknownOptionIsRefused();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();
    void commandHelpNamesTheCommand();
    void byteOrderMarkOnlyIntoFiles();
    void filtersChooseTheReturns();
    void unknownFilterValueIsRefused();
    void exportsTheContextFigures();
    void checkNamesALettersOwnFlag();
    void exportsTheComparisonTable();
    void exportsTheComparisonWorkbook();
    void exportTableRefusesOtherFormats_data();
    void exportTableRefusesOtherFormats();
    void chartWritesEachFormat();
    void chartRefusesWhatItDoesNotKnow_data();
    void chartRefusesWhatItDoesNotKnow();
    void reportWritesAPdfWithoutADisplay();
    void damagedProjectFailsEveryCommand();

private:
    QProcess *run(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

QProcess *TestCommandLine::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->start(QStringLiteral(DAPP_EXECUTABLE), arguments);
    if (!m_process->waitForFinished(60000))
        qWarning("the program did not finish");
    return m_process.get();
}

void TestCommandLine::exportCsvOfSample()
{
    const QString out = m_dir.filePath(QStringLiteral("out.csv"));
    QProcess *p = run({QStringLiteral("export-csv"), out});
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardOutput().contains("Wrote"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exportTidyCsv(sampleProject()));
}

void TestCommandLine::checkPrintsFlags()
{
    QProcess *p = run({QStringLiteral("check")});
    QCOMPARE(p->exitCode(), 0);
    const QString output = QString::fromUtf8(p->readAllStandardOutput());
    // Derbyshire's Drive: 77 accepted, 77 completed.
    QVERIFY2(output.contains(QStringLiteral("Derbyshire · Drive (Glow)")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("full_completion")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("8 returns checked")), qPrintable(output));
    QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--strict")})->exitCode(), 1);
}

void TestCommandLine::badProjectFails()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.dapp"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    QProcess *p = run({QStringLiteral("check"), QStringLiteral("--project"), path});
    QCOMPARE(p->exitCode(), 1);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("bad.dapp")) && err.contains(QStringLiteral("not a DAPP Analyst project")),
             qPrintable(err));
    QCOMPARE(run({QStringLiteral("export-csv")})->exitCode(), 2); // no output file named
}

void TestCommandLine::checkRefusesAFileNamedWithoutProjectOption()
{
    // "check my.dapp" must not quietly check the sample and pass.
    QProcess *p = run({QStringLiteral("check"), QStringLiteral("my.dapp")});
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("my.dapp")) && err.contains(QStringLiteral("--project")), qPrintable(err));
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

void TestCommandLine::emptyProjectNameIsAnError()
{
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("export-csv")}) {
        QStringList arguments{command, QStringLiteral("--project"), QString()};
        if (command == QLatin1String("export-csv"))
            arguments << m_dir.filePath(QStringLiteral("never.csv"));
        QProcess *p = run(arguments);
        QCOMPARE(p->exitCode(), 1);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("--project needs a file name")), qPrintable(err));
    }
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
}

void TestCommandLine::exportToAFullStandardOutputFails()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(QStringLiteral("/dev/full"));
    m_process->start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("export-csv"), QStringLiteral("-")});
    QVERIFY(m_process->waitForFinished(60000));
    QCOMPARE(m_process->exitCode(), 1);
    QVERIFY(m_process->readAllStandardError().contains("standard output"));
    // check, too, must not pass when its report was lost.
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(QStringLiteral("/dev/full"));
    m_process->start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("check")});
    QVERIFY(m_process->waitForFinished(60000));
    QCOMPARE(m_process->exitCode(), 1);
    QVERIFY(m_process->readAllStandardError().contains("standard output"));
}

void TestCommandLine::exportToAPipeWritesIntoThePipe()
{
    // An atomic save would rename a new file over the pipe; the reader would get nothing.
    const QByteArray fifo = QFile::encodeName(m_dir.filePath(QStringLiteral("pipe")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    const int fd = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK); // the CSV fits the pipe's buffer
    QVERIFY(fd >= 0);
    QProcess *p = run({QStringLiteral("export-csv"), QFile::decodeName(fifo)});
    QByteArray received;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        received.append(buffer, n);
    ::close(fd);
    QCOMPARE(p->exitCode(), 0);
    QCOMPARE(received, exportTidyCsv(sampleProject(), false)); // no byte-order mark in a pipe
    struct stat st = {};
    QCOMPARE(::stat(fifo.constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    // Through /dev/stdout the output is the CSV and nothing else; the summary goes to stderr.
    if (QFile::exists(QStringLiteral("/dev/stdout"))) {
        QProcess *piped = run({QStringLiteral("export-csv"), QStringLiteral("/dev/stdout")});
        QCOMPARE(piped->exitCode(), 0);
        QCOMPARE(piped->readAllStandardOutput(), exportTidyCsv(sampleProject(), false));
        QVERIFY(piped->readAllStandardError().contains("Wrote"));
    }
}

void TestCommandLine::noDisplayIsExplained()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess *p = run({}, env);
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("no display")) && err.contains(QStringLiteral("xvfb-run")), qPrintable(err));
}

namespace {
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}
} // namespace

void TestCommandLine::unknownCommandIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("a word that is no command") << QStringList{QStringLiteral("nonsense")};
    QTest::newRow("a command that does not exist yet") << QStringList{QStringLiteral("merge"), QStringLiteral("in.csv")};
}

void TestCommandLine::unknownCommandIsRefused()
{
    QFETCH(QStringList, arguments);
    // A file of that name beside it must not be opened instead.
    QFile same(m_dir.filePath(arguments.constFirst()));
    QVERIFY(same.open(QIODevice::WriteOnly));
    same.close();
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir.path());
    for (const QProcessEnvironment &env : {QProcessEnvironment::systemEnvironment(), withoutDisplay()}) {
        m_process->setProcessEnvironment(env);
        m_process->start(QStringLiteral(DAPP_EXECUTABLE), arguments);
        QVERIFY(m_process->waitForFinished(60000));
        QCOMPARE(m_process->exitCode(), 2);
        const QString err = QString::fromUtf8(m_process->readAllStandardError());
        QVERIFY2(err.startsWith(QStringLiteral("dapp-analyst: unknown command “%1”").arg(arguments.constFirst())),
                 qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("check")) && err.contains(QStringLiteral("export-csv")), qPrintable(err));
        QVERIFY(m_process->readAllStandardOutput().isEmpty());
    }
}

void TestCommandLine::unknownOptionIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("before any command") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("after a project file") << QStringList{QStringLiteral("my.dapp"), QStringLiteral("--bogus")};
    QTest::newRow("of check") << QStringList{QStringLiteral("check"), QStringLiteral("--bogus")};
    QTest::newRow("of export-csv") << QStringList{QStringLiteral("export-csv"), QStringLiteral("--bogus"), QStringLiteral("-")};
}

void TestCommandLine::unknownOptionIsRefused()
{
    QFETCH(QStringList, arguments);
    QProcess *p = run(arguments, withoutDisplay());
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("dapp-analyst: ")) && err.contains(QStringLiteral("--bogus")), qPrintable(err));
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

void TestCommandLine::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("Print the data-quality flags of a project.");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("Write the tidy CSV of the programme returns.");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("dapp-analyst 0.");
}

void TestCommandLine::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess *p = run({option}, withoutDisplay());
    QCOMPARE(p->exitCode(), 0);
    const QString output = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(output.contains(expected), qPrintable(output));
    if (option != QLatin1String("--version")) {
        QVERIFY2(output.contains(QStringLiteral("  check ")) && output.contains(QStringLiteral("  export-csv ")),
                 qPrintable(output));
    }
    QVERIFY(p->readAllStandardError().isEmpty());
}

void TestCommandLine::commandHelpNamesTheCommand()
{
    QProcess *p = run({QStringLiteral("check"), QStringLiteral("--help")}, withoutDisplay());
    QCOMPARE(p->exitCode(), 0);
    const QString output = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(output.startsWith(QStringLiteral("usage: dapp-analyst check ")), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral(DAPP_EXECUTABLE)), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("--project")) && output.contains(QStringLiteral("--strict"))
                 && output.contains(QStringLiteral("--area")),
             qPrintable(output));
}

void TestCommandLine::byteOrderMarkOnlyIntoFiles()
{
    // Standard output redirected into a file keeps the mark Excel needs...
    const QString redirected = m_dir.filePath(QStringLiteral("redirected.csv"));
    m_process = std::make_unique<QProcess>();
    m_process->setStandardOutputFile(redirected);
    m_process->start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("export-csv"), QStringLiteral("-")});
    QVERIFY(m_process->waitForFinished(60000));
    QCOMPARE(m_process->exitCode(), 0);
    QFile file(redirected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exportTidyCsv(sampleProject()));
    QVERIFY(exportTidyCsv(sampleProject()).startsWith("\xEF\xBB\xBF"));
    // ...a pipe gets the text alone.
    QProcess *p = run({QStringLiteral("export-csv"), QStringLiteral("-")});
    QCOMPARE(p->exitCode(), 0);
    const QByteArray piped = p->readAllStandardOutput();
    QVERIFY(piped.startsWith("area,financial_year,"));
    QCOMPARE(piped, exportTidyCsv(sampleProject(), false));
}

void TestCommandLine::filtersChooseTheReturns()
{
    QProcess *p = run({QStringLiteral("export-csv"), QStringLiteral("--area"), QStringLiteral("derbyshire"),
                       QStringLiteral("-")});
    QCOMPARE(p->exitCode(), 0);
    const QList<QByteArray> lines = p->readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // the header and Derbyshire's four programmes
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).startsWith("Derbyshire,"), lines.at(i).constData());
    QProcess *check = run({QStringLiteral("check"), QStringLiteral("--cohort"), QStringLiteral("female")});
    QCOMPARE(check->exitCode(), 0);
    const QString output = QString::fromUtf8(check->readAllStandardOutput());
    QVERIFY2(!output.contains(QStringLiteral("Derbyshire")), qPrintable(output)); // males only there
}

void TestCommandLine::unknownFilterValueIsRefused()
{
    QProcess *p = run({QStringLiteral("check"), QStringLiteral("--area"), QStringLiteral("Narnia")});
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("dapp-analyst: --area “Narnia”")), qPrintable(err));
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

void TestCommandLine::exportsTheContextFigures()
{
    QProcess *p = run({QStringLiteral("export-csv"), QStringLiteral("--context"), QStringLiteral("-")});
    QCOMPARE(p->exitCode(), 0);
    const QByteArray csv = p->readAllStandardOutput();
    QCOMPARE(csv, exportContextCsv(sampleProject(), false));
    QVERIFY(csv.startsWith("area,period,label,kind,value"));
    // Filters choose the letters, and a context figure goes with its letter.
    QProcess *derbyshire = run({QStringLiteral("export-csv"), QStringLiteral("--context"), QStringLiteral("--area"),
                                QStringLiteral("Derbyshire"), QStringLiteral("-")});
    QCOMPARE(derbyshire->readAllStandardOutput().count('\n'), 1); // the header alone
}

void TestCommandLine::checkNamesALettersOwnFlag()
{
    ProjectData data = sampleProject();
    Letter &avon = data.letters.first();
    QCOMPARE(avon.foiReference, QStringLiteral("FOI753"));
    avon.responseDate = avon.requestReceived.addDays(-3);
    ProjectStore store;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("dated.dapp"));
    QVERIFY2(store.createNew(&error) && store.replaceAll(data, &error) && store.saveAs(path, &error), qPrintable(error));
    QProcess *p = run({QStringLiteral("check"), QStringLiteral("--project"), path});
    const QString output = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(output.contains(QStringLiteral("Avon and Somerset · 2022/23 female · FOI753: response_before_request: "
                                            "the response (2024-05-16) is dated before the request was received (2024-05-19)")),
             qPrintable(output));
}

void TestCommandLine::exportsTheComparisonTable()
{
    QProcess *p = run({QStringLiteral("export-table"), QStringLiteral("--year"), QStringLiteral("2022/23"),
                       QStringLiteral("--cohort"), QStringLiteral("male"), QStringLiteral("--area"),
                       QStringLiteral("Derbyshire"), QStringLiteral("-")});
    QCOMPARE(p->exitCode(), 0);
    ComparisonFilter filter;
    filter.areaCodes = {QStringLiteral("E23000018")};
    filter.financialYears = {QStringLiteral("2022/23")};
    filter.cohorts = {Cohort::Male};
    QCOMPARE(p->readAllStandardOutput(), exportComparisonCsv(computeComparison(sampleProject(), filter), false));
}

void TestCommandLine::exportsTheComparisonWorkbook()
{
    // What is in the workbook is tst_comparisonxlsx's business; here, that the command writes one.
    const QString path = m_dir.filePath(QStringLiteral("table.xlsx"));
    QProcess *p = run({QStringLiteral("export-table"), path});
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardOutput().contains("Wrote 8 returns"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK")); // a zip archive, as every XLSX is
    // Into a folder that does not exist: an error naming the file, exit 1, nothing written.
    const QString nowhere = m_dir.filePath(QStringLiteral("nowhere/table.xlsx"));
    QProcess *failed = run({QStringLiteral("export-table"), nowhere});
    QCOMPARE(failed->exitCode(), 1);
    const QString err = QString::fromUtf8(failed->readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("dapp-analyst: cannot write “%1”").arg(nowhere)), qPrintable(err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
}

void TestCommandLine::exportTableRefusesOtherFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("text") << QStringLiteral("out.txt");
    QTest::newRow("OpenDocument") << QStringLiteral("out.ods");
    QTest::newRow("no suffix") << QStringLiteral("out");
}

void TestCommandLine::exportTableRefusesOtherFormats()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    QProcess *p = run({QStringLiteral("export-table"), path});
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("dapp-analyst: “%1”").arg(path)) && err.contains(QStringLiteral(".csv"))
                 && err.contains(QStringLiteral(".xlsx")),
             qPrintable(err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCommandLine::chartWritesEachFormat()
{
    // No display at all: a drawing command still never needs one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString png = m_dir.filePath(QStringLiteral("funnel.png"));
    QProcess *p = run({QStringLiteral("chart"), QStringLiteral("funnel"), QStringLiteral("--route"), QStringLiteral("agency"),
                       QStringLiteral("--size"), QStringLiteral("1200x900"), png},
                      env);
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardError().isEmpty());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 900)); // decodes, at the size asked

    const QString svg = m_dir.filePath(QStringLiteral("rates.svg"));
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("rates"), QStringLiteral("--area"), QStringLiteral("Derbyshire"), svg}, env)
                 ->exitCode(),
             0);
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QXmlStreamReader xml(svgText);
    QString root;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && root.isEmpty())
            root = xml.name().toString();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString())); // parses
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(svgText.contains("Derbyshire"));

    const QString pdf = m_dir.filePath(QStringLiteral("money.pdf"));
    QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("money"), QStringLiteral("--money"), QStringLiteral("costs"), pdf}, env)
                 ->exitCode(),
             0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    const QString map = m_dir.filePath(QStringLiteral("map.svg"));
    QProcess *m = run({QStringLiteral("chart"), QStringLiteral("map"), QStringLiteral("--measure"), QStringLiteral("acceptance-rate"),
                       QStringLiteral("--route"), QStringLiteral("agency"), map},
                      env);
    QCOMPARE(m->exitCode(), 0);
    QFile mapFile(map);
    QVERIFY(mapFile.open(QIODevice::ReadOnly));
    const QByteArray mapText = mapFile.readAll();
    QVERIFY(mapText.contains("Acceptance rate per police force area"));
    QVERIFY(mapText.contains("Open Government Licence"));
}

void TestCommandLine::chartRefusesWhatItDoesNotKnow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    const QString out = QStringLiteral("chart.png");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("chart"), QStringLiteral("pie"), out}
                                  << QStringLiteral("funnel, rates, money, areas");
    QTest::newRow("no kind") << QStringList{QStringLiteral("chart")} << QStringLiteral("funnel, rates, money, areas");
    QTest::newRow("bad format") << QStringList{QStringLiteral("chart"), QStringLiteral("funnel"), QStringLiteral("chart.gif")}
                                << QStringLiteral(".png, .svg or .pdf");
    QTest::newRow("bad route") << QStringList{QStringLiteral("chart"), QStringLiteral("funnel"), QStringLiteral("--route"),
                                              QStringLiteral("post"), out}
                               << QStringLiteral("all, self and agency");
    QTest::newRow("bad size") << QStringList{QStringLiteral("chart"), QStringLiteral("funnel"), QStringLiteral("--size"),
                                             QStringLiteral("big"), out}
                              << QStringLiteral("1600x1200");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("chart"), QStringLiteral("funnel"), QStringLiteral("--colour"),
                                                   QStringLiteral("red"), out}
                                    << QStringLiteral("--colour");
    QTest::newRow("unknown map measure") << QStringList{QStringLiteral("chart"), QStringLiteral("map"), QStringLiteral("--measure"),
                                                        QStringLiteral("happiness"), out}
                                         << QStringLiteral("referrals, acceptance-rate");
    QTest::newRow("not a financial year") << QStringList{QStringLiteral("chart"), QStringLiteral("funnel"), QStringLiteral("--year"),
                                                         QStringLiteral("garbage"), out}
                                          << QStringLiteral("2022/23");
    QTest::newRow("an option of another chart") << QStringList{QStringLiteral("chart"), QStringLiteral("funnel"),
                                                               QStringLiteral("--measure"), QStringLiteral("referrals"), out}
                                                << QStringLiteral("--measure is not an option of the funnel chart");
    QTest::newRow("money view on the map") << QStringList{QStringLiteral("chart"), QStringLiteral("map"), QStringLiteral("--money"),
                                                          QStringLiteral("costs"), out}
                                           << QStringLiteral("--money is not an option of the map chart");
    QTest::newRow("report not pdf") << QStringList{QStringLiteral("report"), QStringLiteral("report.docx")}
                                    << QStringLiteral(".pdf");
    QTest::newRow("unknown area") << QStringList{QStringLiteral("report"), QStringLiteral("--area"), QStringLiteral("Atlantis"),
                                                 QStringLiteral("r.pdf")}
                                  << QStringLiteral("Atlantis");
}

void TestCommandLine::chartRefusesWhatItDoesNotKnow()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    QProcess *p = run(arguments);
    QCOMPARE(p->exitCode(), 2);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains(says), qPrintable(err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("chart.png")));
}

void TestCommandLine::reportWritesAPdfWithoutADisplay()
{
    // A year written as people write it chooses the same returns as the stored form.
    for (const QString &year : {QStringLiteral("2022/23"), QStringLiteral("2022/2023"), QStringLiteral("FY22/23")}) {
        QProcess *t = run({QStringLiteral("export-table"), QStringLiteral("--year"), year, QStringLiteral("-")});
        QCOMPARE(t->exitCode(), 0);
        QCOMPARE(t->readAllStandardOutput().count('\n'), 1 + 8); // the header and the sample's 8 returns
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QProcess *p = run({QStringLiteral("report"), QStringLiteral("--cohort"), QStringLiteral("male"), pdf}, env);
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardError().isEmpty());
    QVERIFY(QString::fromUtf8(p->readAllStandardOutput()).contains(QStringLiteral("pages")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        QFAIL("pdftotext (poppler-utils) is needed: run scripts/install-deps.sh");
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(body.contains(QStringLiteral("Male")) || body.contains(QStringLiteral("male")));
    QVERIFY(body.contains(QStringLiteral("FOI 27/2023")));
    QVERIFY(body.contains(QStringLiteral("Referred, accepted and completed"))); // the charts are in it
    QVERIFY(!body.contains(QStringLiteral("Avon and Somerset"))); // its letter is about the female cohort
}

void TestCommandLine::damagedProjectFailsEveryCommand()
{
    // Saved from the sample, then damaged: each command says so and exits 1, never reporting
    // on the part it could read.
    const QString path = m_dir.filePath(QStringLiteral("damaged.dapp"));
    {
        ProjectStore store;
        QString error;
        QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error) && store.saveAs(path, &error));
    }
    QVERIFY(test::flipBytesOfATablePage(path));
    const QByteArray hash = test::fileHash(path);
    for (const QStringList &command : {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("export-csv"), QStringLiteral("-")},
                                       QStringList{QStringLiteral("export-table"), QStringLiteral("-")}}) {
        QProcess *p = run(command + QStringList{QStringLiteral("--project"), path});
        QCOMPARE(p->exitCode(), 1);
        QVERIFY(p->readAllStandardOutput().isEmpty());
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("is damaged")), qPrintable(err));
    }
    QCOMPARE(test::fileHash(path), hash);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
