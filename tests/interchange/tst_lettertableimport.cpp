// The letter-table layout: Derbyshire's table exactly as it stands in the letter gives the
// sample's four Derbyshire returns; the cohort is read from the questions; the area and year the
// table lacks are asked for; a bad cell is named by its question's row and its provider's column.
#include "domain/areas.h"
#include "interchange/importsource.h"
#include "interchange/importplan.h"
#include "interchange/lettertableimport.h"
#include "storage/projectstore.h"
#include "storage/projectjson.h"

#include <QtTest>

using namespace dapp;

class TestLetterTableImport : public QObject
{
    Q_OBJECT
private slots:
    void derbyshiresTableGivesTheSamplesReturns();
    void theTableIsRecognised();
    void whatTheTableLacksIsAskedFor_data();
    void whatTheTableLacksIsAskedFor();
    void aBadCellIsNamedByQuestionAndProvider();
    void listsKeepTheCommasOfTheirItems();
    void questionsHeadedAsPeopleWriteThemAreRead();
    void nothingIsDroppedUnsaid();
    void twoColumnsOfOneProgrammeAreADuplicate();

private:
    static QList<QStringList> derbyshire();
};

QList<QStringList> TestLetterTableImport::derbyshire()
{
    QString error;
    const auto rows = readImportRows(QStringLiteral(DAPP_SOURCE_DIR "/tests/interchange/fixtures/derbyshire-letter-table.tsv"), &error);
    if (!rows)
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
    return rows ? rows->toList() : QList<QStringList>();
}

void TestLetterTableImport::derbyshiresTableGivesTheSamplesReturns()
{
    const ImportBatch batch = readLetterTableRows(QStringLiteral("derbyshire.tsv"), QString(), derbyshire(),
                                                  {QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), std::nullopt,
                                                   QStringLiteral("FOI 27/2023")});
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.value(0).describe())); // not even a warning
    QCOMPARE(batch.returns.size(), 4);
    const ProjectData sample = sampleProject();
    int matched = 0;
    for (const ImportedReturn &imported : batch.returns) {
        QCOMPARE(batch.letterOf(imported).cohort, Cohort::Male); // "males who…"
        QCOMPARE(batch.letterOf(imported).areaCode, Areas::byName(QStringLiteral("Derbyshire"))->code);
        for (const ProgrammeReturn &r : sample.returns) {
            const Programme &p = sample.programmes.value(r.programmeId);
            if (p.name != batch.programmeOf(imported).name || p.provider != batch.programmeOf(imported).provider)
                continue;
            ++matched;
            QCOMPARE(batch.programmeOf(imported).riskLevel, p.riskLevel);
            for (FigureField field : kAllFigureFields) {
                QCOMPARE(imported.values.figure(field).status, r.figure(field).status);
                QCOMPARE(imported.values.figure(field).value, r.figure(field).value);
            }
            QStringList funders, sampleFunders;
            for (const Funder &f : imported.values.funders)
                funders << f.name;
            for (const Funder &f : r.funders)
                sampleFunders << f.name;
            QCOMPARE(funders, sampleFunders);
        }
    }
    QCOMPARE(matched, 4);
    QCOMPARE(batch.returns.at(2).values.source, QStringLiteral("derbyshire.tsv, column 4")); // Drive, by Glow
    // "Police/MARAC" stays one referrer; the commas separate.
    QCOMPARE(batch.returns.at(1).values.referrers,
             (QStringList{QStringLiteral("Social Workers/Social Care"), QStringLiteral("Probation"), QStringLiteral("Police")}));
}

void TestLetterTableImport::theTableIsRecognised()
{
    QVERIFY(looksLikeLetterTable(derbyshire()));
    QVERIFY(!looksLikeLetterTable({{QStringLiteral("area"), QStringLiteral("financial_year")}, {QStringLiteral("Kent"), QStringLiteral("2022/23")}}));
    QCOMPARE(cohortFromQuestions(derbyshire()), std::optional<Cohort>(Cohort::Male));
    // A tidy sheet with an ID column (or pandas' index) is no letter table (found by review).
    QList<QStringList> withIds = {{QStringLiteral("ID"), QStringLiteral("area"), QStringLiteral("financial_year")}};
    for (int i = 1; i <= 6; ++i)
        withIds << QStringList{QString::number(i), QStringLiteral("Kent"), QStringLiteral("2022/23")};
    QVERIFY(!looksLikeLetterTable(withIds));
    // A numbered note under the table answers no question, and is no second question 1.
    QList<QStringList> noted = derbyshire();
    noted << QStringList{QStringLiteral("1 Figures are provisional until the annual report")};
    QVERIFY(looksLikeLetterTable(noted));
    const ImportBatch batch = readLetterTableRows(QStringLiteral("derbyshire.tsv"), QString(), noted,
                                                  {QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), std::nullopt, QString()});
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.value(0).describe()));
    QCOMPARE(batch.returns.size(), 4);
}

void TestLetterTableImport::whatTheTableLacksIsAskedFor_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("message");
    QTest::newRow("no area") << QString() << QStringLiteral("2022/23")
                             << QStringLiteral("derbyshire.tsv: the table does not name its police force area: give it (Area, or --area NAME)");
    QTest::newRow("no year") << QStringLiteral("Derbyshire") << QString()
                             << QStringLiteral("derbyshire.tsv: the table does not name its financial year: give it (Financial year, or --year 2022/23)");
    QTest::newRow("an area that is none") << QStringLiteral("Derbyshre") << QStringLiteral("2022/23")
                                          << QStringLiteral("derbyshire.tsv: “Derbyshre” is not a police force area; did you mean Derbyshire?");
}

void TestLetterTableImport::whatTheTableLacksIsAskedFor()
{
    QFETCH(QString, area);
    QFETCH(QString, year);
    QFETCH(QString, message);
    const ImportBatch batch = readLetterTableRows(QStringLiteral("derbyshire.tsv"), QString(), derbyshire(), {area, year, std::nullopt, {}});
    QStringList errors;
    for (const ImportProblem &p : batch.problems)
        if (p.isError())
            errors << p.describe();
    QCOMPARE(errors.value(0), message);
}

void TestLetterTableImport::aBadCellIsNamedByQuestionAndProvider()
{
    QList<QStringList> rows = derbyshire();
    for (QStringList &row : rows)
        if (row.value(0).startsWith(QLatin1String("6.")))
            row[3] = QStringLiteral("seventy-seven");
    const ImportBatch batch = readLetterTableRows(QStringLiteral("derbyshire.tsv"), QString(), rows,
                                                  {QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), std::nullopt, {}});
    QStringList errors;
    for (const ImportProblem &p : batch.problems)
        if (p.isError())
            errors << p.describe();
    QCOMPARE(errors, QStringList{QStringLiteral("derbyshire.tsv, row 7, column 4 “Glow”: “seventy-seven” is neither a "
                                                "number nor a status word (n/a, not held, held by provider, withheld, or empty)")});
    QCOMPARE(batch.returns.size(), 3);
}

// A letter writes its lists with commas; a comma inside brackets or a number is the item's own.
void TestLetterTableImport::listsKeepTheCommasOfTheirItems()
{
    QList<QStringList> rows = derbyshire();
    for (QStringList &row : rows) {
        if (row.value(0).startsWith(QLatin1String("8.")))
            row[1] = QStringLiteral("Police, Children’s Services (Derby, Derbyshire); MARAC");
        if (row.value(0).contains(QLatin1String("9. Financial")))
            row[1] = QStringLiteral("PCC (40%), Home Office (£91,075), Safelives (£5,000, 10%), Provider");
    }
    const ImportBatch batch = readLetterTableRows(QStringLiteral("derbyshire.tsv"), QString(), rows,
                                                  {QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), std::nullopt, {}});
    QVERIFY2(!batch.hasErrors(), qPrintable(batch.problems.value(0).describe()));
    const ProgrammeReturn &first = batch.returns.at(0).values;
    QCOMPARE(first.referrers, (QStringList{QStringLiteral("Police"), QStringLiteral("Children’s Services (Derby, Derbyshire)"),
                                           QStringLiteral("MARAC")}));
    QCOMPARE(first.funders.size(), 4);
    QCOMPARE(first.funders.at(0).name, QStringLiteral("PCC"));
    QCOMPARE(first.funders.at(0).sharePercent, std::optional<double>(40));
    QCOMPARE(first.funders.at(1).name, QStringLiteral("Home Office"));
    QCOMPARE(first.funders.at(1).amountPence, std::optional<qint64>(9107500));
    QCOMPARE(first.funders.at(2).amountPence, std::optional<qint64>(500000));
    QCOMPARE(first.funders.at(2).sharePercent, std::optional<double>(10));
    QCOMPARE(first.funders.at(3).name, QStringLiteral("Provider"));
    QVERIFY(!first.funders.at(3).amountPence && !first.funders.at(3).sharePercent);

    // A bracket never closed holds nothing together.
    for (QStringList &row : rows)
        if (row.value(0).startsWith(QLatin1String("8.")))
            row[1] = QStringLiteral("Police (Derby, Probation, MARAC");
    const ImportBatch unclosed = readLetterTableRows(QStringLiteral("derbyshire.tsv"), QString(), rows,
                                                     {QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), std::nullopt, {}});
    QCOMPARE(unclosed.returns.at(0).values.referrers,
             (QStringList{QStringLiteral("Police (Derby"), QStringLiteral("Probation"), QStringLiteral("MARAC")}));

    // Shares that add up to more than the whole are an error, named by question and provider.
    for (QStringList &row : rows)
        if (row.value(0).contains(QLatin1String("9. Financial")))
            row[1] = QStringLiteral("PCC (70%), Home Office (40%)");
    const ImportBatch tooMuch = readLetterTableRows(QStringLiteral("derbyshire.tsv"), QString(), rows,
                                                    {QStringLiteral("Derbyshire"), QStringLiteral("2022/23"), std::nullopt, {}});
    QCOMPARE(countErrors(tooMuch.problems), 1);
    QVERIFY2(tooMuch.problems.constFirst().describe().startsWith(QStringLiteral("derbyshire.tsv, row 10, column 2 “The Elm Foundation”: ")),
             qPrintable(tooMuch.problems.constFirst().describe()));
}

namespace {
QList<QStringList> table(const QString &tsv)
{
    QList<QStringList> rows;
    for (const QString &line : tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows << line.split(QLatin1Char('\t'));
    return rows;
}

QStringList described(const ImportBatch &batch)
{
    QStringList said;
    for (const ImportProblem &p : batch.problems)
        said << (p.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + p.describe();
    return said;
}
} // namespace

// "Q3 Self-referred", "Question 4 - completed", "2 The total number": each is its question
// (found by review: such rows were dropped, and their figures left not provided unsaid).
void TestLetterTableImport::questionsHeadedAsPeopleWriteThemAreRead()
{
    const ImportBatch batch = readLetterTableRows(
        QStringLiteral("t.tsv"), QString(),
        table(QStringLiteral("\tProvA\n"
                             "1. Programme\tAlpha\n"
                             "2 The total number of males who self-referred\t11\n"
                             "Q3 Self-referred males accepted\t12\n"
                             "Question 4 - completed\t13\n"
                             "5) agency referred\t14\n"
                             "Q6: accepted\t15\n"
                             "question 7 completed\t16\n"
                             "8 Referrers\tPolice\n"
                             "9 – funders\tPCC\n"
                             "10. Budget\t£1,000\n"
                             "Link to evaluation\twww.example.org/eval.pdf\n")),
        {QStringLiteral("Kent"), QStringLiteral("2022/23"), std::nullopt, QString()});
    QVERIFY2(batch.problems.isEmpty(), qPrintable(described(batch).join(QLatin1Char('\n'))));
    QCOMPARE(batch.returns.size(), 1);
    const ImportedReturn &r = batch.returns.first();
    qint64 expected = 11;
    for (FigureField field : {FigureField::SelfReferred, FigureField::SelfAccepted, FigureField::SelfCompleted,
                              FigureField::AgencyReferred, FigureField::AgencyAccepted, FigureField::AgencyCompleted})
        QCOMPARE(r.values.figure(field).value, expected++);
    QCOMPARE(r.values.figure(FigureField::Budget).value, qint64(100000));
    QCOMPARE(r.values.referrers, QStringList{QStringLiteral("Police")});
    QCOMPARE(r.values.funders.size(), 1);
    QCOMPARE(batch.programmeOf(r).evaluationUrl, QStringLiteral("www.example.org/eval.pdf"));
    QCOMPARE(batch.letterOf(r).cohort, Cohort::Male);
}

// A row it cannot place, a question no row answers, a value in a column with no programme, an
// area written otherwise, a cohort that overrides the questions' wording, an evaluation "link"
// that is none: each is said (found by review: all were passed over in silence).
void TestLetterTableImport::nothingIsDroppedUnsaid()
{
    const QString rows = QStringLiteral("\tProvA\tProvB\n"
                                        "1. Programme\tAlpha\tBeta\n"
                                        "2. Males who self-referred\t1\t2\n"
                                        "3. accepted\t1\t1\n"
                                        "4. completed\t0\t1\n"
                                        "Notes\tsee the letter\n"
                                        "5. agency referred\t1\t2\n"
                                        "6. accepted\t1\t2\n"
                                        "7. completed\t1\t2\n"
                                        "8. referrers\tPolice\tPolice\n"
                                        "9. funders\tPCC\tPCC\n"
                                        "Link to evaluation\tNot evaluated\thttps://example.org\n");
    const ImportBatch batch = readLetterTableRows(QStringLiteral("t.tsv"), QString(), table(rows),
                                                  {QStringLiteral("AVON AND SOMERSET"), QStringLiteral("2022/23"),
                                                   Cohort::Female, QString()});
    QCOMPARE(described(batch),
             (QStringList{
                 QStringLiteral("warning: t.tsv: “AVON AND SOMERSET” read as Avon and Somerset"),
                 QStringLiteral("warning: t.tsv: the questions ask about males, but the cohort given is females; the "
                                "cohort given is taken"),
                 QStringLiteral("warning: t.tsv, row 6: “Notes” is not a question of the standard request (1 to 10, or "
                                "the evaluation link); the row's values are not imported"),
                 QStringLiteral("warning: t.tsv: no row answers question 10; what it asks is left not provided"),
                 QStringLiteral("warning: t.tsv, row 12, column 2 “ProvA”: “Not evaluated” is not a link (it starts "
                                "neither with http nor with www.); no evaluation link is imported")}));
    QCOMPARE(batch.returns.size(), 2);
    QCOMPARE(batch.letterOf(batch.returns.at(0)).cohort, Cohort::Female);
    QCOMPARE(batch.programmeOf(batch.returns.at(1)).evaluationUrl, QStringLiteral("https://example.org"));

    // A value past the programmes' columns is an error, as past the header of a tidy sheet.
    QString wider = rows;
    wider.replace(QStringLiteral("7. completed\t1\t2\n"), QStringLiteral("7. completed\t1\t2\t3\n"));
    const ImportBatch refused = readLetterTableRows(QStringLiteral("t.tsv"), QString(), table(wider),
                                                    {QStringLiteral("Avon and Somerset"), QStringLiteral("2022/23"),
                                                     std::nullopt, QString()});
    QVERIFY(described(refused).contains(QStringLiteral(
        "error: t.tsv, row 9, column 4: column 4 has a value (“3”) but no programme or provider above it")));
}

// Two columns of one programme are the same return, handled as the user chooses, and a
// programme's details given two ways are said of the column (found by review: both columns
// were added, and the message named a "Risk level" column the table does not have).
void TestLetterTableImport::twoColumnsOfOneProgrammeAreADuplicate()
{
    const QString rows = QStringLiteral("\tProvA\tProvA\n"
                                        "1. Programme\tAlpha - High Risk\tAlpha - Standard Risk\n"
                                        "2. Males who self-referred\t1\t2\n"
                                        "3. accepted\t1\t1\n"
                                        "4. completed\t0\t1\n"
                                        "5. agency referred\t1\t2\n"
                                        "6. accepted\t1\t2\n"
                                        "7. completed\t1\t2\n"
                                        "8. referrers\tPolice\tPolice\n"
                                        "9. funders\tPCC\tPCC\n"
                                        "10. budget\t100\t200\n");
    const ImportBatch batch = readLetterTableRows(QStringLiteral("t.tsv"), QString(), table(rows),
                                                  {QStringLiteral("Kent"), QStringLiteral("2030/31"), std::nullopt, QString()});
    QVERIFY2(batch.problems.isEmpty(), qPrintable(described(batch).join(QLatin1Char('\n'))));
    QCOMPARE(batch.returns.size(), 2);
    QCOMPARE(batch.returns.at(1).sameAs, 0);
    ProjectStore store;
    QString error;
    QVERIFY2(store.createNew(&error), qPrintable(error));
    const ImportPlan refused = planImport(store.data(), batch, DuplicatePolicy::Refuse, store);
    QStringList said;
    for (const ImportProblem &p : refused.problems)
        said << p.describe();
    QCOMPARE(said, QStringList{QStringLiteral("t.tsv, column 3: the same return (area, programme, provider, year and cohort) "
                                              "as column 2; choose to skip, replace or keep both")});
    const ImportPlan kept = planImport(store.data(), batch, DuplicatePolicy::KeepBoth, store);
    said.clear();
    for (const ImportProblem &p : kept.problems)
        if (p.isError())
            said << p.describe();
    QCOMPARE(said, QStringList{QStringLiteral("t.tsv, column 3: the risk level is “standard/medium”, but column 2 gives "
                                              "“high” for the same programme; correct one of them")});
}

QTEST_GUILESS_MAIN(TestLetterTableImport)
#include "tst_lettertableimport.moc"
