// The same data layer against PostgreSQL: migrations, writing the whole sample, reading it
// back equal, and an edit with its undo. Runs when DAPP_TEST_PG_HOST is set (with optional
// DAPP_TEST_PG_PORT, _USER, _DATABASE); each run works in a schema of its own.
#include "storage/migrations.h"
#include "storage/projectdatabase.h"
#include "storage/projectjson.h"
#include "testsupport.h"
#include "versionthree.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace dapp;

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void sampleRoundTrip();
    void changeAndUndo();
    void writersCollideLoudly();
    void versionThreeDataMovesToVersionFour();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(QStringLiteral("pg")); }
    QString m_schema;
};

void TestPostgres::initTestCase()
{
    if (!qEnvironmentVariableIsSet("DAPP_TEST_PG_HOST"))
        QSKIP("DAPP_TEST_PG_HOST is not set: no PostgreSQL server to test against");
    QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
    pg.setHostName(qEnvironmentVariable("DAPP_TEST_PG_HOST"));
    pg.setPort(qEnvironmentVariableIntValue("DAPP_TEST_PG_PORT") ? qEnvironmentVariableIntValue("DAPP_TEST_PG_PORT") : 5432);
    pg.setUserName(qEnvironmentVariable("DAPP_TEST_PG_USER", QStringLiteral("postgres")));
    pg.setDatabaseName(qEnvironmentVariable("DAPP_TEST_PG_DATABASE", QStringLiteral("postgres")));
    QVERIFY2(pg.open(), qPrintable(pg.lastError().text()));
    m_schema = QStringLiteral("dapp_test_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QSqlQuery q(pg);
    QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema)));
    QVERIFY(q.exec(QStringLiteral("SET search_path TO %1").arg(m_schema)));
    QString error;
    QVERIFY2(migrate(pg, &error), qPrintable(error));
    QCOMPARE(schemaVersion(pg), latestSchemaVersion());
}

void TestPostgres::cleanupTestCase()
{
    if (m_schema.isEmpty())
        return;
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
        db().close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg"));
}

void TestPostgres::sampleRoundTrip()
{
    QSqlDatabase pg = db();
    QString error;
    ProjectData sample = sampleProject();
    sample.returns.first().figure(FigureField::Budget).setQuoteRange(TextRange{42, 17}); // a quote's place (schema 5)
    QVERIFY2(writeChange(pg, ProjectData{}, sample, &error), qPrintable(error));
    const auto loaded = loadProject(pg, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->letters, sample.letters);
    QCOMPARE(loaded->returns, sample.returns);
    QVERIFY(*loaded == sample);
}

void TestPostgres::changeAndUndo()
{
    QSqlDatabase pg = db();
    QString error;
    const ProjectData sample = sampleProject();
    ProjectData before, after;
    const Id letterId = sample.letters.firstKey();
    before = sample.letterWithDependants(letterId);
    QVERIFY2(writeChange(pg, before, after, &error), qPrintable(error)); // remove a letter and its returns
    QCOMPARE(loadProject(pg, &error)->letters.size(), sample.letters.size() - 1);
    QVERIFY2(writeChange(pg, after, before, &error), qPrintable(error)); // and bring it back
    QVERIFY(*loadProject(pg, &error) == sample);
}

void TestPostgres::writersCollideLoudly()
{
    QSqlDatabase pg = db();
    test::checkWritersCollideLoudly(pg);
}

// Version 4's migration moves a version 3 database's figure and list rows into the returns' own
// rows on PostgreSQL too, and adds the CHECK that a figure has a number exactly when reported.
void TestPostgres::versionThreeDataMovesToVersionFour()
{
    QSqlDatabase pg = db();
    const QString schema = m_schema + QStringLiteral("_v3");
    QSqlQuery q(pg);
    QVERIFY(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema)));
    QVERIFY(q.exec(QStringLiteral("SET search_path TO %1").arg(schema)));
    QString error;
    const ProjectData sample = sampleProject();
    const bool migrated = migrate(pg, &error, 3) && test::writeVersionThreeRows(pg, sample) && migrate(pg, &error);
    const auto loaded = migrated ? loadProject(pg, &error) : std::nullopt;
    const bool refused = !q.exec(QStringLiteral("UPDATE programme_return SET budget_gbp_status = 'reported', "
                                                "budget_gbp_value = NULL"));
    const bool oldTablesGone = q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                     "table_schema = '%1' AND table_name IN ('figure', 'referrer', "
                                                     "'funder', 'caveat')")
                                          .arg(schema))
                               && q.next() && q.value(0).toInt() == 0;
    q.exec(QStringLiteral("SET search_path TO %1").arg(m_schema));
    q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schema));
    QVERIFY2(migrated, qPrintable(error));
    QCOMPARE(schemaVersion(pg), latestSchemaVersion());
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->returns, sample.returns);
    QVERIFY(*loaded == sample);
    QVERIFY(refused);
    QVERIFY(oldTablesGone);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
