// Several analysts on one PostgreSQL database (issue 17), against a real server: set-up with its
// roles, migrations run once, a newer schema refused, an edit over someone else's refused with
// both values, undo over someone else's change refused, two writers adding at once without a
// clash, a read-only role, others' changes arriving by themselves, a killed import leaving
// nothing, and the headless commands taking the database's address. Runs when
// DAPP_TEST_PG_HOST is set (as tst_postgres); each run makes databases and roles of its own.
#include "bigtidycsv.h"
#include "editing/editcommand.h"
#include "editing/reapply.h"
#include "itemmodels/livecomparison.h"
#include "itemmodels/returnstablemodel.h"
#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "storage/teamaddress.h"
#include "storage/teamdatabase.h"
#include "teamtestserver.h"
#include "versionsix.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUndoStack>
#include <QUuid>
#include <QtTest>

#include <array>

using namespace dapp;

class TestTeamDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void setUpAgainChangesNothing();
    void clientsStartingTogetherMigrateOnce();
    void aNewerSchemaIsRefusedAndLeftAlone();
    void thePreviousSchemaMigratesOnTheServer();
    void anEditOverSomeoneElsesIsRefusedWithBothValues();
    void undoOverSomeoneElsesChangeIsRefused();
    void aRefusedUndoKeepsTheRestOfTheHistory();
    void aCommitDuringARefreshIsNeverWrittenOver();
    void removingALetterNeverTakesOthersAdditionsWithIt();
    void twoWritersAddingAtOnceNeverClash();
    void manyNewRecordsAreWrittenWholeInFewStatements();
    void aViewerReadsAndCannotWrite();
    void othersChangesArriveByThemselves();
    void aFigureTypedWhileSomeoneElseChangedItIsRefused();
    void aLostConnectionLeavesTheProjectReadOnlyUntilReopened();
    void aKilledImportLeavesNothing();
    void headlessCommandsTakeTheAddress();
    void publishingNeverMergesAndACopyIsWhole();
    void twoPublishingAtOnceNeverMerge();
    void idsTakenBeforeAPublishAreLetGo();

private:
    QString address(const QString &user, const QString &database = QString()) const
    {
        return m_server.address(user, database.isEmpty() ? m_database : database);
    }
    QString role(const char *name) const { return m_database + QLatin1Char('_') + QLatin1String(name); }
    // A new empty database, dropped at the end.
    QString freshDatabase() { return m_server.freshDatabase(QStringLiteral("dapp_team_")); }
    bool admin(const QString &sql, const QString &database = QString()) { return m_server.admin(sql, database); }
    std::unique_ptr<ProjectStore> openAs(const char *user);
    // The sample's first return with one figure changed.
    static ProjectData withSelfReferred(const ProjectData &slice, qint64 value);

    test::TeamTestServer m_server;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    Id m_returnId = 0; // the return the edits change
};

std::unique_ptr<ProjectStore> TestTeamDatabase::openAs(const char *user)
{
    auto store = std::make_unique<ProjectStore>();
    QString error;
    if (!store->openTeam(address(role(user)), &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return store;
}

ProjectData TestTeamDatabase::withSelfReferred(const ProjectData &slice, qint64 value)
{
    ProjectData changed = slice;
    changed.returns.first().figure(FigureField::SelfReferred) = Figure::reported(value, QStringLiteral("typed"));
    return changed;
}

void TestTeamDatabase::initTestCase()
{
    if (!test::TeamTestServer::available())
        QSKIP("DAPP_TEST_PG_HOST is not set: no PostgreSQL server to test against");
    m_host = m_server.host();
    m_port = m_server.port();
    m_database = freshDatabase();
    QVERIFY(!m_database.isEmpty());
    // Set up as its owner would, with team-init's function; then three people.
    QString error;
    QVERIFY2(m_server.setUpTeam(m_database, &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("alice"), teamEditorsRole(m_database), &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("bob"), teamEditorsRole(m_database), &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("carol"), teamViewersRole(m_database), &error), qPrintable(error));
}

void TestTeamDatabase::init()
{
    // Every test starts from the sample, published by its owner.
    QVERIFY(admin(QStringLiteral("TRUNCATE letter, programme, programme_return, context_figure CASCADE"), m_database));
    QString error;
    const std::optional<TeamAddress> owner = parseTeamAddress(address(QStringLiteral("postgres")), &error);
    QVERIFY2(publishProject(*owner, QString(), sampleProject(), &error), qPrintable(error));
    m_returnId = sampleProject().returns.firstKey();
}

void TestTeamDatabase::cleanupTestCase()
{
    m_server.dropAll();
}

void TestTeamDatabase::setUpAgainChangesNothing()
{
    QString error;
    const std::optional<TeamAddress> owner = parseTeamAddress(address(QStringLiteral("postgres")), &error);
    QVERIFY2(connectTeamDatabase(*owner, QStringLiteral("again"), QString(), &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("again"));
        QVERIFY2(setUpTeamDatabase(db, &error), qPrintable(error));
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        const auto loaded = loadProject(db, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == sampleProject());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ('%1', '%2')")
                           .arg(teamEditorsRole(m_database), teamViewersRole(m_database))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("again"));
}

void TestTeamDatabase::clientsStartingTogetherMigrateOnce()
{
    const QString database = freshDatabase();
    QVERIFY(!database.isEmpty());
    const QString uri = address(QStringLiteral("postgres"), database);
    // Two clients, each on its own connection and thread, set up the empty database at once.
    // Without the server's lock both would create the tables, and one would fail.
    QStringList errors(2);
    QList<bool> ok(2, false);
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        threads << QThread::create([&, i] {
            QString error;
            const QString name = QStringLiteral("together-%1").arg(i);
            const std::optional<TeamAddress> a = parseTeamAddress(uri, &error);
            if (a && connectTeamDatabase(*a, name, QString(), &error)) {
                QSqlDatabase db = QSqlDatabase::database(name);
                ok[i] = migrate(db, &error);
                db.close();
            }
            errors[i] = error;
            QSqlDatabase::removeDatabase(name);
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QVERIFY2(ok[0] && ok[1], qPrintable(errors.join(QStringLiteral(" | "))));
    QString error;
    const std::optional<TeamAddress> a = parseTeamAddress(uri, &error);
    QVERIFY(connectTeamDatabase(*a, QStringLiteral("after"), QString(), &error));
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("after"));
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("after"));
}

void TestTeamDatabase::aNewerSchemaIsRefusedAndLeftAlone()
{
    const QString database = freshDatabase();
    QVERIFY(!database.isEmpty());
    QString error;
    const std::optional<TeamAddress> a = parseTeamAddress(address(QStringLiteral("postgres"), database), &error);
    QVERIFY(connectTeamDatabase(*a, QStringLiteral("newer"), QString(), &error));
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("newer"));
        QVERIFY2(migrate(db, &error), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(latestSchemaVersion() + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    ProjectStore store;
    QVERIFY(!store.openTeam(address(QStringLiteral("postgres"), database), &error));
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    QVERIFY(connectTeamDatabase(*a, QStringLiteral("newer"), QString(), &error));
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("newer"));
        QCOMPARE(schemaVersion(db), latestSchemaVersion() + 1); // never modified
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
}

void TestTeamDatabase::thePreviousSchemaMigratesOnTheServer()
{
    const QString database = freshDatabase();
    QVERIFY(!database.isEmpty());
    QString error;
    const std::optional<TeamAddress> a = parseTeamAddress(address(QStringLiteral("postgres"), database), &error);
    QVERIFY(connectTeamDatabase(*a, QStringLiteral("previous"), QString(), &error));
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("previous"));
        // Version 5, before the server gave ids (6), with notes, quotes and places in the
        // columns version 7 moves into one.
        const ProjectData sample = test::withNotesOfEveryKind(sampleProject());
        QCOMPARE(latestSchemaVersion(), 7);
        QVERIFY2(migrate(db, &error, 5), qPrintable(error));
        QVERIFY(test::writeVersionSixRows(db, sample));
        QVERIFY2(setUpTeamDatabase(db, &error), qPrintable(error)); // team-init on an older database migrates it
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        const auto loaded = loadProject(db, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(*loaded == sample);
        RecordStamps stamps;
        QVERIFY2(loadRecordStamps(db, &stamps, &error), qPrintable(error));
        QCOMPARE(stamps.returns.size(), sample.returns.size());
        QCOMPARE(stamps.returns.value(sample.returns.firstKey()).revision, 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("previous"));
    // The server's ids start past the records already there.
    ProjectStore store;
    QVERIFY2(store.openTeam(address(QStringLiteral("postgres"), database), &error), qPrintable(error));
    QVERIFY(store.allocateReturnId() > sampleProject().returns.lastKey());
    QVERIFY(store.allocateLetterId() > sampleProject().letters.lastKey());
}

void TestTeamDatabase::anEditOverSomeoneElsesIsRefusedWithBothValues()
{
    auto alice = openAs("alice");
    auto bob = openAs("bob"); // both read the return as it was
    const ProjectData seen = [&] {
        ProjectData s;
        s.returns.insert(m_returnId, bob->data().returns.value(m_returnId));
        return s;
    }();
    const QString was = formatFigure(seen.returns.first().figure(FigureField::SelfReferred), FigureKind::Count);
    QString error;
    QVERIFY2(alice->apply(seen, withSelfReferred(seen, 14), &error), qPrintable(error));

    // Bob, who has not seen Alice's 14, types 15: refused, with both values, and nothing written.
    QVERIFY(!bob->apply(seen, withSelfReferred(seen, 15), &error));
    const QString expected = QStringLiteral("%1 changed Self referred from %2 to 14").arg(role("alice"), was);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("your 15 was not saved")), qPrintable(error));
    // Bob's window now shows Alice's value, and he may put his on top of it.
    QCOMPARE(bob->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 14);
    ProjectData now;
    now.returns.insert(m_returnId, bob->data().returns.value(m_returnId));
    QVERIFY2(bob->apply(now, withSelfReferred(now, 15), &error), qPrintable(error));
    auto reader = openAs("carol");
    QCOMPARE(reader->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 15);
}

void TestTeamDatabase::undoOverSomeoneElsesChangeIsRefused()
{
    auto alice = openAs("alice");
    auto bob = openAs("bob");
    ProjectData original;
    original.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    const ProjectData alices = withSelfReferred(original, 14);
    QString error;
    QVERIFY2(alice->apply(original, alices, &error), qPrintable(error));
    QVERIFY2(bob->refreshFromTeam(&error), qPrintable(error));
    QVERIFY2(bob->apply(alices, withSelfReferred(original, 20), &error), qPrintable(error));

    // Alice undoes before Bob's news reached her: the server's revision check refuses it.
    QVERIFY(!alice->apply(alices, original, &error));
    QVERIFY2(error.contains(QStringLiteral("%1 changed Self referred from 14 to 20").arg(role("bob"))), qPrintable(error));
    // And again once it has: her window's own check refuses it the same way.
    QCOMPARE(alice->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 20);
    QVERIFY(!alice->apply(alices, original, &error));
    QVERIFY2(error.contains(QStringLiteral("%1 changed Self referred from 14 to 20").arg(role("bob"))), qPrintable(error));
    auto reader = openAs("carol");
    QCOMPARE(reader->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 20);
}

void TestTeamDatabase::aRefusedUndoKeepsTheRestOfTheHistory()
{
    // Through the undo stack, as the window undoes: Alice's second step is refused (Bob changed
    // its figure since), dropped from the history with nothing written; her first still undoes.
    auto alice = openAs("alice");
    auto bob = openAs("bob");
    QUndoStack stack;
    QSignalSpy invalidated(alice.get(), &ProjectStore::historyInvalidated);
    ProjectData original;
    original.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    const ProjectData first = withSelfReferred(original, 14);
    stack.push(new EditCommand(alice.get(), QStringLiteral("first"), original, first));
    ProjectData second = first;
    second.returns[m_returnId].figure(FigureField::Budget) = Figure::reported(500000);
    stack.push(new EditCommand(alice.get(), QStringLiteral("second"), first, second));
    QCOMPARE(stack.count(), 2);
    QString error;
    QVERIFY2(bob->refreshFromTeam(&error), qPrintable(error));
    ProjectData bobs = second;
    bobs.returns[m_returnId].figure(FigureField::Budget) = Figure::reported(600000);
    QVERIFY2(bob->apply(second, bobs, &error), qPrintable(error));

    stack.undo(); // "second", over Bob's budget
    QCOMPARE(invalidated.size(), 1);
    QVERIFY2(invalidated.first().first().toString().contains(role("bob")), qPrintable(invalidated.first().first().toString()));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.undoText(), QStringLiteral("first"));
    const std::optional<ProjectStore::RefusedEdit> refused = alice->takeRefusedEdit();
    QVERIFY(refused.has_value()); // what the window offers to put on top
    QVERIFY(refused->mine == first);

    // "first" is refused too: its record is no longer as the step left it (Bob's budget), as an
    // edit is applied only over the revision it was made on. Apply Mine on Top then puts back
    // just what the step changed, Self referred, over Bob's budget, as one new step.
    stack.undo();
    QCOMPARE(invalidated.size(), 2);
    QCOMPARE(stack.count(), 0);
    const std::optional<ProjectStore::RefusedEdit> undoRefused = alice->takeRefusedEdit();
    QVERIFY(undoRefused.has_value());
    const ReappliedChange onTop = reapplyOnTop(undoRefused->seen, undoRefused->mine, alice->data());
    QVERIFY(!onTop.isEmpty());
    stack.push(reapplyCommand(alice.get(), onTop).release());
    QCOMPARE(stack.count(), 1);
    auto reader = openAs("carol");
    const ProgrammeReturn onServer = reader->data().returns.value(m_returnId);
    QVERIFY(onServer.figure(FigureField::SelfReferred) == original.returns.value(m_returnId).figure(FigureField::SelfReferred));
    QCOMPARE(onServer.figure(FigureField::Budget).value, 600000);
}

// Found by bench_team: a refresh that read the records and their revisions apart paired old
// figures with a newer revision when someone committed in between, and the next edit then
// wrote the old figures back over that commit. Here Bob commits exactly then: Alice's refresh
// is held inside its read by a lock on its last table while he does.
void TestTeamDatabase::aCommitDuringARefreshIsNeverWrittenOver()
{
    auto alice = openAs("alice");
    QSemaphore locked;
    QString problem;
    const QString bobAddress = address(role("bob"));
    const Id returnId = m_returnId;
    QThread *other = QThread::create([&] {
        const QString name = QStringLiteral("holder");
        {
            // Bob reads the project before the lock (his read would wait on it too).
            ProjectStore bob;
            QString error;
            if (!bob.openTeam(bobAddress, &error)) {
                problem = error;
                locked.release();
                return;
            }
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            holder.setHostName(m_host);
            holder.setPort(m_port);
            holder.setUserName(QStringLiteral("postgres"));
            holder.setDatabaseName(m_database);
            QSqlQuery q(holder);
            if (!holder.open() || !holder.transaction() || !q.exec(QStringLiteral("LOCK TABLE context_figure IN ACCESS EXCLUSIVE MODE"))) {
                problem = QStringLiteral("could not lock: ") + holder.lastError().text();
                locked.release();
                return;
            }
            locked.release();
            // Wait until Alice's read is waiting on the lock (it has read the returns by then).
            bool waiting = false;
            for (int i = 0; i < 600 && !waiting; ++i) {
                QSqlQuery w(holder);
                waiting = w.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                                "AND datname = current_database()"))
                          && w.next() && w.value(0).toInt() > 0;
                if (!waiting)
                    QThread::msleep(50);
            }
            if (!waiting)
                problem = QStringLiteral("Alice's read never waited on the lock");
            ProjectData seen;
            seen.returns.insert(returnId, bob.data().returns.value(returnId));
            ProjectData changed = seen;
            changed.returns.first().figure(FigureField::AgencyReferred) = Figure::reported(777);
            if (!bob.apply(seen, changed, &error))
                problem = error;
            holder.commit(); // lets Alice's read finish
            holder.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    other->start();
    locked.acquire();
    QString error;
    QVERIFY2(alice->refreshFromTeam(&error), qPrintable(error));
    QVERIFY(other->wait(60000));
    delete other;
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // Alice edits another figure of the same return from what her refresh gave her.
    ProjectData seen;
    seen.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    const bool applied = alice->apply(seen, withSelfReferred(seen, 555), &error);
    auto reader = openAs("carol");
    const ProgrammeReturn now = reader->data().returns.value(m_returnId);
    QCOMPARE(now.figure(FigureField::AgencyReferred).value, 777); // Bob's commit stands
    if (applied)
        QCOMPARE(now.figure(FigureField::SelfReferred).value, 555);
    else
        QVERIFY2(error.contains(role("bob")), qPrintable(error)); // refused, saying who was first
}

// Carol adds a return to a letter; Bob, who has not seen it, removes the letter: refused (the
// cascade would take her return unseen), and her return stays.
void TestTeamDatabase::removingALetterNeverTakesOthersAdditionsWithIt()
{
    auto alice = openAs("alice");
    auto bob = openAs("bob");
    const Id letterId = alice->data().returns.value(m_returnId).letterId;
    ProgrammeReturn added = alice->data().returns.value(m_returnId);
    added.id = alice->allocateReturnId();
    ProjectData addition;
    addition.returns.insert(added.id, added);
    QString error;
    QVERIFY2(alice->apply(ProjectData{}, addition, &error), qPrintable(error));
    // Bob's window has not taken the news in: his removal names only the returns he knows.
    QVERIFY(!bob->apply(bob->data().letterWithDependants(letterId), ProjectData{}, &error));
    QVERIFY2(error.contains(QLatin1String("Someone else added to")), qPrintable(error));
    auto reader = openAs("carol");
    QVERIFY(reader->data().letters.contains(letterId));
    QVERIFY(reader->data().returns.contains(added.id));
    QVERIFY(reader->data().returns.contains(m_returnId));
}

void TestTeamDatabase::manyNewRecordsAreWrittenWholeInFewStatements()
{
    // A shared database's new rows go to the server many a statement (200 at most): 450
    // returns of 450 programmes cross that bound twice and leave a remainder. Every one
    // arrives whole, stamped as a new record, in one transaction with the rest of the change.
    auto alice = openAs("alice");
    const ProjectData &now = alice->data();
    ProjectData after;
    const Id letterId = alice->allocateLetterId();
    Letter letter = now.letters.first();
    letter.id = letterId;
    letter.foiReference = QStringLiteral("many rows");
    after.letters.insert(letterId, letter);
    for (int n = 0; n < 450; ++n) {
        Programme programme = now.programmes.first();
        programme.id = alice->allocateProgrammeId();
        programme.name = QStringLiteral("Programme %1").arg(n);
        ProgrammeReturn r = now.returns.first();
        r.id = alice->allocateReturnId();
        r.letterId = letterId;
        r.programmeId = programme.id;
        r.figure(FigureField::SelfReferred) = Figure::reported(n, QStringLiteral("quote %1").arg(n));
        r.figure(FigureField::Budget) = n % 3 == 0 ? Figure::withStatus(FigureStatus::NotHeld) : Figure::reported(n * 100);
        after.programmes.insert(programme.id, programme);
        after.returns.insert(r.id, r);
    }
    QString error;
    QVERIFY2(alice->apply(ProjectData{}, after, &error), qPrintable(error));
    auto reader = openAs("carol");
    QVERIFY(reader->data() == alice->data());
    for (auto it = after.returns.cbegin(); it != after.returns.cend(); ++it)
        QVERIFY(reader->data().returns.value(it.key()) == *it);
    // A later edit of one of them is made over revision 1, the new record's.
    ProjectData seen;
    const Id last = after.returns.lastKey();
    seen.returns.insert(last, alice->data().returns.value(last));
    QVERIFY2(alice->apply(seen, withSelfReferred(seen, 9999), &error), qPrintable(error));
    // One bad row (a programme that does not exist) and none of the change is written.
    ProjectData bad;
    ProgrammeReturn orphan = after.returns.first();
    for (int n = 0; n < 250; ++n) {
        ProgrammeReturn r = after.returns.first();
        r.id = alice->allocateReturnId();
        bad.returns.insert(r.id, r);
    }
    orphan.id = alice->allocateReturnId();
    orphan.programmeId = 987654321;
    bad.returns.insert(orphan.id, orphan);
    const qsizetype returns = alice->data().returns.size();
    QVERIFY(!alice->apply(ProjectData{}, bad, &error));
    QCOMPARE(openAs("carol")->data().returns.size(), returns);
}

void TestTeamDatabase::twoWritersAddingAtOnceNeverClash()
{
    // Two analysts, each on a connection and thread of their own, add letters, programmes and
    // returns as fast as they can; the server gives every id, so none clashes.
    constexpr int kEach = 25;
    const ProjectData sample = sampleProject();
    QStringList errors(2);
    QList<QList<Id>> added(2);
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        const QString uri = address(role(i == 0 ? "alice" : "bob"));
        threads << QThread::create([&, i, uri] {
            ProjectStore store;
            QString error;
            if (!store.openTeam(uri, &error)) {
                errors[i] = error;
                return;
            }
            for (int n = 0; n < kEach; ++n) {
                Letter letter = sample.letters.first();
                letter.id = store.allocateLetterId();
                letter.foiReference = QStringLiteral("writer %1 #%2").arg(i).arg(n);
                Programme programme = sample.programmes.first();
                programme.id = store.allocateProgrammeId();
                ProgrammeReturn r = sample.returns.first();
                r.id = store.allocateReturnId();
                r.letterId = letter.id;
                r.programmeId = programme.id;
                ProjectData after;
                after.letters.insert(letter.id, letter);
                after.programmes.insert(programme.id, programme);
                after.returns.insert(r.id, r);
                if (!store.apply(ProjectData{}, after, &error)) {
                    errors[i] = error;
                    return;
                }
                added[i] << r.id;
            }
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors.join(QStringLiteral(" | "))));
    QCOMPARE(added[0].size() + added[1].size(), 2 * kEach);
    auto reader = openAs("carol");
    QCOMPARE(reader->data().returns.size(), sample.returns.size() + 2 * kEach);
    for (const QList<Id> &ids : std::as_const(added))
        for (Id id : ids)
            QVERIFY(reader->data().returns.contains(id));
}

void TestTeamDatabase::aViewerReadsAndCannotWrite()
{
    auto carol = openAs("carol");
    QVERIFY(carol->isReadOnly());
    QVERIFY(carol->data() == sampleProject());
    ProjectData seen;
    seen.returns.insert(m_returnId, carol->data().returns.value(m_returnId));
    QString error;
    QVERIFY(!carol->apply(seen, withSelfReferred(seen, 99), &error));
    QVERIFY2(error.contains(QLatin1String("may only read")), qPrintable(error));
    // The server itself refuses her: the GRANTs hold even for a client that does not ask.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("carol-raw"));
    {
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(role("carol"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE programme_return SET source = 'x'")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("permission denied")), qPrintable(q.lastError().text()));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("carol-raw"));
    auto reader = openAs("alice");
    QVERIFY(reader->data() == sampleProject());
}

void TestTeamDatabase::othersChangesArriveByThemselves()
{
    auto alice = openAs("alice");
    auto bob = openAs("bob");
    QSignalSpy changed(bob.get(), &ProjectStore::changed);
    QSignalSpy byOthers(bob.get(), &ProjectStore::changedByOthers);
    ProjectData seen;
    seen.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    QString error;
    QVERIFY2(alice->apply(seen, withSelfReferred(seen, 31), &error), qPrintable(error));
    // Within two seconds, without Bob asking: his project has it, as one change of that return.
    QVERIFY(byOthers.wait(2000));
    QCOMPARE(byOthers.constFirst().at(0).toString(), role("alice"));
    QCOMPARE(changed.size(), 1);
    const auto after = changed.constFirst().at(1).value<ProjectData>();
    QCOMPARE(after.returns.keys(), QList<Id>{m_returnId});
    QVERIFY(after.letters.isEmpty() && after.programmes.isEmpty());
    QCOMPARE(bob->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 31);
    // Alice hears no news of her own change.
    QSignalSpy aliceHears(alice.get(), &ProjectStore::changedByOthers);
    QVERIFY(!aliceHears.wait(300));

    // Only what a change names is read again, removals and additions included: Bob's project
    // is then what a fresh read of the server gives.
    const Id letterId = alice->data().returns.value(m_returnId).letterId;
    QVERIFY2(alice->apply(alice->data().letterWithDependants(letterId), ProjectData{}, &error), qPrintable(error));
    QVERIFY(byOthers.wait(2000));
    ProjectData added;
    Letter letter = sampleProject().letters.first();
    letter.id = alice->allocateLetterId();
    letter.foiReference = QStringLiteral("added by Alice");
    added.letters.insert(letter.id, letter);
    QVERIFY2(alice->apply(ProjectData{}, added, &error), qPrintable(error));
    QVERIFY(byOthers.wait(2000));
    auto reader = openAs("carol");
    QVERIFY(bob->data() == reader->data());
    QVERIFY(!bob->data().letters.contains(letterId));
    QCOMPARE(bob->data().letters.value(letter.id).foiReference, QStringLiteral("added by Alice"));
}

// In the table: Bob starts typing over the figure he sees; Alice's change of it arrives while
// he types. His edit is made over what he saw, so it is refused with her value, never written
// over it unseen; and the rows she changed are marked for a moment.
void TestTeamDatabase::aFigureTypedWhileSomeoneElseChangedItIsRefused()
{
    auto alice = openAs("alice");
    auto bob = openAs("bob");
    LiveComparison comparison(bob.get());
    QUndoStack undo;
    ReturnsTableModel table(&comparison, &undo);
    QAbstractItemModelTester tester(&table);
    const int row = table.rowOfReturn(m_returnId);
    QVERIFY(row >= 0);
    const QModelIndex cell = table.index(row, ReturnsTableModel::columnOfField(FigureField::SelfReferred));
    const QString seen = cell.data(Qt::EditRole).toString();

    ProjectData before;
    before.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    QString error;
    QVERIFY2(alice->apply(before, withSelfReferred(before, 14), &error), qPrintable(error));
    QSignalSpy byOthers(bob.get(), &ProjectStore::changedByOthers);
    QVERIFY(byOthers.wait(2000));
    QCOMPARE(table.markedBy(m_returnId), role("alice"));
    QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), true);

    QSignalSpy failed(bob.get(), &ProjectStore::failed);
    QVERIFY(!table.setData(cell, QStringList{QStringLiteral("15"), seen}, ReturnsTableModel::EditFromSeenRole));
    QCOMPARE(failed.size(), 1);
    const QString said = failed.constFirst().at(0).toString();
    QVERIFY2(said.contains(QStringLiteral("%1 changed Self referred from ").arg(role("alice"))) && said.contains(QLatin1String(" to 14 "))
                 && said.contains(QLatin1String("your 15 was not saved")),
             qPrintable(said));
    const std::optional<ProjectStore::RefusedEdit> refused = bob->takeRefusedEdit();
    QVERIFY(refused); // for "Apply Mine on Top"
    QCOMPARE(refused->mine.returns.value(m_returnId).figure(FigureField::SelfReferred).value, 15);
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("14"));
    QCOMPARE(undo.count(), 0); // nothing to undo: nothing was written
    // Typed over what is shown now, it goes through.
    QVERIFY(table.setData(cell, QStringList{QStringLiteral("15"), QStringLiteral("14")}, ReturnsTableModel::EditFromSeenRole));
    auto reader = openAs("carol");
    QCOMPARE(reader->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 15);
    // A viewer's table cannot be edited at all.
    LiveComparison readOnly(reader.get());
    ReturnsTableModel viewerTable(&readOnly, &undo);
    QVERIFY(!(viewerTable.flags(viewerTable.index(0, ReturnsTableModel::columnOfField(FigureField::SelfReferred)))
              & Qt::ItemIsEditable));
}

// The server ends Alice's connection (an administrator, a restart): her window says so and is
// read-only; her edit is refused and nothing of it written; what she saved before is there;
// opened again, she edits as before.
void TestTeamDatabase::aLostConnectionLeavesTheProjectReadOnlyUntilReopened()
{
    auto alice = openAs("alice");
    ProjectData seen;
    seen.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    QString error;
    QVERIFY2(alice->apply(seen, withSelfReferred(seen, 41), &error), qPrintable(error));
    QSignalSpy disconnected(alice.get(), &ProjectStore::disconnected);
    QVERIFY(admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                      .arg(role("alice"))));
    // Noticed by itself (the connection is looked at every few seconds) or by the next edit.
    if (!disconnected.wait(8000)) {
        ProjectData now;
        now.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
        QVERIFY(!alice->apply(now, withSelfReferred(now, 42), &error));
    }
    QCOMPARE(disconnected.size(), 1);
    QVERIFY(alice->isDisconnected());
    QVERIFY(alice->isReadOnly());
    QVERIFY(!alice->canChange());
    QVERIFY2(alice->readOnlyReason().contains(QLatin1String("connection")), qPrintable(alice->readOnlyReason()));
    ProjectData now;
    now.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    QVERIFY(!alice->apply(now, withSelfReferred(now, 43), &error));
    QVERIFY2(error.contains(QLatin1String("connection")), qPrintable(error));
    auto reader = openAs("carol");
    QCOMPARE(reader->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 41);
    // Reconnected: the same store opens the database again and writes.
    QVERIFY2(alice->openTeam(address(role("alice")), &error), qPrintable(error));
    QVERIFY(!alice->isDisconnected() && alice->canChange());
    now.returns.insert(m_returnId, alice->data().returns.value(m_returnId));
    QVERIFY2(alice->apply(now, withSelfReferred(now, 44), &error), qPrintable(error));
    QVERIFY2(reader->refreshFromTeam(&error), qPrintable(error));
    QCOMPARE(reader->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 44);
}

void TestTeamDatabase::aKilledImportLeavesNothing()
{
    QTemporaryDir folder;
    const QString csv = folder.filePath(QStringLiteral("big.csv"));
    QVERIFY(test::writeBigTidyCsv(csv, 20000));
    QProcess import;
    import.setProcessChannelMode(QProcess::SeparateChannels);
    import.start(QStringLiteral(DAPP_EXECUTABLE),
                 {QStringLiteral("import"), QStringLiteral("--progress"), QStringLiteral("--project"), address(role("alice")), csv});
    QVERIFY(import.waitForStarted());
    // Killed at its first progress line, while it writes on the server.
    bool writing = false;
    while (!writing && import.state() == QProcess::Running) {
        import.waitForReadyRead(100);
        writing = import.readAllStandardError().contains("writing:");
    }
    QVERIFY2(writing, "the import ended before it wrote anything");
    import.kill();
    QVERIFY(import.waitForFinished());
    auto reader = openAs("carol");
    QVERIFY(reader->data() == sampleProject()); // the server rolled the dead client's transaction back
    // Run to its end, it adds them all.
    QProcess again;
    again.start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("import"), QStringLiteral("--project"), address(role("alice")), csv});
    QVERIFY(again.waitForFinished(300000));
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    QString error;
    QVERIFY2(reader->refreshFromTeam(&error), qPrintable(error));
    QCOMPARE(reader->data().returns.size(), sampleProject().returns.size() + 20000);
}

void TestTeamDatabase::headlessCommandsTakeTheAddress()
{
    QTemporaryDir folder;
    const QString fromServer = folder.filePath(QStringLiteral("server.csv"));
    const QString fromSample = folder.filePath(QStringLiteral("sample.csv"));
    QProcess p;
    p.start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("export-csv"), QStringLiteral("--project"), address(role("carol")), fromServer});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    p.start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("export-csv"), fromSample});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile a(fromServer);
    QFile b(fromSample);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(a.readAll(), b.readAll());

    p.start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("check"), QStringLiteral("--project"), address(role("carol"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray checked = p.readAllStandardOutput();
    QVERIFY2(checked.contains(QByteArrayLiteral("%1 letters, %2 returns checked")
                                  .replace("%1", QByteArray::number(sampleProject().letters.size()))
                                  .replace("%2", QByteArray::number(sampleProject().returns.size()))),
             checked.constData());

    // A database that is not set up is refused with the way to set it up.
    const QString empty = freshDatabase();
    p.start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("check"), QStringLiteral("--project"), address(QStringLiteral("postgres"), empty)});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("team-init"));
    p.start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("team-init"), address(QStringLiteral("postgres"), empty)});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(p.readAllStandardOutput().contains("Set up"));
    // A malformed address is refused as a usage error.
    p.start(QStringLiteral(DAPP_EXECUTABLE), {QStringLiteral("team-init"), QStringLiteral("host=db colour=blue")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
}

// Publish copies a file's project into an empty team database, and refuses one that holds
// records (never a merge); Save a Copy As writes the team's project to a file that opens the same.
void TestTeamDatabase::publishingNeverMergesAndACopyIsWhole()
{
    auto file = std::make_unique<ProjectStore>();
    QString error;
    QVERIFY2(file->createNew(&error) && file->replaceAll(sampleProject(), &error), qPrintable(error));
    // The test database holds the sample already: refused, and nothing written.
    QVERIFY(!file->publishTo(address(QStringLiteral("postgres")), &error));
    QVERIFY2(error.contains(QLatin1String("never merges")), qPrintable(error));
    auto reader = openAs("carol");
    QVERIFY(reader->data() == sampleProject());
    // An empty database is set up and gets all of it, with the server's ids starting past it.
    const QString empty = freshDatabase();
    QVERIFY2(file->publishTo(address(QStringLiteral("postgres"), empty), &error), qPrintable(error));
    ProjectStore published;
    QVERIFY2(published.openTeam(address(QStringLiteral("postgres"), empty), &error), qPrintable(error));
    QVERIFY(published.data() == sampleProject());
    QVERIFY(published.allocateReturnId() > sampleProject().returns.lastKey());

    QTemporaryDir folder;
    const QString copy = folder.filePath(QStringLiteral("copy.dapp"));
    QVERIFY2(reader->saveCopyAs(copy, &error), qPrintable(error));
    QVERIFY(reader->isTeam()); // the window stays on the team database
    ProjectStore opened;
    QVERIFY2(opened.open(copy, &error, OpenAccess::ReadOnly), qPrintable(error));
    QVERIFY(opened.data() == sampleProject());
}

void TestTeamDatabase::twoPublishingAtOnceNeverMerge()
{
    // Two people publish into the same empty database at once. Each checks that it is empty,
    // then copies; the publishing lock makes the second wait for the first, then find records.
    const QString empty = freshDatabase();
    QVERIFY(!empty.isEmpty());
    QString error;
    QVERIFY2(m_server.setUpTeam(empty, &error), qPrintable(error));
    // Held here first, so that both publishers are seen waiting for it.
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("publish-holder"));
    holder.setHostName(m_host);
    holder.setPort(m_port);
    holder.setUserName(QStringLiteral("postgres"));
    holder.setDatabaseName(empty);
    QVERIFY(holder.open());
    const QString lock = QStringLiteral("SELECT pg_advisory_lock(%1, 2)").arg(0x44415050);
    QVERIFY(QSqlQuery(holder).exec(lock));
    std::array<QString, 2> errors;
    std::array<bool, 2> published{false, false};
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        const QString uri = address(QStringLiteral("postgres"), empty);
        threads << QThread::create([&, i, uri] {
            const std::optional<TeamAddress> a = parseTeamAddress(uri, &errors[i]);
            published[i] = a && publishProject(*a, QString(), sampleProject(), &errors[i]);
        });
        threads.last()->start();
    }
    QTest::qWait(500);
    bool bothWaited = true;
    for (QThread *t : threads)
        bothWaited = bothWaited && t->isRunning();
    // Let go and join before anything is checked: the threads write into this function's locals.
    const bool unlocked = QSqlQuery(holder).exec(QStringLiteral("SELECT pg_advisory_unlock(%1, 2)").arg(0x44415050));
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    QVERIFY(unlocked);
    QVERIFY2(bothWaited, qPrintable(QStringLiteral("each publisher waits for the lock; %1 / %2").arg(errors[0], errors[1])));
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("publish-holder"));
    QCOMPARE(int(published[0]) + int(published[1]), 1);
    const QString refusal = published[0] ? errors[1] : errors[0];
    QVERIFY2(refusal.contains(QLatin1String("never merges")), qPrintable(refusal));
    ProjectStore reader;
    QVERIFY2(reader.openTeam(address(QStringLiteral("postgres"), empty), &error), qPrintable(error));
    QVERIFY(reader.data() == sampleProject());
}

void TestTeamDatabase::idsTakenBeforeAPublishAreLetGo()
{
    // Alice's window takes ids while the database is empty; then a project is published into it,
    // which moves the sequences past its records, some of which now hold ids she was given.
    // Her add that collides is refused with nothing written, and the next one gets fresh ids.
    const QString empty = freshDatabase();
    QString error;
    QVERIFY2(m_server.setUpTeam(empty, &error), qPrintable(error));
    QVERIFY(admin(QStringLiteral("GRANT %1 TO %2").arg(teamEditorsRole(empty), role("alice"))));
    ProjectStore alice;
    QVERIFY2(alice.openTeam(address(role("alice"), empty), &error), qPrintable(error));
    const Id taken = alice.allocateLetterId();
    QVERIFY(taken <= sampleProject().letters.lastKey()); // a sample letter's id, once published
    const std::optional<TeamAddress> owner = parseTeamAddress(address(QStringLiteral("postgres"), empty), &error);
    QVERIFY2(owner && publishProject(*owner, QString(), sampleProject(), &error), qPrintable(error));
    const auto addLetter = [&](Id id) {
        Letter letter = sampleProject().letters.first();
        letter.id = id;
        letter.foiReference = QStringLiteral("after the publish");
        ProjectData after;
        after.letters.insert(id, letter);
        return alice.apply(ProjectData{}, after, &error);
    };
    Id next = alice.allocateLetterId();
    while (next <= sampleProject().letters.lastKey() && !sampleProject().letters.contains(next))
        next = alice.allocateLetterId(); // ids no sample letter holds go through: not this test's case
    if (next <= sampleProject().letters.lastKey()) {
        QVERIFY(!addLetter(next));
        QVERIFY2(error.contains(QLatin1String("same key")), qPrintable(error));
    }
    QVERIFY2(addLetter(alice.allocateLetterId()), qPrintable(error));
    ProjectStore reader;
    QVERIFY2(reader.openTeam(address(QStringLiteral("postgres"), empty), &error), qPrintable(error));
    QCOMPARE(reader.data().letters.size(), sampleProject().letters.size() + 1);
}

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
