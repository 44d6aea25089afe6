// One computed comparison: the returns a filter selects, their derived measures, totals
// across them, numbered caveat footnotes and the sources. Computed once; the table, charts,
// CSV and PDF report are meant to read this same object rather than recompute.
#pragma once

#include "domain/measures.h"
#include "domain/project.h"
#include "domain/qualityflags.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dapp {

// What to compare. An empty list means "all".
struct ComparisonFilter
{
    QStringList areaCodes;
    QStringList financialYears;
    QList<Cohort> cohorts;
    QStringList riskLevels; // matched case-insensitively
    QStringList providers;  // matched case-insensitively
    bool acceptsLetter(const Letter &letter) const; // by area, year and cohort
    bool accepts(const Letter &letter, const Programme &programme) const;
    // The project with only the letters, returns and context figures this filter accepts
    // (programmes stay).
    ProjectData restrict(const ProjectData &project) const;
    friend bool operator==(const ComparisonFilter &, const ComparisonFilter &) = default;
};

struct ComparisonRow
{
    Id returnId = 0;
    Id programmeId = 0;
    QString areaCode;
    QString areaName;
    QString programme;
    QString provider;
    QString riskLevel;
    QString financialYear;
    Cohort cohort = Cohort::All;
    std::array<Figure, 7> figures; // indexed by FigureField
    QMap<MeasureId, Measure> measures;
    QList<Caveat> caveats; // the return's own, each naming its figures (none: the whole return)
    QList<int> footnotes;  // 1-based numbers into Comparison::footnotes, one per caveat
    QList<QualityFlag> flags;
    Id letterId = 0;
    QString source; // "FOI 27/2023, Office of the …"
    // Caveats that qualify one figure: those naming it and those on the whole return.
    QStringList caveatsFor(FigureField field) const;
};

// A letter the comparison's returns come from: what a sources list names.
struct ComparisonLetter
{
    Id letterId = 0;
    LetterKind kind = LetterKind::FoiResponse;
    QString areaName;
    QString financialYear;
    Cohort cohort = Cohort::Male;
    QString foiReference;
    QString issuingBody;
    QDate requestReceived;
    QDate responseDate;
};

// A sum over the selected rows of one figure: partial when any row has no number for it.
struct ColumnTotal
{
    std::optional<qint64> value;
    bool partial = false;
    int rowsWithoutNumber = 0;
};

struct Comparison
{
    ComparisonFilter filter;
    QList<ComparisonRow> rows;
    QStringList footnotes; // each caveat text once, numbered by position + 1
    QStringList sources;   // each letter once
    QList<ComparisonLetter> letters; // each letter once, in the order of its first row
    std::array<ColumnTotal, 7> totals;

    // The footnote numbers of caveat texts (a figure's, or a measure's), ascending; a text
    // that is no footnote of this comparison is skipped.
    QList<int> footnoteNumbers(const QStringList &caveatTexts) const;
};

Comparison computeComparison(const ProjectData &project, const ComparisonFilter &filter = {});

// The steps of computeComparison, for whoever keeps a comparison up to date edit by edit.
// One return's row, without flags or footnote numbers.
ComparisonRow comparisonRow(const ProjectData &project, const ProgrammeReturn &r);
// Numbers each caveat text once, in row order, and gives each row its numbers.
void numberFootnotes(Comparison &c);
void sumTotals(Comparison &c);
// The letters and source lines of the rows, each once.
void listSources(Comparison &c, const ProjectData &project);

} // namespace dapp
