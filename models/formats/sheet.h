// A sheet of cells as text, the limits every sheet reader keeps, and which reader a file needs.
// The readers themselves: delimitedtext.h (CSV, TSV, the clipboard) and workbook.h (XLSX, ODS).
#pragma once

#include "formats/sheetrows.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace dapp {

// A grid of cells as text, as a user sees them: rows from the top, cells from the left; a row may
// be shorter than others (trailing empty cells dropped); an empty cell is "".
struct Sheet
{
    QString name; // the sheet's name; for CSV/TSV/clipboard: the file's name or "Clipboard"
    SheetRows rows;
};

struct SheetLimits
{
    qint64 maxInputBytes = 200LL * 1024 * 1024; // a file larger than this is refused before it is read
    // A zip part (or all of them) claiming more is refused before inflating; also enforced while
    // inflating (never trust the header alone).
    qint64 maxUnpackedBytes = 512LL * 1024 * 1024;
    qint64 maxCells = 20'000'000;
};

// What was detected, for the import dialog to show ("UTF-8 with BOM, comma-separated").
struct TextLayout
{
    QString encoding; // "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE with BOM", … (translated)
    QChar delimiter;
    QString lineEnds; // "CRLF", "LF", "CR", "mixed", or "none" for text of one line without an end
};

// Which reader a file needs, from its first bytes (zip: look inside for xl/workbook.xml or
// content.xml+mimetype) and then its name. A text file named .xlsx is Xlsx, so that the workbook
// reader says what it is; a zip that is neither workbook nor named like one is Unknown.
enum class SheetFormat { DelimitedText, Xlsx, Ods, Unknown };
SheetFormat detectSheetFormat(const QString &path);

} // namespace dapp
