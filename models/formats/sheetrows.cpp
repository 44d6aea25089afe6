// Rows of cells kept as places in one text.
#include "formats/sheetrows.h"

#include <utility>

namespace dapp {

SheetRows::SheetRows(std::initializer_list<QStringList> rows)
{
    for (const QStringList &row : rows)
        append(row);
}

SheetRows::SheetRows(const QList<QStringList> &rows)
{
    for (const QStringList &row : rows)
        append(row);
}

qsizetype SheetRows::cellCount(qsizetype row) const { return m_rowEnds.at(row) - rowStart(row); }

QStringView SheetRows::view(Place place) const
{
    if (place.start & kOwn)
        return QStringView(m_own).sliced(place.start & ~kOwn, place.size);
    return QStringView(m_text).sliced(place.start, place.size);
}

QStringView SheetRows::cell(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= size() || column < 0 || column >= cellCount(row))
        return {};
    return view(m_cells.at(rowStart(row) + column));
}

bool SheetRows::isBlank(qsizetype row) const
{
    for (qsizetype i = rowStart(row); i < m_rowEnds.at(row); ++i)
        if (!view(m_cells.at(i)).trimmed().isEmpty())
            return false;
    return true;
}

QStringList SheetRows::at(qsizetype row) const
{
    QStringList cells;
    cells.reserve(cellCount(row));
    for (qsizetype i = rowStart(row); i < m_rowEnds.at(row); ++i)
        cells << view(m_cells.at(i)).toString();
    return cells;
}

QList<QStringList> SheetRows::toList() const
{
    QList<QStringList> rows;
    rows.reserve(size());
    for (qsizetype r = 0; r < size(); ++r)
        rows << at(r);
    return rows;
}

void SheetRows::appendOwn(QStringView text)
{
    // The readers keep a sheet's text far below this (kSheetMaxCharacters, and a CSV file's
    // size); a place past it would read another cell's text.
    if (m_own.size() + text.size() >= qsizetype(kOwn))
        qFatal("SheetRows: more than 2^31 characters of cells");
    m_cells.append({quint32(m_own.size()) | kOwn, quint32(text.size())});
    m_own.append(text);
}

void SheetRows::append(const QStringList &row)
{
    for (const QString &cell : row)
        appendOwn(cell);
    m_rowEnds.append(m_cells.size());
}

void SheetRows::append(const SheetRows &rows)
{
    const qsizetype cellsBefore = m_cells.size();
    if (isEmpty() && m_own.isEmpty())
        m_text = rows.m_text;
    // The same characters (a literal's have no shared data to compare, so their address is).
    const bool sameText = m_text.constData() == rows.m_text.constData() && m_text.size() == rows.m_text.size();
    if (sameText || rows.m_text.isEmpty()) {
        // The same text: the places hold; cells of their own move up past ours.
        const quint32 ownBefore = quint32(m_own.size());
        m_own.append(rows.m_own);
        m_cells.reserve(m_cells.size() + rows.m_cells.size());
        for (Place place : rows.m_cells) {
            if (place.start & kOwn)
                place.start += ownBefore;
            m_cells.append(place);
        }
    } else {
        for (const Place place : rows.m_cells)
            appendOwn(rows.view(place));
    }
    m_rowEnds.reserve(m_rowEnds.size() + rows.m_rowEnds.size());
    for (const qsizetype end : rows.m_rowEnds)
        m_rowEnds.append(cellsBefore + end);
}

void SheetRows::removeLast()
{
    m_rowEnds.removeLast();
    m_cells.resize(m_rowEnds.isEmpty() ? 0 : m_rowEnds.constLast());
}

void SheetRows::dropFirstCharacter(qsizetype row, qsizetype column)
{
    Place &place = m_cells[rowStart(row) + column];
    if (place.size == 0)
        return;
    ++place.start;
    --place.size;
}

bool operator==(const SheetRows &a, const SheetRows &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype r = 0; r < a.size(); ++r) {
        if (a.cellCount(r) != b.cellCount(r))
            return false;
        for (qsizetype c = 0; c < a.cellCount(r); ++c)
            if (a.cell(r, c) != b.cell(r, c))
                return false;
    }
    return true;
}

SheetRows::Builder::Builder(const QString &text) { m_rows.m_text = text; }

void SheetRows::Builder::addPlaced(qsizetype start, qsizetype size)
{
    Q_ASSERT(start >= 0 && start + size <= m_rows.m_text.size());
    if (start + size >= qsizetype(kOwn)) // beyond what a place can say (2 GB of text into a file)
        m_rows.appendOwn(QStringView(m_rows.m_text).sliced(start, size));
    else
        m_rows.m_cells.append({quint32(start), quint32(size)});
}

void SheetRows::Builder::addText(QStringView text) { m_rows.appendOwn(text); }

void SheetRows::Builder::addCell(const QString &text)
{
    // A string no other holds cannot be met again; one shared may be, at the same address.
    if (text.isEmpty() || text.isDetached()) {
        addText(text);
        return;
    }
    const auto known = m_placeOfShared.constFind(text.constData());
    if (known != m_placeOfShared.cend() && known->size == quint32(text.size())) {
        m_rows.m_cells.append(*known);
        return;
    }
    addText(text);
    m_placeOfShared.insert(text.constData(), m_rows.m_cells.constLast());
}

void SheetRows::Builder::endRow() { m_rows.m_rowEnds.append(m_rows.m_cells.size()); }

SheetRows SheetRows::Builder::take()
{
    // The cells of a row never ended (a scan stopped in it) are not the sheet's.
    m_rows.m_cells.resize(m_rows.isEmpty() ? 0 : m_rows.m_rowEnds.constLast());
    return std::exchange(m_rows, SheetRows());
}

} // namespace dapp
