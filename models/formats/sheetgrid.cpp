// The workbook readers' grid, and numbers and dates as text.
#include "formats/sheetgrid.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <utility>

namespace dapp {

namespace {
struct GridText
{
    Q_DECLARE_TR_FUNCTIONS(SheetGrid)
};
} // namespace

SheetGrid::SheetGrid(qint64 maxCells)
    : m_maxCells(maxCells)
{
}

SheetGrid::Set SheetGrid::set(qint64 row, qint64 column, const QString &text)
{
    if (text.isEmpty())
        return Set::Done;
    if (row < 0 || row >= kSheetMaxRows || column < 0 || column >= kSheetMaxColumns)
        return Set::OutOfSheet;
    if (row >= m_rows.size())
        m_rows.resize(row + 1);
    QStringList &cells = m_rows[row];
    const qint64 characters = m_characters + text.size() - (column < cells.size() ? cells.at(column).size() : 0);
    if (characters > kSheetMaxCharacters)
        return Set::TooMuchText;
    if (column >= cells.size()) {
        const qint64 added = column + 1 - cells.size();
        if (m_cells + added > m_maxCells)
            return Set::TooManyCells;
        cells.resize(column + 1);
        m_cells += added;
    }
    cells[column] = text;
    m_characters = characters;
    return Set::Done;
}

void SheetGrid::clear(qint64 row, qint64 column)
{
    if (row >= 0 && row < m_rows.size() && column >= 0 && column < m_rows[row].size()) {
        m_characters -= m_rows[row][column].size();
        m_rows[row][column].clear();
    }
}

SheetRows SheetGrid::take()
{
    for (QStringList &cells : m_rows) {
        while (!cells.isEmpty() && cells.constLast().isEmpty())
            cells.removeLast();
    }
    while (!m_rows.isEmpty() && m_rows.constLast().isEmpty())
        m_rows.removeLast();
    m_cells = 0;
    m_characters = 0;
    // Each row let go once copied; no string is made meanwhile, so a shared string's address
    // is its own for as long as the builder looks it up.
    SheetRows::Builder rows{QString()};
    for (QStringList &cells : m_rows) {
        for (const QString &cell : std::exchange(cells, QStringList()))
            rows.addCell(cell);
        rows.endRow();
    }
    m_rows.clear();
    return rows.take();
}

QString numberText(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const double rounded = QString::number(value, 'g', 15).toDouble();
    if (rounded == 0)
        return QStringLiteral("0"); // never "-0"
    // Plain digits where a spreadsheet shows them (1000000, not 1e+06); an exponent beyond.
    const double magnitude = std::abs(rounded);
    const char format = magnitude >= 1e-9 && magnitude < 1e21 ? 'f' : 'g';
    return QString::number(rounded, format, QLocale::FloatingPointShortest);
}

namespace {

QString timeText(qint64 secondsOfDay)
{
    const QString hoursMinutes = QStringLiteral("%1:%2")
                                     .arg(secondsOfDay / 3600, 2, 10, QLatin1Char('0'))
                                     .arg(secondsOfDay / 60 % 60, 2, 10, QLatin1Char('0'));
    return secondsOfDay % 60 == 0 ? hoursMinutes
                                  : hoursMinutes + QStringLiteral(":%1").arg(secondsOfDay % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString serialDateText(double serial, DateKind kind, bool date1904)
{
    constexpr double kLastSerial = 2958466; // 10000-01-01 in the 1900 system
    if (kind == DateKind::None || !(serial >= 0) || serial >= kLastSerial)
        return {};
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400, secondsOfDay = seconds % 86400;
    if (kind == DateKind::Time)
        return timeText(secondsOfDay);
    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 60)
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, which Excel keeps
    else if (days >= 1)
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    if (date.isEmpty())
        return {};
    return kind == DateKind::DateTime && secondsOfDay != 0 ? date + QLatin1Char(' ') + timeText(secondsOfDay) : date;
}

qsizetype chooseSheet(const QStringList &names, const QString &wanted, QString *error)
{
    if (names.isEmpty()) {
        *error = GridText::tr("it holds no sheets of cells");
        return -1;
    }
    if (wanted.isEmpty())
        return 0;
    qsizetype index = names.indexOf(wanted);
    for (qsizetype i = 0; index < 0 && i < names.size(); ++i) {
        if (names[i].compare(wanted, Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index < 0) {
        QStringList quoted;
        for (const QString &name : names)
            quoted << GridText::tr("“%1”").arg(name);
        *error = GridText::tr("it has no sheet named “%1” (its sheets: %2)").arg(wanted, quoted.join(QStringLiteral(", ")));
    }
    return index;
}

QString isoDateText(const QString &iso)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?(?:Z|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(iso.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return {};
    const qint64 secondsOfDay = m.captured(4).toInt() * 3600LL + m.captured(5).toInt() * 60LL + m.captured(6).toInt();
    if (secondsOfDay == 0 || secondsOfDay >= 86400)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + QLatin1Char(' ') + timeText(secondsOfDay);
}

} // namespace dapp
