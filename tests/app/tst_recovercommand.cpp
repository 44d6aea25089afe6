// dapp-analyst recover, run as the real program: what can be read of a damaged project goes to a
// new file, what was lost is printed, and the exit status says which happened.
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "pagedamage.h"
#include "testsupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

namespace {
QString save(const ProjectData &data, const QString &path)
{
    ProjectStore store;
    QString error;
    if (!store.createNew(&error) || !store.replaceAll(data, &error) || !store.saveAs(path, &error))
        qWarning("could not save the project: %s", qPrintable(error));
    return path;
}

std::optional<ProjectData> opened(const QString &path)
{
    ProjectStore store;
    QString error;
    if (!store.open(path, &error, OpenAccess::ReadOnly)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return store.data();
}

// Thirty letters of the sample's first letter's length: several pages of letters.
ProjectData manyLetters()
{
    const Letter model = sampleProject().letters.first();
    ProjectData p;
    for (Id id = 1; id <= 30; ++id) {
        Letter l = model;
        l.id = id;
        l.foiReference = QStringLiteral("FOI %1/2023").arg(id);
        p.letters.insert(id, l);
    }
    return p;
}
} // namespace

class TestRecoverCommand : public QObject
{
    Q_OBJECT
private slots:
    void soundFileIsRecoveredWhole();
    void damagedFileGivesWhatCouldBeRead();
    void orphansMakeItALoss();
    void neverWritesOverTheDamagedFile();
    void usageErrors_data();
    void usageErrors();
    void whatIsNoProjectWritesNothing();
    void existingOutputIsReplacedAndKept();
    void helpNamesTheCommand();

private:
    QProcess *run(const QStringList &arguments);
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

QProcess *TestRecoverCommand::run(const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral(DAPP_EXECUTABLE), arguments);
    if (!m_process->waitForFinished(60000))
        qWarning("the program did not finish");
    return m_process.get();
}

void TestRecoverCommand::soundFileIsRecoveredWhole()
{
    const QString path = save(sampleProject(), m_dir.filePath(QStringLiteral("sound.dapp")));
    const QString out = m_dir.filePath(QStringLiteral("sound-recovered.dapp"));
    const QByteArray hash = test::fileHash(path);
    QProcess *p = run({QStringLiteral("recover"), path, QStringLiteral("--output"), out});
    const QString stdOut = QString::fromUtf8(p->readAllStandardOutput());
    QCOMPARE(p->exitCode(), 0);
    QVERIFY2(p->readAllStandardError().isEmpty(), qPrintable(stdOut));
    QVERIFY2(stdOut.contains(QStringLiteral("  letters: %1 read, nothing lost\n").arg(sampleProject().letters.size())),
             qPrintable(stdOut));
    QVERIFY2(stdOut.contains(QStringLiteral("  returns: %1 read, nothing lost\n").arg(sampleProject().returns.size())),
             qPrintable(stdOut));
    QVERIFY2(stdOut.contains(QStringLiteral("Wrote the recovered project to %1.").arg(out)), qPrintable(stdOut));
    const auto recovered = opened(out);
    QVERIFY(recovered);
    QVERIFY(*recovered == sampleProject());
    QCOMPARE(test::fileHash(path), hash);
}

void TestRecoverCommand::damagedFileGivesWhatCouldBeRead()
{
    const ProjectData original = manyLetters();
    const QString path = save(original, m_dir.filePath(QStringLiteral("damaged.dapp")));
    const QList<test::LeafPage> leaves = test::tableLeafPages(path, QStringLiteral("letter"));
    QVERIFY(leaves.size() >= 3);
    const test::LeafPage page = leaves.at(leaves.size() / 2);
    QVERIFY(test::flipBytesOfPage(path, page.page));
    const QByteArray hash = test::fileHash(path);
    const QString out = m_dir.filePath(QStringLiteral("damaged-recovered.dapp"));

    QProcess *p = run({QStringLiteral("recover"), path, QStringLiteral("--output"), out});
    QCOMPARE(p->exitCode(), 1); // something was lost...
    const QString stdOut = QString::fromUtf8(p->readAllStandardOutput());
    const QString stdErr = QString::fromUtf8(p->readAllStandardError());
    const qsizetype lost = page.rowids.size();
    QVERIFY2(stdOut.contains(QStringLiteral("  letters: %1 read, %2 lost — ids ").arg(30 - lost).arg(lost)), qPrintable(stdOut));
    QVERIFY2(stdOut.contains(QStringLiteral("Wrote the recovered project to")), qPrintable(stdOut));
    QVERIFY2(stdErr.startsWith(QStringLiteral("dapp-analyst: not everything in")), qPrintable(stdErr));
    const auto recovered = opened(out); // ...and what was read is written, as a sound project
    QVERIFY(recovered);
    QCOMPARE(recovered->letters.size(), 30 - lost);
    for (auto it = recovered->letters.cbegin(); it != recovered->letters.cend(); ++it)
        QVERIFY(*it == original.letters.value(it.key()));
    QVERIFY(recovered->letters.contains(1) && recovered->letters.contains(30)); // before and after the page
    QCOMPARE(test::fileHash(path), hash);
}

void TestRecoverCommand::orphansMakeItALoss()
{
    const ProjectData sample = sampleProject();
    const QString path = save(sample, m_dir.filePath(QStringLiteral("orphans.dapp")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("orphans"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM letter WHERE id = %1").arg(sample.returns.first().letterId)));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("orphans"));
    const QString out = m_dir.filePath(QStringLiteral("orphans-recovered.dapp"));
    QProcess *p = run({QStringLiteral("recover"), path, QStringLiteral("--output"), out});
    QCOMPARE(p->exitCode(), 1);
    const QString stdOut = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(stdOut.contains(QStringLiteral("dropped because their letter is missing")), qPrintable(stdOut));
    const auto recovered = opened(out);
    QVERIFY(recovered);
    QVERIFY(!recovered->letters.contains(sample.returns.first().letterId));
    QVERIFY(!recovered->returns.contains(sample.returns.first().id));
}

void TestRecoverCommand::neverWritesOverTheDamagedFile()
{
    const QString path = save(sampleProject(), m_dir.filePath(QStringLiteral("itself.dapp")));
    QVERIFY(test::flipBytesOfATablePage(path));
    const QString link = m_dir.filePath(QStringLiteral("link-to-itself.dapp"));
    QVERIFY(QFile::link(path, link));
    const QByteArray hash = test::fileHash(path);
    for (const QString &target : {path, link, m_dir.filePath(QStringLiteral("./itself.dapp"))}) {
        QProcess *p = run({QStringLiteral("recover"), path, QStringLiteral("--output"), target});
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardOutput().isEmpty());
        const QString stdErr = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(stdErr.contains(QStringLiteral("is the damaged file itself")), qPrintable(stdErr));
    }
    QCOMPARE(test::fileHash(path), hash);
    QVERIFY(!QFile::exists(path + QLatin1Char('~')));
}

void TestRecoverCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString in = QStringLiteral("in.dapp");
    QTest::newRow("nothing") << QStringList{} << QStringLiteral("needs the damaged project file");
    QTest::newRow("no output") << QStringList{in} << QStringLiteral("needs --output NEW.dapp");
    QTest::newRow("empty output") << QStringList{in, QStringLiteral("--output"), QString()}
                                  << QStringLiteral("needs --output NEW.dapp");
    QTest::newRow("two files") << QStringList{in, QStringLiteral("other.dapp"), QStringLiteral("--output"), QStringLiteral("new.dapp")}
                               << QStringLiteral("unexpected “other.dapp”");
    QTest::newRow("unknown option") << QStringList{in, QStringLiteral("--force"), QStringLiteral("--output"), QStringLiteral("new.dapp")}
                                    << QStringLiteral("recover has no option “--force”");
}

void TestRecoverCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess *p = run(QStringList{QStringLiteral("recover")} + arguments);
    QCOMPARE(p->exitCode(), 2);
    const QString stdErr = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(stdErr.startsWith(QStringLiteral("dapp-analyst: ")) && stdErr.contains(message), qPrintable(stdErr));
    QVERIFY2(stdErr.contains(QStringLiteral("usage: dapp-analyst recover DAMAGED.dapp --output NEW.dapp")), qPrintable(stdErr));
    QVERIFY(p->readAllStandardOutput().isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("new.dapp")));
}

void TestRecoverCommand::whatIsNoProjectWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.dapp"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("area,financial_year\n");
    f.close();
    const QString out = m_dir.filePath(QStringLiteral("notes-recovered.dapp"));
    QProcess *p = run({QStringLiteral("recover"), path, QStringLiteral("--output"), out});
    QCOMPARE(p->exitCode(), 1);
    const QString stdErr = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(stdErr.contains(QStringLiteral("notes.dapp")) && stdErr.contains(QStringLiteral("not an SQLite database")),
             qPrintable(stdErr));
    QVERIFY(p->readAllStandardOutput().isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TestRecoverCommand::existingOutputIsReplacedAndKept()
{
    // As every command does with its output, and as Save does: the file replaced is kept as FILE~.
    const QString path = save(sampleProject(), m_dir.filePath(QStringLiteral("source.dapp")));
    const QString out = save(manyLetters(), m_dir.filePath(QStringLiteral("existing.dapp")));
    const QByteArray before = test::fileHash(out);
    QProcess *p = run({QStringLiteral("recover"), path, QStringLiteral("--output"), out});
    QCOMPARE(p->exitCode(), 0);
    const QString stdOut = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(stdOut.contains(QStringLiteral("(the file it replaced is kept as %1~)").arg(out)), qPrintable(stdOut));
    QCOMPARE(test::fileHash(out + QLatin1Char('~')), before);
    const auto recovered = opened(out);
    QVERIFY(recovered && *recovered == sampleProject());
}

void TestRecoverCommand::helpNamesTheCommand()
{
    QProcess *p = run({QStringLiteral("recover"), QStringLiteral("--help")});
    QCOMPARE(p->exitCode(), 0);
    const QString help = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(help.startsWith(QStringLiteral("usage: dapp-analyst recover DAMAGED.dapp --output NEW.dapp")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("--output <FILE>")), qPrintable(help));
    p = run({QStringLiteral("--help")});
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(QString::fromUtf8(p->readAllStandardOutput())
                .contains(QStringLiteral("  recover      Read what can be read of a damaged project into a new project file.")));
}

QTEST_GUILESS_MAIN(TestRecoverCommand)
#include "tst_recovercommand.moc"
