// ODS (OpenDocument spreadsheet) workbooks inside an opened zip container: the sheets' names and
// one sheet's cells. The public face is workbook.h; errors here are clauses that it puts after the
// file's name.
#pragma once

#include "formats/sheet.h"

#include <optional>

namespace dapp {

class ZipContainer;

// What the container's mimetype (and content.xml) say it is.
enum class OpenDocumentKind { NotOpenDocument, Spreadsheet, OtherDocument };
// OtherDocument: `what` names it ("an OpenDocument text document").
OpenDocumentKind openDocumentKind(ZipContainer &zip, QString *what = nullptr);
std::optional<QStringList> odsSheetNames(ZipContainer &zip, QString *error);
std::optional<Sheet> readOdsSheet(ZipContainer &zip, const QString &sheetName, qint64 maxCells, QString *error);

} // namespace dapp
