// The reference data: the 43 police force areas, Unknown, and their mid-2024 populations.
#include "domain/areas.h"

#include <QtTest>

using namespace dapp;

class TestAreas : public QObject
{
    Q_OBJECT
private slots:
    void fortyThreeAreasAndUnknown();
    void everyAreaHasItsPopulation();
};

void TestAreas::fortyThreeAreasAndUnknown()
{
    QCOMPARE(Areas::all().size(), 44);
    QCOMPARE(Areas::all().constLast().code, kUnknownAreaCode);
    QCOMPARE(Areas::byName(QStringLiteral("derbyshire"))->code, QStringLiteral("E23000018"));
    QCOMPARE(Areas::interchangeName(kUnknownAreaCode), QStringLiteral("Unknown"));
}

void TestAreas::everyAreaHasItsPopulation()
{
    for (const Area &a : Areas::all()) {
        if (a.code == kUnknownAreaCode) {
            QVERIFY(!Areas::population(a.code)); // an unknown area has no population, not 0
            continue;
        }
        QVERIFY2(Areas::population(a.code).value_or(0) > 0, qPrintable(a.name));
    }
    QCOMPARE(Areas::population(QStringLiteral("E23000034")), std::optional<qint64>(15111)); // City of London
    QCOMPARE(Areas::population(QStringLiteral("E23000036")), std::optional<qint64>(1813665)); // Avon and Somerset
    QCOMPARE(Areas::populationAsOf(), QStringLiteral("mid-2024"));
}

QTEST_GUILESS_MAIN(TestAreas)
#include "tst_areas.moc"
