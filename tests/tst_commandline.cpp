// The headless command line, run as the real program.
#include "projectjson.h"
#include "tidycsv.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void exportCsvOfSample();
    void checkPrintsFlags();
    void badProjectFails();
    void noDisplayIsExplained();

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
    QVERIFY2(output.contains(QStringLiteral("7 returns checked")), qPrintable(output));
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

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
