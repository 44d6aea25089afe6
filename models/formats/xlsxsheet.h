// XLSX (Office Open XML SpreadsheetML) workbooks inside an opened zip container: the sheets'
// names and one sheet's cells. The public face is workbook.h; errors here are clauses ("it has no
// sheet named …") that it puts after the file's name.
#pragma once

#include "formats/sheet.h"

#include <optional>

namespace dapp {

class ZipContainer;

// The workbook part the package names (xl/workbook.xml, as a rule); empty when there is none.
QString xlsxWorkbookPart(ZipContainer &zip);
std::optional<QStringList> xlsxSheetNames(ZipContainer &zip, QString *error);
std::optional<Sheet> readXlsxSheet(ZipContainer &zip, const QString &sheetName, qint64 maxCells, QString *error);

} // namespace dapp
