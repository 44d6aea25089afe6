// The lock beside an open project: who holds it, a second opening refused or taking it over,
// a lock left by a crashed program cleared, and a project saved over only by its lock holder.
#include "storage/projectlock.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace dapp;

class TestProjectLock : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void theLockNamesWhoAndSince();
    void aSecondOpeningIsTold();
    void aLockLeftByAProgramThatEndedIsCleared();
    void aLockWhoseNumberWasReusedIsCleared();
    void aLockOfAProcessJustKilledIsCleared();
    void aLockFromAnotherComputerIsNeverGuessedStale();
    void anUnreadableLockIsHeldByNobodyKnown();
    void openingAnywayTakesTheLockAndTheFirstCannotSaveOverIt();
    void readOnlySavesOnlyUnderAnotherName();
    void aFileReplacedBehindTheProjectIsNotOverwritten();
    void savingAsAFileSomeoneHasOpenIsRefused();

private:
    QString savedSample(const QString &name);
    void writeLock(const QString &projectPath, const QString &host, qint64 pid, qint64 start);
    // The number of a process that has ended.
    static qint64 endedProcessId();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectLock::init() { m_dir = std::make_unique<QTemporaryDir>(); }

QString TestProjectLock::savedSample(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto store = test::sampleStore();
    QString error;
    if (!store->saveAs(path, &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return path;
}

void TestProjectLock::writeLock(const QString &projectPath, const QString &host, qint64 pid, qint64 start)
{
    QFile file(ProjectLock::lockFilePath(projectPath));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("DAPP Analyst project lock\nuser=Jane Smith (jane)\nhost=%1\npid=%2\nstart=%3\n"
                              "since=2026-11-20T09:30:00Z\nsession=someone-else\n")
                   .arg(host)
                   .arg(pid)
                   .arg(start)
                   .toUtf8());
}

qint64 TestProjectLock::endedProcessId()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    p.waitForFinished();
    return p.processId() ? p.processId() : 0x7ffffff0; // QProcess forgets it once finished on some systems
}

void TestProjectLock::theLockNamesWhoAndSince()
{
    const QString path = savedSample(QStringLiteral("a.dapp"));
    QVERIFY(!ProjectLock::holderOf(path));
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(ProjectLock::lockFilePath(path), m_dir->filePath(QStringLiteral(".~lock.a.dapp#")));
        const std::optional<LockHolder> holder = ProjectLock::holderOf(path);
        QVERIFY(holder);
        QCOMPARE(holder->host, QSysInfo::machineHostName());
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QVERIFY(!holder->user.isEmpty());
        QVERIFY(qAbs(holder->since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(!holder->isStale());
        QVERIFY2(holder->describe().contains(holder->host), qPrintable(holder->describe()));
    }
    // Closing the project removes its lock.
    QVERIFY(!QFileInfo::exists(ProjectLock::lockFilePath(path)));
}

void TestProjectLock::aSecondOpeningIsTold()
{
    const QString path = savedSample(QStringLiteral("b.dapp"));
    ProjectStore first;
    QString error;
    QVERIFY2(first.open(path, &error), qPrintable(error));
    ProjectStore second;
    OpenRefusal refusal;
    QVERIFY(!second.open(path, &error, OpenAccess::Exclusive, &refusal));
    QVERIFY(refusal.heldBy && refusal.damage.isEmpty());
    const LockHolder holder = *refusal.heldBy;
    QVERIFY2(error.contains(QStringLiteral("is open in another window")) && error.contains(holder.host), qPrintable(error));
    QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    QVERIFY(second.data().returns.isEmpty()); // nothing of it was shown
    // Read-only opens it, and leaves the first opening's lock alone.
    QVERIFY2(second.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QVERIFY(second.isReadOnly());
    QVERIFY2(second.readOnlyReason().contains(holder.host), qPrintable(second.readOnlyReason()));
    QCOMPARE(second.data(), first.data());
    QString saveError;
    QVERIFY2(first.saveAs(path, &saveError), qPrintable(saveError));
}

void TestProjectLock::aLockLeftByAProgramThatEndedIsCleared()
{
    const QString path = savedSample(QStringLiteral("c.dapp"));
    writeLock(path, QSysInfo::machineHostName(), endedProcessId(), 0);
    QVERIFY(ProjectLock::holderOf(path)->isStale());
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(!store.isReadOnly());
    QCOMPARE(ProjectLock::holderOf(path)->pid, QCoreApplication::applicationPid());
}

void TestProjectLock::aLockWhoseNumberWasReusedIsCleared()
{
#ifndef Q_OS_LINUX
    QSKIP("process start times are read from /proc");
#endif
    const QString path = savedSample(QStringLiteral("d.dapp"));
    // This process's number, but a process that started at another time: the holder is gone.
    const LockHolder me = currentLockHolder();
    QVERIFY(me.processStart > 0);
    writeLock(path, me.host, me.pid, me.processStart + 1);
    QVERIFY(ProjectLock::holderOf(path)->isStale());
    ProjectLock lock;
    QString error;
    QCOMPARE(lock.take(path, nullptr, &error), ProjectLock::Outcome::Taken);
    QVERIFY(lock.stillOurs());
}

void TestProjectLock::aLockOfAProcessJustKilledIsCleared()
{
#ifndef Q_OS_LINUX
    QSKIP("zombie processes are read from /proc");
#else
    // Killed a moment ago and not yet reaped by its parent: a zombie, which still answers
    // kill(pid, 0) but will never save anything.
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    QVERIFY(child > 0);
    QTRY_VERIFY(QFile(QStringLiteral("/proc/%1/stat").arg(child)).open(QIODevice::ReadOnly)
                && [&] {
                       QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
                       stat.open(QIODevice::ReadOnly);
                       return stat.readAll().contains(") Z ");
                   }());
    const QString path = savedSample(QStringLiteral("zombie.dapp"));
    writeLock(path, QSysInfo::machineHostName(), child, 0);
    const bool stale = ProjectLock::holderOf(path)->isStale();
    ::waitpid(child, nullptr, 0);
    QVERIFY(stale);
#endif
}

void TestProjectLock::aLockFromAnotherComputerIsNeverGuessedStale()
{
    const QString path = savedSample(QStringLiteral("e.dapp"));
    writeLock(path, QStringLiteral("FINANCE-PC-7"), endedProcessId(), 0);
    QVERIFY(!ProjectLock::holderOf(path)->isStale());
    ProjectStore store;
    QString error;
    OpenRefusal refusal;
    QVERIFY(!store.open(path, &error, OpenAccess::Exclusive, &refusal));
    QVERIFY(refusal.heldBy);
    const LockHolder holder = *refusal.heldBy;
    QCOMPARE(holder.host, QStringLiteral("FINANCE-PC-7"));
    QCOMPARE(holder.user, QStringLiteral("Jane Smith (jane)"));
    QVERIFY2(error.contains(QStringLiteral("Jane Smith (jane) on FINANCE-PC-7, since")), qPrintable(error));
    QVERIFY(QFileInfo::exists(ProjectLock::lockFilePath(path)));
}

void TestProjectLock::anUnreadableLockIsHeldByNobodyKnown()
{
    const QString path = savedSample(QStringLiteral("f.dapp"));
    QFile file(ProjectLock::lockFilePath(path));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x01\x02garbage");
    file.close();
    ProjectLock lock;
    LockHolder holder;
    QString error;
    QCOMPARE(lock.take(path, &holder, &error), ProjectLock::Outcome::HeldByOther);
    QVERIFY(!holder.isStale());
    QVERIFY2(holder.describe().contains(QStringLiteral("someone")), qPrintable(holder.describe()));
}

void TestProjectLock::openingAnywayTakesTheLockAndTheFirstCannotSaveOverIt()
{
    const QString path = savedSample(QStringLiteral("g.dapp"));
    ProjectStore first;
    QString error;
    QVERIFY2(first.open(path, &error), qPrintable(error));
    ProjectStore second;
    QVERIFY2(second.open(path, &error, OpenAccess::TakeOver), qPrintable(error));
    QVERIFY(!second.isReadOnly());
    const QByteArray hash = test::fileHash(path);
    QVERIFY(!first.saveAs(path, &error));
    QVERIFY2(error.contains(QStringLiteral("opened it anyway")), qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);
    QVERIFY2(second.saveAs(path, &error), qPrintable(error));
    // The first window closing does not remove the second's lock.
    const QString lockPath = ProjectLock::lockFilePath(path);
    first.createNew(&error);
    QVERIFY(QFileInfo::exists(lockPath));
}

void TestProjectLock::readOnlySavesOnlyUnderAnotherName()
{
    const QString path = savedSample(QStringLiteral("h.dapp"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QVERIFY(!QFileInfo::exists(ProjectLock::lockFilePath(path)));
    QVERIFY(!store.saveAs(path, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    const QString other = m_dir->filePath(QStringLiteral("h-copy.dapp"));
    QVERIFY2(store.saveAs(other, &error), qPrintable(error));
    QVERIFY(!store.isReadOnly());
    QCOMPARE(ProjectLock::holderOf(other)->pid, QCoreApplication::applicationPid());
    QVERIFY2(store.saveAs(other, &error), qPrintable(error));
}

void TestProjectLock::aFileReplacedBehindTheProjectIsNotOverwritten()
{
    const QString path = savedSample(QStringLiteral("i.dapp"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    // Another program (a sync client, a copy from a colleague) puts a new file in its place.
    const QString elsewhere = savedSample(QStringLiteral("i-theirs.dapp"));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(elsewhere, path));
    {
        QFile replaced(path);
        QVERIFY(replaced.open(QIODevice::ReadWrite));
        QVERIFY(replaced.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    }
    const QByteArray theirs = test::fileHash(path);
    QVERIFY(!store.saveAs(path, &error));
    QVERIFY2(error.contains(QStringLiteral("another program replaced the file")), qPrintable(error));
    QCOMPARE(test::fileHash(path), theirs);
}

void TestProjectLock::savingAsAFileSomeoneHasOpenIsRefused()
{
    const QString path = savedSample(QStringLiteral("j.dapp"));
    ProjectStore holder;
    QString error;
    QVERIFY2(holder.open(path, &error), qPrintable(error));
    auto other = test::sampleStore();
    const QByteArray hash = test::fileHash(path);
    QVERIFY(!other->saveAs(path, &error));
    QVERIFY2(error.contains(QStringLiteral("has that file open")), qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);
    QVERIFY(holder.saveAs(path, &error));
}

QTEST_GUILESS_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
