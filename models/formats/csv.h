// RFC 4180 CSV text: reading rows, and writing fields that Excel and LibreOffice open safely.
#pragma once

#include "formats/sheetrows.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dapp {

// Splits CSV text into rows of fields (quoted fields may hold commas, quotes and newlines).
// A leading byte-order mark is dropped. `delimiter` is ',' for CSV and '\t' for TSV.
// A quoted field that is never closed would swallow the rest of the text: `error`, when given,
// then says where it starts (row and column, from 1); empty when the text is well formed.
QList<QStringList> parseCsv(const QString &text, QChar delimiter = QLatin1Char(','), QString *error = nullptr);

// What parseCsv reads, with what it saw on the way: the importer's reader (delimitedtext.h) needs
// the line ends, where an unclosed quote starts and what it holds, and a bound on the cells.
struct CsvScan
{
    SheetRows rows; // cells as places in the text scanned
    qsizetype crlfEnds = 0, lfEnds = 0, crEnds = 0; // rows ended by each, outside quotes
    qsizetype cells = 0;
    bool stopped = false; // maxRows or maxCells was reached; `rows` holds what came before
    // A quoted field never closed: its row, column and line (from 1; line counts line breaks
    // inside quotes too), and its first characters. Row 0: every quote was closed.
    qsizetype openQuoteRow = 0, openQuoteColumn = 0, openQuoteLine = 0;
    QString openQuoteStart;
};
// Which part of a text to scan ([from, to); to < 0: to its end), and where to stop: after
// `maxRows` rows, or before a row would take the cells past `maxCells` (negative: no bound).
struct CsvBounds
{
    qsizetype from = 0, to = -1;
    qsizetype maxRows = -1, maxCells = -1;
};
// The same rules as parseCsv (a leading byte-order mark is not dropped here). The rows share
// `text`: a cell is its place in it, unless its quotes make it read otherwise.
CsvScan scanCsv(const QString &text, QChar delimiter, const CsvBounds &bounds = {});

// One field for export: a cell that a spreadsheet would run as a formula (starting with
// = + - @, tab, carriage return, or an apostrophe) is prefixed with an apostrophe, and the field is quoted
// when it holds a delimiter, a quote, a line break or that prefix.
QString csvField(const QString &value);
// Undoes csvField's protection on a field read back from an exported file: one apostrophe goes,
// and only where csvField would have put it (before = + - @, tab, carriage return or another
// apostrophe), so a text that merely starts with an apostrophe is kept whole.
QString csvUnprotect(const QString &field);
bool isCsvProtected(QStringView field);
QString csvLine(const QStringList &fields); // fields joined with ',' and ended with CRLF

} // namespace dapp
