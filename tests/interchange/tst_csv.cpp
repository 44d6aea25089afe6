// CSV: Excel-safe export (BOM, quoting, formula protection) and exact round trips.
#include "domain/areas.h"
#include "formats/csv.h"
#include "interchange/comparisoncsv.h"
#include "interchange/contextcsv.h"
#include "interchange/tidycsv.h"
#include "storage/projectjson.h"

#include <QTranslator>
#include <QtTest>

using namespace dapp;

class TestCsv : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void field_data();
    void field();
    void roundTrip_data();
    void roundTrip();
    void parseQuotedNewlines();
    void repeatedTextsAreReadAsWritten();
    void unclosedQuoteIsReportedWhereItStarts();
    void exportHasBomHeaderAndCrlf();
    void exportRowKeepsStatusesAndCaveats();
    void funderKeepsAmountAndShareExactly();
    void unknownAreaIsUnknownInEveryLanguage();
    void contextFiguresHaveTheirOwnCsv();
    void comparisonTableHoldsFiguresMeasuresAndNotes();
};

namespace {
// Stands in for a French translation of the area list: the UI may say "Inconnue", the file may not.
class FrenchAreaNames : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "Areas") == 0 && qstrcmp(source, "Unknown") == 0 ? QStringLiteral("Inconnue") : QString();
    }
};
} // namespace

void TestCsv::initTestCase()
{
    static FrenchAreaNames french; // before the area list is first loaded
    QCoreApplication::installTranslator(&french);
}

void TestCsv::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Drive" << "Drive";
    QTest::newRow("comma is quoted") << "New Dawn, New Day" << "\"New Dawn, New Day\"";
    QTest::newRow("quote is doubled") << "the \"Drive\" project" << "\"the \"\"Drive\"\" project\"";
    QTest::newRow("formula equals") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("formula plus") << "+44 300" << "\"'+44 300\"";
    QTest::newRow("formula minus") << "-1" << "\"'-1\"";
    QTest::newRow("formula at") << "@SUM(A1)" << "\"'@SUM(A1)\"";
    QTest::newRow("leading tab") << "\tx" << "\"'\tx\"";
    QTest::newRow("leading carriage return") << "\rx" << "\"'\rx\"";
    QTest::newRow("leading apostrophe is protected too") << "'quoted" << "\"''quoted\"";
    QTest::newRow("pound sign untouched") << "£91,075" << "\"£91,075\"";
    QTest::newRow("newline quoted") << "a\nb" << "\"a\nb\"";
    QTest::newRow("empty") << "" << "";
}

void TestCsv::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(csvField(value), expected);
}

void TestCsv::roundTrip_data()
{
    field_data();
}

void TestCsv::roundTrip()
{
    QFETCH(QString, value);
    const QString line = csvLine({value, QStringLiteral("next")});
    const auto rows = parseCsv(line);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].size(), 2);
    QCOMPARE(csvUnprotect(rows[0][0]), value);
}

void TestCsv::parseQuotedNewlines()
{
    const auto rows = parseCsv(QStringLiteral("\xFEFF" "a,\"b\r\nc\",d\r\n1,2,3\r\n"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0], (QStringList{QStringLiteral("a"), QStringLiteral("b\r\nc"), QStringLiteral("d")}));
    QCOMPARE(rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    QString error = QStringLiteral("stale");
    const auto tsv = parseCsv(QStringLiteral("x\ty\n"), QLatin1Char('\t'), &error);
    QCOMPARE(tsv[0], (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    QVERIFY(error.isEmpty());
}

// The reader shares one string among the cells of a column that repeat a text: what it reads is
// still each cell as written, for columns past those it remembers, texts that fall in the same
// slot, quoted fields (with "" inside, or text after the closing quote) and rows of any length.
void TestCsv::repeatedTextsAreReadAsWritten()
{
    const QStringList words = {QStringLiteral("n/a"), QStringLiteral("17"), QStringLiteral("71"), QStringLiteral("Glow"),
                               QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("line\nbreak"),
                               QStringLiteral("Avon and Somerset"), QStringLiteral(" spaced "), QString()};
    QList<QStringList> written;
    QString text;
    quint32 seed = 7;
    const auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    for (int r = 0; r < 400; ++r) {
        QStringList row;
        const int columns = 1 + int((next() >> 8) % 80); // past the 64 columns remembered
        for (int c = 0; c < columns; ++c) {
            const quint32 pick = (next() >> 8) % 16;
            // Many distinct texts too (more than a column's 256 slots), some of one length.
            row << (pick < quint32(words.size()) ? words.at(pick) : QString::number((next() >> 8) % 2000));
        }
        QStringList fields;
        for (const QString &cell : std::as_const(row))
            fields << (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
                           ? QLatin1Char('"') + QString(cell).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"')
                           : cell);
        written << row;
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    // A quoted field continued after its closing quote, below the same field unquoted.
    text += QStringLiteral("\"Glo\"w,17\nGlow,\"1\"7\n");
    written << QStringList{QStringLiteral("Glow"), QStringLiteral("17")} << QStringList{QStringLiteral("Glow"), QStringLiteral("17")};
    QString error;
    const QList<QStringList> read = parseCsv(text, QLatin1Char(','), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.size(), written.size());
    for (qsizetype r = 0; r < read.size(); ++r)
        QCOMPARE(read.at(r), written.at(r));
}

void TestCsv::unclosedQuoteIsReportedWhereItStarts()
{
    QString error;
    parseCsv(QStringLiteral("a\tb\tc\n1\t2\t\"3\n4\t5\t6\n"), QLatin1Char('\t'), &error);
    QVERIFY2(error.contains(QStringLiteral("row 2, column 3")) && error.contains(QStringLiteral("never closed")),
             qPrintable(error));
}

void TestCsv::exportHasBomHeaderAndCrlf()
{
    const QByteArray bytes = exportTidyCsv(ProjectData{});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QByteArray("area,financial_year,cohort,programme,provider,risk_level,self_referred,"
                                      "self_accepted,self_completed,agency_referred,agency_accepted,agency_completed,"
                                      "budget_gbp,referrers,funders,evaluation_url,foi_reference,response_date,"
                                      "caveats\r\n"));
}

void TestCsv::exportRowKeepsStatusesAndCaveats()
{
    ProjectData p;
    p.letters.insert(1, Letter{1, LetterKind::FoiResponse, QStringLiteral("E23000036"), {}, QStringLiteral("FOI753"),
                               {}, QDate(2024, 6, 19), QStringLiteral("2022/23"), Cohort::Female, {}});
    p.programmes.insert(1, Programme{1, QStringLiteral("E23000036"), QStringLiteral("Drive"),
                                     QStringLiteral("Cranstoun"), QStringLiteral("high"), {}, {}, {}, {}});
    ProgrammeReturn r;
    r.id = 1;
    r.letterId = 1;
    r.programmeId = 1;
    r.figure(FigureField::SelfReferred) = Figure::withStatus(FigureStatus::NotApplicable);
    r.figure(FigureField::SelfAccepted) = Figure::withStatus(FigureStatus::NotHeld);
    r.figure(FigureField::SelfCompleted) = Figure::withStatus(FigureStatus::Withheld);
    r.figure(FigureField::AgencyReferred) = Figure::reported(3);
    r.figure(FigureField::AgencyAccepted) = Figure::reported(0);
    r.figure(FigureField::AgencyCompleted) = Figure::withStatus(FigureStatus::HeldByProvider);
    r.figure(FigureField::Budget) = Figure::reported(30990030);
    r.referrers = QStringList{QStringLiteral("MARAC"), QStringLiteral("Police")};
    r.funders = {Funder{QStringLiteral("SafeLives"), std::nullopt, 40.0},
                 Funder{QStringLiteral("OPCC"), 9107500, std::nullopt}};
    r.caveats = {Caveat{QStringLiteral("South Gloucestershire only"), {}},
                 Caveat{QStringLiteral("route not known"), {FigureField::AgencyReferred}}};
    p.returns.insert(1, r);
    const QStringList row = tidyCsvRow(p, r);
    QCOMPARE(row, (QStringList{QStringLiteral("Avon and Somerset"), QStringLiteral("2022/23"), QStringLiteral("female"),
                               QStringLiteral("Drive"), QStringLiteral("Cranstoun"), QStringLiteral("high"),
                               QStringLiteral("n/a"), QStringLiteral("not held"), QStringLiteral("withheld"),
                               QStringLiteral("3"), QStringLiteral("0"), QStringLiteral("held by provider"),
                               QStringLiteral("309900.30"), QStringLiteral("MARAC; Police"),
                               QStringLiteral("SafeLives (40%); OPCC (£91,075)"), QString(), QStringLiteral("FOI753"),
                               QStringLiteral("2024-06-19"),
                               QStringLiteral("South Gloucestershire only; route not known [agency_referred]")}));
    // A not-provided figure is an empty cell, never "0".
    r.figure(FigureField::AgencyAccepted) = Figure::withStatus(FigureStatus::NotProvided);
    QCOMPARE(tidyCsvRow(p, r)[10], QString());
}

void TestCsv::funderKeepsAmountAndShareExactly()
{
    QCOMPARE(formatFunder(Funder{QStringLiteral("SafeLives"), std::nullopt, 40.0}), QStringLiteral("SafeLives (40%)"));
    QCOMPARE(formatFunder(Funder{QStringLiteral("OPCC"), 9107500, std::nullopt}), QStringLiteral("OPCC (£91,075)"));
    QCOMPARE(formatFunder(Funder{QStringLiteral("Council"), 1000050, 33.333333}),
             QStringLiteral("Council (£10,000.50, 33.333333%)")); // neither is dropped or rounded
    QCOMPARE(formatFunder(Funder{QStringLiteral("Donations"), std::nullopt, std::nullopt}), QStringLiteral("Donations"));
}

void TestCsv::unknownAreaIsUnknownInEveryLanguage()
{
    QCOMPARE(Areas::nameOf(kUnknownAreaCode), QStringLiteral("Inconnue")); // the translator is in effect
    ProjectData p;
    p.letters.insert(1, Letter{1, LetterKind::FoiResponse, kUnknownAreaCode, {}, QStringLiteral("2023-24-023"), {}, {},
                               QStringLiteral("2022/23"), Cohort::Male, {}});
    p.programmes.insert(1, Programme{1, kUnknownAreaCode, QStringLiteral("Drive"), {}, {}, {}, {}, {}, {}});
    ProgrammeReturn r;
    r.id = 1;
    r.letterId = 1;
    r.programmeId = 1;
    p.returns.insert(1, r);
    QCOMPARE(tidyCsvRow(p, r).constFirst(), QStringLiteral("Unknown"));
}

void TestCsv::contextFiguresHaveTheirOwnCsv()
{
    ProjectData p = sampleProject();
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(exportContextCsv(p)));
    QCOMPARE(rows.constFirst(), contextCsvColumns());
    QCOMPARE(rows.size(), 1 + p.contextFigures.size());
    const QStringList award = rows.at(4); // Leicestershire, 2023/24
    QCOMPARE(award.at(0), QStringLiteral("Leicestershire"));
    QCOMPARE(award.at(1), QStringLiteral("2023/24"));
    QCOMPARE(award.at(3), QStringLiteral("money"));
    QCOMPARE(award.at(4), QStringLiteral("370083.00"));
    QVERIFY(award.at(8).contains(QStringLiteral("£370,083.00"))); // its source quote travels with it
    // A figure the report does not give is written as its status, never as 0.
    p.contextFigures.first().figure = Figure::withStatus(FigureStatus::NotHeld);
    const QList<QStringList> again = parseCsv(QString::fromUtf8(exportContextCsv(p, false)));
    bool notHeld = false;
    for (const QStringList &row : again)
        notHeld |= row.value(4) == QLatin1String("not held");
    QVERIFY(notHeld);
    QVERIFY(!exportContextCsv(p, false).startsWith("\xEF\xBB\xBF"));
}

void TestCsv::comparisonTableHoldsFiguresMeasuresAndNotes()
{
    const Comparison comparison = computeComparison(sampleProject());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(exportComparisonCsv(comparison)));
    QCOMPARE(rows.constFirst(), comparisonCsvColumns());
    QCOMPARE(rows.size(), 1 + comparison.rows.size());
    const auto column = [](const QStringList &row, const QString &name) {
        return row.value(comparisonCsvColumns().indexOf(name));
    };
    const auto rowOf = [&](const QString &area, const QString &programme) {
        for (const QStringList &row : rows)
            if (column(row, QStringLiteral("area")) == area && column(row, QStringLiteral("programme")) == programme)
                return row;
        return QStringList();
    };
    // Derbyshire's Drive: 101 → 77 → 77 agency-referred; no one self-referred, so its self rates
    // cannot be computed (0 of 0) and are missing, not 0 %.
    const QStringList drive = rowOf(QStringLiteral("Derbyshire"), QStringLiteral("Drive"));
    QCOMPARE(column(drive, QStringLiteral("agency_referred")), QStringLiteral("101"));
    QCOMPARE(column(drive, QStringLiteral("agency_completed")), QStringLiteral("77"));
    QCOMPARE(column(drive, QStringLiteral("agency_acceptance_rate_pct")), QStringLiteral("76.2"));
    QCOMPARE(column(drive, QStringLiteral("self_acceptance_rate_pct")), QStringLiteral("missing"));
    QCOMPARE(column(drive, QStringLiteral("cost_per_completion_gbp")), QStringLiteral("3891.48"));
    // Avon and Somerset: self-referral not applicable, agency completion held by the provider.
    const QStringList avon = rowOf(QStringLiteral("Avon and Somerset"), QStringLiteral("Drive"));
    QCOMPARE(column(avon, QStringLiteral("self_referred")), QStringLiteral("n/a"));
    QCOMPARE(column(avon, QStringLiteral("agency_completed")), QStringLiteral("held by provider"));
    QCOMPARE(column(avon, QStringLiteral("agency_completion_rate_pct")), QStringLiteral("missing"));
    // Its caveats carry the comparison's footnote numbers, and the source travels with the row.
    const QString caveats = column(avon, QStringLiteral("caveats"));
    for (int n : comparison.rows.constFirst().footnotes)
        QVERIFY2(caveats.contains(QStringLiteral("[%1] %2").arg(n).arg(comparison.footnotes.at(n - 1))), qPrintable(caveats));
    QVERIFY(column(avon, QStringLiteral("source")).startsWith(QStringLiteral("FOI753")));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
