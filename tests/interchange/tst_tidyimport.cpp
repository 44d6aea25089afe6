// Importing the tidy layout: headers and areas as people write them, every bad cell named by row
// and column, a missing figure never read as 0, duplicates handled as chosen, and the round trip
// (export, import, export) giving back the same file.
#include "domain/areas.h"
#include "formats/csv.h"
#include "interchange/areamatch.h"
#include "interchange/importplan.h"
#include "interchange/importsource.h"
#include "interchange/listfield.h"
#include "interchange/tidycolumns.h"
#include "interchange/tidycsv.h"
#include "interchange/tidyimport.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QtTest>

using namespace dapp;

Q_DECLARE_METATYPE(dapp::DuplicatePolicy)

class TestTidyImport : public QObject
{
    Q_OBJECT
private slots:
    void listsEscapeTheirSeparator_data();
    void listsEscapeTheirSeparator();
    void headersAsPeopleWriteThem_data();
    void headersAsPeopleWriteThem();
    void areasAsPeopleWriteThem_data();
    void areasAsPeopleWriteThem();
    void aMessySheetReads();
    void everyBadCellIsNamed_data();
    void everyBadCellIsNamed();
    void aCellRepeatedOnManyRowsIsJudgedOnEachRow();
    void aColumnOfDistinctTextsIsReadWhole();
    void theSameReturnInAnyCaseIsOneReturn_data();
    void theSameReturnInAnyCaseIsOneReturn();
    void aSheetThatCannotBeReadSaysWhy_data();
    void aSheetThatCannotBeReadSaysWhy();
    void exportThenImportGivesBackTheSameFile();
    void duplicatesAreHandledAsChosen_data();
    void duplicatesAreHandledAsChosen();
    void nearNamesAreSuggestedNeverMerged();
    void theSameReturnTwiceInAFileIsHandledAsChosen_data();
    void theSameReturnTwiceInAFileIsHandledAsChosen();
    void aLetterOrProgrammeIsGivenOneWay();
    void aFunderCutAtASemicolonIsRefused();
    void aTitleAboveTheHeaderIsPassedOverAndSaid();
    void problemsAreListedInTheFilesOrder();
    void aRepeatedReturnKeepsWhatItsRowSays();
    void onlySlipsAreSuggested();
    void replacingKeepsTheQuotesThatStillHold();
    void readingReportsProgressAndCanBeCancelled();
    void aLargeSheetIsReadInHalvesAsInOne();
    void eachRowOfALargeSheetHasItsOwnLetter();
    void replacingReturnsThatAreAlikeSaysWhich();
    void eachReturnSaysWhereItWasRead();

private:
    static QList<QStringList> rows(const QString &csv) { return parseCsv(csv); }
    static ImportBatch read(const QString &csv) { return readTidyRows(QStringLiteral("returns.csv"), QString(), rows(csv)); }
    // Each problem in words, in order; only the errors with `errorsOnly`.
    static QStringList described(const QList<ImportProblem> &problems, bool errorsOnly = false)
    {
        QStringList said;
        for (const ImportProblem &p : problems)
            if (!errorsOnly || p.isError())
                said << p.describe();
        return said;
    }
    // Imports `batch` into `store` as one edit; false when the plan has errors.
    static bool importInto(ProjectStore &store, const ImportBatch &batch, DuplicatePolicy policy, ImportPlan *planOut = nullptr);
};

bool TestTidyImport::importInto(ProjectStore &store, const ImportBatch &batch, DuplicatePolicy policy, ImportPlan *planOut)
{
    const ImportPlan plan = planImport(store.data(), batch, policy, store);
    if (planOut)
        *planOut = plan;
    if (batch.hasErrors() || plan.hasErrors())
        return false;
    QString error;
    if (!store.apply(plan.before, plan.after, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return false;
    }
    return true;
}

void TestTidyImport::listsEscapeTheirSeparator_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringList{QStringLiteral("Police"), QStringLiteral("MARAC")} << QStringLiteral("Police; MARAC");
    QTest::newRow("a semicolon inside an item")
        << QStringList{QStringLiteral("covers DA; not stalking"), QStringLiteral("pilot")}
        << QStringLiteral("covers DA\\; not stalking; pilot");
    QTest::newRow("a backslash inside an item") << QStringList{QStringLiteral("C:\\letters")} << QStringLiteral("C:\\\\letters");
    QTest::newRow("none") << QStringList() << QString();
}

void TestTidyImport::listsEscapeTheirSeparator()
{
    QFETCH(QStringList, items);
    QFETCH(QString, cell);
    QCOMPARE(joinListField(items), cell);
    QCOMPARE(splitListField(cell), items);
}

void TestTidyImport::headersAsPeopleWriteThem_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("key");
    QTest::newRow("export key") << QStringLiteral("self_referred") << QStringLiteral("self_referred");
    QTest::newRow("Self referrals") << QStringLiteral("Self referrals") << QStringLiteral("self_referred");
    QTest::newRow("Accepted (self)") << QStringLiteral("Accepted (self)") << QStringLiteral("self_accepted");
    QTest::newRow("Self referrals completed") << QStringLiteral("Self referrals completed") << QStringLiteral("self_completed");
    QTest::newRow("No. of agency referrals") << QStringLiteral("No. of agency referrals") << QStringLiteral("agency_referred");
    QTest::newRow("Agency - accepted") << QStringLiteral("Agency - accepted") << QStringLiteral("agency_accepted");
    QTest::newRow("Budget £") << QStringLiteral("Budget £") << QStringLiteral("budget_gbp");
    QTest::newRow("Budget (£)") << QStringLiteral("Budget (£)") << QStringLiteral("budget_gbp");
    QTest::newRow("Police force area") << QStringLiteral("Police force area") << QStringLiteral("area");
    QTest::newRow("Delivered by") << QStringLiteral("Delivered by") << QStringLiteral("provider");
    QTest::newRow("Financial Year") << QStringLiteral("Financial Year") << QStringLiteral("financial_year");
    QTest::newRow("FOI ref") << QStringLiteral("FOI ref.") << QStringLiteral("foi_reference");
    QTest::newRow("Provider name") << QStringLiteral("Provider name") << QStringLiteral("provider");
    QTest::newRow("Total budget (£)") << QStringLiteral("Total budget (£)") << QStringLiteral("budget_gbp");
    QTest::newRow("Funding sources") << QStringLiteral("Funding sources") << QStringLiteral("funders");
    QTest::newRow("Referred by") << QStringLiteral("Referred by") << QStringLiteral("referrers");
    QTest::newRow("a column of one's own") << QStringLiteral("Checked by") << QString();
    QTest::newRow("both routes is no figure") << QStringLiteral("Self and agency referrals") << QString();
}

void TestTidyImport::headersAsPeopleWriteThem()
{
    QFETCH(QString, header);
    QFETCH(QString, key);
    QCOMPARE(tidyColumnForHeader(header), key);
}

void TestTidyImport::areasAsPeopleWriteThem_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name"); // empty: not matched
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QString>("suggested"); // one of the suggestions
    QTest::newRow("as the list has it") << QStringLiteral("Avon and Somerset") << QStringLiteral("Avon and Somerset") << true << QString();
    QTest::newRow("ampersand") << QStringLiteral("Avon & Somerset") << QStringLiteral("Avon and Somerset") << false << QString();
    QTest::newRow("capitals") << QStringLiteral("AVON AND SOMERSET") << QStringLiteral("Avon and Somerset") << false << QString();
    QTest::newRow("with PCC") << QStringLiteral("Avon and Somerset PCC") << QStringLiteral("Avon and Somerset") << false << QString();
    QTest::newRow("the commissioner") << QStringLiteral("Office of the Police and Crime Commissioner for Derbyshire")
                                      << QStringLiteral("Derbyshire") << false << QString();
    QTest::newRow("other name") << QStringLiteral("Hampshire and Isle of Wight") << QStringLiteral("Hampshire") << false << QString();
    QTest::newRow("with rutland") << QStringLiteral("Leicestershire & Rutland") << QStringLiteral("Leicestershire") << false << QString();
    QTest::newRow("unknown") << QStringLiteral("Unknown") << QStringLiteral("Unknown") << true << QString();
    QTest::newRow("a typo") << QStringLiteral("Derbyshre") << QString() << false << QStringLiteral("Derbyshire");
    QTest::newRow("ambiguous") << QStringLiteral("Yorkshire") << QString() << false << QStringLiteral("North Yorkshire");
    QTest::newRow("nothing like it") << QStringLiteral("Atlantis") << QString() << false << QString();
    // Found by review: short forms went unmatched, "London" offered one force only, "N/A" offered
    // every name with an "n a" in it.
    QTest::newRow("a county's short form") << QStringLiteral("Lincs") << QStringLiteral("Lincolnshire") << false << QString();
    QTest::newRow("short form with PCC") << QStringLiteral("Notts PCC") << QStringLiteral("Nottinghamshire") << false << QString();
    QTest::newRow("West Mids") << QStringLiteral("West Mids") << QStringLiteral("West Midlands") << false << QString();
    QTest::newRow("London is two forces") << QStringLiteral("London") << QString() << false << QStringLiteral("Metropolitan Police");
    QTest::newRow("London, the City too") << QStringLiteral("London") << QString() << false << QStringLiteral("City of London");
    QTest::newRow("a status word") << QStringLiteral("N/A") << QString() << false << QString();
}

void TestTidyImport::areasAsPeopleWriteThem()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(bool, exact);
    QFETCH(QString, suggested);
    const AreaMatch m = matchArea(text);
    QCOMPARE(m.code.isEmpty() ? QString() : Areas::interchangeName(m.code), name);
    QCOMPARE(m.exact, exact);
    QVERIFY2(suggested.isEmpty() ? m.suggestions.isEmpty() : m.suggestions.contains(suggested),
             qPrintable(m.suggestions.join(QStringLiteral(", "))));
}

void TestTidyImport::aMessySheetReads()
{
    const ImportBatch batch = read(QStringLiteral(
        "Police force area,Year,Gender,Programme,Delivered by,Self referrals,Accepted (self),Completed (self),"
        "Agency referrals,Accepted (agency),Completed (agency),Budget £,Checked by\n"
        "Avon & Somerset,2022-23,Females,Drive,Cranstoun,N/A,n/a,NOT APPLICABLE,3,provider,,\"£44,161.50\",JS\n"));
    QVERIFY2(!batch.hasErrors(), qPrintable(batch.problems.value(0).describe()));
    QCOMPARE(batch.returns.size(), 1);
    const ImportedReturn &r = batch.returns.first();
    QCOMPARE(batch.letterOf(r).areaCode, Areas::byName(QStringLiteral("Avon and Somerset"))->code);
    QCOMPARE(batch.letterOf(r).financialYear, QStringLiteral("2022/23"));
    QCOMPARE(batch.letterOf(r).cohort, Cohort::Female);
    QCOMPARE(r.values.figure(FigureField::SelfReferred).status, FigureStatus::NotApplicable);
    QCOMPARE(r.values.figure(FigureField::AgencyReferred), Figure::reported(3));
    QCOMPARE(r.values.figure(FigureField::AgencyAccepted).status, FigureStatus::HeldByProvider);
    // An empty cell is "not provided", never 0.
    QCOMPARE(r.values.figure(FigureField::AgencyCompleted).status, FigureStatus::NotProvided);
    QVERIFY(!r.values.figure(FigureField::AgencyCompleted).isReported());
    QCOMPARE(r.values.figure(FigureField::Budget), Figure::reported(4416150));
    // Said, not hidden: the area variant and the column that is not imported.
    const QStringList said = described(batch.problems);
    QVERIFY2(said.contains(QStringLiteral("returns.csv, row 2, column “Police force area”: “Avon & Somerset” read as Avon and Somerset")),
             qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY2(said.contains(QStringLiteral("returns.csv, row 1, column “Checked by”: this column is not imported (it names "
                                          "no field of a return)")),
             qPrintable(said.join(QLatin1Char('\n'))));
}

void TestTidyImport::everyBadCellIsNamed_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("message");
    const QString ok = QStringLiteral("Derbyshire,2022/23,male,Drive,Glow,1,1,1,2,2,2,100");
    QTest::newRow("text in a number")
        << QStringLiteral("Derbyshire,2022/23,male,Drive,Glow,1,twenty,1,2,2,2,100")
        << QStringLiteral("returns.csv, row 3, column “Accepted (self)”: “twenty” is neither a number nor a status word "
                          "(n/a, not held, held by provider, withheld, or empty)");
    QTest::newRow("an unknown status word")
        << QStringLiteral("Derbyshire,2022/23,male,Drive,Glow,1,1,1,ask the provider,2,2,100")
        << QStringLiteral("returns.csv, row 3, column “Agency referrals”: “ask the provider” is neither a number nor a status "
                          "word (n/a, not held, held by provider, withheld, or empty)");
    QTest::newRow("a negative count")
        << QStringLiteral("Derbyshire,2022/23,male,Drive,Glow,-4,1,1,2,2,2,100")
        << QStringLiteral("returns.csv, row 3, column “Self referrals”: “-4” is negative; a count of people cannot be below zero");
    QTest::newRow("a fractional count")
        << QStringLiteral("Derbyshire,2022/23,male,Drive,Glow,1,1,1.5,2,2,2,100")
        << QStringLiteral("returns.csv, row 3, column “Completed (self)”: “1.5” is not a whole number of people");
    QTest::newRow("an unknown area")
        << QStringLiteral("Derbyshre,2022/23,male,Drive,Glow,1,1,1,2,2,2,100")
        << QStringLiteral("returns.csv, row 3, column “Area”: “Derbyshre” is not a police force area; did you mean Derbyshire?");
    QTest::newRow("no area")
        << QStringLiteral(",2022/23,male,Drive,Glow,1,1,1,2,2,2,100")
        << QStringLiteral("returns.csv, row 3, column “Area”: no area is given (write Unknown when the letter does not say)");
    QTest::newRow("a cohort that is none")
        << QStringLiteral("Derbyshire,2022/23,adults,Drive,Glow,1,1,1,2,2,2,100")
        << QStringLiteral("returns.csv, row 3, column “Cohort”: “adults” is not a cohort (male, female or all)");
    QTest::newRow("a value past the header")
        << QStringLiteral("Derbyshire,2022/23,male,Drive,Glow,1,1,1,2,2,2,100,extra")
        << QStringLiteral("returns.csv, row 3: the row has a value (“extra”) in column 13, past the last column of the header");
}

void TestTidyImport::everyBadCellIsNamed()
{
    QFETCH(QString, row);
    QFETCH(QString, message);
    const QString header = QStringLiteral("Area,Financial year,Cohort,Programme,Provider,Self referrals,Accepted (self),"
                                          "Completed (self),Agency referrals,Accepted (agency),Completed (agency),Budget\n");
    const QString first = QStringLiteral("Derbyshire,2022/23,male,Drive,Glow,1,1,1,2,2,2,100\n");
    const ImportBatch batch = read(header + first + row + QLatin1Char('\n'));
    const QStringList errors = described(batch.problems, true);
    QVERIFY2(errors == QStringList{message}, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(batch.returns.size(), 1); // the good row is read; the bad one is not

    // And nothing is written: the plan is refused as a whole.
    auto store = test::sampleStore();
    const QByteArray before = exportTidyCsv(store->data());
    QVERIFY(!importInto(*store, batch, DuplicatePolicy::KeepBoth));
    QCOMPARE(exportTidyCsv(store->data()), before);
}

// A text is parsed once a sheet however many rows repeat it, one below the other or apart; what
// it causes is still said on each of those rows, by its own number, in the order of the rows.
void TestTidyImport::aCellRepeatedOnManyRowsIsJudgedOnEachRow()
{
    const QString bad = QStringLiteral("Avon & Somerset,2022/23,male,%1,Glow,twenty,-3,A (60%); B (50%),odd [nonsense]\n");
    const QString unknownArea = QStringLiteral("Derbyshre,2022/23,male,%1,Glow,1,100,,\n");
    const QString variant = QStringLiteral("Avon & Somerset,2022/23,male,%1,Glow,1,100,,odd [nonsense]\n");
    const ImportBatch batch = read(QStringLiteral("Area,Year,Cohort,Programme,Provider,Self referrals,Budget,Funders,Caveats\n")
                                   + bad.arg(QStringLiteral("A"))                                     // row 2
                                   + QStringLiteral("Derbyshire,2022/23,male,B,Glow,1,100,,\n")        // row 3
                                   + bad.arg(QStringLiteral("C")) + bad.arg(QStringLiteral("D"))     // rows 4 and 5
                                   + unknownArea.arg(QStringLiteral("E")) + unknownArea.arg(QStringLiteral("F"))
                                   + variant.arg(QStringLiteral("G")) + variant.arg(QStringLiteral("H"))); // rows 8, 9
    const auto badRow = [](int row) {
        const QString at = QStringLiteral("returns.csv, row %1, column ").arg(row);
        return QStringList{
            at + QStringLiteral("“Area”: “Avon & Somerset” read as Avon and Somerset"),
            at + QStringLiteral("“Self referrals”: “twenty” is neither a number nor a status word (n/a, not held, held "
                                "by provider, withheld, or empty)"),
            at + QStringLiteral("“Budget”: “-3” is negative; a budget cannot be below zero"),
            at + QStringLiteral("“Funders”: The shares add up to 110 %; together they cannot be more than 100 %."),
            at + QStringLiteral("“Caveats”: the brackets of “odd [nonsense]” name no figure, so it is kept whole, on "
                                "the whole return"),
        };
    };
    const auto unknownAreaRow = [](int row) {
        return QStringLiteral("returns.csv, row %1, column “Area”: “Derbyshre” is not a police force area; did you mean "
                              "Derbyshire?")
            .arg(row);
    };
    const auto variantRow = [](int row) {
        const QString at = QStringLiteral("returns.csv, row %1, column ").arg(row);
        return QStringList{at + QStringLiteral("“Area”: “Avon & Somerset” read as Avon and Somerset"),
                           at + QStringLiteral("“Caveats”: the brackets of “odd [nonsense]” name no figure, so it is kept "
                                               "whole, on the whole return")};
    };
    const QStringList expected = badRow(2) + badRow(4) + badRow(5) + QStringList{unknownAreaRow(6), unknownAreaRow(7)}
                                 + variantRow(8) + variantRow(9);
    const QStringList said = described(batch.problems);
    QCOMPARE(said, expected);
    QCOMPARE(countErrors(batch.problems), 3 * 3 + 2); // the area variant and the caveat are warnings

    QCOMPARE(batch.returns.size(), 3);
    const QList<int> rowsRead = {batch.returns.at(0).row, batch.returns.at(1).row, batch.returns.at(2).row};
    QCOMPARE(rowsRead, (QList<int>{3, 8, 9}));
    const QString avon = Areas::byName(QStringLiteral("Avon and Somerset"))->code;
    for (const ImportedReturn &r : {batch.returns.at(1), batch.returns.at(2)}) {
        QCOMPARE(batch.letterOf(r).areaCode, avon);
        QCOMPARE(batch.programmeOf(r).areaCode, avon);
        QCOMPARE(r.values.caveats, (QList<Caveat>{Caveat{QStringLiteral("odd [nonsense]"), {}}}));
        QCOMPARE(r.values.source, QStringLiteral("returns.csv, row %1").arg(r.row));
    }
}

// More distinct texts than a column's parses are remembered for: those past them are read as well.
void TestTidyImport::aColumnOfDistinctTextsIsReadWhole()
{
    constexpr int kRows = 10000; // more non-plain amounts than are remembered
    QString csv = QStringLiteral("area,financial_year,cohort,programme,budget_gbp\n");
    for (int i = 0; i < kRows; ++i) {
        // Plain amounts, amounts only parseFigure reads, and every 1000th a distinct bad one.
        const QString budget = i % 1000 == 999 ? QStringLiteral("%1.3.45").arg(i)
                               : i % 2 == 0    ? QStringLiteral("%1.5").arg(i)
                                               : QStringLiteral("\"£%1,%2\"").arg(i / 1000).arg(i % 1000, 3, 10, QLatin1Char('0'));
        csv += QStringLiteral("Derbyshire,2022/23,male,Programme %1,%2\n").arg(i).arg(budget);
    }
    const ImportBatch batch = read(csv);
    const QStringList said = described(batch.problems);
    QStringList expected;
    for (int i = 999; i < kRows; i += 1000)
        expected << QStringLiteral("returns.csv, row %1, column “budget_gbp”: “%2.3.45” is neither a number nor a status word "
                                   "(n/a, not held, held by provider, withheld, or empty)")
                        .arg(i + 2)
                        .arg(i);
    QCOMPARE(said, expected);
    QCOMPARE(batch.returns.size(), kRows - kRows / 1000);
    for (const ImportedReturn &r : batch.returns) {
        const int i = r.row - 2;
        QCOMPARE(r.values.figure(FigureField::Budget), Figure::reported(i % 2 == 0 ? qint64(i) * 100 + 50 : qint64(i) * 100));
    }
}

void TestTidyImport::theSameReturnInAnyCaseIsOneReturn_data()
{
    QTest::addColumn<QString>("first"); // programme,provider
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("in capitals") << "Drive,Glow" << "DRIVE,glow" << true;
    QTest::newRow("accented, in capitals") << "Élan,Öko Hilfe" << "ÉLAN,ÖKO HILFE" << true;
    QTest::newRow("a provider accented, in capitals") << "Drive,Öko Hilfe" << "DRIVE,ÖKO HILFE" << true;
    QTest::newRow("a programme accented, in capitals") << "Élan,Glow" << "ÉLAN,GLOW" << true;
    QTest::newRow("without its accent") << "Élan,Glow" << "Elan,Glow" << false;
    QTest::newRow("ß is not ss") << "Straße,Glow" << "STRASSE,Glow" << false;
    QTest::newRow("another provider") << "Drive,Glow" << "Drive,Glow Ltd" << false;
    QTest::newRow("no provider") << "Drive,Glow" << "Drive," << false;
}

// Names in another case are the same return, within a file and against a project.
void TestTidyImport::theSameReturnInAnyCaseIsOneReturn()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    const QString header = QStringLiteral("Area,Year,Cohort,Programme,Provider\n");
    const auto line = [](const QString &names) { return QStringLiteral("Derbyshire,2030/31,male,%1\n").arg(names); };
    const ImportBatch both = read(header + line(first) + line(second));
    QCOMPARE(both.returns.size(), 2);
    QCOMPARE(both.returns.last().sameAs, same ? 0 : -1);
    {
        auto project = test::sampleStore();
        QCOMPARE(importInto(*project, both, DuplicatePolicy::Refuse), !same);
    }

    auto store = test::sampleStore();
    QVERIFY(importInto(*store, read(header + line(first)), DuplicatePolicy::Refuse));
    ImportPlan plan;
    QVERIFY(importInto(*store, read(header + line(second)), DuplicatePolicy::Skip, &plan));
    QCOMPARE(plan.duplicates.size(), same ? 1 : 0);
}

void TestTidyImport::aSheetThatCannotBeReadSaysWhy_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("returns.csv: there is nothing to import: the sheet is empty");
    QTest::newRow("blank lines only") << QStringLiteral("\n,,\n") << QStringLiteral("returns.csv: there is nothing to import: the sheet is empty");
    QTest::newRow("no area column")
        << QStringLiteral("Year,Cohort,Programme\n2022/23,male,Drive\n")
        << QStringLiteral("returns.csv, row 1: no column is recognised as Area (the header row is row 1)");
    QTest::newRow("a duplicate header")
        << QStringLiteral("Area,Year,Cohort,Programme,Self referrals,Referred (self)\nDerbyshire,2022/23,male,Drive,1,2\n")
        << QStringLiteral("returns.csv, row 1: columns “Self referrals” and “Referred (self)” both name Referred (self); "
                          "remove one or map it to something else");
}

void TestTidyImport::aSheetThatCannotBeReadSaysWhy()
{
    QFETCH(QString, csv);
    QFETCH(QString, message);
    const ImportBatch batch = read(csv);
    QVERIFY(batch.hasErrors());
    QCOMPARE(batch.problems.first().describe(), message);
}

void TestTidyImport::exportThenImportGivesBackTheSameFile()
{
    ProjectData sample = sampleProject();
    // Lists with the separator inside an item, funders with amounts and shares, scoped caveats.
    ProgrammeReturn &r = sample.returns.first();
    r.caveats << Caveat{QStringLiteral("covers DA; not stalking"), {FigureField::SelfReferred, FigureField::AgencyReferred}}
              << Caveat{QStringLiteral("a path C:\\letters\\x"), {}};
    r.funders = {Funder{QStringLiteral("OPCC"), qint64(9107550), 40.0}, Funder{QStringLiteral("Home Office (MoJ)"), {}, {}}};
    r.referrers << QStringLiteral("Police; CID");
    // Texts a spreadsheet would run as formulas: export protects them with an apostrophe, which
    // reading the file takes off again (and only that one: "'twas" is kept as it is).
    r.referrers.prepend(QStringLiteral("+Others"));
    r.referrers << QStringLiteral("'twas");
    r.caveats.prepend(Caveat{QStringLiteral("-3 double counted"), {}});
    r.caveats << Caveat{QStringLiteral("'quoted' in the letter"), {}};
    sample.programmes[r.programmeId].name = QStringLiteral("=SUM(A1) @home");
    const QByteArray exported = exportTidyCsv(sample);
    QVERIFY(exported.contains("'+Others") && exported.contains("'-3 double counted") && exported.contains("'=SUM(A1)"));

    ProjectStore store;
    QString error;
    QVERIFY2(store.createNew(&error), qPrintable(error));
    // Read as the import reads a file: through the reader that finds its encoding and delimiter.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("export.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(exported) == exported.size());
    file.close();
    std::optional<SheetRows> fileRows = readImportRows(file.fileName(), &error);
    QVERIFY2(fileRows, qPrintable(error));
    const ImportBatch batch = readTidyRows(QStringLiteral("export.csv"), QString(), std::move(*fileRows));
    QVERIFY2(!batch.hasErrors(), qPrintable(batch.problems.value(0).describe()));
    ImportPlan plan;
    QVERIFY(importInto(store, batch, DuplicatePolicy::Refuse, &plan));
    QCOMPARE(plan.added, int(sample.returns.size()));
    QCOMPARE(exportTidyCsv(store.data()), exported);
    // The figures themselves, not only their text: statuses stay statuses.
    const ProgrammeReturn back = store.data().returns.value(store.data().returnIdsInOrder().constFirst());
    QCOMPARE(back.caveats.size(), sample.returns.value(sample.returnIdsInOrder().constFirst()).caveats.size());
    // Each return keeps where it came from.
    QCOMPARE(back.source, QStringLiteral("export.csv, row 2"));
    QString reopenError;
    const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_tidyimport-provenance.dapp"));
    QVERIFY2(store.saveAs(path, &reopenError), qPrintable(reopenError));
    ProjectStore reopened;
    QVERIFY2(reopened.open(path, &reopenError, OpenAccess::ReadOnly), qPrintable(reopenError));
    QCOMPARE(reopened.data().returns.value(back.id).source, QStringLiteral("export.csv, row 2"));
    QFile::remove(path);
    QFile::remove(path + QLatin1Char('~'));
}

void TestTidyImport::duplicatesAreHandledAsChosen_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<bool>("imported");
    QTest::addColumn<int>("returnsAfter");
    QTest::addColumn<qint64>("selfReferredAfter");
    const int n = int(sampleProject().returns.size());
    QTest::newRow("refuse") << DuplicatePolicy::Refuse << false << n << qint64(15);
    QTest::newRow("skip") << DuplicatePolicy::Skip << true << n << qint64(15);
    QTest::newRow("replace") << DuplicatePolicy::Replace << true << n << qint64(999);
    QTest::newRow("keep both") << DuplicatePolicy::KeepBoth << true << 2 * n << qint64(999); // and 15 beside it
}

void TestTidyImport::duplicatesAreHandledAsChosen()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(bool, imported);
    QFETCH(int, returnsAfter);
    QFETCH(qint64, selfReferredAfter);
    auto store = test::sampleStore();
    // Derbyshire's Changes Program says 15 self-referrals; the file says 999.
    QString csv = QString::fromUtf8(exportTidyCsv(store->data()));
    csv.replace(QStringLiteral("Changes Program,The Elm Foundation,standard/medium,15,"),
                QStringLiteral("Changes Program,The Elm Foundation,standard/medium,999,"));
    QVERIFY(csv.contains(QStringLiteral(",999,")));
    const ImportBatch batch = read(csv);
    QVERIFY(!batch.hasErrors());
    ImportPlan plan;
    QCOMPARE(importInto(*store, batch, policy, &plan), imported);
    QCOMPARE(plan.duplicates.size(), int(sampleProject().returns.size()));
    QCOMPARE(int(store->data().returns.size()), returnsAfter);
    qint64 found = -1;
    for (const ProgrammeReturn &r : store->data().returns)
        if (store->data().programmes.value(r.programmeId).name == QLatin1String("Changes Program"))
            found = std::max(found, r.figure(FigureField::SelfReferred).value);
    QCOMPARE(found, selfReferredAfter);
}

void TestTidyImport::nearNamesAreSuggestedNeverMerged()
{
    auto store = test::sampleStore();
    const ImportBatch batch = read(QStringLiteral("Area,Year,Cohort,Programme,Provider\n"
                                                  "Derbyshire,2023/24,male,Drive,GLOW Ltd\n"
                                                  "Derbyshire,2023/24,male,Changes Programme,The Elm Foundation\n"
                                                  "Derbyshire,2023/24,male,Drive Two,Glow\n"));
    QVERIFY(!batch.hasErrors());
    ImportPlan plan;
    QVERIFY(importInto(*store, batch, DuplicatePolicy::Refuse, &plan));
    const QStringList said = described(plan.problems);
    QVERIFY2(said.contains(QStringLiteral("returns.csv, row 2, column “Provider”: “GLOW Ltd” is like “Glow”, which the "
                                          "project has in Derbyshire; it is kept as written (correct the file if they are "
                                          "the same)")),
             qPrintable(said.join(QLatin1Char('\n'))));
    // A letter or two apart, in a name long enough for that to be a slip (found by review).
    QVERIFY2(said.contains(QStringLiteral("returns.csv, row 3, column “Programme”: “Changes Programme” is like “Changes "
                                          "Program”, which the project has in Derbyshire; it is kept as written (correct "
                                          "the file if they are the same)")),
             qPrintable(said.join(QLatin1Char('\n'))));
    // Short names a letter apart are often different programmes: not suggested.
    QCOMPARE(said.size(), 2);
    bool kept = false;
    for (const Programme &p : store->data().programmes)
        kept = kept || p.provider == QLatin1String("GLOW Ltd");
    QVERIFY(kept);
}

void TestTidyImport::theSameReturnTwiceInAFileIsHandledAsChosen_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<bool>("imported");
    QTest::addColumn<QList<qint64>>("selfReferred"); // of the programme's returns, in id order
    QTest::addColumn<QString>("said");
    QTest::addColumn<QList<int>>("counts"); // added, replaced, skipped, replaced again: each row counted once
    const QString same = QStringLiteral("returns.csv, row 3: the same return (area, programme, provider, year and cohort) "
                                        "as row 2");
    QTest::newRow("refuse") << DuplicatePolicy::Refuse << false << QList<qint64>{}
                            << same + QStringLiteral("; choose to skip, replace or keep both") << QList<int>{1, 0, 0, 0};
    QTest::newRow("skip") << DuplicatePolicy::Skip << true << QList<qint64>{1} << same + QStringLiteral("; skipped")
                          << QList<int>{1, 0, 1, 0};
    QTest::newRow("replace") << DuplicatePolicy::Replace << true << QList<qint64>{7}
                             << same + QStringLiteral("; its figures and lists replace that one's") << QList<int>{1, 0, 0, 1};
    QTest::newRow("keep both") << DuplicatePolicy::KeepBoth << true << QList<qint64>{1, 7}
                               << same + QStringLiteral("; both are kept") << QList<int>{2, 0, 0, 0};
}

// A project that keeps two returns alike exports both; reading that file back keeps both when
// the user chooses to (found by review: the export of such a project could not be imported).
void TestTidyImport::theSameReturnTwiceInAFileIsHandledAsChosen()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(bool, imported);
    QFETCH(QList<qint64>, selfReferred);
    QFETCH(QString, said);
    QFETCH(QList<int>, counts);
    const ImportBatch batch = read(QStringLiteral("Area,Year,Cohort,Programme,Provider,Self referrals\n"
                                                  "Derbyshire,2030/31,male,Twice,Glow,1\n"
                                                  "DERBYSHIRE,2030/31,Males,twice,glow,7\n"));
    QVERIFY(!batch.hasErrors());
    auto store = test::sampleStore();
    const QByteArray before = exportTidyCsv(store->data());
    ImportPlan plan;
    QCOMPARE(importInto(*store, batch, policy, &plan), imported);
    QCOMPARE((QList<int>{plan.added, plan.replaced, plan.skipped, plan.replacedAgain}), counts);
    const QStringList problems = described(plan.problems);
    QCOMPARE(problems.value(0), said);
    // Kept both, the second's names in another case are another programme of those names, said
    // to be like the first's (never renamed: its export reads back as written).
    QCOMPARE(problems.mid(1),
             policy == DuplicatePolicy::KeepBoth
                 ? (QStringList{QStringLiteral("returns.csv, row 3, column “Programme”: “twice” is like “Twice”, which "
                                               "row 2 gives; it is kept as written (correct the file if they are the "
                                               "same)"),
                                QStringLiteral("returns.csv, row 3, column “Provider”: “glow” is like “Glow”, which the "
                                               "project has in Derbyshire; it is kept as written (correct the file if they "
                                               "are the same)")})
                 : QStringList());
    if (!imported) {
        QCOMPARE(exportTidyCsv(store->data()), before);
        return;
    }
    QList<qint64> found;
    for (const ProgrammeReturn &r : store->data().returns)
        if (store->data().programmes.value(r.programmeId).name.compare(QLatin1String("Twice"), Qt::CaseInsensitive) == 0)
            found << r.figure(FigureField::SelfReferred).value;
    QCOMPARE(found, selfReferred);

    if (policy == DuplicatePolicy::KeepBoth) {
        // The round trip of such a project: its export read back, keeping both, is the same.
        const QByteArray exported = exportTidyCsv(store->data());
        ProjectStore again;
        QString error;
        QVERIFY2(again.createNew(&error), qPrintable(error));
        const ImportBatch back = readTidyRows(QStringLiteral("export.csv"), QString(), parseCsv(QString::fromUtf8(exported)));
        QVERIFY(importInto(again, back, DuplicatePolicy::KeepBoth));
        QCOMPARE(exportTidyCsv(again.data()), exported);
    }
}

// A letter's response date and a programme's risk level and evaluation link are written once,
// however many rows repeat them: two rows that give them differently are an error (either
// would be lost), a row that differs from the project is warned about and the project's is
// kept, and a row that leaves one empty takes it from the row that gives it (found by review:
// the first row's date was kept silently).
void TestTidyImport::aLetterOrProgrammeIsGivenOneWay()
{
    const QString header = QStringLiteral("Area,Year,Cohort,Programme,Provider,Risk level,FOI reference,Response date\n");
    {
        const ImportBatch batch = read(header + QStringLiteral("Kent,2030/31,male,A,P,,FOI 1,2031-01-02\n"
                                                               "Kent,2030/31,male,B,P,,FOI 1,2031-03-05\n"
                                                               "Kent,2030/31,male,C,P,high,,\n"
                                                               "Kent,2030/31,male,C,Q,,,2031-03-05\n"
                                                               "Kent,2030/31,female,C,P,standard/medium,,\n"));
        QVERIFY(!batch.hasErrors());
        auto store = test::sampleStore();
        const QByteArray before = exportTidyCsv(store->data());
        ImportPlan plan;
        QVERIFY(!importInto(*store, batch, DuplicatePolicy::Refuse, &plan));
        const QStringList problems = described(plan.problems);
        QCOMPARE(problems,
                 (QStringList{QStringLiteral("returns.csv, row 3, column “Response date”: the response date is “2031-03-05”, "
                                             "but row 2 gives “2031-01-02” for the same letter; correct one of them"),
                              QStringLiteral("returns.csv, row 6, column “Risk level”: the risk level is “standard/medium”, "
                                             "but row 4 gives “high” for the same programme; correct one of them")}));
        QCOMPARE(exportTidyCsv(store->data()), before);
    }
    {
        // An empty date or risk level is filled from the row that gives it.
        const ImportBatch batch = read(header + QStringLiteral("Kent,2030/31,male,A,P,,,\n"
                                                               "Kent,2030/31,male,B,P,high,,2031-03-05\n"
                                                               "Kent,2030/31,female,B,P,,,\n"));
        auto store = test::sampleStore();
        ImportPlan plan;
        QVERIFY(importInto(*store, batch, DuplicatePolicy::Refuse, &plan));
        QVERIFY(plan.problems.isEmpty());
        for (const Letter &l : plan.after.letters)
            if (l.cohort == Cohort::Male)
                QCOMPARE(l.responseDate, QDate(2031, 3, 5));
        for (const Programme &p : plan.after.programmes)
            if (p.name == QLatin1String("B"))
                QCOMPARE(p.riskLevel, QStringLiteral("high"));
    }
    {
        // Against the project: a warning, and the project's kept.
        auto store = test::sampleStore();
        QString csv = QString::fromUtf8(exportTidyCsv(store->data()));
        const qsizetype drive = csv.indexOf(QStringLiteral("Derbyshire,2022/23,male,Drive,"));
        QVERIFY(drive > 0);
        const QString line = csv.mid(drive, csv.indexOf(QLatin1Char('\n'), drive) - drive + 1);
        QString other = line;
        other.replace(QStringLiteral(",Drive,"), QStringLiteral(",Drive Two,"));
        other.replace(QStringLiteral("FOI 27/2023,,"), QStringLiteral("FOI 27/2023,2029-01-31,"));
        QVERIFY(other.contains(QStringLiteral("2029-01-31")));
        const QString head = csv.left(csv.indexOf(QLatin1Char('\n')) + 1);
        ImportPlan plan;
        QVERIFY(importInto(*store, read(head + other), DuplicatePolicy::Refuse, &plan));
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().describe(),
                 QStringLiteral("returns.csv, row 2, column “Response date”: the response date is “2029-01-31”, but the "
                                "project's letter has none; the project's is kept"));
        QVERIFY(!plan.problems.first().isError());
    }
}

// "Home Office (£5000.00; 25%)" is one funder its writer cut in two with a ";" (found by
// review: it became the funders "Home Office (£5000.00" and "25%)").
void TestTidyImport::aFunderCutAtASemicolonIsRefused()
{
    const ImportBatch batch = read(QStringLiteral("Area,Year,Cohort,Programme,Funders\n"
                                                  "Kent,2030/31,male,P,PCC; Home Office (£5000.00; 25%)\n"
                                                  "Kent,2030/31,male,Q,\"PCC; Home Office (£5000.00, 25%)\"\n"
                                                  "Kent,2030/31,male,R,PCC; Home Office (£5000.00; 25%; core grant)\n"));
    const QStringList said = described(batch.problems);
    QCOMPARE(said, (QStringList{QStringLiteral(
                               "returns.csv, row 2, column “Funders”: “Home Office (£5000.00; 25%)” looks like one funder cut at "
                               "a “;” inside its brackets; write its amount and share with a comma between (“OPCC (£5,000, "
                               "25%)”), and a “;” of a name as “\\;”"),
                           QStringLiteral("returns.csv, row 4, column “Funders”: “Home Office (£5000.00; 25%; core grant)” looks "
                                          "like one funder cut at a “;” inside its brackets; write its amount and share with a "
                                          "comma between (“OPCC (£5,000, 25%)”), and a “;” of a name as “\\;”")}));
    QCOMPARE(batch.returns.size(), 1);
    QCOMPARE(batch.returns.first().values.funders.size(), 2);
    QCOMPARE(batch.returns.first().values.funders.last().amountPence, std::optional<qint64>(500000));
    QCOMPARE(batch.returns.first().values.funders.last().sharePercent, std::optional<double>(25.0));
}

// A sheet with its title above the table (found by review: "no column is recognised").
void TestTidyImport::aTitleAboveTheHeaderIsPassedOverAndSaid()
{
    const QString csv = QStringLiteral("DAPP returns gathered 2024,,,\n"
                                       ",,,\n"
                                       "Area,Year,Cohort,Programme\n"
                                       "Kent,2030/31,male,P\n");
    QCOMPARE(tidyHeaderIndex(rows(csv)), 2);
    const ImportBatch batch = read(csv);
    QVERIFY(!batch.hasErrors());
    QCOMPARE(batch.returns.size(), 1);
    QCOMPARE(batch.returns.first().row, 4);
    const QStringList said = described(batch.problems);
    QCOMPARE(said, QStringList{QStringLiteral("returns.csv, row 1: this row is above the header (row 3), so it is not "
                                              "imported (“DAPP returns gathered 2024”)")});
    // A first row that is a header of too few columns stays the header, and says what it lacks.
    QCOMPARE(tidyHeaderIndex(rows(QStringLiteral("Area,Year\nKent,2030/31\n"))), 0);
    // Under a title, the row that names the most is the header, and what it lacks is said of it.
    const ImportBatch lacking = read(QStringLiteral("My title\narea,financial_year,programme,provider\nKent,2030/31,P,Q\n"));
    const QStringList errors = described(lacking.problems, true);
    QCOMPARE(errors, QStringList{QStringLiteral("returns.csv, row 2: no column is recognised as Cohort (the header row is row 2)")});
}

// What reading and planning found, as one list in the file's order: a row's duplicate beside the
// row, not after every other row's problems.
void TestTidyImport::problemsAreListedInTheFilesOrder()
{
    const ImportBatch batch = read(QStringLiteral("Area,Year,Cohort,Programme,Self referrals\n"
                                                  "Kent,2030/31,male,P,1\n"
                                                  "Kent,2030/31,male,P,2\n"
                                                  "Kent,2030/31,male,Q,twenty\n"));
    auto store = test::sampleStore();
    const ImportPlan plan = planImport(store->data(), batch, DuplicatePolicy::Refuse, *store);
    QStringList rows;
    for (const ImportProblem &p : inFileOrder(batch.problems, plan.problems))
        rows << QString::number(p.row);
    QCOMPARE(rows, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(batch.problems.first().row, 4); // read first, said second
}

// A return repeated in its file, kept beside or replacing the first, keeps what its own row
// says of its letter and programme, or says why not (found by review: both were dropped unsaid).
void TestTidyImport::aRepeatedReturnKeepsWhatItsRowSays()
{
    const QString header = QStringLiteral("Area,Year,Cohort,Programme,Provider,Risk level,FOI reference,Response date,"
                                          "Self referrals\n");
    {
        // Kept both: its own FOI reference is its own letter, with its own date.
        const ImportBatch batch = read(header + QStringLiteral("Kent,2030/31,male,Twice,P,high,FOI1,2031-05-01,1\n"
                                                               "Kent,2030/31,male,Twice,P,,FOI2,2031-06-01,2\n"));
        auto store = test::sampleStore();
        ImportPlan plan;
        QVERIFY(importInto(*store, batch, DuplicatePolicy::KeepBoth, &plan));
        QCOMPARE(plan.after.letters.size(), 2);
        for (const ProgrammeReturn &r : plan.after.returns) {
            const Letter &l = plan.after.letters.value(r.letterId);
            QCOMPARE(l.foiReference, r.figure(FigureField::SelfReferred).value == 1 ? QStringLiteral("FOI1") : QStringLiteral("FOI2"));
            QCOMPARE(l.responseDate, r.figure(FigureField::SelfReferred).value == 1 ? QDate(2031, 5, 1) : QDate(2031, 6, 1));
        }
    }
    {
        // Kept both, a risk level otherwise than the first: an error, named by both rows.
        const ImportBatch batch = read(header + QStringLiteral("Kent,2030/31,male,Twice,P,high,FOI1,,1\n"
                                                               "Kent,2030/31,male,Twice,P,standard/medium,FOI1,,2\n"));
        auto store = test::sampleStore();
        ImportPlan plan;
        QVERIFY(!importInto(*store, batch, DuplicatePolicy::KeepBoth, &plan));
        const QStringList errors = described(plan.problems, true);
        QCOMPARE(errors, QStringList{QStringLiteral("returns.csv, row 3, column “Risk level”: the risk level is "
                                                    "“standard/medium”, but row 2 gives “high” for the same programme; "
                                                    "correct one of them")});
    }
    {
        // Replacing the first: another FOI reference is an error, as the return keeps the first's letter.
        const ImportBatch batch = read(header + QStringLiteral("Kent,2030/31,male,Twice,P,,FOI1,,1\n"
                                                               "Kent,2030/31,male,Twice,P,,FOI2,,2\n"));
        auto store = test::sampleStore();
        ImportPlan plan;
        QVERIFY(!importInto(*store, batch, DuplicatePolicy::Replace, &plan));
        const QStringList errors = described(plan.problems, true);
        QCOMPARE(errors, QStringList{QStringLiteral("returns.csv, row 3, column “FOI reference”: the FOI reference is “FOI2”, "
                                                    "but row 2 gives “FOI1” for the same return; correct one of them")});
    }
    {
        // A detail filled in by a later row is that row's: the conflict names it.
        const ImportBatch batch = read(header + QStringLiteral("Kent,2030/31,male,A,P,,,,1\n"
                                                               "Kent,2030/31,male,B,P,,,2031-05-01,1\n"
                                                               "Kent,2030/31,male,C,P,,,2031-06-01,1\n"));
        auto store = test::sampleStore();
        ImportPlan plan;
        QVERIFY(!importInto(*store, batch, DuplicatePolicy::Refuse, &plan));
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().describe(),
                 QStringLiteral("returns.csv, row 4, column “Response date”: the response date is “2031-06-01”, but row 3 "
                                "gives “2031-05-01” for the same letter; correct one of them"));
    }
}

// A slip of a letter or two is suggested; a different digit or word is another programme
// (found by review: "DAPP South" was said to be like "DAPP North").
void TestTidyImport::onlySlipsAreSuggested()
{
    auto store = test::sampleStore();
    const ImportBatch first = read(QStringLiteral("Area,Year,Cohort,Programme,Provider\n"
                                                  "Kent,2030/31,male,DAPP North,Provider One\n"
                                                  "Kent,2030/31,male,Phase 1 Programme,Provider One\n"));
    QVERIFY(importInto(*store, first, DuplicatePolicy::Refuse));
    const ImportBatch second = read(QStringLiteral("Area,Year,Cohort,Programme,Provider\n"
                                                   "Kent,2031/32,male,DAPP South,Provider One\n"
                                                   "Kent,2031/32,male,Phase 2 Programme,Provider One\n"
                                                   "Kent,2031/32,male,Phase 1 Programmes,Provider On\n"));
    ImportPlan plan;
    QVERIFY(importInto(*store, second, DuplicatePolicy::Refuse, &plan));
    const QStringList said = described(plan.problems);
    QCOMPARE(said, (QStringList{QStringLiteral("returns.csv, row 4, column “Programme”: “Phase 1 Programmes” is like “Phase 1 "
                                               "Programme”, which the project has in Kent; it is kept as written (correct the "
                                               "file if they are the same)")}));
}

// Replacing a return with a row of the same figures and lists keeps the quotes of the letter
// that back them; a figure or list the row changes loses its quote, which no longer says it
// (found by review: a new referrers list kept the old list's quote).
void TestTidyImport::replacingKeepsTheQuotesThatStillHold()
{
    auto store = test::sampleStore();
    const ProjectData &data = store->data();
    Id drive = 0;
    for (const ProgrammeReturn &r : data.returns)
        if (data.programmes.value(r.programmeId).name == QLatin1String("Drive")
            && Areas::nameOf(data.letters.value(r.letterId).areaCode) == QLatin1String("Derbyshire"))
            drive = r.id;
    QVERIFY(drive);
    const ProgrammeReturn old = data.returns.value(drive);
    QVERIFY(!old.figure(FigureField::SelfReferred).quote().isEmpty());
    QVERIFY(!old.referrersQuote.isEmpty());
    QVERIFY(!old.fundersQuote.isEmpty());
    ProjectData one;
    one.letters = data.letters;
    one.programmes = data.programmes;
    one.returns.insert(drive, old);
    QString csv = QString::fromUtf8(exportTidyCsv(one));
    const QString head = csv.left(csv.indexOf(QLatin1Char('\n')) + 1);
    QString line = csv.mid(head.size());
    // A new referrers list and a new budget; everything else as it was.
    const QStringList cells = parseCsv(line).first();
    QStringList changed = cells;
    changed[tidyCsvColumns().indexOf(QStringLiteral("referrers"))] = QStringLiteral("Health; Education");
    changed[tidyCsvColumns().indexOf(QStringLiteral("budget_gbp"))] = QStringLiteral("1.00");
    ImportPlan plan;
    QVERIFY(importInto(*store, read(head + csvLine(changed)), DuplicatePolicy::Replace, &plan));
    const ProgrammeReturn now = store->data().returns.value(drive);
    QCOMPARE(now.referrers, (QStringList{QStringLiteral("Health"), QStringLiteral("Education")}));
    QVERIFY(now.referrersQuote.isEmpty());
    QCOMPARE(now.fundersQuote, old.fundersQuote);
    QCOMPARE(now.figure(FigureField::SelfReferred), old.figure(FigureField::SelfReferred));
    QCOMPARE(now.figure(FigureField::Budget).value, qint64(100));
    QVERIFY(now.figure(FigureField::Budget).quote().isEmpty());
}

void TestTidyImport::readingReportsProgressAndCanBeCancelled()
{
    QString csv = QStringLiteral("area,financial_year,cohort,programme,provider,self_referred\n");
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("Derbyshire,2022/23,male,Programme %1,Glow,%2\n").arg(i).arg(i % 50);
    qint64 lastDone = -1, lastTotal = -1;
    const ImportBatch whole = readTidyRows(QStringLiteral("big.csv"), QString(), rows(csv), std::nullopt,
                                           [&](qint64 done, qint64 total) {
                                               lastDone = done;
                                               lastTotal = total;
                                               return true;
                                           });
    QVERIFY(!whole.cancelled);
    QCOMPARE(whole.returns.size(), 3000);
    QCOMPARE(lastTotal, 3000);
    QCOMPARE(lastDone, 3000); // the end is reported

    const ImportBatch stopped = readTidyRows(QStringLiteral("big.csv"), QString(), rows(csv), std::nullopt,
                                             [](qint64, qint64) { return false; });
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.returns.isEmpty()); // nothing of a cancelled reading can be imported
}

// A sheet of 20,000 rows or more is read in two halves at once: what it gives is what one
// reading would give. Returns repeated across the halves and within the second, blank rows and
// rows with errors in both halves: each return in order, each repeat pointing at its first, the
// problems in row order, and Cancel still stops it.
void TestTidyImport::aLargeSheetIsReadInHalvesAsInOne()
{
    QStringList lines = {QStringLiteral("area,financial_year,cohort,programme,provider,self_referred")};
    QStringList names; // each data row's programme; empty for a blank row, "Bad" for an error
    for (int i = 0; i < 30000; ++i) {
        if (i == 100 || i == 16000) {
            lines << QStringLiteral(",,,,,");
            names << QString();
        }
        if (i == 200 || i == 25000) {
            lines << QStringLiteral("Derbyshire,2022/23,male,Bad %1,Glow,twenty").arg(i);
            names << QStringLiteral("Bad");
        }
        const QString name = QStringLiteral("Programme %1").arg(i % 20000); // 20,000 on repeat the first 10,000
        lines << QStringLiteral("Derbyshire,2022/23,male,%1,Glow,%2").arg(name).arg(i % 50);
        names << name;
    }
    for (const int again : {17000, 17000, 19999}) { // firsts in the second half
        lines << QStringLiteral("Derbyshire,2022/23,male,Programme %1,Glow,1").arg(again);
        names << QStringLiteral("Programme %1").arg(again);
    }
    const ImportBatch batch = read(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));

    QHash<QString, qsizetype> firsts;
    qsizetype k = 0;
    QList<int> errorRows;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const int row = int(i) + 2;
        if (names.at(i).isEmpty())
            continue;
        if (names.at(i) == QLatin1String("Bad")) {
            errorRows << row;
            continue;
        }
        QVERIFY(k < batch.returns.size());
        const ImportedReturn &r = batch.returns.at(k);
        QCOMPARE(r.row, row);
        QCOMPARE(batch.programmeOf(r).name, names.at(i));
        QCOMPARE(r.sameAs, firsts.value(names.at(i), -1));
        firsts.insert(names.at(i), firsts.value(names.at(i), k));
        ++k;
    }
    QCOMPARE(batch.returns.size(), k);
    QCOMPARE(k, 30003);
    // Rows that give the same letter or programme share one (one a half at most), not a copy a row.
    QVERIFY2(batch.letters.size() <= 2, qPrintable(QString::number(batch.letters.size())));
    QVERIFY2(batch.programmes.size() <= 30000, qPrintable(QString::number(batch.programmes.size())));
    for (const qsizetype i : {qsizetype(0), k / 2, k - 1}) {
        QCOMPARE(batch.letterOf(batch.returns.at(i)).financialYear, QStringLiteral("2022/23"));
        QCOMPARE(batch.programmeOf(batch.returns.at(i)).provider, QStringLiteral("Glow"));
    }
    QList<int> problemRows;
    for (const ImportProblem &p : batch.problems)
        problemRows << p.row;
    QCOMPARE(problemRows, errorRows);

    const ImportBatch stopped = readTidyRows(QStringLiteral("big.csv"), QString(), rows(lines.join(QLatin1Char('\n'))),
                                             std::nullopt, [](qint64, qint64) { return false; });
    QVERIFY(stopped.cancelled);
    QVERIFY(stopped.returns.isEmpty());
}

// The halves of a large sheet each hold the letters and programmes their rows give: every row,
// on either side of the cut, names its own, and a return of the second half that repeats one of
// the first is found across the cut.
void TestTidyImport::eachRowOfALargeSheetHasItsOwnLetter()
{
    QStringList lines = {QStringLiteral("area,financial_year,cohort,programme,provider,self_referred")};
    constexpr int kRows = 30000;
    for (int i = 0; i < kRows; ++i)
        lines << (i < kRows / 2 ? QStringLiteral("Derbyshire,2022/23,male,Programme %1,Glow,1").arg(i)
                                : QStringLiteral("Kent,2023/24,female,Programme %1,Cranstoun,2").arg(i));
    lines << QStringLiteral("Derbyshire,2022/23,male,Programme 5,Glow,3"); // the return of row 7, again
    const ImportBatch batch = read(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    QVERIFY2(!batch.hasErrors(), qPrintable(batch.problems.value(0).describe()));
    QCOMPARE(batch.returns.size(), kRows + 1);
    const QString derbyshire = Areas::byName(QStringLiteral("Derbyshire"))->code;
    const QString kent = Areas::byName(QStringLiteral("Kent"))->code;
    for (int i = 0; i < kRows; ++i) {
        const ImportedReturn &r = batch.returns.at(i);
        const bool first = i < kRows / 2;
        QCOMPARE(batch.letterOf(r).areaCode, first ? derbyshire : kent);
        QCOMPARE(batch.letterOf(r).financialYear, first ? QStringLiteral("2022/23") : QStringLiteral("2023/24"));
        QCOMPARE(batch.programmeOf(r).name, QStringLiteral("Programme %1").arg(i));
        QCOMPARE(batch.programmeOf(r).provider, first ? QStringLiteral("Glow") : QStringLiteral("Cranstoun"));
        QCOMPARE(r.sameAs, -1);
    }
    const ImportedReturn &again = batch.returns.constLast();
    QCOMPARE(batch.letterOf(again).areaCode, derbyshire);
    QCOMPARE(again.sameAs, 5);
}

// A project that kept two returns alike (keep both) has one of them replaced by a row that
// repeats them, and the user is told so; a return an earlier file of the same import replaced
// is named as replaced when a later file replaces it again; a row that gives no FOI reference
// replaces a return whose letter has one (found by review: the others stayed unsaid, and the
// blank reference was an error).
void TestTidyImport::replacingReturnsThatAreAlikeSaysWhich()
{
    const QString header = QStringLiteral("Area,Year,Cohort,Programme,Provider,FOI reference,Self referrals\n");
    auto store = test::sampleStore();
    QVERIFY(importInto(*store,
                       read(header + QStringLiteral("Kent,2030/31,male,Twice,P,FOI1,1\nKent,2030/31,male,Twice,P,FOI1,2\n")),
                       DuplicatePolicy::KeepBoth));
    ImportPlan plan;
    QVERIFY(importInto(*store, read(header + QStringLiteral("Kent,2030/31,male,Twice,P,,9\n")), DuplicatePolicy::Replace, &plan));
    const QStringList said = described(plan.problems);
    QVERIFY2(said.contains(QStringLiteral("returns.csv, row 2: the project has 2 returns like this one; only the last "
                                          "added is replaced, the others stay as they are")),
             qPrintable(said.join(QLatin1Char('\n'))));
    QCOMPARE(plan.replaced, 1);
    QList<qint64> values;
    for (const ProgrammeReturn &r : store->data().returns)
        if (store->data().programmes.value(r.programmeId).name == QLatin1String("Twice"))
            values << r.figure(FigureField::SelfReferred).value;
    QCOMPARE(values, (QList<qint64>{1, 9}));

    // Two files of one import replace the same return: the second is told the first did.
    const QString row = QStringLiteral("Kent,2030/31,male,Once,P,FOI1,%1\n");
    QVERIFY(importInto(*store, read(header + row.arg(1)), DuplicatePolicy::Refuse));
    ImportPlanner twice(store->data(), DuplicatePolicy::Replace, *store);
    twice.add(readTidyRows(QStringLiteral("b.csv"), QString(), rows(header + row.arg(2))));
    twice.add(readTidyRows(QStringLiteral("c.csv"), QString(), rows(header + row.arg(3))));
    const ImportPlan both = twice.take();
    QCOMPARE(both.replaced, 1); // one return of the project's
    QCOMPARE(both.replacedAgain, 1);
    QVERIFY(!both.hasErrors());
    QCOMPARE(both.problems.size(), 2);
    QVERIFY2(both.problems.at(1).describe().startsWith(
                 QStringLiteral("c.csv, row 2: the project already has this return (Kent · Once (2030/31, male), read from "
                                "returns.csv, row 2), which b.csv, row 2 of this import already replaced; its figures and "
                                "lists are replaced")),
             qPrintable(both.problems.at(1).describe()));
    QCOMPARE(both.after.returns.first().figure(FigureField::SelfReferred).value, 3);
}

// Each return keeps the file, the sheet and the row it was read from, written as they are:
// a name with "%1" in it is not taken for a place to fill in.
void TestTidyImport::eachReturnSaysWhereItWasRead()
{
    const QList<QStringList> rows{
        {QStringLiteral("area"), QStringLiteral("financial_year"), QStringLiteral("cohort"), QStringLiteral("programme")},
        {QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), QStringLiteral("male"), QStringLiteral("Drive")},
        {},
        {QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), QStringLiteral("male"), QStringLiteral("Glow")}};
    const ImportBatch fromFile = readTidyRows(QStringLiteral("100%1 %2.csv"), QString(), rows);
    QCOMPARE(fromFile.returns.size(), 2);
    QCOMPARE(fromFile.returns.at(0).values.source, QStringLiteral("100%1 %2.csv, row 2"));
    QCOMPARE(fromFile.returns.at(1).values.source, QStringLiteral("100%1 %2.csv, row 4"));
    const ImportBatch fromSheet = readTidyRows(QStringLiteral("book.xlsx"), QStringLiteral("Returns %1"), rows);
    QCOMPARE(fromSheet.returns.at(1).values.source, QStringLiteral("book.xlsx, sheet “Returns %1”, row 4"));
}

QTEST_GUILESS_MAIN(TestTidyImport)
#include "tst_tidyimport.moc"
