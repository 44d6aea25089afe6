// Builds the summary table from the comparison. A figure that is not a number shows its status
// word, never 0; caveats show as the footnote numbers of the Notes.
#include "report/summarytable.h"
#include "report/pageflow.h"
#include "report/reportblocks.h"
#include "report/reporttable.h"

#include <QSet>

#include <array>

namespace dapp {

namespace {
constexpr std::array<MeasureId, 3> kRates
    = {MeasureId::AllAcceptanceRate, MeasureId::AllCompletionRate, MeasureId::AllEndToEndRate};

QList<TableColumn> summaryColumns()
{
    const QString self = ReportText::tr("Self-referrals");
    const QString agency = ReportText::tr("Agency referrals");
    const QString rates = ReportText::tr("Rates, all referrals");
    return {
        {ReportText::tr("Area"), {}, false, 1.0},
        {ReportText::tr("Programme"), {}, false, 2.0},
        {ReportText::tr("Year"), {}, false, 0},
        {ReportText::tr("Cohort"), {}, false, 0},
        {ReportText::tr("Referred"), self, true, 0},
        {ReportText::tr("Accepted"), self, true, 0},
        {ReportText::tr("Completed"), self, true, 0},
        {ReportText::tr("Referred"), agency, true, 0},
        {ReportText::tr("Accepted"), agency, true, 0},
        {ReportText::tr("Completed"), agency, true, 0},
        {ReportText::tr("Budget"), {}, true, 0},
        {ReportText::tr("Acceptance"), rates, true, 0},
        {ReportText::tr("Completion"), rates, true, 0},
        {ReportText::tr("End to end"), rates, true, 0},
    };
}

// Counts are grouped by thousands like the money, independent of the machine's locale.
QString formatCount(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString formatAmount(qint64 value, FigureKind kind)
{
    return kind == FigureKind::Money ? formatMoney(value) : formatCount(value);
}

TableCell figureCell(const Comparison &comparison, const ComparisonRow &row, FigureField field)
{
    const Figure &figure = row.figures[size_t(field)];
    TableCell cell;
    cell.missing = !figure.isReported();
    cell.text = cell.missing ? statusShortLabel(figure.status) : formatAmount(figure.value, figureKind(field));
    // Only the caveats that name this figure: the whole return's are marked on its programme.
    QStringList naming;
    for (const Caveat &c : row.caveats)
        if (c.fields.contains(field))
            naming << c.text;
    cell.marks = footnoteMarks(comparison.footnoteNumbers(naming));
    return cell;
}

TableCell rateCell(
    const Comparison &comparison, const ComparisonRow &row, MeasureId id, const QSet<QString> &wholeReturn)
{
    const Measure m = row.measures.value(id);
    TableCell cell {formatMeasure(m, id), {}, {}, !m.value.has_value()};
    QStringList own;
    for (const QString &text : m.caveats)
        if (!wholeReturn.contains(text))
            own << text;
    cell.marks = footnoteMarks(comparison.footnoteNumbers(own));
    return cell;
}

QList<TableCell> rowCells(const Comparison &comparison, const ComparisonRow &row)
{
    QSet<QString> wholeReturn;
    QStringList wholeTexts;
    for (const Caveat &c : row.caveats) {
        if (c.fields.isEmpty()) {
            wholeReturn.insert(c.text);
            wholeTexts << c.text;
        }
    }
    QList<TableCell> cells;
    cells.reserve(14);
    const QString notStated = ReportText::tr("not stated");
    cells << TableCell {row.areaName, {}, {}, false};
    cells << TableCell {row.programme.isEmpty() ? ReportText::tr("unnamed") : row.programme, row.provider,
        footnoteMarks(comparison.footnoteNumbers(wholeTexts)), row.programme.isEmpty()};
    cells << TableCell {
        row.financialYear.isEmpty() ? notStated : row.financialYear, {}, {}, row.financialYear.isEmpty()};
    cells << TableCell {cohortLabel(row.cohort), {}, {}, false};
    for (FigureField f : kAllFigureFields)
        cells << figureCell(comparison, row, f);
    for (MeasureId id : kRates)
        cells << rateCell(comparison, row, id, wholeReturn);
    return cells;
}

// A sum that leaves out returns without a number is a lower bound, and says so.
TableCell totalCell(const ColumnTotal &total, FigureKind kind)
{
    if (!total.value)
        return TableCell {ReportText::tr("no number"), {}, {}, true};
    const QString amount = formatAmount(*total.value, kind);
    return TableCell {total.partial ? ReportText::tr("≥ %1").arg(amount) : amount, {}, {}, false};
}

QList<TableCell> totalCells(const Comparison &comparison)
{
    QList<TableCell> cells;
    cells << TableCell {ReportText::tr("Total"), {}, {}, false};
    cells << TableCell {} << TableCell {} << TableCell {};
    for (FigureField f : kAllFigureFields)
        cells << totalCell(comparison.totals[size_t(f)], figureKind(f));
    // A sum of rates means nothing; the rates stay per return.
    cells << TableCell {} << TableCell {} << TableCell {};
    return cells;
}

// What the partial totals leave out, column by column: "self referred 3, budget 2". Counts
// after labels need no plural forms, which the report's source language does not ship.
QString partialTotalsNote(const Comparison &comparison)
{
    QStringList parts;
    for (FigureField f : kAllFigureFields) {
        const ColumnTotal &t = comparison.totals[size_t(f)];
        if (t.partial)
            parts << QStringLiteral("%1 %2").arg(fieldLabel(f).toLower()).arg(t.rowsWithoutNumber);
    }
    if (parts.isEmpty())
        return {};
    return ReportText::tr("≥ marks a partial total, a lower bound: the sum of the returns that give a number. "
                          "Returns without a number: %1.")
        .arg(parts.join(QStringLiteral(", ")));
}
} // namespace

QString footnoteMarks(const QList<int> &numbers)
{
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1)
            ++j;
        if (j - i >= 2)
            parts << QStringLiteral("%1–%2").arg(numbers[i]).arg(numbers[j]);
        else
            for (qsizetype k = i; k <= j; ++k)
                parts << QString::number(numbers[k]);
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

void flowSummaryTable(PageFlow &flow, const ReportStyle &style, const Comparison &comparison)
{
    if (comparison.rows.isEmpty()) {
        flowParagraph(flow, style.body, ReportText::tr("No returns match the filters."), style.ink);
        return;
    }
    ReportTable table(style, summaryColumns());
    table.reserve(comparison.rows.size());
    for (const ComparisonRow &row : comparison.rows)
        table.addRow(rowCells(comparison, row));
    table.setTotalRow(totalCells(comparison));
    table.flow(flow);

    flow.skip(4 * style.pt);
    const QStringList caption {
        ReportText::tr("A figure the letter does not give as a number shows why, in grey italic: n/a (not "
                       "applicable), not held, held by provider, withheld or not provided. It is never 0; a 0 "
                       "is a zero the letter states."),
        ReportText::tr("Superscript numbers refer to the Notes; after a programme's name they qualify the "
                       "whole return."),
        ReportText::tr("Rates are over self and agency referrals together: acceptance is accepted ÷ referred, "
                       "completion is completed ÷ accepted, end to end is completed ÷ referred. — marks a rate "
                       "whose inputs are not all numbers."),
        partialTotalsNote(comparison),
    };
    for (const QString &text : caption)
        if (!text.isEmpty())
            flowParagraph(flow, style.small, text, style.muted);
}

} // namespace dapp
