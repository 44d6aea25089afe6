// The tables inside a letter's text: runs of lines whose cells are separated by tabs, as a
// letter's attached table (Derbyshire's) reads once it is text. The table's columns are the
// programmes; its rows, the questions.
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QString>

namespace dapp {

struct LetterTableCell
{
    QString text;
    qsizetype start = 0; // offset of the cell's text in the letter
    qsizetype length = 0;
};

struct TableCellRange
{
    qsizetype start = -1;
    qsizetype length = 0;
};

struct LetterTable
{
    qsizetype start = 0; // offset of the first line
    qsizetype end = 0;   // offset after the last line
    QList<QList<LetterTableCell>> rows;
    int columnCount() const;
};

// Every table of the text, in order. A table is two or more consecutive lines with a tab.
QList<LetterTable> findLetterTables(const QString &text);

// The column (index into a row's cells) where `programme` stands in the table's first rows, by
// its name, else by its provider when that names one column only; -1 when it cannot be told.
int programmeColumn(const LetterTable &table, const Programme &programme);

// A quote that is a row of one of the tables ("5. The total number…\t54\t23\t101\t50"), read
// for one programme: the row's question, the heading of the programme's column and its cell.
struct QuotedCell
{
    bool isTableRow = false; // the quote holds tabs
    bool found = false;      // the row is in a table of the text and the column could be told
    QString question;        // the row's first cell
    QString heading;         // the column's first cell ("The Elm Foundation")
    QString cell;            // what the row says for this programme ("54")
    TableCellRange range;    // where that cell stands in the text
};
QuotedCell quotedCell(const QList<LetterTable> &tables, const QString &quote, const Programme &programme);

// The numbers a piece of letter text states, as counts or as pence ("£264,244.70" → 26424470;
// a count reads "zero", "none" and "nil" as 0). Question numbers ("7. …", "see answer to
// question 9") are not among them. Empty when it states none.
QList<qint64> numbersInText(const QString &text, FigureKind kind);

} // namespace dapp
