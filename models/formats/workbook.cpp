// Opening a workbook: what the file is (refused with a reason when it is no workbook), then the
// XLSX or ODS reader for what its zip holds.
#include "formats/workbook.h"

#include "formats/odssheet.h"
#include "formats/sheetgrid.h"
#include "formats/xlsxsheet.h"
#include "formats/zipcontainer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dapp {

namespace {

struct WorkbookText
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};

// Opens `path` as a workbook and says which kind; false with a clause saying what it is instead.
bool openWorkbook(const QString &path, const SheetLimits &limits, ZipContainer &zip, SheetFormat *format, QString *clause)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *clause = WorkbookText::tr("it does not exist");
        return false;
    }
    if (!info.isFile()) {
        *clause = info.isDir() ? WorkbookText::tr("it is a folder, not a file") : WorkbookText::tr("it is not a file");
        return false;
    }
    if (info.size() > limits.maxInputBytes) {
        *clause = WorkbookText::tr("it is %1, larger than the %2 that can be imported")
                      .arg(sizeText(info.size()), sizeText(limits.maxInputBytes));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *clause = WorkbookText::tr("it cannot be opened: %1").arg(file.errorString());
        return false;
    }
    switch (sniffFileKind(file.read(4096))) {
    case FileKind::Empty:
        *clause = WorkbookText::tr("it is empty (0 bytes)");
        return false;
    case FileKind::OleCompound:
        *clause = WorkbookText::tr("it is an Excel 97–2003 workbook (.xls) or a workbook protected by a password; "
                                   "save it from the spreadsheet as .xlsx or .ods without a password");
        return false;
    case FileKind::Pdf:
        *clause = WorkbookText::tr("it is a PDF document, not a workbook");
        return false;
    case FileKind::Text:
        *clause = WorkbookText::tr("it is text, not the zip archive an XLSX or ODS workbook is (a CSV or TSV file "
                                   "given the name of a workbook?)");
        return false;
    case FileKind::Binary:
        *clause = WorkbookText::tr("it is not the zip archive an XLSX or ODS workbook is");
        return false;
    case FileKind::Zip:
        break;
    }
    file.close();
    if (!zip.open(path, clause))
        return false;
    if (!xlsxWorkbookPart(zip).isEmpty()) {
        *format = SheetFormat::Xlsx;
        return true;
    }
    QString what;
    switch (openDocumentKind(zip, &what)) {
    case OpenDocumentKind::Spreadsheet:
        *format = SheetFormat::Ods;
        return true;
    case OpenDocumentKind::OtherDocument:
        *clause = WorkbookText::tr("it is %1, not a spreadsheet").arg(what);
        return false;
    case OpenDocumentKind::NotOpenDocument:
        break;
    }
    if (zip.contains(QStringLiteral("word/document.xml")))
        *clause = WorkbookText::tr("it is a Word document, not a workbook");
    else if (zip.contains(QStringLiteral("ppt/presentation.xml")))
        *clause = WorkbookText::tr("it is a PowerPoint presentation, not a workbook");
    else
        *clause = WorkbookText::tr("it is a zip archive but not a workbook: it holds neither xl/workbook.xml (XLSX) "
                                   "nor content.xml (ODS)");
    return false;
}

QString cannotRead(const QString &path, const QString &clause)
{
    return WorkbookText::tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), clause);
}

} // namespace

std::optional<QStringList> workbookSheetNames(const QString &path, QString *error, const SheetLimits &limits)
{
    QString clause;
    ZipContainer zip(limits);
    SheetFormat format = SheetFormat::Unknown;
    std::optional<QStringList> names;
    if (openWorkbook(path, limits, zip, &format, &clause))
        names = format == SheetFormat::Xlsx ? xlsxSheetNames(zip, &clause) : odsSheetNames(zip, &clause);
    if (names && names->isEmpty()) {
        chooseSheet({}, {}, &clause); // says there are none
        names.reset();
    }
    if (!names && error)
        *error = cannotRead(path, clause);
    return names;
}

std::optional<Sheet> readWorkbookSheet(const QString &path, const QString &sheetName, QString *error,
                                       const SheetLimits &limits)
{
    QString clause;
    ZipContainer zip(limits);
    SheetFormat format = SheetFormat::Unknown;
    std::optional<Sheet> sheet;
    if (openWorkbook(path, limits, zip, &format, &clause))
        sheet = format == SheetFormat::Xlsx ? readXlsxSheet(zip, sheetName, limits.maxCells, &clause)
                                            : readOdsSheet(zip, sheetName, limits.maxCells, &clause);
    if (!sheet && error)
        *error = cannotRead(path, clause);
    return sheet;
}

} // namespace dapp
