// CSV reading and Excel-safe writing.
#include "formats/csv.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <utility>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

// Line breaks in `text`, a CRLF counting once.
qsizetype lineBreaks(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\n'))
            ++count;
        else if (text[i] == QLatin1Char('\r') && (i + 1 == text.size() || text[i + 1] != QLatin1Char('\n')))
            ++count;
    }
    return count;
}

// The first characters of an unclosed field, enough to find it: up to its first line break.
QString startOf(QStringView content)
{
    constexpr qsizetype kShown = 30;
    qsizetype end = 0;
    while (end < content.size() && end < kShown && content[end] != QLatin1Char('\n') && content[end] != QLatin1Char('\r'))
        ++end;
    return content.left(end).toString();
}

// One string for each text a column repeats (an area, a year, a status word, a small count, a
// provider), shared by the rows that hold it, rather than a copy a row: a large sheet is then
// read with far fewer allocations, and held in far less memory. Each of the first kColumns
// columns remembers the last text of each of kSlots kinds (a cheap hash of its characters).
class RepeatedTexts
{
public:
    // `text` as a string: the one remembered when it is the same text.
    QString get(qsizetype column, QStringView text)
    {
        QString *slot = slotFor(column, text);
        if (!slot)
            return text.toString();
        if (*slot != text)
            *slot = text.toString();
        return *slot;
    }
    // A field already made (a quoted one): the one remembered, and this one let go, when the same.
    QString get(qsizetype column, const QString &text)
    {
        QString *slot = slotFor(column, text);
        if (!slot)
            return text;
        if (*slot != text)
            *slot = text;
        return *slot;
    }

private:
    static constexpr qsizetype kColumns = 64, kSlots = 256;
    QString *slotFor(qsizetype column, QStringView text)
    {
        if (column >= kColumns)
            return nullptr;
        if (column >= m_slots.size())
            m_slots.resize(column + 1);
        // Its length, first few characters and last tell most texts of a column apart.
        size_t hash = size_t(text.size());
        for (const QChar c : text.first(std::min<qsizetype>(text.size(), 6)))
            hash = hash * 31 + c.unicode();
        if (!text.isEmpty())
            hash = hash * 31 + text.back().unicode();
        return &m_slots[column][hash % kSlots];
    }
    QList<std::array<QString, kSlots>> m_slots; // by column
};

} // namespace

CsvScan scanCsv(QStringView text, QChar delimiter, qsizetype maxRows, qsizetype maxCells)
{
    CsvScan scan;
    QStringList row;
    QString field;
    RepeatedTexts repeated;
    bool fieldStarted = false; // a row that holds only "" or a lone delimiter is still a row
    qsizetype line = 1;
    const qsizetype n = text.size();
    qsizetype i = 0;
    // Moved, not copied, into the row and the rows: a copy of a shared string or list takes an
    // atomic reference count up and the clear after it down again, for each of millions of cells.
    auto endField = [&] {
        row.append(std::move(field));
        field.clear(); // null already: a moved-from QString is
        ++scan.cells;
        return maxCells < 0 || scan.cells <= maxCells;
    };
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"') && field.isEmpty()) {
            // A quoted field, up to its closing quote; "" inside it is one quote.
            const qsizetype startRow = scan.rows.size() + 1, startColumn = row.size() + 1, startLine = line;
            const qsizetype contentStart = ++i;
            fieldStarted = true;
            bool closed = false;
            while (i < n) {
                const qsizetype quote = text.indexOf(QLatin1Char('"'), i);
                if (quote < 0)
                    break;
                field.append(text.mid(i, quote - i));
                i = quote + 1;
                if (i < n && text[i] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                field.append(text.mid(i));
                i = n;
                scan.openQuoteRow = startRow;
                scan.openQuoteColumn = startColumn;
                scan.openQuoteLine = startLine;
                scan.openQuoteStart = startOf(text.mid(contentStart));
            }
            if (closed && !field.isEmpty())
                field = repeated.get(row.size(), field);
            line += lineBreaks(text.mid(contentStart, i - contentStart));
        } else if (c == delimiter) {
            ++i;
            fieldStarted = true;
            if (!endField()) {
                scan.stopped = true;
                return scan;
            }
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\n')) {
                ++scan.lfEnds;
            } else if (i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
                ++scan.crlfEnds;
                ++i;
            } else {
                ++scan.crEnds;
            }
            ++i;
            ++line;
            if (!endField()) {
                scan.stopped = true;
                return scan;
            }
            const qsizetype width = row.size();
            scan.rows.append(std::move(row));
            row = QStringList();
            row.reserve(width); // the next row is mostly as wide
            fieldStarted = false;
            if (maxRows >= 0 && scan.rows.size() >= maxRows) {
                scan.stopped = true;
                return scan;
            }
        } else {
            // An unquoted run, up to the next delimiter or line end; a quote inside it is text.
            qsizetype end = i + 1;
            while (end < n && text[end] != delimiter && text[end] != QLatin1Char('\r') && text[end] != QLatin1Char('\n'))
                ++end;
            const QStringView run = text.sliced(i, end - i);
            if (field.isEmpty())
                field = repeated.get(row.size(), run);
            else
                field.append(run);
            fieldStarted = true;
            i = end;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        if (!endField()) {
            scan.stopped = true;
            return scan;
        }
        scan.rows.append(std::move(row));
    }
    return scan;
}

QList<QStringList> parseCsv(const QString &input, QChar delimiter, QString *error)
{
    if (error)
        error->clear();
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    CsvScan scan = scanCsv(text, delimiter);
    if (scan.openQuoteRow > 0 && error)
        *error = CsvText::tr("row %1, column %2: a quoted field starts here and is never closed")
                     .arg(scan.openQuoteRow)
                     .arg(scan.openQuoteColumn);
    return std::move(scan.rows);
}

namespace {
// A cell starting with one of these is run as a formula by a spreadsheet (or, the apostrophe,
// read as "text follows"): export puts an apostrophe before it. A value that already starts
// with an apostrophe gets one too, so that reading drops exactly one apostrophe and export
// then import gives back the same text.
bool needsProtection(QChar first)
{
    static const QString protectedStarts = QStringLiteral("=+-@\t\r'");
    return protectedStarts.contains(first);
}
} // namespace

QString csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && needsProtection(v.front()))
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

bool isCsvProtected(const QString &field)
{
    // Exactly what csvField prefixes: "'twas" is text as it stands.
    return field.size() >= 2 && field.front() == QLatin1Char('\'') && needsProtection(field.at(1));
}

QString csvUnprotect(const QString &field)
{
    return isCsvProtected(field) ? field.mid(1) : field;
}

} // namespace dapp
