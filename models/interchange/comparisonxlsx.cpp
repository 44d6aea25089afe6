// Writes the comparison workbook with libxlsxwriter: a Comparison sheet with the CSV's columns,
// then Notes, Flags and Sources.
#include "interchange/comparisonxlsx.h"
#include "domain/areas.h"
#include "formats/xlsxbook.h"
#include "interchange/comparisoncsv.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace dapp {

namespace {

struct XlsxText
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonXlsx)
};

// The words in the Comparison sheet's cells are the comparison CSV's (not translated), so that
// the two files read the same and an importer understands them in any language.
const QString kMissing = QStringLiteral("missing");
const QString kNotProvided = QStringLiteral("not provided"); // statusWord() leaves it empty, as a CSV cell

constexpr lxw_color_t kGrey = 0x808080;
constexpr lxw_color_t kPartialFill = 0xFFF2CC; // pale amber: look again, this is a lower bound
constexpr char kCountFormat[] = "#,##0";
constexpr char kMoneyFormat[] = "\xC2\xA3#,##0.00"; // £ in UTF-8, as libxlsxwriter wants

// The cell styles of the workbook.
struct Formats
{
    explicit Formats(XlsxBook &book)
    {
        if (!book.workbook())
            return;
        header = book.addFormat(nullptr, true);
        format_set_bottom(header, LXW_BORDER_THIN);
        // A status stands where a number would, so it is aligned like one; a note reads as text.
        status = book.addFormat(nullptr, false, true);
        format_set_font_color(status, kGrey);
        format_set_align(status, LXW_ALIGN_RIGHT);
        note = book.addFormat(nullptr, false, true);
        format_set_font_color(note, kGrey);
        count = book.addFormat(kCountFormat);
        money = book.addFormat(kMoneyFormat);
        rate = book.addFormat("0.0%");
        date = book.addFormat("yyyy-mm-dd");
        totalLabel = book.addFormat(nullptr, true);
        totalCount = book.addFormat(kCountFormat, true);
        totalMoney = book.addFormat(kMoneyFormat, true);
        partialCount = book.addFormat(kCountFormat, true, true);
        partialMoney = book.addFormat(kMoneyFormat, true, true);
        format_set_bg_color(partialCount, kPartialFill);
        format_set_bg_color(partialMoney, kPartialFill);
    }
    lxw_format *header = nullptr, *status = nullptr, *note = nullptr, *count = nullptr, *money = nullptr,
               *rate = nullptr, *date = nullptr, *totalLabel = nullptr, *totalCount = nullptr, *totalMoney = nullptr,
               *partialCount = nullptr, *partialMoney = nullptr;
};

QString footnoted(int number, const QString &text) { return QStringLiteral("[%1] %2").arg(number).arg(text); }
// What a cell shows, to size its column.
QString countText(double value) { return QLocale(QLocale::English).toString(value, 'f', 0); }
QString moneyText(double pence) { return formatMoney(qRound64(pence)); }

// A figure's number with its format, or its status word in grey italic: never 0.
void writeFigure(XlsxSheet &sheet, const Formats &formats, int row, int col, const Figure &figure, FigureKind kind)
{
    if (!figure.isReported()) {
        const QString word = statusWord(figure.status);
        sheet.text(row, col, word.isEmpty() ? kNotProvided : word, formats.status);
    } else if (kind == FigureKind::Money) {
        sheet.number(row, col, double(figure.value) / 100.0, formats.money, formatMoney(figure.value));
    } else {
        sheet.number(row, col, double(figure.value), formats.count, countText(double(figure.value)));
    }
}

void writeMeasure(XlsxSheet &sheet, const Formats &formats, const Comparison &comparison, int row, int col,
    MeasureId id, const Measure &m)
{
    if (!m.value) {
        sheet.text(row, col, kMissing, formats.status);
        if (!m.reason.isEmpty())
            sheet.comment(row, col, XlsxText::tr("missing: %1").arg(m.reason));
    } else if (isRate(id)) {
        sheet.number(row, col, *m.value, formats.rate, QString::number(*m.value * 100.0, 'f', 1) + QLatin1Char('%'));
    } else {
        sheet.number(row, col, *m.value / 100.0, formats.money, moneyText(*m.value));
    }
    // In footnote order, as the caveats column and the Notes sheet list them.
    for (int n : comparison.footnoteNumbers(m.caveats))
        sheet.comment(row, col, footnoted(n, comparison.footnotes.at(n - 1)));
}

void writeComparisonRow(
    XlsxSheet &sheet, const Formats &formats, const Comparison &comparison, int r, const ComparisonRow &row)
{
    const QStringList &columns = comparisonCsvColumns();
    const auto col = [&columns](const QString &name) { return int(columns.indexOf(name)); };
    const int programmeCol = col(QStringLiteral("programme"));
    sheet.text(r, col(QStringLiteral("area")), Areas::interchangeName(row.areaCode));
    sheet.text(r, col(QStringLiteral("financial_year")), row.financialYear);
    sheet.text(r, col(QStringLiteral("cohort")), cohortKey(row.cohort));
    sheet.text(r, programmeCol, row.programme);
    sheet.text(r, col(QStringLiteral("provider")), row.provider);
    sheet.text(r, col(QStringLiteral("risk_level")), row.riskLevel);
    for (FigureField f : kAllFigureFields)
        writeFigure(sheet, formats, r, col(fieldKey(f)), row.figures[size_t(f)], figureKind(f));
    for (MeasureId m : kAllMeasures)
        writeMeasure(sheet, formats, comparison, r, col(comparisonMeasureColumn(m)), m, row.measures.value(m));

    // A caveat naming figures comments those cells; one on the whole return, the programme.
    QStringList caveats;
    for (qsizetype i = 0; i < row.caveats.size(); ++i) {
        const Caveat &caveat = row.caveats.at(i);
        const QString text = footnoted(row.footnotes.value(i), caveat.text);
        caveats << text;
        if (caveat.fields.isEmpty())
            sheet.comment(r, programmeCol, text);
        for (FigureField f : caveat.fields)
            sheet.comment(r, col(fieldKey(f)), text);
    }
    QStringList flags;
    for (const QualityFlag &flag : row.flags)
        flags << flag.message;
    sheet.text(r, col(QStringLiteral("caveats")), caveats.join(QStringLiteral("; ")));
    sheet.text(r, col(QStringLiteral("flags")), flags.join(QStringLiteral("; ")));
    sheet.text(r, col(QStringLiteral("source")), row.source);
}

// Below the rows, after a blank one: each figure's sum. A sum over returns of which some have
// no number is a lower bound, and says so three ways: its style, a comment, a note beneath.
void writeTotals(XlsxSheet &sheet, const Formats &formats, const Comparison &comparison, int totalRow)
{
    sheet.text(totalRow, 0, XlsxText::tr("Total"), formats.totalLabel);
    bool anyPartial = false;
    for (FigureField f : kAllFigureFields) {
        const ColumnTotal &total = comparison.totals[size_t(f)];
        const int col = int(comparisonCsvColumns().indexOf(fieldKey(f)));
        const bool money = figureKind(f) == FigureKind::Money;
        if (!total.value) {
            sheet.text(totalRow, col, kMissing, formats.status);
            sheet.comment(totalRow, col, XlsxText::tr("no return has a number"));
            continue;
        }
        const double value = money ? double(*total.value) / 100.0 : double(*total.value);
        const QString shown = money ? formatMoney(*total.value) : countText(value);
        if (!total.partial) {
            sheet.number(totalRow, col, value, money ? formats.totalMoney : formats.totalCount, shown);
            continue;
        }
        anyPartial = true;
        sheet.number(totalRow, col, value, money ? formats.partialMoney : formats.partialCount, shown);
        // Worded to need no plural: a partial sum has at least one return with a number and one without.
        sheet.comment(totalRow, col,
                      XlsxText::tr("partial: no number from %1 of the %2 returns")
                          .arg(total.rowsWithoutNumber)
                          .arg(comparison.rows.size()));
        sheet.text(totalRow + 1, col, XlsxText::tr("partial"), formats.status);
    }
    if (anyPartial)
        sheet.text(totalRow + 1, 0, XlsxText::tr("partial: a lower bound, as some returns have no number"),
            formats.note, false);
}

void writeComparisonSheet(XlsxBook &book, const Formats &formats, const Comparison &comparison)
{
    XlsxSheet sheet(book, XlsxText::tr("Comparison"));
    if (!sheet.isValid())
        return;
    const QStringList &columns = comparisonCsvColumns();
    sheet.headerRow(columns, formats.header);
    // Rows scroll under the header; area, year, cohort and programme stay in sight while the
    // figures scroll.
    sheet.freezePanes(1, int(columns.indexOf(QStringLiteral("programme"))) + 1);
    for (int i = 0; i < comparison.rows.size(); ++i)
        writeComparisonRow(sheet, formats, comparison, 1 + i, comparison.rows.at(i));
    // The filter covers the returns only, so sorting never moves the total among them.
    sheet.autofilter(int(comparison.rows.size()), int(columns.size() - 1));
    if (!comparison.rows.isEmpty())
        writeTotals(sheet, formats, comparison, int(comparison.rows.size()) + 2);
    sheet.finish();
}

void writeNotesSheet(XlsxBook &book, const Formats &formats, const Comparison &comparison)
{
    XlsxSheet sheet(book, XlsxText::tr("Notes"));
    if (!sheet.isValid())
        return;
    sheet.headerRow({XlsxText::tr("Note"), XlsxText::tr("Caveat")}, formats.header);
    sheet.freezePanes(1, 0);
    for (int i = 0; i < comparison.footnotes.size(); ++i) {
        sheet.number(1 + i, 0, i + 1, nullptr, QString::number(i + 1));
        sheet.text(1 + i, 1, comparison.footnotes.at(i));
    }
    sheet.finish();
}

void writeFlagsSheet(XlsxBook &book, const Formats &formats, const Comparison &comparison)
{
    XlsxSheet sheet(book, XlsxText::tr("Flags"));
    if (!sheet.isValid())
        return;
    const QStringList headers{XlsxText::tr("Area"), XlsxText::tr("Programme"), XlsxText::tr("Financial year"),
        XlsxText::tr("Cohort"), XlsxText::tr("Flag")};
    sheet.headerRow(headers, formats.header);
    sheet.freezePanes(1, 0);
    int r = 0;
    for (const ComparisonRow &row : comparison.rows) {
        for (const QualityFlag &flag : row.flags) {
            ++r;
            sheet.text(r, 0, Areas::interchangeName(row.areaCode));
            sheet.text(r, 1, row.programme);
            sheet.text(r, 2, row.financialYear);
            sheet.text(r, 3, cohortKey(row.cohort));
            sheet.text(r, 4, flag.message);
        }
    }
    sheet.autofilter(r, int(headers.size() - 1));
    sheet.finish();
}

void writeSourcesSheet(XlsxBook &book, const Formats &formats, const Comparison &comparison)
{
    XlsxSheet sheet(book, XlsxText::tr("Sources"));
    if (!sheet.isValid())
        return;
    const QStringList headers{XlsxText::tr("FOI reference"), XlsxText::tr("Issuing body"), XlsxText::tr("Area"),
        XlsxText::tr("Financial year"), XlsxText::tr("Cohort"), XlsxText::tr("Request received"),
        XlsxText::tr("Response date")};
    sheet.headerRow(headers, formats.header);
    sheet.freezePanes(1, 0);
    const QString notStated = XlsxText::tr("not stated");
    for (int i = 0; i < comparison.letters.size(); ++i) {
        const ComparisonLetter &letter = comparison.letters.at(i);
        const int r = 1 + i;
        if (letter.foiReference.isEmpty()) // a panel report has none: say what it is instead
            sheet.text(r, 0, letterKindLabel(letter.kind), formats.note);
        else
            sheet.text(r, 0, letter.foiReference);
        if (letter.issuingBody.isEmpty())
            sheet.text(r, 1, notStated, formats.note);
        else
            sheet.text(r, 1, letter.issuingBody);
        sheet.text(r, 2, letter.areaName);
        sheet.text(r, 3, letter.financialYear);
        sheet.text(r, 4, cohortKey(letter.cohort));
        for (const auto &[col, date] : {std::pair{5, letter.requestReceived}, std::pair{6, letter.responseDate}}) {
            if (date.isValid())
                sheet.date(r, col, date, formats.date);
            else
                sheet.text(r, col, notStated, formats.status);
        }
    }
    sheet.autofilter(int(comparison.letters.size()), int(headers.size() - 1));
    sheet.finish();
}

} // namespace

bool writeComparisonXlsx(const Comparison &comparison, const QString &path, QString *error)
{
    XlsxBook book(path);
    const Formats formats(book);
    writeComparisonSheet(book, formats, comparison);
    writeNotesSheet(book, formats, comparison);
    writeFlagsSheet(book, formats, comparison);
    writeSourcesSheet(book, formats, comparison);
    return book.save(error);
}

} // namespace dapp
