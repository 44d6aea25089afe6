// Opening a letter file: what it is, told by its bytes, then the reader for that kind.
#include "letters/letterfile.h"

#include "formats/zipcontainer.h"
#include "letters/letterdocx.h"
#include "letters/letterpdf.h"
#include "letters/lettertext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dapp {

namespace {

struct LetterText
{
    Q_DECLARE_TR_FUNCTIONS(LetterFile)
};

QString notALetter(const QString &fileName)
{
    return LetterText::tr("“%1” is not a letter this version reads (text, PDF or Word .docx).").arg(fileName);
}

// The file's bytes, at most limits.maxFileBytes of them; nothing, with the reason, otherwise.
std::optional<QByteArray> readBounded(const QString &path, const QString &fileName, qint64 maxBytes, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = LetterText::tr("“%1” cannot be read: there is no such file.").arg(fileName);
        return std::nullopt;
    }
    if (!info.isFile()) {
        *error = info.isDir() ? LetterText::tr("“%1” is a folder, not a letter.").arg(fileName)
                              : LetterText::tr("“%1” is not a file.").arg(fileName);
        return std::nullopt;
    }
    const auto tooLarge = [&](qint64 size) {
        *error = LetterText::tr("“%1” is %2, larger than the %3 a letter may be.")
                     .arg(fileName, sizeText(size), sizeText(maxBytes));
        return std::nullopt;
    };
    if (info.size() > maxBytes)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = LetterText::tr("“%1” cannot be opened: %2.").arg(fileName, file.errorString());
        return std::nullopt;
    }
    // One byte more than allowed tells a file that grew since it was measured.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return tooLarge(bytes.size());
    if (file.error() != QFileDevice::NoError) {
        *error = LetterText::tr("“%1” cannot be read: %2.").arg(fileName, file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace

std::optional<LetterFile> readLetterFile(const QString &path, QString *error, const LetterFileLimits &limits)
{
    const QString fileName = QFileInfo(path).fileName();
    const std::optional<QByteArray> bytes = readBounded(path, fileName, limits.maxFileBytes, error);
    if (!bytes)
        return std::nullopt;

    switch (sniffFileKind(bytes->left(4096))) {
    case FileKind::Empty:
        *error = LetterText::tr("“%1” is empty (0 bytes): there is no letter in it.").arg(fileName);
        return std::nullopt;
    case FileKind::Text: {
        // The sniff looked at the start only; a NUL further in is no text (UTF-16's are its letters).
        const bool utf16 = bytes->startsWith("\xFF\xFE") || bytes->startsWith("\xFE\xFF");
        if (!utf16 && bytes->contains('\0')) {
            *error = notALetter(fileName);
            return std::nullopt;
        }
        return LetterFile{decodeLetterText(*bytes), LetterFormat::Text};
    }
    case FileKind::Pdf: {
        std::optional<QString> text = readPdfLetter(*bytes, fileName, limits.maxPages, error);
        if (!text)
            return std::nullopt;
        return LetterFile{std::move(*text), LetterFormat::Pdf};
    }
    case FileKind::Zip: {
        SheetLimits zipLimits;
        zipLimits.maxInputBytes = limits.maxFileBytes;
        zipLimits.maxUnpackedBytes = limits.maxUnpackedBytes;
        std::optional<QString> text = readDocxLetter(path, fileName, zipLimits, error);
        if (!text)
            return std::nullopt;
        return LetterFile{std::move(*text), LetterFormat::Docx};
    }
    case FileKind::OleCompound:
        *error = LetterText::tr("“%1” is a Word 97–2003 document (.doc) or an Office file protected by a password, "
                                "not a letter this version reads (text, PDF or Word .docx); save it from Word as "
                                ".docx without a password.")
                     .arg(fileName);
        return std::nullopt;
    case FileKind::Binary:
        break;
    }
    *error = notALetter(fileName);
    return std::nullopt;
}

QString letterTextFromPaste(const QString &pasted) { return normaliseLineEnds(pasted); }

} // namespace dapp
