// Migrations: a version-1 project file opens in this version with its data intact.
#include "domain/areas.h"
#include "storage/migrations.h"
#include "storage/projectreader.h"
#include "storage/projectstore.h"
#include "testsupport.h"
#include "versionsix.h"
#include "versionthree.h"
#include "pagedamage.h"

#include <QSqlDatabase>
#include <QSqlError>
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
    void versionThreeFileUpgrades();
    void versionThreeReturnWithoutFigureRows();
    void versionThreeFigureOfNoKnownFieldIsRefused();
    void aQuotesPlaceIsKeptWhole();
    void versionSixNotesMoveIntoOneColumn();
    void aDamagedVersionSixNoteStopsTheMigration_data();
    void aDamagedVersionSixNoteStopsTheMigration();
    void aMigrationThatFailsLeavesTheDatabaseAsItWas();

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
    QCOMPARE(r.figure(FigureField::SelfReferred).note(), QStringLiteral("asked"));
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

// Version 4 moved a return's figures and lists into its own row: a version 3 file opens with
// every figure, note, quote, referrer, funder (amount and share) and caveat (with its figures)
// as it was, the old tables are gone, and the database itself still refuses a figure that is
// reported without a number.
void TestMigrations::versionThreeFileUpgrades()
{
    const QString path = m_dir.filePath(QStringLiteral("v3.dapp"));
    const ProjectData sample = sampleProject();
    QVERIFY(test::writeVersionThree(sample, path));
    QCOMPARE(test::queryColumn(path, QStringLiteral("PRAGMA user_version")).value(0).toInt(), 3);
    const QByteArray hash = test::fileHash(path);
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(test::fileHash(path), hash); // upgraded in the working copy, not in place
    QCOMPARE(store.data().returns, sample.returns);
    QVERIFY(store.data() == sample);
    bool anyShare = false;
    bool anyScopedCaveat = false;
    for (const ProgrammeReturn &r : sample.returns) {
        for (const Funder &f : r.funders)
            anyShare = anyShare || f.sharePercent.has_value();
        for (const Caveat &c : r.caveats)
            anyScopedCaveat = anyScopedCaveat || !c.fields.isEmpty();
    }
    QVERIFY(anyShare && anyScopedCaveat); // the sample has what the move must carry

    const QString saved = m_dir.filePath(QStringLiteral("v3-saved.dapp"));
    QVERIFY2(store.saveAs(saved, &error), qPrintable(error));
    QCOMPARE(test::queryColumn(saved, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                                     "('figure', 'referrer', 'funder', 'caveat')"))
                 .value(0)
                 .toInt(),
             0);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
    db.setDatabaseName(saved);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        for (FigureField f : kAllFigureFields) {
            QVERIFY2(!q.exec(QStringLiteral("UPDATE programme_return SET %1_status = 'reported', %1_value = NULL")
                                 .arg(fieldKey(f))),
                     qPrintable(fieldKey(f)));
            QVERIFY(q.lastError().text().contains(QStringLiteral("CHECK constraint failed")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE programme_return SET %1_status = 'not_held', %1_value = 0")
                                .arg(fieldKey(f))));
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));
}

void TestMigrations::versionThreeReturnWithoutFigureRows()
{
    // A file written by hand or an early build may lack a return's figure rows: after the move
    // each is "not provided" (no number), never 0.
    const QString path = m_dir.filePath(QStringLiteral("v3-bare.dapp"));
    ProjectData sample = sampleProject();
    QVERIFY(test::writeVersionThree(sample, path));
    const Id bare = sample.returns.firstKey();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM figure WHERE return_id = %1").arg(bare)));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    for (FigureField f : kAllFigureFields) {
        const Figure figure = store.data().returns.value(bare).figure(f);
        QCOMPARE(figure.status, FigureStatus::NotProvided);
        QVERIFY(!figure.isReported());
    }
    sample.returns[bare].figures = {};
    QCOMPARE(store.data().returns, sample.returns);
}

void TestMigrations::versionThreeFigureOfNoKnownFieldIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("v3-odd.dapp"));
    QVERIFY(test::writeVersionThree(sampleProject(), path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("odd"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE figure SET field = 'self_refered' WHERE field = 'self_referred'")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("odd"));
    const QByteArray hash = test::fileHash(path);
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("“self_refered”, which no return has")), qPrintable(error));
    QVERIFY(store.data().isEmpty());
    QCOMPARE(test::fileHash(path), hash);
}

// Version 5 keeps where each quote stands in its letter: saved and opened again it is the same,
// and the database refuses half of one (a start without its length) or a negative one.
void TestMigrations::aQuotesPlaceIsKeptWhole()
{
    ProjectData data = sampleProject();
    ProgrammeReturn &r = data.returns.first();
    r.figure(FigureField::AgencyReferred).setQuoteRange(TextRange{120, 37});
    ContextFigure &c = data.contextFigures.first();
    c.figure.setQuoteRange(TextRange{0, 12});
    const QString path = m_dir.filePath(QStringLiteral("ranges.dapp"));
    {
        ProjectStore store;
        QString error;
        QVERIFY2(store.createNew(&error) && store.replaceAll(data, &error) && store.saveAs(path, &error), qPrintable(error));
    }
    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error, OpenAccess::ReadOnly), qPrintable(error));
    QCOMPARE(store.data().returns.value(r.id).figure(FigureField::AgencyReferred).quoteRange(), (TextRange{120, 37}));
    QCOMPARE(store.data().returns.value(r.id).figure(FigureField::SelfReferred).quoteRange(), TextRange{});
    QCOMPARE(store.data().contextFigures.value(c.id).figure.quoteRange(), (TextRange{0, 12}));
    QVERIFY(store.data() == data);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ranges"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE context_figure SET quote_start = 1, quote_length = NULL")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("CHECK constraint failed")));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("ranges"));
    // A return's places are in its figure_notes from version 7 (no CHECK there): the reader
    // refuses half of one, or a negative one, naming the return and the column.
    const QByteArray hash = test::fileHash(path);
    for (const auto &[damage, why] :
         {std::pair{"{\"budget_gbp\":{\"quote_start\":4}}", "budget_gbp gives its quote's place by half"},
          std::pair{"{\"budget_gbp\":{\"quote_start\":-1,\"quote_length\":4}}", "not two whole numbers from 0"}}) {
        const QString damaged = m_dir.filePath(QStringLiteral("ranges-damaged.dapp"));
        QFile::remove(damaged);
        QVERIFY(QFile::copy(path, damaged));
        QVERIFY(test::execOn(damaged, QStringLiteral("UPDATE programme_return SET figure_notes = '%1' WHERE id = %2")
                                          .arg(QLatin1String(damage))
                                          .arg(r.id)));
        ProjectStore reopened;
        QVERIFY(!reopened.open(damaged, &error, OpenAccess::ReadOnly));
        QVERIFY2(error.contains(QStringLiteral("return %1 has").arg(r.id)) && error.contains(QStringLiteral("as its figure_notes"))
                     && error.contains(QLatin1String(why)),
                 qPrintable(error));
    }
    QCOMPARE(test::fileHash(path), hash);
}

// Version 7 moves the 28 note, quote and place columns of a return into one JSON object: a
// version 6 file opens with every note, quote and place where it was, and is saved without them.
void TestMigrations::versionSixNotesMoveIntoOneColumn()
{
    const ProjectData data = test::withNotesOfEveryKind(sampleProject());
    const QString path = m_dir.filePath(QStringLiteral("v6.dapp"));
    QVERIFY(test::writeVersionSix(data, path));
    QCOMPARE(test::queryColumn(path, QStringLiteral("PRAGMA user_version")).value(0).toInt(), 6);

    ProjectStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.data().returns, data.returns);
    QVERIFY(store.data() == data);
    const QString saved = m_dir.filePath(QStringLiteral("v6-saved.dapp"));
    QVERIFY2(store.saveAs(saved, &error), qPrintable(error));
    QCOMPARE(test::queryColumn(saved, QStringLiteral("PRAGMA user_version")).value(0).toInt(), latestSchemaVersion());
    const QVariantList columns = test::queryColumn(saved, QStringLiteral("SELECT name FROM pragma_table_info('programme_return')"));
    for (FigureField f : kAllFigureFields)
        for (const char *part : {"note", "quote", "quote_start", "quote_length"})
            QVERIFY(!columns.contains(QStringLiteral("%1_%2").arg(fieldKey(f), QLatin1String(part))));
    QCOMPARE(columns.size(), 1 + returnColumns().size() + 3); // the id, the values, the revision, who and when
    QVERIFY(columns.contains(QStringLiteral("figure_notes")));
    QCOMPARE(test::queryColumn(saved, QStringLiteral("SELECT figure_notes FROM programme_return WHERE id = %1")
                                          .arg(data.returns.first().id))
                 .value(0)
                 .toString(),
             figureNotesToJson(data.returns.first().figures));
    // Only the returns with a note, quote or place hold more than "{}".
    int withNotes = 0;
    for (const ProgrammeReturn &r : data.returns)
        withNotes += figureNotesToJson(r.figures) != QLatin1String("{}");
    QCOMPARE(test::queryColumn(saved, QStringLiteral("SELECT count(*) FROM programme_return WHERE figure_notes <> '{}'"))
                 .value(0)
                 .toInt(),
             withNotes);
    // The rebuilt table keeps its links: a return goes with its letter, and needs its programme.
    QCOMPARE(test::queryColumn(saved, QStringLiteral("SELECT \"table\" || ' ' || \"from\" || ' ' || on_delete FROM "
                                                     "pragma_foreign_key_list('programme_return') ORDER BY \"from\"")),
             (QVariantList{QStringLiteral("letter letter_id CASCADE"), QStringLiteral("programme programme_id NO ACTION")}));
    // The status and number of every figure, and "missing is never zero", stay in the database.
    QVERIFY(!test::execOn(saved, QStringLiteral("UPDATE programme_return SET budget_gbp_status = 'not_held', budget_gbp_value = 0")));
}

// A value of version 6's note columns that is not what they hold (a flipped bit made a note
// binary) stops the migration: the file is not opened rather than opened with the damage made
// into a note, and it is left as it was.
void TestMigrations::aDamagedVersionSixNoteStopsTheMigration_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("a binary note") << "agency_completed_note = x'00ff'";
    // Within version 5's CHECK, past any letter: version 7 would not read it back.
    QTest::newRow("a place past any letter") << "agency_completed_quote_start = 72057594037927936, "
                                                "agency_completed_quote_length = 1";
}

void TestMigrations::aDamagedVersionSixNoteStopsTheMigration()
{
    QFETCH(QString, damage);
    const ProjectData data = sampleProject();
    const QString path = m_dir.filePath(QStringLiteral("v6-damaged.dapp"));
    QFile::remove(path); // from the row before
    QVERIFY(test::writeVersionSix(data, path));
    const Id damagedId = data.returns.lastKey();
    QVERIFY(test::execOn(path, QStringLiteral("UPDATE programme_return SET %1 WHERE id = %2").arg(damage).arg(damagedId)));
    const QByteArray hash = test::fileHash(path);
    ProjectStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("Return %1 has a damaged note, quote or quote's place for agency_completed").arg(damagedId)),
             qPrintable(error));
    QCOMPARE(test::fileHash(path), hash);
}

// The steps are one transaction: a version 5 file whose step to version 7 fails stays at
// version 5, its returns in version 5's columns, not half-way at version 6.
void TestMigrations::aMigrationThatFailsLeavesTheDatabaseAsItWas()
{
    const ProjectData data = sampleProject();
    const Id damagedId = data.returns.lastKey();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5-damaged"));
    {
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrate(db, &error, 5) && test::writeVersionSixRows(db, data), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE programme_return SET budget_gbp_note = x'00ff' WHERE id = %1").arg(damagedId)));
        QVERIFY(!migrate(db, &error));
        QVERIFY2(error.contains(QStringLiteral("Return %1 has a damaged note").arg(damagedId)), qPrintable(error));
        QCOMPARE(schemaVersion(db), 5);
        // Version 6's revision columns (its step ran before the one that failed) are gone with
        // it, and the notes are still in their own columns.
        for (const QString &column : {QStringLiteral("revision"), QStringLiteral("figure_notes")}) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('programme_return') WHERE name = '%1'").arg(column))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM programme_return WHERE budget_gbp_note = x'00ff'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM programme_return")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(data.returns.size()));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("v5-damaged"));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
