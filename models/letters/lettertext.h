// A plain-text letter's bytes as text: the encoding told from the bytes, line ends made \n.
#pragma once

#include <QByteArray>
#include <QString>

namespace dapp {

// UTF-8 (its BOM dropped) when the bytes are valid UTF-8; UTF-16 with a BOM; else Windows-1252,
// as a letter saved by an older Windows program arrives. CRLF and CR become LF.
QString decodeLetterText(const QByteArray &bytes);

// CRLF, and CR alone, become LF; nothing else changes.
QString normaliseLineEnds(QString text);

} // namespace dapp
