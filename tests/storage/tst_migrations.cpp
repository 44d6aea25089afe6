// Migrations: a version-1 project file opens in this version with its data intact.
#include "domain/areas.h"
#include "storage/migrations.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dapp;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseReachesLatest();
    void versionOneFileUpgrades();
    void migrationIsIdempotent();

private:
    QTemporaryDir m_dir;
};

void TestMigrations::freshDatabaseReachesLatest()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fresh"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    QString error;
    QVERIFY2(migrate(db, &error), qPrintable(error));
    QCOMPARE(schemaVersion(db), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 2);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM area")) && q.next());
    QCOMPARE(q.value(0).toInt(), 44); // 43 police force areas and Unknown
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), kApplicationId);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fresh"));
}

void TestMigrations::versionOneFileUpgrades()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.dapp"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrate(db, &error, 1), qPrintable(error));
        QCOMPARE(schemaVersion(db), 1);
        QSqlQuery q(db);
        // Data as version 1 stored it: no letter kind, caveats without figure scopes.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO letter (id, area_code, issuing_body, foi_reference, request_received, response_date, "
            "financial_year, cohort, body) VALUES (7, 'E23000018', 'OPCC for Derbyshire', 'FOI 27/2023', "
            "'2023-07-25', NULL, '2022/23', 'male', 'letter text')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO programme (id, area_code, name, provider, risk_level, audience, "
                                      "scope, coverage, evaluation_url) VALUES (3, 'E23000018', 'Drive', 'Glow', "
                                      "'high', 'adults', '', '', '')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO programme_return (id, letter_id, programme_id, referrers_quote, "
                                      "funders_quote) VALUES (5, 7, 3, '', '')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO figure VALUES (5, 'agency_referred', 'reported', 101, '', "
                                      "'row 5'), (5, 'self_referred', 'not_held', NULL, 'asked', '')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO caveat VALUES (5, 0, 'pilot year')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO funder VALUES (5, 0, 'PCC', NULL, 32.5)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    const QByteArray hash = test::fileHash(path);

    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(test::fileHash(path), hash); // upgraded in the working copy, not in place
    const ProjectData &p = store.data();
    QCOMPARE(p.letters.size(), 1);
    const Letter l = p.letters.value(7);
    QCOMPARE(l.kind, LetterKind::FoiResponse);
    QCOMPARE(l.foiReference, QStringLiteral("FOI 27/2023"));
    QCOMPARE(l.requestReceived, QDate(2023, 7, 25));
    QVERIFY(!l.responseDate.isValid());
    const ProgrammeReturn r = p.returns.value(5);
    QCOMPARE(r.figure(FigureField::AgencyReferred), Figure::reported(101, QStringLiteral("row 5")));
    QCOMPARE(r.figure(FigureField::SelfReferred).status, FigureStatus::NotHeld);
    QCOMPARE(r.figure(FigureField::SelfReferred).note, QStringLiteral("asked"));
    QCOMPARE(r.caveats, (QList<Caveat>{Caveat{QStringLiteral("pilot year"), {}}}));
    QCOMPARE(r.funders.value(0).sharePercent, std::optional<double>(32.5));
    QVERIFY(p.contextFigures.isEmpty());

    // Saved, it is a latest-version file.
    const QString saved = m_dir.filePath(QStringLiteral("v1-saved.dapp"));
    QVERIFY2(store.saveAs(saved, &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(saved);
        QVERIFY(db.open());
        QCOMPARE(schemaVersion(db), latestSchemaVersion());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestMigrations::migrationIsIdempotent()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("twice"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    QString error;
    QVERIFY(migrate(db, &error));
    QVERIFY2(migrate(db, &error), qPrintable(error)); // already latest: nothing to do
    QCOMPARE(schemaVersion(db), latestSchemaVersion());
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("twice"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
