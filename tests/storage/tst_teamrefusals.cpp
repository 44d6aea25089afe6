// What the server refuses, said in words (issue 17: "a permission refused by the server is shown
// as a clear message and nothing is half-written"): a right taken away mid-session leaves the
// project read-only and the server as it was; a record removed meanwhile, a key taken, an
// unknown code; others' changes that cannot be read yet are read again, never reported as the
// user's own edit failing. Against a real server when DAPP_TEST_PG_HOST is set (as
// tst_teamdatabase); the words for each code need no server.
#include "storage/projectdatabase.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "storage/servererror.h"
#include "storage/teamaddress.h"
#include "storage/teamdatabase.h"
#include "teamtestserver.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace dapp;

class TestTeamRefusals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void wordsForEachCode_data();
    void wordsForEachCode();
    void aRightTakenAwayMidSessionLeavesNothingHalfWritten();
    void aRecordRemovedMeanwhileIsNamed();
    void wordsForRealServerErrors_data();
    void wordsForRealServerErrors();
    void othersChangesThatCannotBeReadArriveLater();
    void newsThatKeepsFailingIsAskedForSeldom();

private:
    QString address(const QString &user) const { return m_server.address(user, m_database); }
    QString role(const char *name) const { return m_database + QLatin1Char('_') + QLatin1String(name); }
    bool admin(const QString &sql) { return m_server.admin(sql, m_database); }
    std::unique_ptr<ProjectStore> openAs(const QString &user);
    // The project as the server holds it now, read afresh on a connection of its own.
    ProjectData serverProject();
    // The error the server gives `user` for `sql` on a QPSQL connection of its own.
    QSqlError serverError(const QString &user, const QString &sql);

    test::TeamTestServer m_server;
    QString m_database;
    Id m_returnId = 0; // the return the edits change
};

std::unique_ptr<ProjectStore> TestTeamRefusals::openAs(const QString &user)
{
    auto store = std::make_unique<ProjectStore>();
    QString error;
    if (!store->openTeam(address(user), &error))
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return store;
}

ProjectData TestTeamRefusals::serverProject()
{
    QString error;
    const std::optional<TeamAddress> owner = parseTeamAddress(address(QStringLiteral("postgres")), &error);
    std::optional<ProjectData> loaded;
    if (owner && connectTeamDatabase(*owner, QStringLiteral("fresh-read"), QString(), &error)) {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("fresh-read"));
        loaded = loadProject(db, &error);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fresh-read"));
    if (!loaded)
        qWarning("%s", qPrintable(error));
    return loaded.value_or(ProjectData{});
}

QSqlError TestTeamRefusals::serverError(const QString &user, const QString &sql)
{
    QSqlError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        db.setHostName(m_server.host());
        db.setPort(m_server.port());
        db.setUserName(user);
        db.setDatabaseName(m_database);
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError();
        } else {
            error = db.lastError();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return error;
}

void TestTeamRefusals::initTestCase()
{
    if (!test::TeamTestServer::available())
        return; // init() skips what needs the server
    m_database = m_server.freshDatabase(QStringLiteral("dapp_refusals_"));
    QVERIFY(!m_database.isEmpty());
    QString error;
    QVERIFY2(m_server.setUpTeam(m_database, &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("alice"), teamEditorsRole(m_database), &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("bob"), teamEditorsRole(m_database), &error), qPrintable(error));
    QVERIFY2(m_server.addLogin(role("carol"), teamViewersRole(m_database), &error), qPrintable(error));
}

void TestTeamRefusals::init()
{
    if (!test::TeamTestServer::available()) {
        if (qstrcmp(QTest::currentTestFunction(), "wordsForEachCode") != 0)
            QSKIP("DAPP_TEST_PG_HOST is not set: no PostgreSQL server to test against");
        return;
    }
    // A refused statement's transaction is rolled back before the statements prepared in it are
    // freed: PostgreSQL frees none inside a failed transaction, and a read tried again every few
    // seconds would pile them up on the connection.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Unable to free statement")));
    // Every test starts from the sample, published by its owner, with the rights set up gives
    // (a test takes some away).
    QString error;
    QVERIFY2(m_server.setUpTeam(m_database, &error), qPrintable(error));
    QVERIFY(admin(QStringLiteral("TRUNCATE letter, programme, programme_return, context_figure CASCADE")));
    const std::optional<TeamAddress> owner = parseTeamAddress(address(QStringLiteral("postgres")), &error);
    QVERIFY2(publishProject(*owner, QString(), sampleProject(), &error), qPrintable(error));
    m_returnId = sampleProject().returns.firstKey();
}

void TestTeamRefusals::cleanupTestCase()
{
    m_server.dropAll();
}

void TestTeamRefusals::wordsForEachCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words"); // what the message must say
    QTest::addColumn<bool>("permission");
    const QString busy = QStringLiteral("busy with another analyst's change");
    const QString lost = QStringLiteral("The connection to the server was lost");
    QTest::newRow("insufficient privilege") << "42501" << "your role may only read this database" << true;
    QTest::newRow("foreign key violation") << "23503" << "a record it refers to was removed by someone else" << false;
    QTest::newRow("unique violation") << "23505" << "someone else added a record with the same key" << false;
    QTest::newRow("serialization failure") << "40001" << busy << false;
    QTest::newRow("deadlock") << "40P01" << busy << false;
    QTest::newRow("read-only standby") << "25006" << "read-only standby" << false;
    QTest::newRow("disk full") << "53100" << "disk is full" << false;
    QTest::newRow("too many connections") << "53300" << "short of memory or connections" << false;
    QTest::newRow("administrator ended the connection") << "57P01" << lost << false;
    QTest::newRow("crash shutdown") << "57P02" << lost << false;
    QTest::newRow("server starting up") << "57P03" << lost << false;
    QTest::newRow("connection failure") << "08006" << lost << false;
    QTest::newRow("an unknown code keeps today's words") << "22012" << "Database error: " << false;
    QTest::newRow("SQLite's number keeps today's words") << "19" << "Database error: " << false;
    QTest::newRow("no code keeps today's words") << "" << "Database error: " << false;
}

// Built as QPSQL builds it: the server's message with its severity, a DETAIL line, the code.
void TestTeamRefusals::wordsForEachCode()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    QFETCH(bool, permission);
    const QSqlError e(QStringLiteral("QPSQL: Unable to create query"),
                      QStringLiteral("ERROR:  the server's own words\nDETAIL:  Key (id)=(7) is here.\n(%1)").arg(code),
                      QSqlError::StatementError, code);
    const QString said = describeServerError(e, QStringLiteral("Nothing of the change was written."));
    QVERIFY2(said.contains(words), qPrintable(said));
    QCOMPARE(isPermissionRefused(e), permission);
    QVERIFY2(said.contains(QLatin1String("Nothing of the change was written.")), qPrintable(said));
    if (words.startsWith(QLatin1String("Database error"))) {
        QVERIFY2(said.startsWith(QStringLiteral("Database error: %1").arg(e.text())), qPrintable(said));
        QVERIFY(!describeKnownServerError(e));
        return;
    }
    // The server's first line kept at the end for the expert, without its severity or detail.
    QVERIFY2(said.endsWith(QStringLiteral("(Server: the server's own words; SQLSTATE %1)").arg(code)), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("QPSQL")) && !said.contains(QLatin1String("ERROR:"))
                 && !said.contains(QLatin1String("DETAIL")),
             qPrintable(said));
    QVERIFY2(said.indexOf(words) < said.indexOf(QLatin1String("Nothing of the change")), qPrintable(said));
}

// An administrator revokes the editors' UPDATE on returns while Alice works. Her edit of a
// letter and a return is refused: the letter's UPDATE, which went through first, is rolled back
// with it; the message says what happened in words; her project is read-only from then on.
void TestTeamRefusals::aRightTakenAwayMidSessionLeavesNothingHalfWritten()
{
    auto alice = openAs(role("alice"));
    QVERIFY(alice->canChange());
    QVERIFY(admin(QStringLiteral("REVOKE UPDATE ON programme_return FROM %1").arg(teamEditorsRole(m_database))));
    QSignalSpy readOnly(alice.get(), &ProjectStore::becameReadOnly);

    ProjectData seen;
    const ProgrammeReturn r = alice->data().returns.value(m_returnId);
    seen.returns.insert(r.id, r);
    seen.letters.insert(r.letterId, alice->data().letters.value(r.letterId));
    ProjectData mine = seen;
    mine.returns[r.id].figure(FigureField::SelfReferred) = Figure::reported(77, QStringLiteral("typed"));
    mine.letters[r.letterId].foiReference = QStringLiteral("changed by Alice");
    QString error;
    QVERIFY(!alice->apply(seen, mine, &error));
    QVERIFY2(error.startsWith(QLatin1String("The server refused the change: your role may only read this database, "
                                            "or has lost the right to change it.")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("Nothing of the change was written, and the project is read-only now.")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("SQLSTATE 42501")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("QPSQL")) && !error.contains(QLatin1String("Unable to create query")),
             qPrintable(error));

    QCOMPARE(readOnly.size(), 1);
    QVERIFY(alice->isReadOnly());
    QVERIFY(!alice->canChange());
    QVERIFY(!alice->isDisconnected());
    QCOMPARE(readOnly.constFirst().at(0).toString(), alice->readOnlyReason());
    QVERIFY2(alice->readOnlyReason().contains(QStringLiteral("refused %1 the right to change").arg(role("alice"))),
             qPrintable(alice->readOnlyReason()));
    // The next edit is refused by the window itself, with why.
    QVERIFY(!alice->apply(seen, mine, &error));
    QVERIFY2(error.contains(alice->readOnlyReason()), qPrintable(error));

    // Nothing half-written: the server holds the sample, the letter's change included.
    QVERIFY(serverProject() == sampleProject());
    QVERIFY(alice->data() == sampleProject());
}

// Someone removes a programme (an administrator's SQL: no news of it reaches Alice) while she
// adds a return to it: the server's foreign key refuses it, in words.
void TestTeamRefusals::aRecordRemovedMeanwhileIsNamed()
{
    auto alice = openAs(role("alice"));
    ProgrammeReturn r = alice->data().returns.value(m_returnId);
    QVERIFY(admin(QStringLiteral("DELETE FROM programme_return WHERE programme_id = %1; DELETE FROM programme WHERE id = %1")
                      .arg(r.programmeId)));
    r.id = alice->allocateReturnId();
    QVERIFY(r.id != 0);
    ProjectData added;
    added.returns.insert(r.id, r);
    QString error;
    QVERIFY(!alice->apply(ProjectData{}, added, &error));
    QVERIFY2(error.startsWith(QLatin1String("The server refused the change: a record it refers to was removed by "
                                            "someone else meanwhile. Nothing of the change was written.")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("SQLSTATE 23503")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("QPSQL")), qPrintable(error));
    QVERIFY(alice->canChange()); // not a right taken away
    QVERIFY(!serverProject().returns.contains(r.id));
}

void TestTeamRefusals::wordsForRealServerErrors_data()
{
    QTest::addColumn<QString>("user"); // a role's name tail, or postgres
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("code");
    QTest::newRow("a letter's id taken") << "postgres" << "INSERT INTO letter SELECT * FROM letter LIMIT 1"
                                         << "someone else added a record with the same key" << "23505";
    QTest::newRow("a viewer's update") << "carol" << "UPDATE programme_return SET source = 'x'"
                                       << "your role may only read this database" << "42501";
    QTest::newRow("an unknown code keeps today's words") << "postgres" << "SELECT 1/0" << "Database error: "
                                                         << "22012";
}

// The words for errors a real server gives, as QPSQL reports them.
void TestTeamRefusals::wordsForRealServerErrors()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    QFETCH(QString, words);
    QFETCH(QString, code);
    const QSqlError e = serverError(user == QLatin1String("postgres") ? user : role(qPrintable(user)), sql);
    QCOMPARE(e.nativeErrorCode(), code);
    QCOMPARE(isPermissionRefused(e), code == QLatin1String("42501"));
    const QString said = describeServerError(e);
    if (words.startsWith(QLatin1String("Database error"))) {
        QCOMPARE(said, QStringLiteral("Database error: %1").arg(e.text().trimmed()));
        return;
    }
    QVERIFY2(said.contains(words), qPrintable(said));
    QVERIFY2(said.endsWith(QStringLiteral("; SQLSTATE %1)").arg(code)), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("QPSQL")) && !said.contains(QLatin1String("Unable to create query"))
                 && !said.contains(QLatin1String("ERROR:")) && !said.contains(sql),
             qPrintable(said));
}

// Bob may not read returns for a while (an administrator's REVOKE) when the owner commits a
// change of one: he is told the news is delayed, never that an edit of his failed; once he may
// read again, it arrives by itself and his project is what the server holds.
void TestTeamRefusals::othersChangesThatCannotBeReadArriveLater()
{
    auto bob = openAs(role("bob"));
    auto owner = openAs(QStringLiteral("postgres"));
    QSignalSpy failed(bob.get(), &ProjectStore::failed);
    QSignalSpy delayed(bob.get(), &ProjectStore::newsDelayed);
    QSignalSpy byOthers(bob.get(), &ProjectStore::changedByOthers);
    QVERIFY(admin(QStringLiteral("REVOKE SELECT ON programme_return FROM %1").arg(teamEditorsRole(m_database))));

    ProjectData seen;
    seen.returns.insert(m_returnId, owner->data().returns.value(m_returnId));
    ProjectData changed = seen;
    changed.returns[m_returnId].figure(FigureField::SelfReferred) = Figure::reported(58, QStringLiteral("typed"));
    QString error;
    QVERIFY2(owner->apply(seen, changed, &error), qPrintable(error));

    QVERIFY(delayed.wait(5000));
    const QString said = delayed.constFirst().at(0).toString();
    QVERIFY2(said.startsWith(QLatin1String("Could not read the changes others made; trying again in a moment. The "
                                           "server refused to let your role read the project")),
             qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("QPSQL")), qPrintable(said));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(byOthers.size(), 0);
    QVERIFY(bob->canChange()); // his own work goes on
    // Tried again after a pause, not in a busy loop.
    QTest::qWait(ProjectStore::kNewsRetryMilliseconds * 2 + 500);
    QVERIFY2(delayed.size() <= 4, qPrintable(QString::number(delayed.size())));

    QVERIFY(admin(QStringLiteral("GRANT SELECT ON programme_return TO %1").arg(teamEditorsRole(m_database))));
    QTRY_COMPARE_WITH_TIMEOUT(byOthers.size(), 1, ProjectStore::kNewsRetryMilliseconds * 3);
    QCOMPARE(byOthers.constFirst().at(0).toString(), QStringLiteral("postgres"));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(bob->data().returns.value(m_returnId).figure(FigureField::SelfReferred).value, 58);
    QVERIFY(bob->data() == serverProject());
}

void TestTeamRefusals::newsThatKeepsFailingIsAskedForSeldom()
{
    // A server that keeps refusing is asked again every two seconds a few times, then every
    // thirty, and the status bar is told once that it is now so (not every two seconds).
    auto bob = openAs(role("bob"));
    auto owner = openAs(QStringLiteral("postgres"));
    QSignalSpy delayed(bob.get(), &ProjectStore::newsDelayed);
    QVERIFY(admin(QStringLiteral("REVOKE SELECT ON programme_return FROM %1").arg(teamEditorsRole(m_database))));
    ProjectData seen;
    seen.returns.insert(m_returnId, owner->data().returns.value(m_returnId));
    ProjectData changed = seen;
    changed.returns[m_returnId].figure(FigureField::SelfReferred) = Figure::reported(59);
    QString error;
    QVERIFY2(owner->apply(seen, changed, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(delayed.size(), ProjectStore::kNewsQuickRetries + 1,
                              ProjectStore::kNewsRetryMilliseconds * (ProjectStore::kNewsQuickRetries + 2));
    const QString said = delayed.constLast().at(0).toString();
    QVERIFY2(said.contains(QLatin1String("trying every 30 seconds")), qPrintable(said));
    QTest::qWait(ProjectStore::kNewsRetryMilliseconds * 2);
    QCOMPARE(delayed.size(), ProjectStore::kNewsQuickRetries + 1);
    QVERIFY(admin(QStringLiteral("GRANT SELECT ON programme_return TO %1").arg(teamEditorsRole(m_database))));
    QVERIFY2(bob->refreshFromTeam(&error), qPrintable(error)); // what Reconnect does, read whole
    QVERIFY(bob->data() == serverProject());
}

QTEST_GUILESS_MAIN(TestTeamRefusals)
#include "tst_teamrefusals.moc"
