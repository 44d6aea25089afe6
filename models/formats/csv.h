// RFC 4180 CSV text: reading rows, and writing fields that Excel and LibreOffice open safely.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dapp {

// Splits CSV text into rows of fields (quoted fields may hold commas, quotes and newlines).
// A leading byte-order mark is dropped. `delimiter` is ',' for CSV and '\t' for TSV.
// A quoted field that is never closed would swallow the rest of the text: `error`, when given,
// then says where it starts (row and column, from 1); empty when the text is well formed.
QList<QStringList> parseCsv(const QString &text, QChar delimiter = QLatin1Char(','), QString *error = nullptr);

// One field for export: a cell that a spreadsheet would run as a formula (starting with
// = + - @, tab, carriage return, or an apostrophe) is prefixed with an apostrophe, and the field is quoted
// when it holds a delimiter, a quote, a line break or that prefix.
QString csvField(const QString &value);
// Undoes csvField's protection on a field read back from an exported file.
QString csvUnprotect(const QString &field);
QString csvLine(const QStringList &fields); // fields joined with ',' and ended with CRLF

} // namespace dapp
