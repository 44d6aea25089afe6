// Saving never loses the old file: backups as the preference says, and a full disk, a
// read-only drive, a folder that is gone or a name the system refuses each explained, with the
// old file and the open project intact. The disk cases mount small file systems (as root).
#include "domain/figurefield.h"
#include "storage/projectfile.h"
#include "storage/projectlock.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <mutex>

using namespace dapp;

class TestProjectFile : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void numberedBackupsKeepTheNewest();
    void noBackupWhenTheUserWantsNone();
    void aFullDiskIsExplainedAndChangesNothing();
    void aReadOnlyDriveIsExplained();
    void aFolderThatIsGoneIsExplained();
    void aNameTheSystemRefusesIsExplained();
    void aKilledSavesLeftoversAreRemovedByTheNextSave();
    void aFileWithoutFreePagesIsSavedAsItsOwnCopy();
    void aFileWithFreePagesIsSavedCompact();
    void aChangeNotYetCommittedIsNeverCopied();
    void aFileVacuumIntoWritesIsSyncedThoughTheWorkingCopyIsNot();

private:
    // A SQLite file at `path` holding `rows` rows of text, open as `db` (connection `name`).
    static QSqlDatabase openFileWithRows(const QString &name, const QString &path, int rows);
    // The first value `sql` gives on the file at `path`, or -1.
    static qint64 scalar(const QString &path, const QString &sql);
    // Mounts a tmpfs of `kilobytes` on a new folder, or skips the test where that is not allowed.
    QString mountSmallDisk(int kilobytes);
    // Changes one figure, so that the next save differs.
    // What the open project is expected to hold.
    static bool holds(const ProjectStore &store, int value);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mounts;
};

void TestProjectFile::init() { m_dir = std::make_unique<QTemporaryDir>(); }

void TestProjectFile::cleanup()
{
    for (const QString &mount : std::as_const(m_mounts))
        QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), mount});
    m_mounts.clear();
}

QString TestProjectFile::mountSmallDisk(int kilobytes)
{
    const QString folder = m_dir->filePath(QStringLiteral("disk%1").arg(m_mounts.size()));
    QDir().mkpath(folder);
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), folder});
    if (!mount.waitForFinished() || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
        return {};
    m_mounts << folder;
    return folder;
}

bool TestProjectFile::holds(const ProjectStore &store, int value)
{
    return store.data().returns.first().figure(FigureField::SelfReferred) == Figure::reported(value);
}

void TestProjectFile::numberedBackupsKeepTheNewest()
{
    const QString path = m_dir->filePath(QStringLiteral("n.dapp"));
    auto store = test::sampleStore();
    store->setBackupPolicy({BackupPolicy::Kind::Numbered, 2});
    QString error;
    QList<QByteArray> versions;
    for (int i = 1; i <= 4; ++i) {
        test::editFirstReturn(*store, i);
        QVERIFY2(store->saveAs(path, &error), qPrintable(error));
        versions << test::fileHash(path);
    }
    // Versions 1, 2 and 3 were replaced; the two newest of them are kept, numbered in order.
    QCOMPARE(numberedBackups(path),
             (QStringList{path + QStringLiteral(".~2~"), path + QStringLiteral(".~3~")}));
    QCOMPARE(test::fileHash(path + QStringLiteral(".~2~")), versions.at(1));
    QCOMPARE(test::fileHash(path + QStringLiteral(".~3~")), versions.at(2));
    QVERIFY(!QFileInfo::exists(path + QLatin1Char('~')));
    ProjectStore backup;
    QVERIFY2(backup.open(path + QStringLiteral(".~3~"), &error, OpenAccess::ReadOnly), qPrintable(error));
    QVERIFY(holds(backup, 3));
}

void TestProjectFile::noBackupWhenTheUserWantsNone()
{
    const QString path = m_dir->filePath(QStringLiteral("none.dapp"));
    auto store = test::sampleStore();
    store->setBackupPolicy({BackupPolicy::Kind::None, 0});
    QString error;
    QVERIFY2(store->saveAs(path, &error), qPrintable(error));
    test::editFirstReturn(*store, 7);
    QVERIFY2(store->saveAs(path, &error), qPrintable(error));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("none.dapp*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("none.dapp")});
}

void TestProjectFile::aFullDiskIsExplainedAndChangesNothing()
{
    auto store = test::sampleStore();
    QString error;
    // Big enough for the project, its backup link and a little more.
    const QString disk = mountSmallDisk(int(2 * QFileInfo(m_dir->path()).size() / 1024) + 512);
    if (disk.isEmpty())
        QSKIP("a tmpfs cannot be mounted here (it needs root)");
    const QString path = disk + QStringLiteral("/full.dapp");
    test::editFirstReturn(*store, 1);
    QVERIFY2(store->saveAs(path, &error), qPrintable(error));
    const QByteArray saved = test::fileHash(path);
    // Fill the disk to its last few kilobytes.
    {
        QFile filler(disk + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    QVERIFY(QStorageInfo(disk).bytesAvailable() < QFileInfo(path).size());
    test::editFirstReturn(*store, 2);
    QVERIFY(!store->saveAs(path, &error));
    QVERIFY2(error.contains(QStringLiteral("is full")) && error.contains(QStringLiteral("free"))
                 && error.contains(QStringLiteral("The file there was not changed")),
             qPrintable(error));
    // The old file is as it was, nothing half-written is left, and the project is still open.
    QCOMPARE(test::fileHash(path), saved);
    QCOMPARE(QDir(disk).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral(".~lock.full.dapp#"), QStringLiteral("filler"), QStringLiteral("full.dapp")}));
    QVERIFY(holds(*store, 2));
    // Once there is room again, the same save works.
    QVERIFY(QFile::remove(disk + QStringLiteral("/filler")));
    QVERIFY2(store->saveAs(path, &error), qPrintable(error));
    QCOMPARE(test::fileHash(path + QLatin1Char('~')), saved);
}

void TestProjectFile::aReadOnlyDriveIsExplained()
{
    const QString disk = mountSmallDisk(2048);
    if (disk.isEmpty())
        QSKIP("a tmpfs cannot be mounted here (it needs root)");
    auto store = test::sampleStore();
    QString error;
    const QString path = disk + QStringLiteral("/ro.dapp");
    QVERIFY2(store->saveAs(path, &error), qPrintable(error));
    const QByteArray saved = test::fileHash(path);
    store.reset(); // its lock goes with it
    QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), disk}), 0);
    // A project on a read-only drive opens read-only, and says why.
    ProjectStore reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QVERIFY(reader.isReadOnly());
    QVERIFY2(!reader.readOnlyReason().isEmpty(), "a reason is given");
    test::editFirstReturn(reader, 9);
    QVERIFY(!reader.saveAs(path, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    // Saving elsewhere on that drive says the drive is read-only.
    QVERIFY(!reader.saveAs(disk + QStringLiteral("/other.dapp"), &error));
    QVERIFY2(error.contains(QStringLiteral("is read-only")), qPrintable(error));
    QCOMPARE(test::fileHash(path), saved);
    QVERIFY(holds(reader, 9));
}

void TestProjectFile::aFolderThatIsGoneIsExplained()
{
    // A drive or network folder removed while the project was open looks like this.
    const QString folder = m_dir->filePath(QStringLiteral("usb-stick"));
    QVERIFY(QDir().mkpath(folder));
    auto store = test::sampleStore();
    QString error;
    QVERIFY2(store->saveAs(folder + QStringLiteral("/gone.dapp"), &error), qPrintable(error));
    QVERIFY(QDir(folder).removeRecursively());
    test::editFirstReturn(*store, 5);
    QVERIFY(!store->saveAs(folder + QStringLiteral("/gone.dapp"), &error));
    QVERIFY2(error.contains(QStringLiteral("is not there")), qPrintable(error));
    QVERIFY(holds(*store, 5));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestProjectFile::aNameTheSystemRefusesIsExplained()
{
    auto store = test::sampleStore();
    QString error;
    const QString path = m_dir->filePath(QString(300, QLatin1Char('n')) + QStringLiteral(".dapp"));
    QVERIFY(!store->saveAs(path, &error));
    QVERIFY2(error.contains(QStringLiteral("refuses the file name")), qPrintable(error));
    // Nothing was left behind in the folder.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

// A save killed before its rename leaves its unfinished file and SQLite's journal of it; the
// next save into that folder removes them when their process is gone and they have lain
// untouched for ten minutes, and nothing else.
void TestProjectFile::aKilledSavesLeftoversAreRemovedByTheNextSave()
{
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished()); // and reaped: its number is free
    QVERIFY(!processIsRunning(deadPid));
    QProcess running;
    running.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(running.waitForStarted());
    const QDir folder(m_dir->path());
    // Left an hour ago, unless said otherwise.
    auto leave = [&](const QString &name, qint64 secondsAgo = 3600) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
        QVERIFY(file.flush()); // before the time is set: writing would set it again
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-secondsAgo), QFileDevice::FileModificationTime));
    };
    const QString dead = unfinishedSaveName(deadPid, QStringLiteral("aaaa"));
    const QString alive = unfinishedSaveName(running.processId(), QStringLiteral("bbbb"));
    const QString otherMachine = QStringLiteral(".dapp-saving-OTHER_PC-%1-cccc").arg(deadPid);
    // A save written to a minute ago: a machine with this one's name may be writing it.
    const QString recent = unfinishedSaveName(deadPid, QStringLiteral("dddd"));
    for (const QString &name : {dead, dead + QStringLiteral("-journal"), alive, otherMachine})
        leave(name);
    leave(recent, 60);

    auto store = test::sampleStore();
    QString error;
    QVERIFY2(store->saveAs(folder.filePath(QStringLiteral("p.dapp")), &error), qPrintable(error));
    const QStringList left = folder.entryList({QStringLiteral(".dapp-saving-*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(!left.contains(dead) && !left.contains(dead + QStringLiteral("-journal")), qPrintable(left.join(QLatin1Char(' '))));
    QVERIFY2(left.contains(alive), qPrintable(left.join(QLatin1Char(' '))));        // its process may still be saving
    QVERIFY2(left.contains(otherMachine), qPrintable(left.join(QLatin1Char(' ')))); // so may another machine
    QVERIFY2(left.contains(recent), qPrintable(left.join(QLatin1Char(' '))));
    QCOMPARE(left.size(), 3);
    running.kill();
    running.waitForFinished();
}

QSqlDatabase TestProjectFile::openFileWithRows(const QString &name, const QString &path, int rows)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open())
        return db;
    QSqlQuery q(db);
    q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"));
    db.transaction();
    q.prepare(QStringLiteral("INSERT INTO t (text) VALUES (?)"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QStringLiteral("row %1 ").arg(i).repeated(20));
        q.exec();
    }
    db.commit();
    return db;
}

qint64 TestProjectFile::scalar(const QString &path, const QString &sql)
{
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scalar"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scalar"));
    return value;
}

// A file that changes have only added to holds nothing VACUUM INTO would leave out: its own
// bytes are the saved file, copied by the system (five times faster for a large import).
void TestProjectFile::aFileWithoutFreePagesIsSavedAsItsOwnCopy()
{
    const QString source = m_dir->filePath(QStringLiteral("source.db"));
    const QString saved = m_dir->filePath(QStringLiteral("saved.dapp"));
    {
        QSqlDatabase db = openFileWithRows(QStringLiteral("copied"), source, 3000);
        QVERIFY(db.isOpen());
        QString error;
        QVERIFY2(writeProjectFile(db, saved, BackupPolicy{}, &error), qPrintable(error));
        QCOMPARE(test::fileHash(saved), test::fileHash(source));
        QVERIFY(!QFileInfo::exists(source + QStringLiteral("-journal")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copied"));
    QCOMPARE(scalar(saved, QStringLiteral("SELECT count(*) FROM t")), 3000);
}

// Rows removed leave free pages: the saved file is written by VACUUM INTO, without them.
void TestProjectFile::aFileWithFreePagesIsSavedCompact()
{
    const QString source = m_dir->filePath(QStringLiteral("holes.db"));
    const QString saved = m_dir->filePath(QStringLiteral("compact.dapp"));
    {
        QSqlDatabase db = openFileWithRows(QStringLiteral("holes"), source, 3000);
        QVERIFY(db.isOpen());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM t WHERE id > 100")));
        QString error;
        QVERIFY2(writeProjectFile(db, saved, BackupPolicy{}, &error), qPrintable(error));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holes"));
    QVERIFY(scalar(source, QStringLiteral("PRAGMA freelist_count")) > 0);
    QCOMPARE(scalar(saved, QStringLiteral("PRAGMA freelist_count")), 0);
    QCOMPARE(scalar(saved, QStringLiteral("SELECT count(*) FROM t")), 100);
    QVERIFY(QFileInfo(saved).size() < QFileInfo(source).size() / 4);
}

// Inside an open transaction the file may already hold pages of the unfinished change (SQLite
// writes them out when its cache is full): it is never copied then, and the save is refused as
// VACUUM INTO refuses it, with nothing left at the name.
void TestProjectFile::aChangeNotYetCommittedIsNeverCopied()
{
    const QString source = m_dir->filePath(QStringLiteral("open.db"));
    const QString saved = m_dir->filePath(QStringLiteral("unfinished.dapp"));
    {
        QSqlDatabase db = openFileWithRows(QStringLiteral("open"), source, 10);
        QVERIFY(db.isOpen());
        QVERIFY(db.transaction());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("INSERT INTO t (text) VALUES ('not yet')")));
        QString error;
        QVERIFY(!writeProjectFile(db, saved, BackupPolicy{}, &error));
        QVERIFY2(error.contains(QStringLiteral("transaction")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(saved));
        QVERIFY(db.rollback());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("open"));
}

namespace {
// A VFS in front of SQLite's own that counts the syncs of each file, by name: the one way to see
// that a saved file was synced to the disk. Every other call goes straight through.
namespace syncs {
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_counting;
std::mutex g_mutex;
QHash<QString, int> g_syncs;

struct File
{
    sqlite3_file base;
    const char *name;
    sqlite3_file *real; // g_real's file, in the room after this
};
sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real; }

int close(sqlite3_file *f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    return rc;
}
int read(sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), b, n, o); }
int write(sqlite3_file *f, const void *b, int n, sqlite3_int64 o) { return real(f)->pMethods->xWrite(real(f), b, n, o); }
int truncate(sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
int sync(sqlite3_file *f, int flags)
{
    if (const char *name = reinterpret_cast<File *>(f)->name) {
        const std::lock_guard lock(g_mutex);
        ++g_syncs[QFileInfo(QFile::decodeName(name)).fileName()];
    }
    return real(f)->pMethods->xSync(real(f), flags);
}
int fileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
int lock(sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int unlock(sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int checkReserved(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int fileControl(sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int sectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int characteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int shmMap(sqlite3_file *f, int i, int size, int extend, void volatile **p)
{
    return real(f)->pMethods->xShmMap(real(f), i, size, extend, p);
}
int shmLock(sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void shmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int shmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }

// Version 2 only (no memory mapping): SQLite then reads and writes through the calls above.
const sqlite3_io_methods g_methods = {2,           close,       read,       write,           truncate,
                                      sync,        fileSize,    lock,       unlock,          checkReserved,
                                      fileControl, sectorSize,  characteristics, shmMap,     shmLock,
                                      shmBarrier,  shmUnmap,    nullptr,    nullptr};

int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    File *file = reinterpret_cast<File *>(f);
    file->name = name;
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    file->base.pMethods = file->real->pMethods ? &g_methods : nullptr;
    return rc;
}

// Counts from now on; the counting VFS is SQLite's default from the first call on.
void start()
{
    if (!g_real) {
        g_real = sqlite3_vfs_find(nullptr);
        g_counting = *g_real;
        g_counting.zName = "sync-counting";
        g_counting.szOsFile = int(sizeof(File)) + g_real->szOsFile;
        g_counting.xOpen = open;
        sqlite3_vfs_register(&g_counting, 1);
    }
    const std::lock_guard lock(g_mutex);
    g_syncs.clear();
}

int of(const QString &fileName)
{
    const std::lock_guard lock(g_mutex);
    return g_syncs.value(fileName);
}
} // namespace syncs
} // namespace

// A working copy nothing recovers is written without syncs (projectstore.cpp); the file saved
// from it by VACUUM INTO (one with free pages) is synced all the same, and the working copy's
// setting is as it was after. (A file saved as a copy of its bytes is synced by fdatasync,
// past SQLite.)
void TestProjectFile::aFileVacuumIntoWritesIsSyncedThoughTheWorkingCopyIsNot()
{
    syncs::start();
    const QString source = m_dir->filePath(QStringLiteral("unsynced.db"));
    const QString saved = m_dir->filePath(QStringLiteral("synced.dapp"));
    {
        QSqlDatabase db = openFileWithRows(QStringLiteral("unsynced"), source, 3000);
        QVERIFY(db.isOpen());
        QVERIFY(syncs::of(QStringLiteral("unsynced.db")) > 0); // its commits, counted: the VFS is in use
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF")));
        syncs::start();
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("DELETE FROM t WHERE id > 100")));
        QCOMPARE(syncs::of(QStringLiteral("unsynced.db")), 0); // a commit with no sync
        QString error;
        QVERIFY2(writeProjectFile(db, saved, BackupPolicy{}, &error), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("unsynced"));
    // VACUUM INTO wrote it under a name of its own, which then became the saved file's.
    int synced = 0;
    for (auto it = syncs::g_syncs.cbegin(); it != syncs::g_syncs.cend(); ++it)
        if (it.key() != QLatin1String("unsynced.db") && !it.key().endsWith(QLatin1String("-journal")))
            synced += it.value();
    QVERIFY2(synced > 0, "VACUUM INTO did not sync the file it wrote");
    QCOMPARE(scalar(saved, QStringLiteral("PRAGMA freelist_count")), 0); // it was VACUUM INTO's
    QCOMPARE(scalar(saved, QStringLiteral("SELECT count(*) FROM t")), 100);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
