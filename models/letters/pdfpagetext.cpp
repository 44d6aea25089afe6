// Laying out a PDF page's words as text lines, tables' rows each on one line.
#include "letters/pdfpagetext.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace dapp {

namespace {

// A gap wider than this many average characters separates a table's columns, not words.
constexpr double kColumnGapCharacters = 2.0;
// A gap between lines wider than this share of a line's height is a paragraph's gap.
constexpr double kParagraphGapLines = 0.75;

struct Cell
{
    QString text;
    double left = 0, right = 0;
};

struct Line
{
    QList<PlacedWord> words; // left to right once laid out
    double top = 0, bottom = 0;
    QList<Cell> cells; // the words joined, split at column gaps
    bool isRow() const { return cells.size() > 1; }
};

bool finite(const QRectF &r)
{
    return std::isfinite(r.left()) && std::isfinite(r.top()) && std::isfinite(r.width()) && std::isfinite(r.height())
        && r.width() >= 0 && r.height() >= 0;
}

double averageCharacter(const PlacedWord &a, const PlacedWord &b)
{
    const qsizetype characters = std::max<qsizetype>(1, a.text.size() + b.text.size());
    return (a.box.width() + b.box.width()) / double(characters);
}

// Rows of words: sorted by their middle, a word joins the line it overlaps enough.
QList<Line> groupIntoLines(QList<PlacedWord> words)
{
    std::stable_sort(words.begin(), words.end(), [](const PlacedWord &a, const PlacedWord &b) {
        return a.box.center().y() < b.box.center().y();
    });
    QList<Line> lines;
    for (PlacedWord &word : words) {
        if (!lines.isEmpty()) {
            Line &line = lines.last();
            const double overlap = std::min(line.bottom, word.box.bottom()) - std::max(line.top, word.box.top());
            const double smaller = std::min(line.bottom - line.top, word.box.height());
            if (overlap > 0 && overlap >= 0.5 * smaller) {
                line.top = std::min(line.top, word.box.top());
                line.bottom = std::max(line.bottom, word.box.bottom());
                line.words.append(std::move(word));
                continue;
            }
        }
        Line line;
        line.top = word.box.top();
        line.bottom = word.box.bottom();
        line.words.append(std::move(word));
        lines.append(std::move(line));
    }
    return lines;
}

// A line's words left to right, joined into cells at the column gaps.
void splitIntoCells(Line &line)
{
    std::stable_sort(line.words.begin(), line.words.end(),
                     [](const PlacedWord &a, const PlacedWord &b) { return a.box.left() < b.box.left(); });
    for (qsizetype i = 0; i < line.words.size(); ++i) {
        const PlacedWord &word = line.words[i];
        if (i == 0) {
            line.cells.append({word.text, word.box.left(), word.box.right()});
            continue;
        }
        const PlacedWord &before = line.words[i - 1];
        const double gap = word.box.left() - before.box.right();
        Cell &cell = line.cells.last();
        if (gap > kColumnGapCharacters * averageCharacter(before, word)) {
            line.cells.append({word.text, word.box.left(), word.box.right()});
            continue;
        }
        // A box that touches the one before without the PDF's space is the same word's next piece
        // (a change of font mid-word, say).
        if (before.spaceAfter || gap > 0.25 * averageCharacter(before, word))
            cell.text += QLatin1Char(' ');
        cell.text += word.text;
        cell.right = std::max(cell.right, word.box.right());
    }
}

// The columns of a run of table rows: the cells' spans merged where they overlap. Each row's
// cells are then placed in their columns, with empty cells for the columns a row skips (before
// its last cell). When a row has two cells in one column the spans say nothing sure, and the
// rows stay as they are.
QList<QStringList> placeInColumns(const QList<Line> &rows)
{
    QList<std::pair<double, double>> spans;
    for (const Line &row : rows)
        for (const Cell &cell : row.cells)
            spans.append({cell.left, cell.right});
    std::sort(spans.begin(), spans.end());
    QList<std::pair<double, double>> columns;
    for (const auto &span : spans) {
        if (!columns.isEmpty() && span.first <= columns.last().second)
            columns.last().second = std::max(columns.last().second, span.second);
        else
            columns.append(span);
    }
    // The columns are sorted and apart, and each cell's start lies in one: the last column that
    // starts at or before it (a search, as a hostile page may hold many thousands of cells).
    const auto columnOf = [&](const Cell &cell) {
        const auto after = std::upper_bound(columns.begin(), columns.end(), cell.left,
                                            [](double left, const std::pair<double, double> &column) {
                                                return left < column.first;
                                            });
        return qsizetype(after - columns.begin()) - 1;
    };

    QList<QStringList> placed;
    for (const Line &row : rows) {
        QStringList cells;
        qsizetype previous = -1;
        for (const Cell &cell : row.cells) {
            const qsizetype column = columnOf(cell);
            if (column <= previous) { // two cells in one column: keep every row as read
                placed.clear();
                for (const Line &each : rows) {
                    QStringList asRead;
                    for (const Cell &c : each.cells)
                        asRead.append(c.text);
                    placed.append(asRead);
                }
                return placed;
            }
            while (++previous < column)
                cells.append(QString());
            cells.append(cell.text);
        }
        placed.append(cells);
    }
    return placed;
}

} // namespace

QString layoutPageText(QList<PlacedWord> words)
{
    words.removeIf([](const PlacedWord &w) { return !finite(w.box) || w.text.trimmed().isEmpty(); });
    QList<Line> lines = groupIntoLines(std::move(words));
    for (Line &line : lines)
        splitIntoCells(line);

    QStringList out;
    for (qsizetype i = 0; i < lines.size();) {
        if (i > 0) {
            const Line &before = lines[i - 1];
            const double gap = lines[i].top - before.bottom;
            const bool bothRows = before.isRow() && lines[i].isRow();
            if (!bothRows && gap > kParagraphGapLines * (before.bottom - before.top))
                out.append(QString());
        }
        if (!lines[i].isRow()) {
            out.append(lines[i].cells.value(0).text);
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < lines.size() && lines[end].isRow())
            ++end;
        for (const QStringList &row : placeInColumns(lines.mid(i, end - i)))
            out.append(row.join(QLatin1Char('\t')));
        i = end;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace dapp
