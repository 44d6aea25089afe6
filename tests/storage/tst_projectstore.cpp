// The project file: SQLite round trip of the whole sample, Save As, and refusal of files
// that are not projects or come from a newer version, without touching them.
#include "storage/migrations.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "storage/sqlitestatement.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

class TestProjectStore : public QObject
{
    Q_OBJECT
private slots:
    void sampleRoundTripsThroughSqlite();
    void openedFileIsUnchangedUntilSave();
    void refusesNewerSchemaWithoutTouchingIt();
    void refusesFilesThatAreNotProjects_data();
    void refusesFilesThatAreNotProjects();
    void refusesWriteAheadLogFilesWithoutCreatingFilesBesideThem();
    void refusesAFileWithAnUnfinishedWrite();
    void damagedProjectSaysSo();
    void flippedBytesAreFoundBeforeAnythingIsShown();
    void aRecordWhoseParentIsGoneIsDamage();
    void aValueThisVersionNeverWritesIsDamage_data();
    void aValueThisVersionNeverWritesIsDamage();
    void saveKeepsThePreviousVersion();
    void foreignKeysAreOn();
    void staleEditIsRefused();
    void writersCollideLoudly();
    void progressReachesTheEnd();
    void aCancelledChangeWritesNothing();
    void aChangeInsideAChangeIsRefused();
    void aLargeChangeIsWrittenExactly();
    void aLargeChangeThatFailsPartWayWritesNothing();
    void aLargeChangeWhoseLinksBreakWritesNothing();
    void anInsertOfManyRowsRefusedPartWayWritesNothing();
    void valuesAreStoredAsTheirKind();
    void changesAreWrittenThroughSqliteItself();

private:
    QTemporaryDir m_dir;
};

void TestProjectStore::sampleRoundTripsThroughSqlite()
{
    const ProjectData sample = sampleProject();
    QVERIFY(!sample.returns.isEmpty());
    ProjectStore store;
    QString error;
    QVERIFY2(store.createNew(&error), qPrintable(error));
    QVERIFY2(store.replaceAll(sample, &error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("sample.dapp"));
    QVERIFY2(store.saveAs(path, &error), qPrintable(error));
    QCOMPARE(store.filePath(), QFileInfo(path).absoluteFilePath());

    ProjectStore reopened;
    QVERIFY2(reopened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(reopened.data().letters, sample.letters);
    QCOMPARE(reopened.data().programmes, sample.programmes);
    QCOMPARE(reopened.data().returns, sample.returns);
    QCOMPARE(reopened.data().contextFigures, sample.contextFigures);
    QVERIFY(reopened.data() == sample);
}

void TestProjectStore::openedFileIsUnchangedUntilSave()
{
    const QString path = m_dir.filePath(QStringLiteral("edit.dapp"));
    QString error;
    {
        ProjectStore store;
        QVERIFY(store.createNew(&error));
        QVERIFY(store.replaceAll(sampleProject(), &error));
        QVERIFY(store.saveAs(path, &error));
    }
    const QByteArray hash = test::fileHash(path);
    ProjectStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    ProjectData before, after;
    const Id letterId = store.data().letters.firstKey();
    before.letters.insert(letterId, store.data().letters.value(letterId));
    after = before;
    after.letters[letterId].foiReference = QStringLiteral("changed");
    QVERIFY2(store.apply(before, after, &error), qPrintable(error));
    QCOMPARE(test::fileHash(path), hash); // an edit alone does not write the document
    QVERIFY2(store.saveAs(path, &error), qPrintable(error));
    QVERIFY(test::fileHash(path) != hash);
    ProjectStore again;
    QVERIFY(again.open(path, &error, OpenAccess::ReadOnly));
    QCOMPARE(again.data().letters.value(letterId).foiReference, QStringLiteral("changed"));
}

void TestProjectStore::refusesNewerSchemaWithoutTouchingIt()
{
    const QString path = m_dir.filePath(QStringLiteral("future.dapp"));
    QString error;
    {
        ProjectStore store;
        QVERIFY(store.createNew(&error));
        QVERIFY(store.saveAs(path, &error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray hash = test::fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();

    ProjectStore store;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestProjectStore::refusesFilesThatAreNotProjects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("makeSqlite");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QByteArray("area,financial_year\n") << false << QStringLiteral("not an SQLite");
    QTest::newRow("empty file") << QByteArray() << false << QStringLiteral("not an SQLite");
    QTest::newRow("another SQLite database") << QByteArray() << true << QStringLiteral("not a DAPP Analyst project");
}

void TestProjectStore::refusesFilesThatAreNotProjects()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, makeSqlite);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("%1.dapp").arg(QTest::currentDataTag()));
    if (makeSqlite) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray hash = test::fileHash(path);
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error)); // says which file
    QCOMPARE(test::fileHash(path), hash);
    QVERIFY(!store.open(m_dir.filePath(QStringLiteral("missing.dapp")), &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
}

namespace {
QString savedSample(const QString &path)
{
    QString error;
    ProjectStore store;
    if (!store.createNew(&error) || !store.replaceAll(sampleProject(), &error) || !store.saveAs(path, &error))
        qWarning("could not save the sample: %s", qPrintable(error));
    return path;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
} // namespace

void TestProjectStore::refusesWriteAheadLogFilesWithoutCreatingFilesBesideThem()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir.filePath(QStringLiteral("wal.dapp")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal"));
    const QStringList files = filesIn(dir.path());
    QCOMPARE(files, QStringList{QStringLiteral("wal.dapp")});
    const QByteArray hash = test::fileHash(path);

    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("write-ahead log")) && error.contains(QStringLiteral("wal.dapp")),
             qPrintable(error));
    QCOMPARE(filesIn(dir.path()), files); // no -shm or -wal appeared
    QCOMPARE(test::fileHash(path), hash);
}

void TestProjectStore::refusesAFileWithAnUnfinishedWrite()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir.filePath(QStringLiteral("hot.dapp")));
    QFile journal(path + QStringLiteral("-journal"));
    // A journal kept after a commit (PERSIST mode) has a zeroed header: not an unfinished write.
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray(512, '\0'));
    journal.close();
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    // One that starts with the journal magic is.
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write(QByteArray::fromHex("d9d505f920a163d7") + QByteArray(504, 'j'));
    journal.close();
    const QByteArray hash = test::fileHash(path);
    const QByteArray journalHash = test::fileHash(journal.fileName());

    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("unfinished write")) && error.contains(QStringLiteral("hot.dapp-journal")),
             qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);
    QCOMPARE(test::fileHash(journal.fileName()), journalHash); // not rolled back either
}

void TestProjectStore::damagedProjectSaysSo()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir.filePath(QStringLiteral("truncated.dapp")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8192);
    QVERIFY(file.resize(8192)); // keeps the header, loses most tables' pages
    file.close();
    const QByteArray hash = test::fileHash(path);

    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("truncated.dapp")) && error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);

    QVERIFY(!store.open(dir.path(), &error)); // a folder
    QVERIFY2(error.contains(QStringLiteral("not a file")), qPrintable(error));
}

void TestProjectStore::flippedBytesAreFoundBeforeAnythingIsShown()
{
    // As tried on the issue: bytes flipped inside the file, which SQLite still opens and reads
    // in part without an error. Here, fifty bytes of a table page's header and cells.
    QTemporaryDir dir;
    const QString path = savedSample(dir.filePath(QStringLiteral("flipped.dapp")));
    QVERIFY(test::flipBytesOfATablePage(path));
    const QByteArray hash = test::fileHash(path);

    ProjectStore store;
    QString error;
    OpenRefusal refusal;
    QVERIFY(!store.open(path, &error, OpenAccess::Exclusive, &refusal));
    QVERIFY(!refusal.damage.isEmpty()); // the window offers to recover what can be read
    QVERIFY(!refusal.heldBy);
    QVERIFY2(error.contains(QStringLiteral("flipped.dapp")) && error.contains(QStringLiteral("is damaged, so it was not opened"))
                 && error.contains(QStringLiteral("not changed")),
             qPrintable(error));
    QVERIFY(store.data().isEmpty()); // nothing of it shown
    QCOMPARE(test::fileHash(path), hash);
}

void TestProjectStore::aRecordWhoseParentIsGoneIsDamage()
{
    // Written by another tool with foreign keys off: a return whose letter is gone.
    QTemporaryDir dir;
    const QString path = savedSample(dir.filePath(QStringLiteral("orphan.dapp")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("orphan"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(QStringLiteral("DELETE FROM letter WHERE id = (SELECT letter_id FROM programme_return LIMIT 1)")),
                 qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("orphan"));
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")) && error.contains(QStringLiteral("refers to")), qPrintable(error));
}

void TestProjectStore::aValueThisVersionNeverWritesIsDamage_data()
{
    // What one flipped bit can make of a value that still fits its record, which SQLite's checks
    // cannot see (found by fuzzing the opener, tests/fuzz): each used to load as 0, "", no date
    // or a default word, and the next save of that record lost the stored value.
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("said");
    QTest::newRow("text stored as binary") << QStringLiteral("UPDATE programme SET name = CAST(name AS BLOB)")
                                           << QStringLiteral("binary data as its name");
    QTest::newRow("an id that is text") << QStringLiteral("UPDATE context_figure SET id = 'x' || id")
                                        << QStringLiteral("“x1” as its id, which is not a whole number");
    QTest::newRow("a count that is a fraction")
        << QStringLiteral("UPDATE programme_return SET agency_referred_value = agency_referred_value + 0.5 "
                          "WHERE agency_referred_status = 'reported'")
        << QStringLiteral("as its agency_referred_value, which is not a whole number");
    QTest::newRow("a negative count")
        << QStringLiteral("UPDATE programme_return SET agency_referred_value = -5 WHERE agency_referred_status = 'reported'")
        << QStringLiteral("“-5” as its agency_referred_value, which is negative");
    QTest::newRow("a budget past any a letter gives")
        << QStringLiteral("UPDATE programme_return SET budget_gbp_value = 9223372036854775807 "
                          "WHERE budget_gbp_status = 'reported'")
        << QStringLiteral("as its budget_gbp_value, which is more than the largest figure a project holds");
    QTest::newRow("a status no project knows")
        << QStringLiteral("UPDATE programme_return SET self_referred_status = 'nearly', self_referred_value = NULL")
        << QStringLiteral("“nearly” as its self_referred_status, which is not one of the words a project holds");
    QTest::newRow("a share over 100 %")
        << QStringLiteral("UPDATE programme_return SET funders = '[{\"name\": \"PCC\", \"share_percent\": 1e308}]' "
                          "WHERE funders <> '[]'")
        << QStringLiteral("as its funders, which is not a list this version writes (entry 1 has a share that is not "
                          "from 0 to 100 %)");
    QTest::newRow("an amount that is text")
        << QStringLiteral("UPDATE programme_return SET funders = '[{\"name\": \"PCC\", \"amount_pence\": \"lots\"}]' "
                          "WHERE funders <> '[]'")
        << QStringLiteral("entry 1 has an amount that is not a whole number of pence");
    QTest::newRow("a funder without a name")
        << QStringLiteral("UPDATE programme_return SET funders = '[{\"amount_pence\": 100}]' WHERE funders <> '[]'")
        << QStringLiteral("entry 1 has no text as its “name”");
    QTest::newRow("referrers cut short")
        << QStringLiteral("UPDATE programme_return SET referrers = '[\"Police\", \"MA' WHERE referrers <> '[]'")
        << QStringLiteral("as its referrers, which is not a list this version writes (it is not JSON");
    QTest::newRow("referrers that are no list")
        << QStringLiteral("UPDATE programme_return SET referrers = '{\"Police\": 1}' WHERE referrers <> '[]'")
        << QStringLiteral("(it is not a JSON list)");
    QTest::newRow("a referrer that is a number")
        << QStringLiteral("UPDATE programme_return SET referrers = '[\"Police\", 7]' WHERE referrers <> '[]'")
        << QStringLiteral("(entry 2 is not a name)");
    QTest::newRow("a caveat of an unknown figure")
        << QStringLiteral("UPDATE programme_return SET caveats = '[{\"text\": \"x\", \"figures\": [\"budget_gpb\"]}]'")
        << QStringLiteral("names the figure “budget_gpb”");
    QTest::newRow("a caveat with a member no version writes")
        << QStringLiteral("UPDATE programme_return SET caveats = '[{\"text\": \"x\", \"figures\": [], \"colour\": 1}]'")
        << QStringLiteral("(entry 1 has “colour”, which a project does not hold)");
    QTest::newRow("a date that is no date")
        << QStringLiteral("UPDATE letter SET response_date = '2023-02-30' WHERE response_date IS NOT NULL")
        << QStringLiteral("“2023-02-30” as its response_date, which is not a date");
    QTest::newRow("an unknown letter kind") << QStringLiteral("UPDATE letter SET kind = 'memo'")
                                            << QStringLiteral("“memo” as its kind");
    QTest::newRow("an unknown context kind") << QStringLiteral("UPDATE context_figure SET kind = 'mony'")
                                             << QStringLiteral("“mony” as its kind");
    QTest::newRow("a context figure reported without a number")
        << QStringLiteral("UPDATE context_figure SET value = NULL WHERE status = 'reported'")
        << QStringLiteral("NULL as its value, which is missing, yet the figure is reported");
}

void TestProjectStore::aValueThisVersionNeverWritesIsDamage()
{
    QFETCH(QString, damage);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString path = savedSample(dir.filePath(QStringLiteral("odd.dapp")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("odd"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(damage), qPrintable(q.lastError().text()));
        QVERIFY(q.numRowsAffected() > 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("odd"));
    const QByteArray hash = test::fileHash(path);
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("odd.dapp")) && error.contains(QStringLiteral("could not be opened"))
                 && error.contains(said),
             qPrintable(error));
    QVERIFY(store.data().isEmpty());
    QCOMPARE(test::fileHash(path), hash);
}

void TestProjectStore::saveKeepsThePreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.dapp"));
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error));
    QVERIFY2(store.saveAs(path, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path + QLatin1Char('~'))); // nothing was replaced
    const QByteArray first = test::fileHash(path);

    ProjectData before, after;
    const ProgrammeReturn r = store.data().returns.first();
    before.returns.insert(r.id, r);
    ProgrammeReturn changed = r;
    changed.figure(FigureField::SelfReferred) = Figure::reported(4321);
    after.returns.insert(r.id, changed);
    QVERIFY2(store.apply(before, after, &error), qPrintable(error));
    QVERIFY2(store.saveAs(path, &error), qPrintable(error));
    // The previous version is the backup, byte for byte; the file is the new one.
    QCOMPARE(test::fileHash(path + QLatin1Char('~')), first);
    QVERIFY(test::fileHash(path) != first);
    ProjectStore backup;
    QVERIFY2(backup.open(path + QLatin1Char('~'), &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(backup.data().returns.value(r.id).figure(FigureField::SelfReferred), r.figure(FigureField::SelfReferred));
    // No helper files are left beside them, only the lock of the open project.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral(".~lock.kept.dapp#"), QStringLiteral("kept.dapp"), QStringLiteral("kept.dapp~")}));
}

void TestProjectStore::foreignKeysAreOn()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error));
    ProjectData after;
    ProgrammeReturn orphan;
    orphan.id = 1;
    orphan.letterId = 999;
    orphan.programmeId = 999;
    after.returns.insert(1, orphan);
    QVERIFY(!store.apply(ProjectData{}, after, &error));
    QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(store.data().returns.isEmpty()); // nothing half-written
}

void TestProjectStore::staleEditIsRefused()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error));
    QVERIFY(store.replaceAll(sampleProject(), &error));
    ProjectData before;
    Letter wrong = store.data().letters.first();
    wrong.foiReference = QStringLiteral("not what is stored");
    before.letters.insert(wrong.id, wrong);
    QVERIFY(!store.apply(before, ProjectData{}, &error));
    QCOMPARE(store.data().letters.size(), sampleProject().letters.size());
}

void TestProjectStore::writersCollideLoudly()
{
    QTemporaryDir dir;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shared"));
        db.setDatabaseName(dir.filePath(QStringLiteral("shared.db")));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrate(db, &error), qPrintable(error));
        QVERIFY2(writeChange(db, ProjectData{}, sampleProject(), &error), qPrintable(error));
        test::checkWritersCollideLoudly(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shared"));
}

// Many copies of the sample's returns under new ids: a change large enough to report progress.
ProjectData withCopiesOfTheReturns(ProjectStore &store, int copies)
{
    ProjectData after = store.data();
    const QList<ProgrammeReturn> originals = store.data().returns.values();
    for (int i = 0; i < copies; ++i) {
        ProgrammeReturn r = originals.at(i % originals.size());
        r.id = store.allocateReturnId();
        after.returns.insert(r.id, r);
    }
    return after;
}

void TestProjectStore::progressReachesTheEnd()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error));
    const ProjectData before = store.data();
    const ProjectData after = withCopiesOfTheReturns(store, 5000);
    QList<QPair<qint64, qint64>> calls;
    QVERIFY2(store.apply(before, after, &error,
                         [&](qint64 done, qint64 total) {
                             calls.append({done, total});
                             return true;
                         }),
             qPrintable(error));
    QVERIFY(!calls.isEmpty());
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    QCOMPARE(calls.last().first, calls.last().second); // the bar reaches its end
    QVERIFY(calls.last().second >= after.returns.size());
    QCOMPARE(store.data().returns.size(), after.returns.size());
}

void TestProjectStore::aCancelledChangeWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.dapp"));
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error) && store.saveAs(path, &error));
    const ProjectData before = store.data();
    const ProjectData after = withCopiesOfTheReturns(store, 20000);
    int calls = 0;
    QVERIFY(!store.apply(before, after, &error, [&](qint64, qint64) {
        ++calls;
        return false; // Cancel, at the first report (part way through, or at the end)
    }));
    QCOMPARE(calls, 1);
    QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
    QVERIFY(store.data() == before);

    // The working copy holds nothing of it either: what is saved now is the sample alone.
    const QString again = m_dir.filePath(QStringLiteral("cancelled-then-saved.dapp"));
    QVERIFY2(store.saveAs(again, &error), qPrintable(error));
    ProjectStore reopened;
    QVERIFY2(reopened.open(again, &error, OpenAccess::ReadOnly), qPrintable(error));
    QVERIFY(reopened.data() == sampleProject());
    // And the same change, not cancelled, is written whole.
    QVERIFY2(store.apply(before, after, &error), qPrintable(error));
    QCOMPARE(store.data().returns.size(), after.returns.size());
}

// A change reporting progress lets the window repaint; an edit started then (a key, a timer)
// must not slip into its transaction.
void TestProjectStore::aChangeInsideAChangeIsRefused()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error));
    const ProjectData before = store.data();
    const ProjectData after = withCopiesOfTheReturns(store, 100);
    bool nestedRefused = false;
    QString nestedError;
    QVERIFY2(store.apply(before, after, &error,
                         [&](qint64, qint64) {
                             ProjectData one, changed;
                             const ProgrammeReturn r = before.returns.first();
                             one.returns.insert(r.id, r);
                             changed = one;
                             changed.returns[r.id].figure(FigureField::Budget) = Figure::reported(1);
                             nestedRefused = !store.apply(one, changed, &nestedError);
                             return true;
                         }),
             qPrintable(error));
    QVERIFY(nestedRefused);
    QVERIFY2(nestedError.contains(QStringLiteral("Another change is being written")), qPrintable(nestedError));
    QCOMPARE(store.data().returns.size(), after.returns.size());
    QCOMPARE(store.data().returns.value(before.returns.firstKey()), before.returns.first()); // the nested edit is not there
}

// A change of many records has its values made on a second thread (storage/recordrows.h):
// what it writes is read back exactly, new records, changed ones and removed ones alike, and
// the records it leaves as they were are untouched.
void TestProjectStore::aLargeChangeIsWrittenExactly()
{
    const QString path = m_dir.filePath(QStringLiteral("large.dapp"));
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error));
    const ProjectData sample = store.data();
    // Every 13th copy is left out now and comes with the change below: returns new to it
    // among changed ones, written a few at a time between them, and the 6,000 at its end many
    // rows a statement.
    const ProjectData full = withCopiesOfTheReturns(store, 12000);
    ProjectData before = full;
    qsizetype gaps = 0;
    for (auto it = full.returns.cbegin(); it != full.returns.cend(); ++it)
        if (std::distance(full.returns.cbegin(), it) % 13 == 5 && before.returns.remove(it.key()))
            ++gaps;
    QVERIFY(gaps > 900);
    QVERIFY2(store.apply(sample, before, &error), qPrintable(error));

    ProjectData after = full;
    qsizetype changed = 0;
    qsizetype removed = 0;
    for (auto it = full.returns.cbegin(); it != full.returns.cend(); ++it) {
        const qsizetype i = std::distance(full.returns.cbegin(), it);
        if (i % 7 == 0) {
            ProgrammeReturn &r = after.returns[it.key()];
            r.figure(FigureField::SelfReferred) = i % 2 ? Figure::reported(i) : Figure::withStatus(FigureStatus::NotHeld);
            // Texts outside ASCII, a pair of UTF-16 halves among them: written as UTF-8 by the
            // second thread, read back the same.
            r.figure(FigureField::SelfReferred).setNote(QStringLiteral("changed “%1” for £5 😀").arg(i));
            r.funders = {Funder{QStringLiteral("Home Office; PCC"), qint64(i) * 100, 12.5}};
            ++changed;
        } else if (i % 11 == 0) {
            after.returns.remove(it.key());
            ++removed;
        }
    }
    QVERIFY(changed > 1000 && removed > 500);
    for (int i = 0; i < 6000; ++i) {
        ProgrammeReturn r = before.returns.first();
        r.id = store.allocateReturnId();
        r.source = QStringLiteral("new %1").arg(i);
        after.returns.insert(r.id, r);
    }
    QVERIFY2(store.apply(before, after, &error), qPrintable(error));
    QVERIFY(store.data() == after);
    QVERIFY2(store.saveAs(path, &error), qPrintable(error));
    ProjectStore reopened;
    QVERIFY2(reopened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(reopened.data().returns.size(), after.returns.size());
    QVERIFY(reopened.data() == after);
}

// A large change that SQLite refuses (here a return whose letter does not exist, which the
// foreign keys' check before the commit finds) is rolled back whole, with the thread making its
// values stopped: nothing of it is in the project, and the next change is written.
void TestProjectStore::aLargeChangeThatFailsPartWayWritesNothing()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error));
    const ProjectData before = store.data();
    ProjectData after = withCopiesOfTheReturns(store, 30000);
    auto middle = after.returns.begin();
    std::advance(middle, after.returns.size() / 2);
    middle->letterId = 999999;
    QVERIFY(!store.apply(before, after, &error));
    QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
    QVERIFY(store.data() == before);
    middle->letterId = before.letters.firstKey();
    QVERIFY2(store.apply(before, after, &error), qPrintable(error));
    QCOMPARE(store.data().returns.size(), after.returns.size());
}

// A large change has its foreign keys checked once, before its commit (storage/largechange.h):
// one that removes a programme its returns still name is refused there, nothing of it is
// written, and the keys are checked row by row again for the next change.
void TestProjectStore::aLargeChangeWhoseLinksBreakWritesNothing()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error));
    const ProjectData before = store.data();
    ProjectData after = withCopiesOfTheReturns(store, 30000);
    const Id used = after.returns.last().programmeId;
    after.programmes.remove(used);
    QVERIFY(!store.apply(before, after, &error));
    // The first return (by id) that still names it, by its id.
    const auto firstUsing = std::find_if(after.returns.cbegin(), after.returns.cend(),
                                         [&](const ProgrammeReturn &r) { return r.programmeId == used; });
    QVERIFY2(error.contains(QStringLiteral("record %1 of programme_return would refer to a programme that is not there "
                                           "(FOREIGN KEY")
                                .arg(firstUsing.key())),
             qPrintable(error));
    QVERIFY(store.data() == before);
    ProjectData orphaned = before;
    ProgrammeReturn orphan = before.returns.first();
    orphan.id = store.allocateReturnId();
    orphan.programmeId = 999999;
    orphaned.returns.insert(orphan.id, orphan);
    QVERIFY(!store.apply(before, orphaned, &error));
    QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
    QVERIFY(store.data() == before);
    // And the same change with the programme kept is written whole.
    after.programmes.insert(used, before.programmes.value(used));
    QVERIFY2(store.apply(before, after, &error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("linked.dapp"));
    QVERIFY2(store.saveAs(path, &error), qPrintable(error));
    ProjectStore reopened;
    QVERIFY2(reopened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QVERIFY(reopened.data() == after);
}

// New returns go to SQLite many rows a statement: one such statement refused in the middle of
// a change (a return whose id the file already holds) leaves nothing of the change written.
void TestProjectStore::anInsertOfManyRowsRefusedPartWayWritesNothing()
{
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error));
    // Only the new returns: the project's letters and programmes are in neither side of the
    // change, so it writes nothing but returns.
    ProjectData copies;
    copies.returns = withCopiesOfTheReturns(store, 30000).returns;
    for (auto it = store.data().returns.cbegin(); it != store.data().returns.cend(); ++it)
        copies.returns.remove(it.key());
    auto middle = copies.returns.cbegin();
    std::advance(middle, copies.returns.size() / 2 + 10); // inside a statement's rows, not its first
    ProjectData alreadyThere;
    alreadyThere.returns.insert(middle.key(), *middle);
    QVERIFY2(store.apply(ProjectData{}, alreadyThere, &error), qPrintable(error));
    const ProjectData was = store.data();
    // A slice that does not hold the written one: it is new to this change, and inserted again.
    QVERIFY(!store.apply(ProjectData{}, copies, &error));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE constraint failed: programme_return.id")), qPrintable(error));
    QVERIFY(store.data() == was);
    const QString path = m_dir.filePath(QStringLiteral("refused-part-way.dapp"));
    QVERIFY2(store.saveAs(path, &error), qPrintable(error));
    ProjectStore reopened;
    QVERIFY2(reopened.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QVERIFY(reopened.data() == was);
}

// What the write path stores, looked at in the file with SQL: a figure that is not reported
// has no number at all (NULL, never 0), text that is empty is '' (never NULL), amounts are
// integers and shares real numbers.
void TestProjectStore::valuesAreStoredAsTheirKind()
{
    const QString path = m_dir.filePath(QStringLiteral("kinds.dapp"));
    ProjectStore store;
    QString error;
    QVERIFY(store.createNew(&error) && store.replaceAll(sampleProject(), &error) && store.saveAs(path, &error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kinds"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const auto count = [&](const QString &sql) {
            QSqlQuery q(db);
            if (!q.exec(sql) || !q.next())
                return qint64(-1);
            return q.value(0).toLongLong();
        };
        qint64 notReported = 0;
        for (FigureField f : kAllFigureFields) {
            const QString k = fieldKey(f);
            notReported += count(QStringLiteral("SELECT count(*) FROM programme_return WHERE %1_status <> 'reported'").arg(k));
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_return WHERE %1_status <> 'reported' AND "
                                          "%1_value IS NOT NULL")
                               .arg(k)),
                     0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_return WHERE %1_status = 'reported' AND "
                                          "typeof(%1_value) <> 'integer'")
                               .arg(k)),
                     0);
            QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_return WHERE typeof(%1_status) <> 'text'").arg(k)), 0);
        }
        // The notes, quotes and places: one JSON object a return, "{}" when it has none.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_return WHERE typeof(figure_notes) <> 'text' OR "
                                      "NOT json_valid(figure_notes) OR json_type(figure_notes) <> 'object'")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM programme_return, json_each(programme_return.figure_notes) AS f "
                                     "WHERE json_type(f.value, '$.quote') = 'text'"))
                > 0);
        QVERIFY(notReported > 0);
        // The lists are JSON: amounts whole numbers, shares numbers, each where the letter gives one.
        const QString funders = QStringLiteral("FROM programme_return, json_each(programme_return.funders) AS f ");
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_return WHERE NOT json_valid(referrers) OR "
                                      "NOT json_valid(funders) OR NOT json_valid(caveats)")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + funders
                       + QStringLiteral("WHERE json_type(f.value, '$.share_percent') NOT IN ('real', 'integer')")),
                 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) ") + funders
                      + QStringLiteral("WHERE json_type(f.value, '$.share_percent') IS NULL"))
                > 0);
        QVERIFY(count(QStringLiteral("SELECT count(*) ") + funders
                      + QStringLiteral("WHERE json_type(f.value, '$.share_percent') IS NOT NULL"))
                > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) ") + funders
                       + QStringLiteral("WHERE json_type(f.value, '$.amount_pence') NOT IN ('integer')")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM programme_return WHERE source IS NULL")), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("kinds"));
}

// A file's changes are written through SQLite's own statements with rows made ready for it
// (SqliteRow); when Qt's SQLite driver is not the library this program links, they would go
// through QSqlQuery instead, and every test above would pass without that path run once.
void TestProjectStore::changesAreWrittenThroughSqliteItself()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("handle"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    QVERIFY2(SqliteStatement::handle(db), "Qt's SQLite driver is not the SQLite this program links");
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("handle"));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
