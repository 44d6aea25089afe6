// Which reader a file needs: what its first bytes (and its zip) say, then its name.
#include "formats/sheet.h"

#include "formats/odssheet.h"
#include "formats/xlsxsheet.h"
#include "formats/zipcontainer.h"

#include <QFileInfo>

namespace dapp {

SheetFormat detectSheetFormat(const QString &path)
{
    const FileKind kind = sniffFileKind(fileHead(path));
    if (kind == FileKind::Zip) {
        ZipContainer zip{SheetLimits{}};
        QString ignored;
        if (zip.open(path, &ignored)) {
            if (!xlsxWorkbookPart(zip).isEmpty())
                return SheetFormat::Xlsx;
            if (openDocumentKind(zip) == OpenDocumentKind::Spreadsheet)
                return SheetFormat::Ods;
        }
    }
    // Then the name: a workbook's name sends the file to the reader that says what is wrong with it.
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QStringList xlsx{QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xltx"), QStringLiteral("xltm")};
    static const QStringList ods{QStringLiteral("ods"), QStringLiteral("ots")};
    static const QStringList text{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("tab"), QStringLiteral("txt")};
    if (xlsx.contains(suffix))
        return SheetFormat::Xlsx;
    if (ods.contains(suffix))
        return SheetFormat::Ods;
    if (text.contains(suffix) || kind == FileKind::Text || kind == FileKind::Empty)
        return SheetFormat::DelimitedText;
    return SheetFormat::Unknown;
}

} // namespace dapp
