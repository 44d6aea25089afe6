// How SQLite is set up for a change of many records: foreign keys switched off for its
// transaction and checked all at once before the commit, on again after; the page cache grown
// and given back. On a database of two tables, so each rule is seen on its own.
#include "storage/largechange.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace dapp;

class TestLargeChange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aLargeChangeHasItsLinksCheckedAtTheEnd();
    void aLargeChangeWithSoundLinksPassesTheCheck();
    void aSmallChangeIsCheckedRowByRow();
    void aChangeThatRemovesLettersIsCheckedRowByRow();
    void insideSomeoneElsesTransactionNothingIsSwitched();
    void keysSomeoneSwitchedOffStayOff();
    void theCacheGrowsForTheChangeAndIsGivenBack();

private:
    qint64 pragma(const QString &name);
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    QString m_name;
};

void TestLargeChange::init()
{
    m_name = QUuid::createUuid().toString();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY(exec(QStringLiteral("CREATE TABLE letter (id BIGINT PRIMARY KEY)")));
    QVERIFY(exec(QStringLiteral("CREATE TABLE programme_return (id BIGINT PRIMARY KEY, "
                                "letter_id BIGINT NOT NULL REFERENCES letter(id) ON DELETE CASCADE)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO letter VALUES (1)")));
}

void TestLargeChange::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

qint64 TestLargeChange::pragma(const QString &name)
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0).toLongLong() : -1;
}

bool TestLargeChange::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql);
}

void TestLargeChange::aLargeChangeHasItsLinksCheckedAtTheEnd()
{
    {
        const ForeignKeysCheckedAtEnd links(m_db, kLargeChange, false);
        QCOMPARE(pragma(QStringLiteral("foreign_keys")), 0);
        QVERIFY(m_db.transaction());
        // Written without a word: the return's letter is not there, and nothing looks yet.
        QVERIFY(exec(QStringLiteral("INSERT INTO programme_return VALUES (7, 99)")));
        QString error;
        QVERIFY(!links.check(&error));
        // Named by its id (SQLite's own row number for it is 1).
        QVERIFY2(error.contains(QStringLiteral("record 7 of programme_return would refer to a letter that is not there")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
        QVERIFY(m_db.rollback());
    }
    // On again once the change is over: a row is refused as it is written.
    QCOMPARE(pragma(QStringLiteral("foreign_keys")), 1);
    QVERIFY(!exec(QStringLiteral("INSERT INTO programme_return VALUES (7, 99)")));
}

void TestLargeChange::aLargeChangeWithSoundLinksPassesTheCheck()
{
    const ForeignKeysCheckedAtEnd links(m_db, kLargeChange * 5, false);
    QVERIFY(m_db.transaction());
    // A return written before its letter, as long as the letter is there at the end.
    QVERIFY(exec(QStringLiteral("INSERT INTO programme_return VALUES (7, 2)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO letter VALUES (2)")));
    QString error;
    QVERIFY2(links.check(&error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(m_db.commit());
}

void TestLargeChange::aSmallChangeIsCheckedRowByRow()
{
    const ForeignKeysCheckedAtEnd links(m_db, kLargeChange - 1, false);
    QCOMPARE(pragma(QStringLiteral("foreign_keys")), 1);
    QVERIFY(!exec(QStringLiteral("INSERT INTO programme_return VALUES (7, 99)")));
    QString error;
    QVERIFY(links.check(&error));
}

// Removing a letter takes its returns with it (ON DELETE CASCADE) only while the keys are on;
// a check at the end would find them left behind instead.
void TestLargeChange::aChangeThatRemovesLettersIsCheckedRowByRow()
{
    QVERIFY(exec(QStringLiteral("INSERT INTO programme_return VALUES (7, 1)")));
    {
        const ForeignKeysCheckedAtEnd links(m_db, kLargeChange, true);
        QCOMPARE(pragma(QStringLiteral("foreign_keys")), 1);
        QVERIFY(m_db.transaction());
        QVERIFY(exec(QStringLiteral("DELETE FROM letter WHERE id = 1")));
        QString error;
        QVERIFY(links.check(&error));
        QVERIFY(m_db.commit());
    }
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM programme_return")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// SQLite ignores the switch inside a transaction: the keys are then still checked as rows are
// written, and nothing is switched back on later that was never off.
void TestLargeChange::insideSomeoneElsesTransactionNothingIsSwitched()
{
    QVERIFY(m_db.transaction());
    {
        const ForeignKeysCheckedAtEnd links(m_db, kLargeChange, false);
        QCOMPARE(pragma(QStringLiteral("foreign_keys")), 1);
        QVERIFY(!exec(QStringLiteral("INSERT INTO programme_return VALUES (7, 99)")));
        QString error;
        QVERIFY(links.check(&error));
    }
    QVERIFY(m_db.rollback());
    QCOMPARE(pragma(QStringLiteral("foreign_keys")), 1);
}

void TestLargeChange::keysSomeoneSwitchedOffStayOff()
{
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    {
        const ForeignKeysCheckedAtEnd links(m_db, kLargeChange, false);
        QString error;
        QVERIFY(links.check(&error));
    }
    QCOMPARE(pragma(QStringLiteral("foreign_keys")), 0);
}

void TestLargeChange::theCacheGrowsForTheChangeAndIsGivenBack()
{
    QVERIFY(exec(QStringLiteral("PRAGMA cache_size = -3000")));
    {
        const LargeChangeCache small(m_db, kLargeChange - 1);
        QCOMPARE(pragma(QStringLiteral("cache_size")), -3000);
    }
    {
        const LargeChangeCache cache(m_db, kLargeChange);
        QCOMPARE(pragma(QStringLiteral("cache_size")), -65536);
    }
    QCOMPARE(pragma(QStringLiteral("cache_size")), -3000);
}

QTEST_GUILESS_MAIN(TestLargeChange)
#include "tst_largechange.moc"
