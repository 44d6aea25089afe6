// Bytes to rows: the encoding and the delimiter decided once, for the command and the dialog.
#include "interchange/importsource.h"
#include "formats/csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace dapp {

namespace {
struct ImportSourceText
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)
};
using T = ImportSourceText;

QChar delimiterOf(const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    return firstLine.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
}
} // namespace

std::optional<QList<QStringList>> readImportRows(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = T::tr("“%1” cannot be read: %2").arg(shown, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0')) {
        *error = T::tr("“%1” is not a text file (CSV or TSV).").arg(shown);
        return std::nullopt;
    }
    // UTF-8 (the byte-order mark, if any, is dropped by the parser), else Windows-1252: how a £
    // typed in Excel on Windows arrives.
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QStringDecoder("windows-1252").decode(bytes);
    QString csvError;
    QList<QStringList> rows = parseCsv(text, delimiterOf(text), &csvError);
    if (!csvError.isEmpty()) {
        *error = T::tr("%1: %2").arg(QFileInfo(path).fileName(), csvError);
        return std::nullopt;
    }
    return rows;
}

QList<QStringList> rowsFromPastedText(const QString &text)
{
    return parseCsv(text, delimiterOf(text));
}

} // namespace dapp
