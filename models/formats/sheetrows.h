// The rows of a sheet as one text and each cell's place in it: a sheet of 100,000 rows read
// from CSV holds the decoded file and a small record a cell, not a string a cell and a list a
// row (2.8 million of each for the benchmark's file), which cost the import a third of its
// reading in allocations and page faults.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

namespace dapp {

class SheetRows
{
public:
    SheetRows() = default;
    // A few rows written out (tests, pasted cells, a letter's table turned into rows).
    SheetRows(std::initializer_list<QStringList> rows);
    SheetRows(const QList<QStringList> &rows); // NOLINT(google-explicit-constructor): the same rows

    qsizetype size() const { return m_rowEnds.size(); }
    bool isEmpty() const { return m_rowEnds.isEmpty(); }
    // The cells of `row` as read, trailing empty ones included where the file has them.
    qsizetype cellCount(qsizetype row) const;
    // A cell's text, valid while these rows live unchanged; "" past the end of its row.
    QStringView cell(qsizetype row, qsizetype column) const;
    // True when every cell of `row` is empty or spaces.
    bool isBlank(qsizetype row) const;
    // A row copied out, for the few rows a header or a letter table has; a large sheet is read
    // cell by cell.
    QStringList at(qsizetype row) const;
    QList<QStringList> toList() const;

    void append(const QStringList &row);
    // Rows read from the same text (the halves of a large file) keep their places in it; rows of
    // another text are copied.
    void append(const SheetRows &rows);
    void removeLast();
    // The cell without its first character (the apostrophe an export puts before a formula).
    void dropFirstCharacter(qsizetype row, qsizetype column);

    friend bool operator==(const SheetRows &a, const SheetRows &b);
    friend bool operator!=(const SheetRows &a, const SheetRows &b) { return !(a == b); }

    // For a reader that finds the cells in a text it holds: `text` is shared, never copied; each
    // cell is added as its place in it, or as a text of its own when it is not written there as
    // it reads (a quoted field with "" inside).
    class Builder;

private:
    // A cell's place: in m_text, or, with kOwn set, in m_own. 32 bits each keep a cell at eight
    // bytes; the readers' limits keep a sheet's text far below 2^31 characters.
    struct Place
    {
        quint32 start = 0;
        quint32 size = 0;
    };
    static constexpr quint32 kOwn = 0x80000000u;
    qsizetype rowStart(qsizetype row) const { return row == 0 ? 0 : m_rowEnds.at(row - 1); }
    QStringView view(Place place) const;
    void appendOwn(QStringView text);

    QString m_text;                 // the text the cells were found in (shared with the reader)
    QString m_own;                  // cells that are not written in m_text as they read
    QList<Place> m_cells;           // row after row
    QList<qsizetype> m_rowEnds;     // the index in m_cells past each row's last cell
};

class SheetRows::Builder
{
public:
    explicit Builder(const QString &text);
    // A cell written in the text as it reads, at [start, start + size).
    void addPlaced(qsizetype start, qsizetype size);
    // A cell that reads otherwise (its quotes taken out): its own copy.
    void addText(QStringView text);
    // A cell of a workbook: copied once however many cells share the string (a shared string,
    // a cell repeated), each of them then its place.
    void addCell(const QString &text);
    void endRow();
    qsizetype rowCount() const { return m_rows.size(); }
    qsizetype cellsInRow() const { return m_rows.m_cells.size() - (m_rows.isEmpty() ? 0 : m_rows.m_rowEnds.constLast()); }
    SheetRows take();

private:
    SheetRows m_rows;
    QHash<const QChar *, Place> m_placeOfShared; // by the shared string's characters
};

} // namespace dapp
