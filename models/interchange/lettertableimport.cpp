// Questions by their number, programmes by their column.
#include "interchange/lettertableimport.h"
#include "domain/areas.h"
#include "domain/figure.h"
#include "domain/financialyear.h"
#include "domain/funding.h"
#include "interchange/areamatch.h"
#include "interchange/tidyimport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(LetterTableImport)
};

// The question a row answers: 1–10 from its leading number, 11 for the evaluation link; 0 none.
// Derbyshire's table merges the link's row into question 9's; the number inside wins then.
int questionOf(QStringView firstCell)
{
    const QStringView cell = firstCell.trimmed();
    // Most first cells of a large sheet are an area's name: told apart without a copy or a
    // regular expression, since every row of a tidy sheet is asked.
    const bool numbered = !cell.isEmpty() && (cell.front().isDigit() || cell.front() == u'q' || cell.front() == u'Q');
    const bool link = cell.startsWith(QLatin1String("link to evaluation"), Qt::CaseInsensitive)
                      || cell.startsWith(QLatin1String("evaluation"), Qt::CaseInsensitive);
    if (!numbered && !link)
        return 0;
    const QString text = cell.toString();
    // "2.", "2)", "2:", "Q3 Self-referred", "Question 4 - completed", "2 The total number": a
    // number of one or two digits before the question's words (not "2022/23", not "10,000"). A
    // number alone is not a question: a tidy sheet's ID column holds them.
    static const QRegularExpression leading(
        QStringLiteral("^(?:q(?:uestion)?\\s*)?(\\d{1,2})(?:\\s*[.):\\-–—]|\\s+(?=[^\\d\\s,.]))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = leading.match(text); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        return n >= 1 && n <= 10 ? n : 0;
    }
    if (text.startsWith(QLatin1String("link to evaluation"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("evaluation"), Qt::CaseInsensitive)) {
        static const QRegularExpression inner(QStringLiteral("\\b(9|10)\\s*\\."));
        if (const QRegularExpressionMatch m = inner.match(text); m.hasMatch())
            return m.captured(1).toInt();
        return 11;
    }
    return 0;
}

// Whether a row has anything past its first cell: a numbered note under the table ("1 Figures
// are provisional") has not, and answers no question.
bool hasValues(const SheetRows &rows, qsizetype row)
{
    for (qsizetype c = 1; c < rows.cellCount(row); ++c)
        if (!rows.cell(row, c).trimmed().isEmpty())
            return true;
    return false;
}

// "Changes Program - Standard Medium Risk – Adults": the name before the first " - ".
QString programmeName(const QString &cell)
{
    static const QRegularExpression dash(QStringLiteral("\\s+[-–—]\\s+"));
    return cell.split(dash).constFirst().trimmed();
}

QString riskLevelOf(const QString &cell)
{
    const QString lower = cell.toLower();
    if (lower.contains(QLatin1String("high risk")) || lower.contains(QLatin1String("high-risk")))
        return QStringLiteral("high");
    if (lower.contains(QLatin1String("standard")) || lower.contains(QLatin1String("medium")))
        return QStringLiteral("standard/medium");
    return {};
}

// "Social Workers/Social Care, Probation, Police": a list written with commas or semicolons.
// A comma inside brackets ("Home Office (£5,000, 25%)") or between digits ("£91,075") is part of
// its item, not a separator. A bracket never closed ("Police (Derby, Probation") holds nothing
// together: the list is split as if it were not there.
QStringList listOf(const QString &cell, bool bracketsHold = true)
{
    QStringList items;
    QString item;
    int depth = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == QLatin1Char('(') && bracketsHold)
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        const bool inNumber = c == QLatin1Char(',') && i > 0 && i + 1 < cell.size() && cell.at(i - 1).isDigit()
                              && cell.at(i + 1).isDigit();
        if (depth == 0 && (c == QLatin1Char(';') || (c == QLatin1Char(',') && !inNumber))) {
            items << item.trimmed();
            item.clear();
        } else {
            item += c;
        }
    }
    if (depth > 0)
        return listOf(cell, false);
    items << item.trimmed();
    items.removeAll(QString());
    return items;
}
} // namespace

bool looksLikeLetterTable(const SheetRows &rows)
{
    // Question 1 (the programmes) and at least three more, each with values beside it.
    QSet<int> questions;
    for (qsizetype r = 0; r < rows.size(); ++r)
        if (const int q = hasValues(rows, r) ? questionOf(rows.cell(r, 0)) : 0; q > 0)
            questions.insert(q);
    return questions.contains(1) && questions.size() >= 4;
}

std::optional<Cohort> cohortFromQuestions(const SheetRows &rows)
{
    bool males = false;
    bool females = false;
    static const QRegularExpression male(QStringLiteral("\\bmales?\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression female(QStringLiteral("\\bfemales?\\b"), QRegularExpression::CaseInsensitiveOption);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (questionOf(rows.cell(r, 0)) == 0)
            continue;
        const QString question = rows.cell(r, 0).toString();
        males = males || male.match(question).hasMatch();
        females = females || female.match(question).hasMatch();
    }
    if (males == females)
        return std::nullopt;
    return males ? Cohort::Male : Cohort::Female;
}

ImportBatch readLetterTableRows(const QString &file, const QString &sheet, const SheetRows &rows,
                                const LetterTableContext &context)
{
    ImportBatch batch;
    batch.file = file;
    batch.sheet = sheet;
    // An error, unless its caller makes it a warning (problem(…).severity = Warning).
    auto problem = [&](int row, const QString &column, const QString &message, int columnNumber = 0) -> ImportProblem & {
        ImportProblem p;
        p.file = file;
        p.sheet = sheet;
        p.row = row;
        p.column = column;
        p.columnNumber = columnNumber;
        p.message = message;
        batch.problems << p;
        return batch.problems.last();
    };
    constexpr auto kWarning = ImportProblem::Severity::Warning;

    // What the user gives: the area, the year, the cohort.
    QString areaCode;
    if (context.areaText.trimmed().isEmpty()) {
        problem(0, QString(), T::tr("the table does not name its police force area: give it (Area, or --area NAME)"));
    } else {
        const AreaMatch m = matchArea(context.areaText);
        if (m.code.isEmpty())
            problem(0, QString(), areaRefusal(context.areaText.trimmed(), m));
        areaCode = m.code;
    }
    const FinancialYearParse year = parseFinancialYear(context.financialYear);
    if (context.financialYear.trimmed().isEmpty())
        problem(0, QString(), T::tr("the table does not name its financial year: give it (Financial year, or --year 2022/23)"));
    else if (!year.error.isEmpty())
        problem(0, QString(), year.error);
    if (!areaCode.isEmpty() && !matchArea(context.areaText).exact)
        problem(0, QString(), T::tr("“%1” read as %2").arg(context.areaText.trimmed(), Areas::nameOf(areaCode))).severity
            = kWarning;
    const std::optional<Cohort> said = cohortFromQuestions(rows);
    std::optional<Cohort> cohort = context.cohort ? context.cohort : said;
    if (context.cohort && said && *said != *context.cohort) {
        const auto people = [](Cohort c) {
            return c == Cohort::Male ? T::tr("males") : c == Cohort::Female ? T::tr("females") : T::tr("everyone");
        };
        problem(0, QString(), T::tr("the questions ask about %1, but the cohort given is %2; the cohort given is taken")
                                  .arg(people(*said), people(*context.cohort)))
            .severity = kWarning;
    }
    if (!cohort)
        problem(0, QString(), T::tr("the questions do not say whether the programmes are for males or females: give "
                                    "the cohort (--cohort male|female|all)"));

    // The providers' row: the first row before the questions with an empty first cell.
    qsizetype providerRow = -1;
    QHash<int, qsizetype> questionRow; // question → index in rows
    // Read in place: a large sheet read as a letter table (the user's choice) copies no row.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.cellCount(i) == 0)
            continue;
        const QStringView first = rows.cell(i, 0).trimmed();
        const bool values = hasValues(rows, i);
        const int q = values ? questionOf(first) : 0;
        if (q > 0) {
            if (questionRow.contains(q))
                problem(int(i) + 1, QString(), T::tr("question %1 is answered again (first in row %2)").arg(q).arg(questionRow.value(q) + 1));
            else
                questionRow.insert(q, i);
        } else if (providerRow < 0 && questionRow.isEmpty() && first.isEmpty() && rows.cellCount(i) > 1) {
            providerRow = i;
        } else if (values) {
            // A row with values that answers no question it can tell: said, never dropped unseen.
            problem(int(i) + 1, QString(),
                    first.isEmpty()
                        ? T::tr("this row has values but no question in its first cell; they are not imported")
                        : T::tr("“%1” is not a question of the standard request (1 to 10, or the evaluation link); "
                                "the row's values are not imported")
                              .arg(first.left(60).toString()))
                .severity = kWarning;
        }
    }
    if (!questionRow.contains(1)) {
        problem(0, QString(), T::tr("no row answers question 1 (the programmes' names): is this a letter table?"));
        return batch;
    }
    qsizetype columns = rows.cellCount(questionRow.value(1));
    if (providerRow >= 0)
        columns = std::max(columns, rows.cellCount(providerRow));
    auto cellAt = [&](qsizetype rowIndex, qsizetype column) {
        return rowIndex >= 0 ? rows.cell(rowIndex, column).trimmed().toString() : QString();
    };

    // Every cell of the table's rows, past the programmes' columns too: a value in a column with
    // no programme is an error, as a value past the header is in the tidy layout.
    for (auto it = questionRow.cbegin(); it != questionRow.cend(); ++it)
        columns = std::max(columns, rows.cellCount(it.value()));
    for (int q = 2; q <= 10; ++q)
        if (!questionRow.contains(q))
            problem(0, QString(), T::tr("no row answers question %1; what it asks is left not provided").arg(q)).severity
                = kWarning;

    QHash<QString, qsizetype> seen; // a return's key → its index in batch.returns
    for (qsizetype c = 1; c < columns; ++c) {
        const QString nameCell = cellAt(questionRow.value(1), c);
        if (nameCell.isEmpty() && cellAt(providerRow, c).isEmpty()) {
            for (int q = 1; q <= 11; ++q)
                if (const QString value = cellAt(questionRow.value(q, -1), c); !value.isEmpty()) {
                    problem(int(questionRow.value(q)) + 1, QString(),
                            T::tr("column %1 has a value (“%2”) but no programme or provider above it")
                                .arg(c + 1)
                                .arg(value.left(40)),
                            int(c) + 1);
                    break;
                }
            continue; // a column left empty
        }
        const int errorsBefore = countErrors(batch.problems);
        ImportedReturn out;
        out.column = int(c) + 1;
        out.values.source = sheet.isEmpty() ? T::tr("%1, column %2").arg(file).arg(c + 1)
                                            : T::tr("%1, sheet “%2”, column %3").arg(file, sheet).arg(c + 1);
        Letter letter;
        letter.areaCode = areaCode;
        letter.financialYear = year.year;
        letter.cohort = cohort.value_or(Cohort::All);
        letter.foiReference = context.foiReference.trimmed();
        Programme programme;
        programme.areaCode = areaCode;
        programme.provider = cellAt(providerRow, c);
        programme.name = programmeName(nameCell);
        programme.scope = nameCell;
        programme.riskLevel = riskLevelOf(nameCell);
        if (programme.name.isEmpty())
            problem(int(questionRow.value(1)) + 1, cellAt(providerRow, c), T::tr("the programme has no name"), int(c) + 1);
        for (FigureField field : kAllFigureFields) {
            const int q = questionNumber(field);
            if (!questionRow.contains(q))
                continue; // not asked: not provided
            const FigureParse parsed = parseFigure(cellAt(questionRow.value(q), c), figureKind(field), true);
            if (parsed.figure) {
                out.values.figure(field) = *parsed.figure;
            } else {
                problem(int(questionRow.value(q)) + 1, cellAt(providerRow, c), parsed.error, int(c) + 1);
            }
            if (!parsed.warning.isEmpty())
                problem(int(questionRow.value(q)) + 1, cellAt(providerRow, c), parsed.warning, int(c) + 1).severity
                    = kWarning;
        }
        out.values.referrers = listOf(cellAt(questionRow.value(8, -1), c));
        // "PCC (40%), Home Office (£91,075)": a share or an amount in brackets, as a funder's own.
        for (const QString &item : listOf(cellAt(questionRow.value(9, -1), c)))
            out.values.funders << parseFunderText(item);
        if (const QString wrong = fundersProblem(out.values.funders); !wrong.isEmpty())
            problem(int(questionRow.value(9)) + 1, cellAt(providerRow, c), wrong, int(c) + 1);
        const QString link = cellAt(questionRow.value(11, -1), c);
        if (link.startsWith(QLatin1String("http"), Qt::CaseInsensitive) || link.startsWith(QLatin1String("www."), Qt::CaseInsensitive)) {
            programme.evaluationUrl = link;
        } else if (!link.isEmpty()) {
            // "Not evaluated", "none yet": no link, and said so.
            problem(int(questionRow.value(11)) + 1, cellAt(providerRow, c),
                    T::tr("“%1” is not a link (it starts neither with http nor with www.); no evaluation link is imported")
                        .arg(link.left(60)),
                    int(c) + 1)
                .severity = kWarning;
        }
        if (countErrors(batch.problems) == errorsBefore) {
            // Two columns of one programme are the same return, handled as the user chooses for
            // duplicates, as two rows of a tidy sheet are (found by review: both were added).
            const QString key = returnKey(letter, programme);
            if (const auto it = seen.constFind(key); it != seen.constEnd())
                out.sameAs = *it;
            else
                seen.insert(key, batch.returns.size());
            out.letter = batch.addLetter(letter);
            out.programme = batch.addProgramme(programme);
            batch.returns << out;
        }
    }
    if (batch.returns.isEmpty() && !batch.hasErrors())
        problem(0, QString(), T::tr("the table has no programme columns"));
    return batch;
}

} // namespace dapp
