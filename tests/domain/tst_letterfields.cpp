// A letter's financial year and dates, typed as people write them: accepted in every common
// form and stored in one; refused with a reason that says what is wrong.
#include "domain/financialyear.h"
#include "domain/letterdate.h"

#include <QtTest>

using namespace dapp;

class TestLetterFields : public QObject
{
    Q_OBJECT
private slots:
    void financialYearForms_data();
    void financialYearForms();
    void financialYearRefusals_data();
    void financialYearRefusals();
    void canonicalYear();
    void dateForms_data();
    void dateForms();
    void dateRefusals_data();
    void dateRefusals();
};

void TestLetterFields::financialYearForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::newRow("canonical") << "2022/23" << "2022/23";
    QTest::newRow("both years in full") << "2022/2023" << "2022/23";
    QTest::newRow("hyphen") << "2022-23" << "2022/23";
    QTest::newRow("two digits each") << "22/23" << "2022/23";
    QTest::newRow("FY prefix") << "FY22/23" << "2022/23";
    QTest::newRow("FY prefix, spaced, lower case") << " fy 2022/2023 " << "2022/23";
    QTest::newRow("across a century") << "2099/00" << "2099/00";
    QTest::newRow("en dash") << "2023–24" << "2023/24";
    QTest::newRow("empty is no year") << "" << "";
}

void TestLetterFields::financialYearForms()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    const FinancialYearParse parsed = parseFinancialYear(text);
    QCOMPARE(parsed.year, stored);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
}

void TestLetterFields::financialYearRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("two years apart") << "2022/24" << "does not run from one year into the next";
    QTest::newRow("backwards") << "2023/22" << "does not run from one year into the next";
    QTest::newRow("truncated") << "2022/2" << "is not a financial year";
    QTest::newRow("a single year") << "2022" << "is not a financial year";
    QTest::newRow("words") << "last year" << "is not a financial year";
}

void TestLetterFields::financialYearRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const FinancialYearParse parsed = parseFinancialYear(text);
    QVERIFY(parsed.year.isEmpty());
    QVERIFY2(parsed.error.contains(reason) && parsed.error.contains(text), qPrintable(parsed.error));
}

void TestLetterFields::canonicalYear()
{
    QVERIFY(isCanonicalFinancialYear(QStringLiteral("2022/23")));
    QVERIFY(!isCanonicalFinancialYear(QStringLiteral("2022/20"))); // what older versions could store
    QVERIFY(!isCanonicalFinancialYear(QStringLiteral("2022/2023")));
    QVERIFY(!isCanonicalFinancialYear(QStringLiteral("22/23")));
}

void TestLetterFields::dateForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("ISO") << "2024-05-19" << QDate(2024, 5, 19);
    QTest::newRow("British") << "19/05/2024" << QDate(2024, 5, 19);
    QTest::newRow("British, short day and month") << "1/5/2024" << QDate(2024, 5, 1);
    QTest::newRow("British with dots") << "19.05.2024" << QDate(2024, 5, 19);
    QTest::newRow("written out") << "19 May 2024" << QDate(2024, 5, 19);
    QTest::newRow("written with ordinal") << "1st February 2024" << QDate(2024, 2, 1);
    QTest::newRow("leap day") << "29/02/2024" << QDate(2024, 2, 29);
    QTest::newRow("empty: the letter does not say") << "" << QDate();
}

void TestLetterFields::dateForms()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const LetterDateParse parsed = parseLetterDate(text);
    QCOMPARE(parsed.date, date);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
}

void TestLetterFields::dateRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("30 February, ISO") << "2024-02-30" << "February 2024 has 29 days";
    QTest::newRow("31 April, British") << "31/04/2023" << "April 2023 has 30 days";
    QTest::newRow("month 13") << "2024-13-01" << "there is no month 13";
    QTest::newRow("not a date") << "next Tuesday" << "is not a date; write it as 2024-05-19, 19/05/2024";
}

void TestLetterFields::dateRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const LetterDateParse parsed = parseLetterDate(text);
    QVERIFY(!parsed.date.isValid());
    QVERIFY2(parsed.error.contains(reason) && parsed.error.contains(text), qPrintable(parsed.error));
}

QTEST_GUILESS_MAIN(TestLetterFields)
#include "tst_letterfields.moc"
