// Reading a Word .docx letter: its zip under the limits, then its body's XML.
#include "letters/letterdocx.h"

#include "formats/zipcontainer.h"
#include "letters/docxbody.h"

#include <QCoreApplication>

namespace dapp {

namespace {

struct LetterDocx
{
    Q_DECLARE_TR_FUNCTIONS(LetterFile)
};

const QString kDocumentPart = QStringLiteral("word/document.xml");

} // namespace

std::optional<QString> readDocxLetter(const QString &path, const QString &fileName, const SheetLimits &limits,
                                      QString *error)
{
    ZipContainer zip(limits);
    QString clause;
    if (!zip.open(path, &clause)) {
        *error = LetterDocx::tr("“%1” cannot be read: %2.").arg(fileName, clause);
        return std::nullopt;
    }
    if (!zip.contains(kDocumentPart)) {
        *error = LetterDocx::tr("“%1” is a zip archive but not a Word document (it has no %2), so it is not a "
                                "letter this version reads (text, PDF or Word .docx).")
                     .arg(fileName, kDocumentPart);
        return std::nullopt;
    }
    DocxBody body;
    const bool read = zip.readXml(
        kDocumentPart,
        [&](QXmlStreamReader &xml) {
            body.take(xml);
            return ZipContainer::Step::Continue;
        },
        &clause);
    if (!read) {
        *error = LetterDocx::tr("“%1” is a damaged Word document: %2.").arg(fileName, clause);
        return std::nullopt;
    }
    return body.lines().join(QLatin1Char('\n'));
}

} // namespace dapp
