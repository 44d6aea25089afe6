// One row at a time, one cell at a time: every problem is collected, none stops the reading, so
// the preview lists them all at once.
#include "interchange/tidyimport.h"
#include "domain/areas.h"
#include "domain/figure.h"
#include "domain/financialyear.h"
#include "domain/funding.h"
#include "domain/letterdate.h"
#include "interchange/areamatch.h"
#include "interchange/listfield.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dapp {

namespace {
struct TidyImportText
{
    Q_DECLARE_TR_FUNCTIONS(TidyImport)
};
using T = TidyImportText;

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

class RowReader
{
public:
    RowReader(ImportBatch &batch, const QStringList &header, const TidyMapping &mapping, const QStringList &cells, int row,
              QSet<QString> &pool)
        : m_batch(batch), m_header(header), m_mapping(mapping), m_cells(cells), m_row(row), m_pool(pool)
    {
    }

    // The one copy of a text many rows repeat (a year, a provider, a referrer): 100,000 rows
    // then hold a few hundred strings, not a million.
    QString shared(const QString &text)
    {
        if (text.isEmpty())
            return QString();
        const auto it = m_pool.constFind(text);
        if (it != m_pool.constEnd())
            return *it;
        m_pool.insert(text);
        return text;
    }
    QString sharedCell(const QString &key) { return shared(cell(key)); }

    QString cell(const QString &key) const
    {
        const int c = m_mapping.column(key);
        return c >= 0 && c < m_cells.size() ? m_cells.at(c).trimmed() : QString();
    }
    bool has(const QString &key) const { return m_mapping.column(key) >= 0; }

    void problem(ImportProblem::Severity severity, const QString &key, const QString &message)
    {
        ImportProblem p;
        p.severity = severity;
        p.file = m_batch.file;
        p.sheet = m_batch.sheet;
        p.row = m_row;
        const int c = m_mapping.column(key);
        p.column = c >= 0 && c < m_header.size() ? m_header.at(c).trimmed() : (key.isEmpty() ? QString() : tidyColumnLabel(key));
        p.message = message;
        m_batch.problems << p;
    }
    void error(const QString &key, const QString &message)
    {
        ++m_errors;
        problem(ImportProblem::Severity::Error, key, message);
    }
    int errors() const { return m_errors; }
    void warning(const QString &key, const QString &message) { problem(ImportProblem::Severity::Warning, key, message); }

private:
    ImportBatch &m_batch;
    const QStringList &m_header;
    const TidyMapping &m_mapping;
    const QStringList &m_cells;
    int m_row;
    QSet<QString> &m_pool;
    int m_errors = 0;
};

QString quoted(const QString &text) { return QStringLiteral("“%1”").arg(text); }

void readArea(RowReader &r, ImportedReturn &out)
{
    const QString text = r.cell(QStringLiteral("area"));
    if (text.isEmpty()) {
        r.error(QStringLiteral("area"), T::tr("no area is given (write Unknown when the letter does not say)"));
        return;
    }
    const AreaMatch m = matchArea(text);
    if (m.code.isEmpty()) {
        r.error(QStringLiteral("area"), areaRefusal(text, m));
        return;
    }
    if (!m.exact)
        r.warning(QStringLiteral("area"), T::tr("%1 read as %2").arg(quoted(text), Areas::nameOf(m.code)));
    out.letter.areaCode = m.code;
    out.programme.areaCode = m.code;
}

void readLetter(RowReader &r, ImportedReturn &out)
{
    const QString year = r.cell(QStringLiteral("financial_year"));
    const FinancialYearParse fy = parseFinancialYear(year);
    if (year.isEmpty())
        r.error(QStringLiteral("financial_year"), T::tr("no financial year is given (e.g. 2022/23)"));
    else if (!fy.error.isEmpty())
        r.error(QStringLiteral("financial_year"), fy.error);
    out.letter.financialYear = r.shared(fy.year);

    const QString cohortText = r.cell(QStringLiteral("cohort"));
    if (const std::optional<Cohort> cohort = parseCohort(cohortText))
        out.letter.cohort = *cohort;
    else if (cohortText.isEmpty())
        r.error(QStringLiteral("cohort"), T::tr("no cohort is given (male, female or all)"));
    else
        r.error(QStringLiteral("cohort"), T::tr("%1 is not a cohort (male, female or all)").arg(quoted(cohortText)));

    out.letter.foiReference = r.sharedCell(QStringLiteral("foi_reference"));
    const QString date = r.cell(QStringLiteral("response_date"));
    const LetterDateParse parsed = parseLetterDate(date);
    if (!parsed.error.isEmpty())
        r.error(QStringLiteral("response_date"), parsed.error);
    out.letter.responseDate = parsed.date;
}

void readProgramme(RowReader &r, ImportedReturn &out)
{
    out.programme.name = r.sharedCell(QStringLiteral("programme"));
    if (out.programme.name.isEmpty())
        r.error(QStringLiteral("programme"), T::tr("no programme name is given"));
    out.programme.provider = r.sharedCell(QStringLiteral("provider"));
    out.programme.riskLevel = r.sharedCell(QStringLiteral("risk_level"));
    out.programme.evaluationUrl = r.sharedCell(QStringLiteral("evaluation_url"));
}

void readFigures(RowReader &r, ImportedReturn &out)
{
    for (FigureField field : kAllFigureFields) {
        const QString key = field == FigureField::Budget ? QStringLiteral("budget_gbp") : fieldKey(field);
        const FigureParse parsed = parseFigure(r.cell(key), figureKind(field));
        if (parsed.figure)
            out.values.figure(field) = *parsed.figure;
        else
            r.error(key, parsed.error);
    }
}

void readLists(RowReader &r, ImportedReturn &out)
{
    for (const QString &item : splitListField(r.cell(QStringLiteral("referrers"))))
        out.values.referrers << r.shared(item);
    for (const QString &item : splitListField(r.cell(QStringLiteral("funders")))) {
        Funder funder = parseFunderText(item);
        funder.name = r.shared(funder.name);
        out.values.funders << funder;
    }
    if (const QString problem = fundersProblem(out.values.funders); !problem.isEmpty())
        r.error(QStringLiteral("funders"), problem);
    for (const QString &item : splitListField(r.cell(QStringLiteral("caveats")))) {
        if (const std::optional<Caveat> caveat = parseCaveatText(item)) {
            out.values.caveats << Caveat{r.shared(caveat->text), caveat->fields};
        } else {
            out.values.caveats << Caveat{item, {}};
            r.warning(QStringLiteral("caveats"),
                      T::tr("the brackets of %1 name no figure, so it is kept whole, on the whole return").arg(quoted(item)));
        }
    }
}

QString keyOf(const ImportedReturn &r)
{
    return QStringList{r.letter.areaCode, r.letter.financialYear, cohortKey(r.letter.cohort), r.programme.name.toLower(),
                       r.programme.provider.toLower()}
        .join(QChar(0x1f));
}
} // namespace

std::optional<Cohort> parseCohort(const QString &text)
{
    static const QHash<QString, Cohort> words = {
        {QStringLiteral("male"), Cohort::Male},       {QStringLiteral("males"), Cohort::Male},
        {QStringLiteral("m"), Cohort::Male},          {QStringLiteral("men"), Cohort::Male},
        {QStringLiteral("man"), Cohort::Male},        {QStringLiteral("female"), Cohort::Female},
        {QStringLiteral("females"), Cohort::Female},  {QStringLiteral("f"), Cohort::Female},
        {QStringLiteral("women"), Cohort::Female},    {QStringLiteral("woman"), Cohort::Female},
        {QStringLiteral("all"), Cohort::All},         {QStringLiteral("both"), Cohort::All},
        {QStringLiteral("mixed"), Cohort::All},       {QStringLiteral("all genders"), Cohort::All},
        {QStringLiteral("male and female"), Cohort::All},
    };
    const auto it = words.constFind(text.simplified().toLower());
    return it == words.constEnd() ? std::nullopt : std::optional<Cohort>(*it);
}

Funder parseFunderText(const QString &text)
{
    Funder f;
    f.name = text.trimmed();
    static const QRegularExpression withValues(QStringLiteral("^(.*\\S)\\s*\\(([^()]*)\\)$"));
    const QRegularExpressionMatch m = withValues.match(f.name);
    if (!m.hasMatch())
        return f;
    Funder parsed;
    parsed.name = m.captured(1);
    // formatFunder joins the amount and the share with ", "; an amount's own commas have no space.
    for (const QString &part : m.captured(2).split(QStringLiteral(", "))) {
        if (part.trimmed().endsWith(QLatin1Char('%'))) {
            const FunderValueParse share = parseFunderShare(part);
            if (!share.ok || !share.sharePercent || parsed.sharePercent)
                return f; // "(Ministry of Justice)": the brackets are part of the name
            parsed.sharePercent = share.sharePercent;
        } else {
            const FunderValueParse amount = parseFunderAmount(part);
            if (!amount.ok || !amount.amountPence || parsed.amountPence)
                return f;
            parsed.amountPence = amount.amountPence;
        }
    }
    return parsed;
}

std::optional<Caveat> parseCaveatText(const QString &text)
{
    static const QRegularExpression scoped(QStringLiteral("^(.*\\S)\\s*\\[([a-z_ ]+)\\]$"));
    const QRegularExpressionMatch m = scoped.match(text.trimmed());
    if (!m.hasMatch())
        return Caveat{text.trimmed(), {}};
    Caveat c;
    c.text = m.captured(1);
    for (const QString &key : m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::optional<FigureField> field = fieldFromKey(key);
        if (!field)
            return std::nullopt;
        c.fields << *field;
    }
    return c;
}

ImportBatch readTidyRows(const QString &file, const QString &sheet, QList<QStringList> rows,
                         const std::optional<TidyMapping> &givenMapping, const Progress &progress)
{
    ImportBatch batch;
    batch.file = file;
    batch.sheet = sheet;
    auto fileProblem = [&](const QString &message, int row = 0) {
        ImportProblem p;
        p.file = file;
        p.sheet = sheet;
        p.row = row;
        p.message = message;
        batch.problems << p;
    };
    qsizetype headerIndex = 0;
    while (headerIndex < rows.size() && isBlank(rows.at(headerIndex)))
        ++headerIndex;
    if (headerIndex == rows.size()) {
        fileProblem(T::tr("there is nothing to import: the sheet is empty"));
        return batch;
    }
    const QStringList header = rows.at(headerIndex);
    const TidyMapping mapping = givenMapping ? *givenMapping : mapTidyHeader(header);
    const int headerRow = int(headerIndex) + 1;
    for (const TidyMapping::Clash &clash : mapping.clashes)
        fileProblem(T::tr("columns “%1” and “%2” both name %3; remove one or map it to something else")
                        .arg(header.value(clash.first), header.value(clash.second), tidyColumnLabel(clash.key)),
                    headerRow);
    if (const QStringList missing = mapping.missingRequired(); !missing.isEmpty()) {
        QStringList labels;
        for (const QString &key : missing)
            labels << tidyColumnLabel(key);
        fileProblem(T::tr("no column is recognised as %1 (the header row is row %2)").arg(labels.join(QStringLiteral(", ")))
                        .arg(headerRow),
                    headerRow);
        return batch;
    }
    for (const QString &unused : mapping.unused) {
        ImportProblem p;
        p.severity = ImportProblem::Severity::Warning;
        p.file = file;
        p.sheet = sheet;
        p.row = headerRow;
        p.column = unused;
        p.message = T::tr("this column is not imported (it names no field of a return)");
        batch.problems << p;
    }

    QHash<QString, int> seen; // a return's key → its row
    QSet<QString> pool;
    // Room for every row at once: a list grown by doubling would hold two copies at its peak.
    batch.returns.reserve(rows.size() - headerIndex - 1);
    ProgressTicker ticker(progress, rows.size() - headerIndex - 1);
    const auto cancel = [&] {
        ImportBatch stopped;
        stopped.file = file;
        stopped.sheet = sheet;
        stopped.cancelled = true;
        return stopped;
    };
    for (qsizetype i = headerIndex + 1; i < rows.size(); ++i) {
        if (!ticker.advance())
            return cancel();
        // Each row is let go once read: with the rows given up by the caller (moved in), a
        // large file's cells and its returns are not all held at once.
        const QStringList cells = std::exchange(rows[i], QStringList());
        if (isBlank(cells))
            continue;
        const int row = int(i) + 1;
        RowReader r(batch, header, mapping, cells, row, pool);
        for (qsizetype c = header.size(); c < cells.size(); ++c)
            if (!cells.at(c).trimmed().isEmpty()) {
                r.error(QString(), T::tr("the row has a value (%1) in column %2, past the last column of the header")
                                       .arg(quoted(cells.at(c).trimmed()))
                                       .arg(c + 1));
                break;
            }
        ImportedReturn out;
        out.row = row;
        out.values.source = sheet.isEmpty() ? T::tr("%1, row %2").arg(file).arg(row)
                                            : T::tr("%1, sheet “%2”, row %3").arg(file, sheet).arg(row);
        readArea(r, out);
        readLetter(r, out);
        readProgramme(r, out);
        readFigures(r, out);
        readLists(r, out);
        if (r.errors() > 0)
            continue;
        const QString key = keyOf(out);
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            r.error(QString(), T::tr("the same return (area, programme, provider, year and cohort) as row %1").arg(*it));
            continue;
        }
        seen.insert(key, row);
        batch.returns << out;
    }
    if (!ticker.finish())
        return cancel();
    return batch;
}

} // namespace dapp
