// Builds a comparison from a project snapshot.
#include "domain/comparison.h"
#include "domain/areas.h"

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

QStringList ComparisonRow::caveatsFor(FigureField field) const
{
    QStringList texts;
    for (const Caveat &c : caveats)
        if (c.appliesTo(field))
            texts << c.text;
    return texts;
}

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

Comparison computeComparison(const ProjectData &project, const ComparisonFilter &filter)
{
    Comparison c;
    c.filter = filter;
    const QMap<Id, QList<QualityFlag>> flags = flagsByReturn(project, qualityFlags(project));
    QSet<Id> seenLetters;
    for (Id id : project.returnIdsInOrder()) {
        const ProgrammeReturn &r = *project.returns.constFind(id);
        const Letter letter = project.letters.value(r.letterId);
        const Programme programme = project.programmes.value(r.programmeId);
        if (!filter.accepts(letter, programme))
            continue;
        ComparisonRow row;
        row.returnId = id;
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
        for (const Caveat &caveat : r.caveats) {
            qsizetype n = c.footnotes.indexOf(caveat.text);
            if (n < 0) {
                c.footnotes << caveat.text;
                n = c.footnotes.size() - 1;
            }
            row.footnotes << int(n + 1);
        }
        row.caveats = r.caveats;
        row.flags = flags.value(id);
        row.letterId = letter.id;
        row.source = sourceOf(letter);
        if (!c.sources.contains(row.source))
            c.sources << row.source;
        if (!seenLetters.contains(letter.id)) {
            seenLetters.insert(letter.id);
            c.letters << ComparisonLetter{letter.id, letter.kind, row.areaName, letter.financialYear, letter.cohort,
                                          letter.foiReference, letter.issuingBody, letter.requestReceived,
                                          letter.responseDate};
        }
        for (FigureField f : kAllFigureFields) {
            ColumnTotal &t = c.totals[size_t(f)];
            const Figure &fig = r.figure(f);
            if (fig.isReported()) {
                t.value = t.value.value_or(0) + fig.value;
            } else {
                // Any row without a number makes the sum a lower bound, whatever the reason.
                t.partial = true;
                ++t.rowsWithoutNumber;
            }
        }
        c.rows << row;
    }
    return c;
}

} // namespace dapp
