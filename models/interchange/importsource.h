// The rows of a file or of pasted text, for the import: what readTidyRows reads. CSV and TSV
// today (UTF-8 with or without a byte-order mark, else Windows-1252; a tab in the first line
// makes it TSV); the workbook readers plug in here.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

std::optional<QList<QStringList>> readImportRows(const QString &path, QString *error);
// A block copied from Excel or LibreOffice arrives as tab-separated text.
QList<QStringList> rowsFromPastedText(const QString &text);

} // namespace dapp
