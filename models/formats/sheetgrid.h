// What the workbook readers share: the grid they fill under the cell limit, and numbers and
// dates written as a user reads them.
#pragma once

#include "formats/sheetrows.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dapp {

// A spreadsheet's own bounds (Excel's, and LibreOffice's since 7.4): a cell beyond them is damage.
constexpr qint64 kSheetMaxRows = 1'048'576;
constexpr qint64 kSheetMaxColumns = 16'384;
// The text of all a sheet's cells together, each repeat counted: a few kilobytes of XML can
// repeat one long text millions of times (a cell repeated, a shared string), and a sheet's
// cells are held as places in one text of less than 2^31 characters (sheetrows.h).
constexpr qint64 kSheetMaxCharacters = qint64(512) << 20;

// Rows of cells as text, grown only as far as a non-empty cell reaches: a sheet of a million
// empty rows allocates none of them.
class SheetGrid
{
public:
    explicit SheetGrid(qint64 maxCells);
    enum class Set { Done, OutOfSheet, TooManyCells, TooMuchText };
    // Sets the cell at (row, column), from 0; empty text sets nothing.
    Set set(qint64 row, qint64 column, const QString &text);
    void clear(qint64 row, qint64 column); // a merged range's hidden cells
    qint64 rowCount() const { return m_rows.size(); }
    qint64 columnCount(qint64 row) const { return row < m_rows.size() ? m_rows[row].size() : 0; }
    // The rows, without trailing empty cells or trailing empty rows; each row of the grid let go
    // as it is copied.
    SheetRows take();

private:
    QList<QStringList> m_rows;
    qint64 m_cells = 0; // cells allocated, the "" filling gaps included
    qint64 m_maxCells;
    qint64 m_characters = 0; // of every cell set, each counted
};

// The shortest text that reads back as the number, after rounding to the 15 significant digits
// a spreadsheet shows and keeps (so 264244.69999999998 is 264244.7): 17, 264244.7, 0.5, 1e-10.
QString numberText(double value);

// What a date or time format shows of a serial number.
enum class DateKind { None, Date, Time, DateTime };
// A spreadsheet's serial day number (1900 system: 1 = 1900-01-01, with Lotus's 29 February
// 1900; or the 1904 system) as ISO text: "2023-07-25", "12:30", "2023-07-25 12:30:15" (a
// DateTime at midnight is the date alone). Empty when the serial is no date.
QString serialDateText(double serial, DateKind kind, bool date1904);
// The index of the sheet named `wanted` in `names` (an exact match, else one that differs only in
// case; empty: the first); -1 with a clause in `error` when there is none.
qsizetype chooseSheet(const QStringList &names, const QString &wanted, QString *error);

// ISO 8601 text as stored by ODS (office:date-value) or an XLSX "d" cell: "2023-07-25" or
// "2023-07-25 12:30"; empty when it is not such a date.
QString isoDateText(const QString &iso);

} // namespace dapp
