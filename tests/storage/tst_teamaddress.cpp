// A team database's address read as psql reads it (libpq's own parser), and what QtSql's
// PostgreSQL driver is given from it; no server needed.
#include "storage/teamaddress.h"

#include <QtTest>

using namespace dapp;

class TestTeamAddress : public QObject
{
    Q_OBJECT
private slots:
    void addressesAsPsqlTakesThem_data();
    void addressesAsPsqlTakesThem();
    void notAnAddress_data();
    void notAnAddress();
    void aPasswordIsNeverShown();
    void aMalformedAddressNeverShowsItsPassword();
    void malformedAddressesAreRefused_data();
    void malformedAddressesAreRefused();
};

void TestTeamAddress::addressesAsPsqlTakesThem_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("described");
    QTest::newRow("user at host, database") << "postgresql://alice@db.example/dapp" << "db.example" << -1 << "dapp"
                                            << "alice" << "" << "dapp on db.example";
    QTest::newRow("postgres:// and a port") << "postgres://bob@db.example:5433/dapp" << "db.example" << 5433 << "dapp"
                                            << "bob" << "" << "dapp on db.example:5433";
    QTest::newRow("a Unix socket folder as a parameter")
        << "postgresql://postgres@/dapp?host=/run/postgresql&port=5433" << "/run/postgresql" << 5433 << "dapp"
        << "postgres" << "" << "dapp on this computer";
    QTest::newRow("a socket folder percent-encoded in the host")
        << "postgresql://%2Fvar%2Frun%2Fpostgresql/dapp" << "/var/run/postgresql" << -1 << "dapp" << "" << ""
        << "dapp on this computer";
    QTest::newRow("ssl mode as a parameter") << "postgresql://alice@db.example/dapp?sslmode=require" << "db.example" << -1
                                             << "dapp" << "alice" << "sslmode='require'" << "dapp on db.example";
    QTest::newRow("keywords") << "host=db.example dbname=dapp user=alice sslmode=verify-full"
                              << "db.example" << -1 << "dapp" << "alice" << "sslmode='verify-full'" << "dapp on db.example";
    QTest::newRow("a service") << "service=dapp" << "" << -1 << "" << "" << "service='dapp'" << "service dapp";
    QTest::newRow("a @ after the host") << "postgresql://db.example:5433/dapp?application_name=a@b" << "db.example"
                                        << 5433 << "dapp" << "" << "application_name='a@b'" << "dapp on db.example:5433";
    QTest::newRow("an IPv6 address") << "postgresql://alice@[::1]:5432/dapp" << "::1" << 5432 << "dapp" << "alice" << ""
                                     << "dapp on ::1:5432";
    QTest::newRow("a quoted value with a space") << "host=db.example dbname='team data' application_name='my app'"
                                                 << "db.example" << -1 << "team data" << ""
                                                 << "application_name='my app'" << "team data on db.example";
}

void TestTeamAddress::addressesAsPsqlTakesThem()
{
    QFETCH(QString, address);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, options);
    QFETCH(QString, described);
    QVERIFY(looksLikeTeamAddress(address));
    QString error;
    const std::optional<TeamAddress> a = parseTeamAddress(address, &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->host, host);
    QCOMPARE(a->port, port);
    QCOMPARE(a->database, database);
    QCOMPARE(a->user, user);
    QCOMPARE(a->connectOptions, options);
    QCOMPARE(a->describe(), described);
    QCOMPARE(a->text, address); // nothing to take out
}

void TestTeamAddress::notAnAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a project file") << "projects/kent.dapp";
    QTest::newRow("a file whose name holds =") << "a=b.dapp";
    QTest::newRow("a path") << "/home/alice/postgresql/dapp.dapp";
    QTest::newRow("another scheme") << "mysql://alice@db/dapp";
}

void TestTeamAddress::notAnAddress()
{
    QFETCH(QString, text);
    QVERIFY(!looksLikeTeamAddress(text));
}

void TestTeamAddress::aPasswordIsNeverShown()
{
    QString error;
    for (const QString &address : {QStringLiteral("postgresql://alice:s3cret@db.example/dapp"),
                                   QStringLiteral("postgresql://alice:s3?cr:et@db.example/dapp"),
                                   QStringLiteral("postgresql://alice@db.example/dapp?password=s3cret&sslmode=require"),
                                   QStringLiteral("host=db.example password='s3 cret' dbname=dapp")}) {
        const std::optional<TeamAddress> a = parseTeamAddress(address, &error);
        QVERIFY2(a, qPrintable(error));
        QVERIFY2(!a->text.contains(QLatin1String("s3")), qPrintable(a->text));
        QVERIFY2(!a->connectOptions.contains(QLatin1String("s3")), qPrintable(a->connectOptions));
        QVERIFY(a->passwordInAddress.startsWith(QLatin1String("s3")));
        QVERIFY(!a->describe().contains(QLatin1String("s3")));
        // What is left is still the same address, less its password.
        const std::optional<TeamAddress> again = parseTeamAddress(a->text, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->host, a->host);
        QCOMPARE(again->database, a->database);
        QVERIFY(again->passwordInAddress.isEmpty());
    }
}

void TestTeamAddress::aMalformedAddressNeverShowsItsPassword()
{
    QString error;
    QVERIFY(!parseTeamAddress(QStringLiteral("postgresql://alice:s3cr%zzet@db.example/dapp"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1String("s3cr")), qPrintable(error));
    // An sslpassword is used but never shown either.
    const std::optional<TeamAddress> a =
        parseTeamAddress(QStringLiteral("postgresql://alice@db.example/dapp?sslpassword=s3cret"), &error);
    QVERIFY2(a, qPrintable(error));
    QVERIFY2(!a->text.contains(QLatin1String("s3cret")), qPrintable(a->text));
}

void TestTeamAddress::malformedAddressesAreRefused_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("an unknown keyword") << "host=db.example colour=blue";
    QTest::newRow("an unknown URI parameter") << "postgresql://db.example/dapp?colour=blue";
    QTest::newRow("an unterminated quote") << "host='db.example";
    QTest::newRow("empty") << "   ";
}

void TestTeamAddress::malformedAddressesAreRefused()
{
    QFETCH(QString, address);
    QString error;
    QVERIFY(!parseTeamAddress(address, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTeamAddress)
#include "tst_teamaddress.moc"
