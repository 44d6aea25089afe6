// Reading rows of the tidy layout (one row per programme return, a header naming the columns)
// into returns with their letter and programme, and every problem named by row and column. A
// cell is a number or a status word: an empty cell is "not provided", never 0. Nothing here
// touches a project; importplan.h decides what the rows add to one.
#pragma once

#include "domain/entities.h"
#include "domain/progress.h"
#include "formats/sheetrows.h"
#include "interchange/importproblem.h"
#include "interchange/tidycells.h"
#include "interchange/tidycolumns.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

struct ImportedReturn
{
    int row = 0;            // the spreadsheet's row number (tidy layout)
    int column = 0;         // the spreadsheet's column number (letter table: one programme a column)
    // Its letter (area, financial year, cohort, FOI reference, response date) and programme
    // (area, name, provider, risk level, evaluation link): their places in the batch's lists.
    qsizetype letter = -1;
    qsizetype programme = -1;
    ProgrammeReturn values; // figures, referrers, funders, caveats (no ids yet)
    // The earlier return of the same file that is the same return (area, programme, provider,
    // year and cohort), by its index in the batch's returns; -1 when none. Handled as the user
    // chooses for duplicates (importplan.h).
    qsizetype sameAs = -1;
};

struct ImportBatch
{
    QString file;
    QString sheet;
    // The letters and programmes the rows give, each as written: rows that give the same details
    // share one (100,000 rows of a sheet name a few thousand), rather than each row holding its
    // own copy of both. A large sheet read in two halves may hold one twice, once a half; the
    // plan finds both as one by their key.
    QList<Letter> letters;
    QList<Programme> programmes;
    QList<ImportedReturn> returns;
    QList<ImportProblem> problems;
    bool cancelled = false; // the user stopped the reading: nothing of it may be imported
    bool hasErrors() const { return countErrors(problems) > 0; }

    const Letter &letterOf(const ImportedReturn &r) const { return letters.at(r.letter); }
    const Programme &programmeOf(const ImportedReturn &r) const { return programmes.at(r.programme); }
    // The place of `letter` (or `programme`) in the lists, added when it is not there yet: for
    // the few returns of a letter table or an extracted letter.
    qsizetype addLetter(const Letter &letter);
    qsizetype addProgramme(const Programme &programme);
};

// Which row of a tidy sheet is its header: the first that is not empty, unless it names too
// few columns and one of the next rows names every column a return needs (a title line or two
// above the table). rows.size() when every row is empty.
qsizetype tidyHeaderIndex(const SheetRows &rows);

// `rows` from the top of the sheet: the header is tidyHeaderIndex's. `mapping` overrides
// what the header says (the dialog's corrections); a cell is read in place, copied only when it is
// a text not met before.
// `progress` hears the rows read and may cancel: the batch is then empty and says so.
ImportBatch readTidyRows(const QString &file, const QString &sheet, SheetRows rows,
                         const std::optional<TidyMapping> &mapping = std::nullopt, const Progress &progress = {});

// A return's identity, in a file as in a project: its area, financial year, cohort, programme and
// provider, the names in any case. Two returns with the same key are the same return.
QString returnKey(const Letter &letter, const Programme &programme);


} // namespace dapp
