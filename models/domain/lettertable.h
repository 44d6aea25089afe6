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

// The numbers a piece of letter text states, as counts or as pence ("£264,244.70" → 26424470;
// a count reads "zero", "none" and "nil" as 0). Question numbers ("7. …", "see answer to
// question 9") are not among them. Empty when it states none.
QList<qint64> numbersInText(const QString &text, FigureKind kind);

} // namespace dapp
