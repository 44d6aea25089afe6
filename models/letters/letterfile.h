// Reading an FOI letter from a file (text, PDF or Word .docx) or the clipboard into plain text:
// paragraphs on their own lines, a table's row on one line with its cells separated by a TAB.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace dapp {

enum class LetterFormat { Text, Pdf, Docx };

struct LetterFileLimits
{
    qint64 maxFileBytes = 64LL * 1024 * 1024;     // refused before reading beyond
    qint64 maxUnpackedBytes = 64LL * 1024 * 1024; // a DOCX's parts, refused before inflating (zip bomb)
    int maxPages = 2000;                           // a PDF
};

struct LetterFile
{
    QString text;
    LetterFormat format = LetterFormat::Text;
};

// Reads a letter: plain text (UTF-8 with or without BOM, else Windows-1252), PDF (Poppler's Qt 6
// bindings) or Word .docx (word/document.xml through the existing ZipContainer of
// models/formats/zipcontainer.h and QXmlStreamReader). The kind is told by the content
// (sniffFileKind in zipcontainer.h), not the extension. On failure: nothing, and `error` is a
// whole sentence naming the file ("“x.pdf” is a scanned PDF with no text layer; …").
// Line ends in the text are always \n. A PDF's words are laid out by their position
// (pdfpagetext.h); a PDF table's row is one line only when none of its cells wraps.
std::optional<LetterFile> readLetterFile(const QString &path, QString *error, const LetterFileLimits &limits = {});

// Text pasted by the user: line ends normalised to \n, nothing else changed.
QString letterTextFromPaste(const QString &pasted);

} // namespace dapp
