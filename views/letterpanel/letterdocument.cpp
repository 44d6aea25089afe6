// Lays out letter text with QTextCursor, recording where each character lands.
#include "letterpanel/letterdocument.h"
#include "domain/lettertable.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

namespace dapp {

namespace {
// Whether the character at `i` of `line` is markup rather than words: a run of two or more
// asterisks (bold), the "* " after a "- " bullet, or the carriage return of a Windows line end.
bool isMarker(QStringView line, qsizetype i)
{
    if (i == line.size() - 1 && line.at(i) == QLatin1Char('\r'))
        return true; // a Windows line end: the line break is the block

    if (line.startsWith(QLatin1String("- * ")) && (i == 2 || i == 3))
        return true;
    const auto star = [&](qsizetype k) { return k >= 0 && k < line.size() && line.at(k) == QLatin1Char('*'); };
    return star(i) && (star(i - 1) || star(i + 1));
}
} // namespace

void LetterDocument::build(QTextDocument *document, const QString &text)
{
    m_text = text;
    m_positions.assign(size_t(text.size()) + 1, 0);
    document->clear();
    QTextCursor cursor(document);
    bool blockIsEmpty = true; // the document starts with one empty block, as does the text after a table
    // Plain lines from `offset` up to `until`, each a block, markers left out.
    const auto insertLines = [&](qsizetype offset, qsizetype until) {
        while (offset <= until) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), offset);
            if (end < 0 || end > until)
                end = until;
            if (!blockIsEmpty)
                cursor.insertBlock();
            blockIsEmpty = false;
            const QStringView line = QStringView(text).mid(offset, end - offset);
            QString kept;
            const int blockStart = cursor.position();
            for (qsizetype i = 0; i < line.size(); ++i) {
                m_positions[size_t(offset + i)] = blockStart + int(kept.size());
                if (!isMarker(line, i))
                    kept += line.at(i);
            }
            cursor.insertText(kept);
            m_positions[size_t(end)] = cursor.position();
            offset = end + 1;
        }
    };
    qsizetype offset = 0;
    m_tables = findLetterTables(text);
    m_drawnTables.clear();
    for (const LetterTable &table : std::as_const(m_tables)) {
        if (table.start > offset)
            insertLines(offset, table.start - 1); // up to the line break before the table
        if (!blockIsEmpty)
            cursor.insertBlock();
        QTextTableFormat format;
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setBorder(1);
        format.setBorderBrush(QColor(0xbb, 0xbb, 0xbb));
        format.setHeaderRowCount(1);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // The question column gets a third; the programmes share the rest.
        QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 34)};
        for (int c = 1; c < table.columnCount(); ++c)
            widths << QTextLength(QTextLength::PercentageLength, 66.0 / (table.columnCount() - 1));
        format.setColumnWidthConstraints(widths);
        QTextTable *t = cursor.insertTable(int(table.rows.size()), table.columnCount(), format);
        m_drawnTables << t;
        for (int r = 0; r < table.rows.size(); ++r) {
            for (int c = 0; c < table.rows.at(r).size(); ++c) {
                const LetterTableCell &cell = table.rows.at(r).at(c);
                QTextTableCell tableCell = t->cellAt(r, c);
                QTextCharFormat chars;
                if (r == 0) { // the providers: a heading row
                    QTextCharFormat shade = tableCell.format();
                    shade.setBackground(QColor(0xee, 0xee, 0xee));
                    tableCell.setFormat(shade);
                }
                if (r == 0 || c == 0)
                    chars.setFontWeight(QFont::DemiBold);
                QTextCursor cellCursor = tableCell.firstCursorPosition();
                const int cellStart = cellCursor.position();
                const qsizetype lead = QStringView(text).mid(cell.start, cell.length).indexOf(cell.text);
                for (qsizetype i = 0; i < cell.length; ++i)
                    m_positions[size_t(cell.start + i)] = cellStart + int(std::clamp<qsizetype>(i - lead, 0, cell.text.size()));
                cellCursor.insertText(cell.text, chars);
                m_positions[size_t(cell.start + cell.length)] = cellCursor.position();
            }
        }
        cursor = t->lastCursorPosition();
        cursor.movePosition(QTextCursor::NextBlock); // the empty block Qt keeps after a table
        blockIsEmpty = true;
        // The offset just after the last cell is both that cell's end and the line break after
        // the table: it keeps the cell's end, so a quote of the last cell ends inside the table.
        offset = table.end + 1;
    }
    insertLines(offset, text.size());
}

int LetterDocument::documentPosition(qsizetype textOffset) const
{
    if (m_positions.empty())
        return 0;
    return m_positions[size_t(std::clamp<qsizetype>(textOffset, 0, qsizetype(m_positions.size()) - 1))];
}

TextRange LetterDocument::figureRange(const QString &quote, int questionNumber, const Programme &programme,
                                      const TextRange &stored) const
{
    if (stored.isValid() && !quote.isEmpty() && stored.start <= m_text.size() && stored.length <= m_text.size() - stored.start
        && QStringView(m_text).mid(stored.start, stored.length) == quote)
        return stored;
    if (const QuotedCell cell = quotedCell(m_tables, quote, programme); cell.found)
        return {cell.range.start, cell.range.length};
    return locateQuote(m_text, quote, questionNumber); // a table row whose column is unknown: the row
}

QString LetterDocument::quoteOfSelection(const QTextCursor &cursor) const
{
    if (!cursor.hasSelection())
        return {}; // a caret is no quote, even inside a table
    const qsizetype index = m_drawnTables.indexOf(cursor.currentTable());
    if (index >= 0) {
        const QTextTableCell start = cursor.currentTable()->cellAt(cursor.selectionStart());
        const QTextTableCell end = cursor.currentTable()->cellAt(cursor.selectionEnd());
        if (start.isValid() && end.isValid() && start.row() == end.row()) {
            const auto &row = m_tables.at(index).rows.at(start.row());
            return m_text.mid(row.constFirst().start,
                              row.constLast().start + row.constLast().length - row.constFirst().start);
        }
    }
    // QTextCursor marks line ends as U+2029.
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}

} // namespace dapp
