// CSV reading and Excel-safe writing.
#include "formats/csv.h"

#include <QCoreApplication>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};
} // namespace

QList<QStringList> parseCsv(const QString &input, QChar delimiter, QString *error)
{
    if (error)
        error->clear();
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    qsizetype quoteRow = 0, quoteColumn = 0; // where the open quoted field started
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            quoteRow = rows.size() + 1;
            quoteColumn = row.size() + 1;
        } else if (c == delimiter) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    if (quoted && error)
        *error = CsvText::tr("row %1, column %2: a quoted field starts here and is never closed")
                     .arg(quoteRow)
                     .arg(quoteColumn);
    return rows;
}

QString csvField(const QString &value)
{
    QString v = value;
    // A value that already starts with an apostrophe gets one too, so that reading drops
    // exactly one apostrophe and export then import gives back the same text.
    static const QString protectedStarts = QStringLiteral("=+-@\t\r'");
    if (!v.isEmpty() && protectedStarts.contains(v.front()))
        v.prepend(QLatin1Char('\''));
    const bool needsQuotes = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
                             || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))
                             || v.startsWith(QLatin1Char('\'')) || v.startsWith(QLatin1Char(' '))
                             || v.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace dapp

namespace dapp {

QString csvUnprotect(const QString &field)
{
    return field.startsWith(QLatin1Char('\'')) ? field.mid(1) : field;
}

} // namespace dapp
