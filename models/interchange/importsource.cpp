// Which reader a file needs, and its rows.
#include "interchange/importsource.h"
#include "formats/csv.h"
#include "formats/delimitedtext.h"
#include "formats/sheet.h"
#include "formats/workbook.h"

#include <QCoreApplication>
#include <QDir>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)
};

QString delimiterName(QChar c)
{
    switch (c.unicode()) {
    case ',': return T::tr("comma-separated");
    case ';': return T::tr("semicolon-separated");
    case '\t': return T::tr("tab-separated");
    case '|': return T::tr("bar-separated");
    default: return T::tr("separated by “%1”").arg(c);
    }
}
} // namespace

std::optional<ImportSource> readImportSource(const QString &path, const QString &sheet, QString *error)
{
    ImportSource source;
    const SheetFormat format = detectSheetFormat(path);
    if (format == SheetFormat::Xlsx || format == SheetFormat::Ods) {
        const std::optional<QStringList> names = workbookSheetNames(path, error);
        if (!names)
            return std::nullopt;
        if (!sheet.isEmpty() && !names->contains(sheet, Qt::CaseInsensitive)) {
            *error = T::tr("“%1” has no sheet “%2”; its sheets are: %3")
                         .arg(QDir::toNativeSeparators(path), sheet, names->join(QStringLiteral(", ")));
            return std::nullopt;
        }
        const std::optional<Sheet> read = readWorkbookSheet(path, sheet, error);
        if (!read)
            return std::nullopt;
        source.rows = read->rows;
        source.sheet = read->name;
        source.sheets = *names;
        source.description = format == SheetFormat::Xlsx ? T::tr("XLSX workbook") : T::tr("ODS workbook");
        return source;
    }
    if (!sheet.isEmpty()) {
        *error = T::tr("“%1” is a text file, which has no sheets (--sheet is for XLSX and ODS workbooks)")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    TextLayout layout;
    std::optional<Sheet> read = readDelimitedFile(path, &layout, error);
    if (!read)
        return std::nullopt;
    source.rows = std::move(read->rows);
    // Our own export (and other careful ones) puts an apostrophe before a text a spreadsheet
    // would run as a formula ("-3 double counted", "+Others"); it is not part of the text, as
    // in a spreadsheet cell, so the round trip gives back exactly what was exported. Only the
    // rows that have one are touched: a file of 100,000 rows is not copied to look.
    for (qsizetype r = 0; r < source.rows.size(); ++r) {
        for (qsizetype c = 0; c < source.rows.cellCount(r); ++c)
            if (isCsvProtected(source.rows.cell(r, c)))
                source.rows.dropFirstCharacter(r, c);
    }
    source.description = QStringLiteral("%1, %2").arg(layout.encoding, delimiterName(layout.delimiter));
    return source;
}

std::optional<SheetRows> readImportRows(const QString &path, QString *error)
{
    std::optional<ImportSource> source = readImportSource(path, QString(), error);
    if (!source)
        return std::nullopt;
    return std::move(source->rows);
}

SheetRows rowsFromPastedText(const QString &text)
{
    QString error;
    const std::optional<Sheet> read = readDelimitedText(text.toUtf8(), T::tr("pasted cells"), nullptr, &error,
                                                         text.section(QLatin1Char('\n'), 0, 0).contains(QLatin1Char('\t'))
                                                             ? std::optional<QChar>(QLatin1Char('\t'))
                                                             : std::nullopt);
    return read ? read->rows : SheetRows();
}

} // namespace dapp
