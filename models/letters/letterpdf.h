// A PDF letter's text, read with Poppler's Qt 6 bindings, or why it has none.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dapp {

// The text of the PDF `bytes` (the whole file), its pages laid out by layoutPageText and
// separated by an empty line. Refused, with a sentence naming `fileName`: a PDF Poppler cannot
// open, one locked by a password, one of more than `maxPages` pages, one with no text on any page
// (scanned).
std::optional<QString> readPdfLetter(const QByteArray &bytes, const QString &fileName, int maxPages, QString *error);

} // namespace dapp
