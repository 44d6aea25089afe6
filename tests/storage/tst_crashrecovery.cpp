// A crash loses no edit: a program that opened a project, edited it and was killed with
// SIGKILL leaves its working copy behind, and a new start finds it and recovers every edit.
#include "domain/figurefield.h"
#include "storage/projectlock.h"
#include "storage/projectstore.h"
#include "storage/workingsession.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

class TestCrashRecovery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void everyEditOfAKilledSessionIsRecovered();
    void aRunningSessionIsNotOffered();
    void aSessionClosedNormallyLeavesNothing();
    void aSessionWithNothingUnsavedIsNotOffered();
    void anUntitledProjectIsRecoveredToo();
    void discardingRemovesTheSession();
    void onlyAWorkingCopyNothingRecoversSkipsTheDiskSyncs();

private:
    QString savedSample(const QString &name);
    // Starts crashvictim on `project` with `edits` edits and waits until it has made them.
    std::unique_ptr<QProcess> startVictim(const QString &project, int edits);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_area;
};

void TestCrashRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_area = m_dir->filePath(QStringLiteral("recovery"));
}

QString TestCrashRecovery::savedSample(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto store = test::sampleStore();
    QString error;
    if (!store->saveAs(path, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return path;
}

std::unique_ptr<QProcess> TestCrashRecovery::startVictim(const QString &project, int edits)
{
    auto victim = std::make_unique<QProcess>();
    victim->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    victim->start(QStringLiteral(CRASH_VICTIM), {m_area, project, QString::number(edits)});
    while (victim->state() != QProcess::NotRunning && !victim->canReadLine())
        victim->waitForReadyRead(10000);
    const QByteArray said = victim->readLine().trimmed();
    if (said != "edited " + QByteArray::number(edits))
        QTest::qFail(qPrintable(QStringLiteral("crashvictim said “%1”").arg(QString::fromUtf8(said))), __FILE__, __LINE__);
    return victim;
}

void TestCrashRecovery::everyEditOfAKilledSessionIsRecovered()
{
    const QString path = savedSample(QStringLiteral("project.dapp"));
    const QByteArray saved = test::fileHash(path);
    const int edits = 7;
    std::unique_ptr<QProcess> victim = startVictim(path, edits);
    victim->kill(); // SIGKILL: no destructor, no clean-up
    QVERIFY(victim->waitForFinished());
    QCOMPARE(victim->exitStatus(), QProcess::CrashExit);
    QCOMPARE(test::fileHash(path), saved); // the document itself was never written

    const QList<CrashedSession> crashed = findCrashedSessions(m_area);
    QCOMPARE(crashed.size(), 1);
    QCOMPARE(crashed.first().documentPath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(crashed.first().displayName, QStringLiteral("victim.dapp"));
    QVERIFY(crashed.first().lastEdit.isValid());

    // The killed program's lock beside the project is recognised as stale.
    QVERIFY(ProjectLock::holderOf(path));
    QVERIFY(ProjectLock::holderOf(path)->isStale());

    ProjectStore store;
    store.setRecoveryArea(m_area);
    QString error;
    QVERIFY2(store.openRecovered(crashed.first(), &error), qPrintable(error));
    QVERIFY(store.filePath().isEmpty()); // untitled: Save asks where
    QCOMPARE(store.recoveredFrom(), QFileInfo(path).absoluteFilePath());
    ProjectStore original;
    QVERIFY2(original.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    const QList<ProgrammeReturn> returns = original.data().returns.values();
    QVERIFY(returns.size() >= edits);
    for (int i = 0; i < returns.size(); ++i) {
        const Figure recovered = store.data().returns.value(returns.at(i).id).figure(FigureField::SelfReferred);
        const Figure expected = i < edits ? Figure::reported(1000 + i) : returns.at(i).figure(FigureField::SelfReferred);
        QCOMPARE(recovered, expected);
    }
    // The crashed session is gone; the recovered project is a session with unsaved edits, so a
    // second crash before saving would offer it again.
    const QStringList sessions = QDir(m_area).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(sessions.size(), 1);
    QVERIFY(!crashed.first().folder.endsWith(sessions.first()));
}

void TestCrashRecovery::aRunningSessionIsNotOffered()
{
    const QString path = savedSample(QStringLiteral("running.dapp"));
    std::unique_ptr<QProcess> victim = startVictim(path, 2);
    QVERIFY(findCrashedSessions(m_area).isEmpty());
    QCOMPARE(QDir(m_area).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1); // and not removed
    victim->kill();
    victim->waitForFinished();
    QCOMPARE(findCrashedSessions(m_area).size(), 1);
}

void TestCrashRecovery::aSessionClosedNormallyLeavesNothing()
{
    const QString path = savedSample(QStringLiteral("closed.dapp"));
    {
        ProjectStore store;
        store.setRecoveryArea(m_area);
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        store.describeSession(QStringLiteral("closed.dapp"), true);
        QCOMPARE(QDir(m_area).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
        // Opening another project ends the first session.
        QVERIFY2(store.createNew(&error), qPrintable(error));
        QCOMPARE(QDir(m_area).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    }
    QVERIFY(QDir(m_area).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    QVERIFY(findCrashedSessions(m_area).isEmpty());
}

void TestCrashRecovery::aSessionWithNothingUnsavedIsNotOffered()
{
    const QString path = savedSample(QStringLiteral("clean.dapp"));
    std::unique_ptr<QProcess> victim = startVictim(path, 0);
    victim->kill();
    victim->waitForFinished();
    QVERIFY(findCrashedSessions(m_area).isEmpty());
    // Its folder is cleared away on the way.
    QVERIFY(QDir(m_area).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
}

void TestCrashRecovery::anUntitledProjectIsRecoveredToo()
{
    {
        // A store whose process "crashes": its folder is left as a crash would leave it.
        auto store = std::make_unique<ProjectStore>();
        store->setRecoveryArea(m_area);
        QString error;
        QVERIFY(store->createNew(&error) && store->replaceAll(sampleProject(), &error));
        store->describeSession(QStringLiteral("Untitled"), true);
        const QStringList sessions = QDir(m_area).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(sessions.size(), 1);
        const QString folder = QDir(m_area).filePath(sessions.first());
        // A copy of the folder, minus the lock only a live process holds, stands for the crash.
        const QString crashedFolder = m_area + QStringLiteral("/crashed");
        QVERIFY(QDir().mkpath(crashedFolder));
        for (const QString &name : {QStringLiteral("working.dapp"), QStringLiteral("session.json")})
            QVERIFY(QFile::copy(folder + QLatin1Char('/') + name, crashedFolder + QLatin1Char('/') + name));
    }
    const QList<CrashedSession> crashed = findCrashedSessions(m_area);
    QCOMPARE(crashed.size(), 1);
    QVERIFY(crashed.first().documentPath.isEmpty());
    QCOMPARE(crashed.first().displayName, QStringLiteral("Untitled"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.openRecovered(crashed.first(), &error), qPrintable(error));
    QVERIFY(store.data() == sampleProject());
}

void TestCrashRecovery::discardingRemovesTheSession()
{
    const QString path = savedSample(QStringLiteral("discard.dapp"));
    std::unique_ptr<QProcess> victim = startVictim(path, 1);
    victim->kill();
    victim->waitForFinished();
    const QList<CrashedSession> crashed = findCrashedSessions(m_area);
    QCOMPARE(crashed.size(), 1);
    QVERIFY(discardCrashedSession(crashed.first()));
    QVERIFY(!QFileInfo::exists(crashed.first().folder));
    QVERIFY(findCrashedSessions(m_area).isEmpty());
}

// SQLite's synchronous setting of the one project working copy open (2: FULL, 0: OFF).
static int synchronousOfTheOpenWorkingCopy()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (!name.startsWith(QLatin1String("dapp-project-")))
            continue;
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(QStringLiteral("PRAGMA synchronous")) && q.next())
            return q.value(0).toInt();
    }
    return -1;
}

// A working copy in the recovery area is what a crash leaves: each commit reaches the disk. One
// in a temporary folder (the command line's) is never recovered, so its commits skip the syncs.
void TestCrashRecovery::onlyAWorkingCopyNothingRecoversSkipsTheDiskSyncs()
{
    const QString path = savedSample(QStringLiteral("project.dapp"));
    QString error;
    {
        ProjectStore recoverable;
        recoverable.setRecoveryArea(m_area);
        QVERIFY2(recoverable.open(path, &error), qPrintable(error));
        QCOMPARE(synchronousOfTheOpenWorkingCopy(), 2);
    }
    {
        ProjectStore recoverable;
        recoverable.setRecoveryArea(m_area);
        QVERIFY2(recoverable.createNew(&error), qPrintable(error));
        QCOMPARE(synchronousOfTheOpenWorkingCopy(), 2);
    }
    ProjectStore temporary;
    QVERIFY2(temporary.open(path, &error), qPrintable(error));
    QCOMPARE(synchronousOfTheOpenWorkingCopy(), 0);
    // Its edits are written all the same, and Save still makes the file whole.
    const Id edited = temporary.data().returns.first().id;
    test::editFirstReturn(temporary, 4242);
    if (QTest::currentTestFailed())
        return;
    const QString copy = m_dir->filePath(QStringLiteral("copy.dapp"));
    QVERIFY2(temporary.saveAs(copy, &error), qPrintable(error));
    ProjectStore reopened;
    QVERIFY2(reopened.open(copy, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(reopened.data().returns.value(edited).figure(FigureField::SelfReferred), Figure::reported(4242));
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
