// CSV and TSV text (files, or a block copied from a spreadsheet) read as a sheet of text cells:
// its encoding, delimiter and line ends detected, RFC 4180 quoting as parseCsv reads it.
#pragma once

#include "formats/sheet.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dapp {

// CSV or TSV bytes: encoding detected (UTF-8 with/without BOM; else Windows-1252, which is how a £ typed in
// Excel on Windows arrives; UTF-16 with BOM too), delimiter detected among , ; \t | (unless `delimiter` is given),
// RFC 4180 quoting (embedded delimiters, quotes, CRLF/LF/CR newlines inside quotes). On a truncated quote or a
// binary file (NUL bytes, or not text): nullopt and `error` says what and where, e.g. "“returns.csv” cannot be
// read: row 12, column 3: a quoted field is never closed (it starts with “Glow”)". Rows keep their raw lengths
// (ragged rows are the caller's to judge); a blank line is a row of one "" cell.
// Also refused, each with its reason: no bytes, no value in any cell, more than limits.maxCells cells, more than
// limits.maxInputBytes, and a workbook, .xls or PDF given as text. Text that is UTF-8 but for some Windows-1252
// bytes (two programs wrote it) keeps both: its encoding then says "with some Windows-1252 characters".
// With no delimiter in the text at all, the delimiter is a tab for a name ending .tsv or .tab, else a comma.
// `layout` and `error` may be null.
std::optional<Sheet> readDelimitedText(const QByteArray &bytes, const QString &name, TextLayout *layout, QString *error,
                                       std::optional<QChar> delimiter = std::nullopt, const SheetLimits &limits = {});
// The same for a file, refused before it is read when it is larger than limits.maxInputBytes; the
// sheet is named after the file ("returns.csv").
std::optional<Sheet> readDelimitedFile(const QString &path, TextLayout *layout, QString *error,
                                       std::optional<QChar> delimiter = std::nullopt, const SheetLimits &limits = {});

} // namespace dapp
