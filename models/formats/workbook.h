// XLSX (Office Open XML) and ODS (OpenDocument) workbooks read as sheets of text cells: QuaZip
// opens the zip container, QXmlStreamReader reads its parts as they are inflated.
#pragma once

#include "formats/sheet.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

// XLSX (Office Open XML) and ODS (OpenDocument) workbooks: the sheet names in order, and one sheet's cells.
// Numbers as the shortest text that reads back as the same number (17, 264244.7, 0.5), after
// rounding to the 15 significant digits a spreadsheet shows; a date-formatted number as ISO
// yyyy-mm-dd (XLSX: number formats 14–22 and custom formats with d/m/y; ODS: office:date-value),
// with " hh:mm" when a date-and-time format shows a time other than midnight, and a time format as
// hh:mm; booleans as TRUE/FALSE; shared strings, inline strings and rich text runs joined; ODS
// repeated rows/columns (table:number-columns-repeated) expanded only as far as there is content
// (a sheet of 1,048,576 empty repeated rows must not allocate them); merged cells: the value in
// the top-left cell only. A file that is not a zip, a renamed text file, a zip without the
// workbook parts, a zip bomb, or malformed XML: nullopt with a message naming the file and what
// is wrong ("“returns.xlsx” cannot be read: …"). Which of XLSX and ODS a file is comes from what
// its zip holds, not from its name. A chart sheet holds no cells and is not listed.
std::optional<QStringList> workbookSheetNames(const QString &path, QString *error, const SheetLimits &limits = {});
std::optional<Sheet> readWorkbookSheet(const QString &path, const QString &sheetName /* empty: the first */,
                                       QString *error, const SheetLimits &limits = {});

} // namespace dapp
