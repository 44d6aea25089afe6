// A Word .docx letter's text, read from its word/document.xml.
#pragma once

#include "formats/sheet.h"

#include <QString>

#include <optional>

namespace dapp {

// The text of the body of the .docx at `path`, in order: each paragraph a line (a tab in it a TAB,
// a line break a new line), each table row one line of its cells separated by TABs (a cell's
// paragraphs joined by a space). The zip is opened under `limits`, so that a zip bomb is refused
// before it is inflated. Refused, with a sentence naming `fileName`: a damaged zip, a zip without
// word/document.xml, XML that is not well-formed.
std::optional<QString> readDocxLetter(const QString &path, const QString &fileName, const SheetLimits &limits,
                                      QString *error);

} // namespace dapp
