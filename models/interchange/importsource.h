// The rows of a file or of pasted text, for the import: what readTidyRows and
// readLetterTableRows read. CSV and TSV (the encoding, delimiter and line ends detected), XLSX
// and ODS workbooks (one sheet, chosen by name; the first by default), through the readers of
// formats/.
#pragma once

#include "formats/sheetrows.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

struct ImportSource
{
    SheetRows rows;
    QString sheet;       // the workbook sheet read; empty for CSV or TSV
    QStringList sheets;  // every sheet of a workbook, in order; empty for CSV or TSV
    QString description; // what was detected: "UTF-8 with BOM, comma-separated", "XLSX workbook"
};

// Reads `path`; `sheet` chooses a workbook's sheet (empty: the first). Nullopt with `error`
// saying what and where when the file cannot be read.
std::optional<ImportSource> readImportSource(const QString &path, const QString &sheet, QString *error);
// The rows alone (the first sheet of a workbook).
std::optional<SheetRows> readImportRows(const QString &path, QString *error);
// A block copied from Excel or LibreOffice arrives as tab-separated text.
SheetRows rowsFromPastedText(const QString &text);

} // namespace dapp
