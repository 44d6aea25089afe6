// Data-quality flags: suspicious entries are flagged for the analyst, never silently "fixed".
#pragma once

#include "domain/lettertable.h"
#include "domain/project.h"

#include <QList>
#include <QMap>
#include <QString>

namespace dapp {

enum class FlagKind {
    AcceptedExceedsReferred,
    CompletedExceedsAccepted,
    FullCompletion,             // 100 % completion
    BudgetNotProgrammeSpecific, // a caveat qualifies the budget
    DuplicateReturn,            // the same programme twice for one area, year and cohort
    FigureDiffersFromQuote,     // a reported number that its own quote does not state
    FunderSharesNotWhole,       // every funder has a share, and the shares do not make 100 %
    ResponseBeforeRequest,      // a letter answered before it was received (of the letter)
    InvalidFinancialYear,       // a stored year not in the form 2022/23 (of the letter)
};

// A flag is about a return, or (returnId 0) about a letter as a whole.
struct QualityFlag
{
    Id returnId = 0;
    Id letterId = 0;
    FlagKind kind = FlagKind::AcceptedExceedsReferred;
    QString message; // says which figures, with their values
    friend bool operator==(const QualityFlag &, const QualityFlag &) = default;
};

QString flagKindKey(FlagKind kind); // "accepted_exceeds_referred", …

// The flags one return raises on its own figures, funders and caveats.
QList<QualityFlag> flagsForReturn(const ProgrammeReturn &r);
// The flags of a letter's own fields (dates, financial year); returnId 0.
QList<QualityFlag> flagsForLetter(const Letter &letter);
// A return's own flags and those of its figures against their quotes in the letter.
QList<QualityFlag> flagsForReturnInLetter(const ProgrammeReturn &r, const Programme &programme,
                                          const QList<LetterTable> &letterTables);
// Returns with the same key are one programme twice for one area, year and cohort (programme
// name and provider compared case-insensitively): every one after the first is flagged.
QString duplicateKey(const Letter &letter, const Programme &programme);
QualityFlag duplicateFlag(const ProgrammeReturn &r, const Programme &programme, const Letter &firstLetter);
// Every flag: letters' first, then returns' (against their letters' text, duplicates
// included), in id order.
QList<QualityFlag> qualityFlags(const ProjectData &project);
// The flags each return shows in a table row or a report: its own and its letter's.
QMap<Id, QList<QualityFlag>> flagsByReturn(const ProjectData &project, const QList<QualityFlag> &flags);

} // namespace dapp
