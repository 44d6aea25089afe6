// The team database's address as fields or as one line: what the dialog gives is what psql
// would take, and what it cannot be is refused before OK.
#include "storage/teamaddress.h"
#include "team/teamconnectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

using namespace dapp;

class TestTeamConnectDialog : public QObject
{
    Q_OBJECT
private slots:
    void fieldsMakeAnAddressLibpqReads_data();
    void fieldsMakeAnAddressLibpqReads();
    void anAddressFillsTheFields();
    void aServiceStaysWhole();
    void whatCannotBeAnAddressIsRefused();

private:
    static QList<QLineEdit *> edits(TeamConnectDialog &d) { return d.findChildren<QLineEdit *>(); }
    static QPushButton *ok(TeamConnectDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
};

void TestTeamConnectDialog::fieldsMakeAnAddressLibpqReads_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("ssl");
    QTest::newRow("a server") << "db.example.org" << 0 << "dapp" << "alice" << "prefer";
    QTest::newRow("a port and SSL") << "db.example.org" << 5433 << "dapp" << "alice" << "verify-full";
    QTest::newRow("a socket folder") << "/run/postgresql" << 5433 << "dapp" << "postgres" << "prefer";
    QTest::newRow("a name with a space and @") << "db.example.org" << 0 << "team data" << "a@b" << "require";
}

void TestTeamConnectDialog::fieldsMakeAnAddressLibpqReads()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, ssl);
    TeamConnectDialog dialog(QStringLiteral("Open"), QString());
    QLineEdit *hostEdit = nullptr;
    QLineEdit *databaseEdit = nullptr;
    QLineEdit *userEdit = nullptr;
    for (QLineEdit *e : edits(dialog)) {
        if (e->placeholderText().startsWith(QLatin1String("db.example")))
            hostEdit = e;
        else if (e->placeholderText() == QLatin1String("dapp"))
            databaseEdit = e;
        else if (e->placeholderText().contains(QLatin1String("user")))
            userEdit = e;
    }
    QVERIFY(hostEdit && databaseEdit && userEdit);
    hostEdit->setText(host);
    dialog.findChild<QSpinBox *>()->setValue(port);
    databaseEdit->setText(database);
    userEdit->setText(user);
    dialog.findChild<QComboBox *>()->setCurrentText(ssl);
    QVERIFY(ok(dialog)->isEnabled());
    QString error;
    const std::optional<TeamAddress> a = parseTeamAddress(dialog.address(), &error);
    QVERIFY2(a, qPrintable(dialog.address() + QStringLiteral(": ") + error));
    QCOMPARE(a->host, host);
    QCOMPARE(a->port, port > 0 ? port : -1);
    QCOMPARE(a->database, database);
    QCOMPARE(a->user, user);
    QCOMPARE(a->connectOptions, ssl == QLatin1String("prefer") ? QString() : QStringLiteral("sslmode='%1'").arg(ssl));
}

void TestTeamConnectDialog::anAddressFillsTheFields()
{
    TeamConnectDialog dialog(QStringLiteral("Open"), QStringLiteral("postgresql://bob@db.example.org:5433/dapp?sslmode=require"));
    QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(), 0);
    QCOMPARE(dialog.findChild<QSpinBox *>()->value(), 5433);
    QCOMPARE(dialog.findChild<QComboBox *>()->currentText(), QStringLiteral("require"));
    QString error;
    const std::optional<TeamAddress> a = parseTeamAddress(dialog.address(), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->user, QStringLiteral("bob"));
    QCOMPARE(a->host, QStringLiteral("db.example.org"));
}

void TestTeamConnectDialog::aServiceStaysWhole()
{
    TeamConnectDialog dialog(QStringLiteral("Open"), QStringLiteral("service=dapp"));
    QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(), 1);
    QCOMPARE(dialog.address(), QStringLiteral("service=dapp"));
    QVERIFY(ok(dialog)->isEnabled());
}

void TestTeamConnectDialog::whatCannotBeAnAddressIsRefused()
{
    TeamConnectDialog dialog(QStringLiteral("Open"), QStringLiteral("host=db.example.org colour=blue"));
    QVERIFY(!ok(dialog)->isEnabled());
    dialog.setAddress(QStringLiteral("projects/kent.dapp"));
    QVERIFY(!ok(dialog)->isEnabled()); // a file is opened with Open…, not here
    dialog.setAddress(QStringLiteral("postgresql://alice@db.example.org/dapp"));
    QVERIFY(ok(dialog)->isEnabled());
}

QTEST_MAIN(TestTeamConnectDialog)
#include "tst_teamconnectdialog.moc"
