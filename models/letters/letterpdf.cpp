// Reading a PDF letter's words with Poppler and laying them out as lines.
#include "letters/letterpdf.h"

#include "letters/pdfpagetext.h"

#include <QCoreApplication>
#include <QStringList>

#include <poppler-qt6.h>

namespace dapp {

namespace {

struct LetterPdf
{
    Q_DECLARE_TR_FUNCTIONS(LetterFile)
};

// Typographic ligatures as the letters they join, so that a quote typed from the letter is found
// in its text ("ﬁnancial" is "financial").
QString withoutLigatures(QString text)
{
    static const std::pair<char16_t, const char *> kLigatures[] = {
        {u'\uFB00', "ff"}, {u'\uFB01', "fi"}, {u'\uFB02', "fl"}, {u'\uFB03', "ffi"},
        {u'\uFB04', "ffl"}, {u'\uFB05', "st"}, {u'\uFB06', "st"},
    };
    for (const auto &[ligature, letters] : kLigatures)
        text.replace(QChar(ligature), QLatin1String(letters));
    return text;
}

} // namespace

std::optional<QString> readPdfLetter(const QByteArray &bytes, const QString &fileName, int maxPages, QString *error)
{
    // From the bytes already read (and limited in size), not the path: the file is read once.
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        *error = LetterPdf::tr("“%1” is a damaged PDF: it cannot be opened (cut short, perhaps, or not a PDF "
                               "inside).")
                     .arg(fileName);
        return std::nullopt;
    }
    if (document->isLocked()) {
        *error = LetterPdf::tr("“%1” is protected by a password, so its text cannot be read; open it in a PDF "
                               "reader and save a copy without the password.")
                     .arg(fileName);
        return std::nullopt;
    }
    const int pages = document->numPages();
    if (pages <= 0) {
        *error = LetterPdf::tr("“%1” is a damaged PDF: it has no pages.").arg(fileName);
        return std::nullopt;
    }
    if (pages > maxPages) {
        *error = LetterPdf::tr("“%1” has %2 pages, more than the %3 a letter may have.")
                     .arg(fileName)
                     .arg(pages)
                     .arg(maxPages);
        return std::nullopt;
    }

    QStringList pageTexts;
    bool anyText = false;
    for (int index = 0; index < pages; ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            continue; // a page Poppler cannot read gives no words, as a blank page would
        QList<PlacedWord> words;
        for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
            if (box)
                words.append({withoutLigatures(box->text()), box->boundingBox(), box->hasSpaceAfter()});
        }
        const QString text = layoutPageText(std::move(words));
        anyText = anyText || !text.trimmed().isEmpty();
        pageTexts.append(text);
    }
    if (!anyText) {
        *error = LetterPdf::tr("“%1” is a scanned PDF with no text layer, so there is no text to read; run it "
                               "through OCR first.")
                     .arg(fileName);
        return std::nullopt;
    }
    return pageTexts.join(QLatin1String("\n\n"));
}

} // namespace dapp
