// Reading the letter-table layout (Derbyshire's attachment is one): the first row names the
// providers, one column per programme; then one row per question, its first cell starting with
// the question's number (1. … 10.) or the evaluation link's words, each cell that programme's
// answer. The table carries no area or year: they come from the user (the dialog, or --area and
// --year), and the cohort, when not given, from the questions' wording ("males who…").
#pragma once

#include "interchange/tidyimport.h"

#include <optional>

namespace dapp {

struct LetterTableContext
{
    QString areaText; // as the user wrote it; matched like an area cell
    QString financialYear;
    std::optional<Cohort> cohort; // none: read from the questions' wording
    QString foiReference;
};

// Whether `rows` look like a letter table: at least four rows whose first cell starts with a
// question number.
bool looksLikeLetterTable(const SheetRows &rows);
// "The total number of males who…" → Male; "females" → Female; both or neither → none.
std::optional<Cohort> cohortFromQuestions(const SheetRows &rows);

// One return per programme column; problems name the row (the question) and the column (its
// provider). Each return's `row` is 0; its column is in its problems' and provenance's words.
ImportBatch readLetterTableRows(const QString &file, const QString &sheet, const SheetRows &rows,
                                const LetterTableContext &context);

} // namespace dapp
