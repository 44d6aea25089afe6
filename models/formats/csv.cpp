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

// The field being read: while it is one run of the text, only its place; once it is not (a
// quoted field with "" inside, or text after its closing quote), a copy of what it reads.
class FieldParts
{
public:
    explicit FieldParts(const QString &text) : m_text(text) {}
    bool isEmpty() const { return m_own ? m_copy.isEmpty() : m_size == 0; }
    void add(qsizetype start, qsizetype size)
    {
        if (size == 0)
            return;
        if (!m_own) {
            if (m_size == 0) {
                m_start = start;
                m_size = size;
                return;
            }
            if (m_start + m_size == start) {
                m_size += size;
                return;
            }
            m_own = true;
            m_copy = QStringView(m_text).sliced(m_start, m_size).toString();
        }
        m_copy.append(QStringView(m_text).sliced(start, size));
    }
    // Adds the field to the row, and starts the next one empty.
    void endInto(SheetRows::Builder &rows)
    {
        if (m_own)
            rows.addText(m_copy);
        else
            rows.addPlaced(m_size == 0 ? 0 : m_start, m_size);
        m_own = false;
        m_copy.clear();
        m_size = 0;
    }

private:
    const QString &m_text;
    qsizetype m_start = 0, m_size = 0;
    bool m_own = false;
    QString m_copy;
};

} // namespace

CsvScan scanCsv(const QString &whole, QChar delimiter, const CsvBounds &bounds)
{
    CsvScan scan;
    SheetRows::Builder rows(whole);
    FieldParts field(whole);
    bool fieldStarted = false; // a row that holds only "" or a lone delimiter is still a row
    qsizetype line = 1;
    const QStringView text(whole);
    const qsizetype n = bounds.to < 0 ? text.size() : std::min(bounds.to, text.size());
    qsizetype i = bounds.from;
    const auto stop = [&] {
        scan.stopped = true;
        scan.rows = rows.take();
        return std::move(scan);
    };
    auto endField = [&] {
        field.endInto(rows);
        ++scan.cells;
        return bounds.maxCells < 0 || scan.cells <= bounds.maxCells;
    };
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char('"') && field.isEmpty()) {
            // A quoted field, up to its closing quote; "" inside it is one quote.
            const qsizetype startRow = rows.rowCount() + 1, startColumn = rows.cellsInRow() + 1, startLine = line;
            const qsizetype contentStart = ++i;
            fieldStarted = true;
            bool closed = false;
            while (i < n) {
                const qsizetype quote = text.first(n).indexOf(QLatin1Char('"'), i);
                if (quote < 0)
                    break;
                if (quote + 1 < n && text[quote + 1] == QLatin1Char('"')) {
                    field.add(i, quote + 1 - i); // up to and with the first of the two quotes
                    i = quote + 2;
                } else {
                    field.add(i, quote - i);
                    i = quote + 1;
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                field.add(i, n - i);
                i = n;
                scan.openQuoteRow = startRow;
                scan.openQuoteColumn = startColumn;
                scan.openQuoteLine = startLine;
                scan.openQuoteStart = startOf(text.sliced(contentStart, n - contentStart));
            }
            line += lineBreaks(text.sliced(contentStart, i - contentStart));
        } else if (c == delimiter) {
            ++i;
            fieldStarted = true;
            if (!endField())
                return stop();
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
            if (!endField())
                return stop();
            rows.endRow();
            fieldStarted = false;
            if (bounds.maxRows >= 0 && rows.rowCount() >= bounds.maxRows)
                return stop();
        } else {
            // An unquoted run, up to the next delimiter or line end; a quote inside it is text.
            qsizetype end = i + 1;
            while (end < n && text[end] != delimiter && text[end] != QLatin1Char('\r') && text[end] != QLatin1Char('\n'))
                ++end;
            field.add(i, end - i);
            fieldStarted = true;
            i = end;
        }
    }
    if (fieldStarted || !field.isEmpty() || rows.cellsInRow() > 0) {
        if (!endField())
            return stop();
        rows.endRow();
    }
    scan.rows = rows.take();
    return scan;
}

QList<QStringList> parseCsv(const QString &input, QChar delimiter, QString *error)
{
    if (error)
        error->clear();
    CsvScan scan = scanCsv(input, delimiter, {.from = input.startsWith(QChar(0xFEFF)) ? 1 : 0});
    if (scan.openQuoteRow > 0 && error)
        *error = CsvText::tr("row %1, column %2: a quoted field starts here and is never closed")
                     .arg(scan.openQuoteRow)
                     .arg(scan.openQuoteColumn);
    return scan.rows.toList();
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

bool isCsvProtected(QStringView field)
{
    // Exactly what csvField prefixes: "'twas" is text as it stands.
    return field.size() >= 2 && field.front() == QLatin1Char('\'') && needsProtection(field.at(1));
}

QString csvUnprotect(const QString &field)
{
    return isCsvProtected(field) ? field.mid(1) : field;
}

} // namespace dapp
