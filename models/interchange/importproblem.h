// An error or warning found while reading a file to import, named by file, sheet, row and column
// in the words a user sees in their spreadsheet.
#pragma once

#include <QList>
#include <QString>

namespace dapp {

struct ImportProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file;    // the file's name, as the user knows it
    QString sheet;   // empty for a CSV or TSV file
    int row = 0;     // the spreadsheet's row number (the header is row 1); 0: the file as a whole
    QString column;  // the column's header as written; empty: the row as a whole
    int columnNumber = 0; // from 1, where the header does not tell columns apart (a letter table's providers)
    QString message; // what is wrong, with the cell's text quoted

    bool isError() const { return severity == Severity::Error; }
    // "returns.csv, sheet “2022-23”, row 7, column “Accepted (self)”"; "…, column 4 “Glow”"
    QString where() const;
    // where() + ": " + message
    QString describe() const;
};

int countErrors(const QList<ImportProblem> &problems);
// The problems of reading a file and of planning its import, as one list in the file's order:
// those of the file as a whole first, then row by row (each row's in the order found), so a
// row's duplicate is said beside its other problems, not after every row's.
QList<ImportProblem> inFileOrder(const QList<ImportProblem> &reading, const QList<ImportProblem> &planning);

} // namespace dapp
