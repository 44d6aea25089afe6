// The comparison workbook, read back by LibreOffice: numbers as numbers, statuses as words,
// caveats as cell comments, a total that says it is partial, and every letter as a source.
#include "domain/areas.h"
#include "domain/comparison.h"
#include "formats/csv.h"
#include "interchange/comparisoncsv.h"
#include "interchange/comparisonxlsx.h"
#include "storage/projectjson.h"
#include "testsupport.h"

#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrl>
#include <QXmlStreamReader>

using namespace dapp;

namespace {

// A cell as LibreOffice shows it: its text, its type ("float", "percentage", "currency",
// "date", "string") and the text of its comment.
struct Cell
{
    QString text;
    QString type;
    QString comment;
};
using Grid = QList<QList<Cell>>;

// The paragraphs of a text:p-holding element, with text:s spaces and line breaks.
QString paragraphText(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.qualifiedName().toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("s"))
            text += QString(std::max(1, xml.attributes().value(QLatin1String("text:c")).toInt()), QLatin1Char(' '));
        else if (xml.isStartElement() && xml.name() == QLatin1String("line-break"))
            text += QLatin1Char('\n');
        else if (xml.isEndElement() && xml.qualifiedName() == end)
            break;
    }
    return text;
}

// Reads a flat ODS (what LibreOffice writes for --convert-to fods) into one grid per sheet.
QMap<QString, Grid> readFods(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, Grid> sheets;
    QXmlStreamReader xml(&file);
    Grid *grid = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.qualifiedName() == QLatin1String("table:table")) {
            grid = &sheets[xml.attributes().value(QLatin1String("table:name")).toString()];
        } else if (grid && xml.qualifiedName() == QLatin1String("table:table-row")) {
            grid->emplaceBack(); // a repeated row counts once: only empty rows repeat in these sheets
        } else if (grid
            && (xml.qualifiedName() == QLatin1String("table:table-cell")
                || xml.qualifiedName() == QLatin1String("table:covered-table-cell"))) {
            const int repeat
                = std::max(1, xml.attributes().value(QLatin1String("table:number-columns-repeated")).toInt());
            Cell cell;
            cell.type = xml.attributes().value(QLatin1String("office:value-type")).toString();
            while (!(xml.isEndElement() && xml.name().endsWith(QLatin1String("table-cell"))) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("office:annotation")) {
                    QStringList lines;
                    while (!(xml.isEndElement() && xml.qualifiedName() == QLatin1String("office:annotation"))
                        && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("text:p"))
                            lines << paragraphText(xml);
                    }
                    cell.comment = lines.join(QLatin1Char('\n'));
                } else if (xml.isStartElement() && xml.qualifiedName() == QLatin1String("text:p")) {
                    cell.text += paragraphText(xml);
                }
            }
            // Trailing empty cells repeat up to the sheet's last column: those do not matter.
            for (int i = 0; i < (repeat > 256 ? 1 : repeat); ++i)
                grid->last().append(cell);
        }
    }
    return sheets;
}

} // namespace

class TestComparisonXlsx : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void comparisonSheetHasTheCsvColumns();
    void numbersReadBackAsNumbers();
    void missingFiguresReadBackAsStatusWords();
    void ratesAndCostsKeepTheirFormats();
    void caveatsAreCellComments();
    void totalsSayWhenTheyArePartial();
    void sourcesListEveryLetter();
    void notesAndFlagsHaveSheetsOfTheirOwn();
    void failedWriteLeavesNothing();
    void failedWriteLeavesTheOldFileAlone();

private:
    bool convert(const QString &xlsx, const QString &filter, QString *error);
    QStringList rowOf(const QString &area, const QString &programme) const;
    const Cell &cellOf(const QString &area, const QString &programme, const QString &column) const;
    QTemporaryDir m_dir;
    Comparison m_comparison;
    QMap<QString, QList<QStringList>> m_csv; // each sheet as LibreOffice shows it
    QMap<QString, Grid> m_fods; // each sheet with types and comments
};

// LibreOffice headless, with a profile of its own so that it neither needs nor touches the
// user's, and never waits for a running instance.
bool TestComparisonXlsx::convert(const QString &xlsx, const QString &filter, QString *error)
{
    QProcess soffice;
    soffice.start(QStandardPaths::findExecutable(QStringLiteral("soffice")),
        {QStringLiteral("--headless"),
            QStringLiteral("-env:UserInstallation=")
                + QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("profile"))).toString(),
            QStringLiteral("--convert-to"), filter, QStringLiteral("--outdir"), m_dir.path(), xlsx});
    if (!soffice.waitForFinished(180000) || soffice.exitStatus() != QProcess::NormalExit || soffice.exitCode() != 0) {
        *error = QString::fromUtf8(soffice.readAllStandardError() + soffice.readAllStandardOutput());
        return false;
    }
    return true;
}

void TestComparisonXlsx::initTestCase()
{
    // A missing LibreOffice fails the suite: skipping would pass without reading a single cell.
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        QFAIL("soffice (LibreOffice) is not installed; run scripts/install-deps.sh");
    QVERIFY(m_dir.isValid());
    m_comparison = computeComparison(sampleProject());
    const QString xlsx = m_dir.filePath(QStringLiteral("comparison.xlsx"));
    QString error;
    QVERIFY2(writeComparisonXlsx(m_comparison, xlsx, &error), qPrintable(error));

    // UTF-8, cells as shown (so a rate reads "76.2%"), every sheet (-1) into a file of its own.
    QVERIFY2(
        convert(xlsx, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"),
            &error),
        qPrintable(error));
    for (const QString &sheet :
        {QStringLiteral("Comparison"), QStringLiteral("Notes"), QStringLiteral("Flags"), QStringLiteral("Sources")}) {
        QFile csv(m_dir.filePath(QStringLiteral("comparison-%1.csv").arg(sheet)));
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName() + QStringLiteral(": ") + csv.errorString()));
        m_csv.insert(sheet, parseCsv(QString::fromUtf8(csv.readAll())));
    }
    QVERIFY2(convert(xlsx, QStringLiteral("fods"), &error), qPrintable(error));
    m_fods = readFods(m_dir.filePath(QStringLiteral("comparison.fods")));
    QCOMPARE(m_fods.keys(),
        (QStringList{QStringLiteral("Comparison"), QStringLiteral("Flags"), QStringLiteral("Notes"),
            QStringLiteral("Sources")}));
}

QStringList TestComparisonXlsx::rowOf(const QString &area, const QString &programme) const
{
    for (const QStringList &row : m_csv.value(QStringLiteral("Comparison")))
        if (row.value(0) == area && row.value(3) == programme)
            return row;
    return {};
}

const Cell &TestComparisonXlsx::cellOf(const QString &area, const QString &programme, const QString &column) const
{
    static const Cell none;
    const Grid &grid = m_fods[QStringLiteral("Comparison")];
    const qsizetype col = comparisonCsvColumns().indexOf(column);
    for (const QList<Cell> &row : grid)
        if (row.size() > col && row.value(0).text == area && row.value(3).text == programme)
            return row.at(col);
    return none;
}

namespace {
QString column(const QStringList &row, const QString &name) { return row.value(comparisonCsvColumns().indexOf(name)); }
} // namespace

void TestComparisonXlsx::comparisonSheetHasTheCsvColumns()
{
    const QList<QStringList> &rows = m_csv[QStringLiteral("Comparison")];
    QCOMPARE(rows.constFirst(), comparisonCsvColumns());
    // The returns, a blank row, the total, and the note that it is partial.
    QCOMPARE(rows.size(), 1 + m_comparison.rows.size() + 3);
    for (qsizetype i = 0; i < m_comparison.rows.size(); ++i)
        QCOMPARE(rows.at(1 + i).value(3), m_comparison.rows.at(i).programme);
}

void TestComparisonXlsx::numbersReadBackAsNumbers()
{
    // Derbyshire's Drive: 101 referred by agencies, 77 accepted, 77 completed; nobody
    // self-referred, a real zero that stays 0.
    const QStringList drive = rowOf(QStringLiteral("Derbyshire"), QStringLiteral("Drive"));
    QCOMPARE(column(drive, QStringLiteral("agency_referred")), QStringLiteral("101"));
    QCOMPARE(column(drive, QStringLiteral("agency_accepted")), QStringLiteral("77"));
    QCOMPARE(column(drive, QStringLiteral("agency_completed")), QStringLiteral("77"));
    QCOMPARE(column(drive, QStringLiteral("self_referred")), QStringLiteral("0"));
    QCOMPARE(column(drive, QStringLiteral("budget_gbp")), QStringLiteral("£299,643.92"));
    QCOMPARE(
        column(rowOf(QStringLiteral("Derbyshire"), QStringLiteral("Changes Program")), QStringLiteral("budget_gbp")),
        QStringLiteral("£264,244.70"));
    // Numbers, not text that looks like one.
    QCOMPARE(cellOf(QStringLiteral("Derbyshire"), QStringLiteral("Drive"), QStringLiteral("agency_referred")).type,
        QStringLiteral("float"));
    QCOMPARE(cellOf(QStringLiteral("Derbyshire"), QStringLiteral("Drive"), QStringLiteral("self_referred")).type,
        QStringLiteral("float"));
    QCOMPARE(cellOf(QStringLiteral("Derbyshire"), QStringLiteral("Drive"), QStringLiteral("budget_gbp")).type,
        QStringLiteral("float")); // a number with a £ format (LibreOffice says "currency" only for its own)
}

void TestComparisonXlsx::missingFiguresReadBackAsStatusWords()
{
    // Avon and Somerset: self-referral impossible, agency completion held by the provider.
    const QStringList avon = rowOf(QStringLiteral("Avon and Somerset"), QStringLiteral("Drive"));
    QCOMPARE(column(avon, QStringLiteral("self_referred")), statusWord(FigureStatus::NotApplicable));
    QCOMPARE(column(avon, QStringLiteral("self_referred")), QStringLiteral("n/a"));
    QCOMPARE(column(avon, QStringLiteral("agency_completed")), statusWord(FigureStatus::HeldByProvider));
    QCOMPARE(
        cellOf(QStringLiteral("Avon and Somerset"), QStringLiteral("Drive"), QStringLiteral("agency_completed")).type,
        QStringLiteral("string"));
    // Leicestershire's female OOCR: self-referrals not held, no budget given.
    const QString oocr = QStringLiteral("Out of Court Resolutions (OOCR)");
    const QStringList leics = rowOf(QStringLiteral("Leicestershire"), oocr);
    QCOMPARE(column(leics, QStringLiteral("self_referred")), QStringLiteral("not held"));
    QCOMPARE(column(leics, QStringLiteral("budget_gbp")), QStringLiteral("not provided"));
    // No figure without a number reads as 0 or as nothing.
    for (const ComparisonRow &row : m_comparison.rows) {
        const QStringList cells = rowOf(Areas::interchangeName(row.areaCode), row.programme);
        QVERIFY2(!cells.isEmpty(), qPrintable(row.programme));
        for (FigureField f : kAllFigureFields) {
            if (row.figures[size_t(f)].isReported())
                continue;
            const QString cell = column(cells, fieldKey(f));
            QVERIFY2(!cell.isEmpty() && cell != QLatin1String("0"),
                qPrintable(row.programme + QLatin1Char(' ') + fieldKey(f)));
        }
    }
}

void TestComparisonXlsx::ratesAndCostsKeepTheirFormats()
{
    const QStringList drive = rowOf(QStringLiteral("Derbyshire"), QStringLiteral("Drive"));
    QCOMPARE(column(drive, QStringLiteral("agency_acceptance_rate_pct")), QStringLiteral("76.2%"));
    QCOMPARE(cellOf(QStringLiteral("Derbyshire"), QStringLiteral("Drive"), QStringLiteral("agency_acceptance_rate_pct"))
                 .type,
        QStringLiteral("percentage"));
    QCOMPARE(column(drive, QStringLiteral("cost_per_completion_gbp")), QStringLiteral("£3,891.48"));
    // 0 of 0 self-referrals: the rate is missing, and the comment says why.
    QCOMPARE(column(drive, QStringLiteral("self_acceptance_rate_pct")), QStringLiteral("missing"));
    const Cell &missing
        = cellOf(QStringLiteral("Derbyshire"), QStringLiteral("Drive"), QStringLiteral("self_acceptance_rate_pct"));
    QVERIFY2(missing.comment.startsWith(QStringLiteral("missing: ")), qPrintable(missing.comment));
}

void TestComparisonXlsx::caveatsAreCellComments()
{
    const QString oocr = QStringLiteral("Out of Court Resolutions (OOCR)");
    const QString crimeTypes = QStringLiteral("covers all crime types, not just DA");
    const int n = int(m_comparison.footnotes.indexOf(crimeTypes)) + 1;
    QVERIFY(n > 0);
    const QString numbered = QStringLiteral("[%1] %2").arg(n).arg(crimeTypes);
    // On each figure it qualifies, and not on those it does not.
    for (const QString &field :
        {QStringLiteral("agency_referred"), QStringLiteral("agency_accepted"), QStringLiteral("agency_completed")}) {
        const Cell &cell = cellOf(QStringLiteral("Leicestershire"), oocr, field);
        QVERIFY2(cell.comment.contains(numbered), qPrintable(field + QStringLiteral(": ") + cell.comment));
    }
    QVERIFY(
        !cellOf(QStringLiteral("Leicestershire"), oocr, QStringLiteral("self_referred")).comment.contains(crimeTypes));
    // A caveat on the whole return comments the programme's cell.
    const Cell &programme
        = cellOf(QStringLiteral("Avon and Somerset"), QStringLiteral("Drive"), QStringLiteral("programme"));
    QVERIFY2(programme.comment.contains(QStringLiteral("Drive ran in South Gloucestershire only")),
        qPrintable(programme.comment));
    // A measure's caveats comment the measure.
    const Cell &rate = cellOf(QStringLiteral("Leicestershire"), oocr, QStringLiteral("agency_completion_rate_pct"));
    QVERIFY2(rate.comment.contains(numbered), qPrintable(rate.comment));
    // The caveats column still holds them all, numbered, as the CSV does.
    QVERIFY(column(rowOf(QStringLiteral("Leicestershire"), oocr), QStringLiteral("caveats")).contains(numbered));
}

void TestComparisonXlsx::totalsSayWhenTheyArePartial()
{
    const QList<QStringList> &rows = m_csv[QStringLiteral("Comparison")];
    const qsizetype totalRow = 1 + m_comparison.rows.size() + 1;
    QVERIFY(rows.at(totalRow - 1).join(QString()).isEmpty()); // a blank row before it
    QCOMPARE(rows.at(totalRow).value(0), QStringLiteral("Total"));
    const Grid &grid = m_fods[QStringLiteral("Comparison")];
    for (FigureField f : kAllFigureFields) {
        const ColumnTotal &total = m_comparison.totals[size_t(f)];
        QVERIFY(total.value);
        const qsizetype col = comparisonCsvColumns().indexOf(fieldKey(f));
        const QString expected = figureKind(f) == FigureKind::Money ? formatMoney(*total.value)
                                                                    : QLocale(QLocale::English).toString(*total.value);
        QCOMPARE(rows.at(totalRow).value(col), expected);
        // The Jenkins Project answered "n/a" to every count and gave no budget: every total is partial.
        QVERIFY(total.partial);
        QCOMPARE(grid.at(totalRow).value(col).comment, QStringLiteral("partial: no number from %1 of the %2 returns")
                                                           .arg(total.rowsWithoutNumber)
                                                           .arg(m_comparison.rows.size()));
        QCOMPARE(rows.at(totalRow + 1).value(col), QStringLiteral("partial"));
    }
    QCOMPARE(rows.at(totalRow).value(comparisonCsvColumns().indexOf(QStringLiteral("agency_referred"))),
        QStringLiteral("394"));
}

void TestComparisonXlsx::sourcesListEveryLetter()
{
    const QList<QStringList> &rows = m_csv[QStringLiteral("Sources")];
    QCOMPARE(rows.size(), 1 + m_comparison.letters.size());
    QStringList references;
    for (const QStringList &row : rows.mid(1))
        references << row.value(0);
    for (const ComparisonLetter &letter : m_comparison.letters)
        QVERIFY2(references.contains(letter.foiReference), qPrintable(letter.foiReference));
    QVERIFY(references.contains(QStringLiteral("FOI 27/2023")));
    // Dates are dates: Avon and Somerset's request arrived on 19 May 2024, answered 19 June.
    const Grid &grid = m_fods[QStringLiteral("Sources")];
    for (const QList<Cell> &row : grid) {
        if (row.value(0).text != QLatin1String("FOI753"))
            continue;
        QCOMPARE(row.value(5).text, QStringLiteral("2024-05-19"));
        QCOMPARE(row.value(5).type, QStringLiteral("date"));
        QCOMPARE(row.value(6).text, QStringLiteral("2024-06-19"));
        return;
    }
    QFAIL("FOI753 is not among the sources");
}

void TestComparisonXlsx::notesAndFlagsHaveSheetsOfTheirOwn()
{
    const QList<QStringList> &notes = m_csv[QStringLiteral("Notes")];
    QCOMPARE(notes.size(), 1 + m_comparison.footnotes.size());
    for (qsizetype i = 0; i < m_comparison.footnotes.size(); ++i)
        QCOMPARE(notes.at(1 + i), (QStringList{QString::number(i + 1), m_comparison.footnotes.at(i)}));
    // One row per flag, in the order of the returns, saying whose it is.
    const QList<QStringList> &flags = m_csv[QStringLiteral("Flags")];
    QList<QStringList> expected;
    for (const ComparisonRow &row : m_comparison.rows)
        for (const QualityFlag &flag : row.flags)
            expected << QStringList{Areas::interchangeName(row.areaCode), row.programme, row.financialYear,
                cohortKey(row.cohort), flag.message};
    QVERIFY(!expected.isEmpty());
    QCOMPARE(flags.mid(1), expected);
}

void TestComparisonXlsx::failedWriteLeavesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("no such folder"));
    const QString path = folder + QStringLiteral("/table.xlsx");
    QString error;
    QVERIFY(!writeComparisonXlsx(m_comparison, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(folder));
    // A folder where the file should be is no file to replace.
    const QString taken = m_dir.filePath(QStringLiteral("taken.xlsx"));
    QVERIFY(QDir().mkpath(taken));
    QVERIFY(!writeComparisonXlsx(m_comparison, taken, &error));
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    QVERIFY(QFileInfo(taken).isDir());
}

void TestComparisonXlsx::failedWriteLeavesTheOldFileAlone()
{
    // Excel cannot hold more than 32,767 characters in a cell: libxlsxwriter refuses the cell
    // only once the temporary file exists, so this fails late, the hard way.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("table.xlsx"));
    QString error;
    QVERIFY2(writeComparisonXlsx(m_comparison, path, &error), qPrintable(error));
    const QByteArray before = test::fileHash(path);
    Comparison tooLong = m_comparison;
    tooLong.rows.first().programme = QString(40000, QLatin1Char('x'));
    QVERIFY(!writeComparisonXlsx(tooLong, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(QStringLiteral("Comparison!D2")),
        qPrintable(error));
    QCOMPARE(test::fileHash(path), before);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("table.xlsx")});
}

QTEST_GUILESS_MAIN(TestComparisonXlsx)
#include "tst_comparisonxlsx.moc"
