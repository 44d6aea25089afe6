// Builds a comparison from a project snapshot.
#include "domain/comparison.h"
#include "domain/areas.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace dapp {

namespace {
bool matches(const QStringList &wanted, const QString &value)
{
    if (wanted.isEmpty())
        return true;
    for (const QString &w : wanted)
        if (w.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString sourceOf(const Letter &l)
{
    QStringList parts{l.foiReference.isEmpty() ? letterKindLabel(l.kind) : l.foiReference};
    if (!l.issuingBody.isEmpty())
        parts << l.issuingBody;
    if (l.responseDate.isValid())
        parts << l.responseDate.toString(Qt::ISODate);
    return parts.join(QStringLiteral(", "));
}
} // namespace

bool ComparisonFilter::acceptsLetter(const Letter &letter) const
{
    return matches(areaCodes, letter.areaCode) && matches(financialYears, letter.financialYear)
           && (cohorts.isEmpty() || cohorts.contains(letter.cohort));
}

bool ComparisonFilter::accepts(const Letter &letter, const Programme &programme) const
{
    return acceptsLetter(letter) && matches(riskLevels, programme.riskLevel) && matches(providers, programme.provider);
}

ProjectData ComparisonFilter::restrict(const ProjectData &project) const
{
    ProjectData result = project;
    for (const Letter &l : project.letters)
        if (!acceptsLetter(l))
            result.letters.remove(l.id);
    for (const ProgrammeReturn &r : project.returns)
        if (!accepts(project.letters.value(r.letterId), project.programmes.value(r.programmeId)))
            result.returns.remove(r.id);
    // A context figure goes with its letter: no figure without the source it came from.
    for (const ContextFigure &c : project.contextFigures)
        if (!result.letters.contains(c.letterId))
            result.contextFigures.remove(c.id);
    return result;
}

QStringList ComparisonRow::caveatsFor(FigureField field) const { return caveatTextsFor(caveats, field); }

QList<int> Comparison::footnoteNumbers(const QStringList &caveatTexts) const
{
    QList<int> numbers;
    for (const QString &text : caveatTexts) {
        const qsizetype i = footnotes.indexOf(text);
        if (i >= 0 && !numbers.contains(int(i + 1)))
            numbers << int(i + 1);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

ComparisonRow comparisonRow(const ProjectData &project, const ProgrammeReturn &r)
{
    const Letter letter = project.letters.value(r.letterId);
    const Programme programme = project.programmes.value(r.programmeId);
    ComparisonRow row;
    row.returnId = r.id;
    row.programmeId = r.programmeId;
    row.areaCode = letter.areaCode;
    row.areaName = Areas::nameOf(letter.areaCode);
    row.programme = programme.name;
    row.provider = programme.provider;
    row.riskLevel = programme.riskLevel;
    row.financialYear = letter.financialYear;
    row.cohort = letter.cohort;
    row.figures = r.figures;
    for (MeasureId m : kAllMeasures)
        row.measures.insert(m, computeMeasure(r, m));
    row.caveats = r.caveats;
    row.letterId = letter.id;
    row.source = sourceOf(letter);
    return row;
}

void numberFootnotes(Comparison &c)
{
    c.footnotes.clear();
    QHash<QString, int> numbers;
    for (ComparisonRow &row : c.rows) {
        row.footnotes.clear();
        for (const Caveat &caveat : std::as_const(row.caveats)) {
            auto n = numbers.constFind(caveat.text);
            if (n == numbers.cend()) {
                c.footnotes << caveat.text;
                n = numbers.insert(caveat.text, int(c.footnotes.size()));
            }
            row.footnotes << *n;
        }
    }
}

void sumTotals(Comparison &c)
{
    c.totals = {};
    for (const ComparisonRow &row : std::as_const(c.rows)) {
        for (FigureField f : kAllFigureFields) {
            ColumnTotal &t = c.totals[size_t(f)];
            const Figure &fig = row.figures[size_t(f)];
            if (fig.isReported()) {
                t.value = t.value.value_or(0) + fig.value;
            } else {
                // Any row without a number makes the sum a lower bound, whatever the reason.
                t.partial = true;
                ++t.rowsWithoutNumber;
            }
        }
    }
}

void listSources(Comparison &c, const ProjectData &project)
{
    c.sources.clear();
    c.letters.clear();
    QSet<Id> seen;
    for (const ComparisonRow &row : std::as_const(c.rows)) {
        if (seen.contains(row.letterId))
            continue;
        seen.insert(row.letterId);
        const Letter letter = project.letters.value(row.letterId);
        c.sources << row.source;
        c.letters << ComparisonLetter{letter.id, letter.kind, row.areaName, letter.financialYear, letter.cohort,
                                      letter.foiReference, letter.issuingBody, letter.requestReceived,
                                      letter.responseDate};
    }
    c.sources.removeDuplicates();
}

Comparison computeComparison(const ProjectData &project, const ComparisonFilter &filter)
{
    Comparison c;
    c.filter = filter;
    const QMap<Id, QList<QualityFlag>> flags = flagsByReturn(project, qualityFlags(project));
    for (Id id : project.returnIdsInOrder()) {
        const ProgrammeReturn &r = *project.returns.constFind(id);
        if (!filter.accepts(project.letters.value(r.letterId), project.programmes.value(r.programmeId)))
            continue;
        c.rows << comparisonRow(project, r);
        c.rows.last().flags = flags.value(id);
    }
    numberFootnotes(c);
    sumTotals(c);
    listSources(c, project);
    return c;
}

} // namespace dapp
