// Finding tables in letter text and reading numbers from it.
#include "domain/lettertable.h"
#include "domain/numberwords.h"

#include <QRegularExpression>

namespace dapp {

int LetterTable::columnCount() const
{
    qsizetype n = 0;
    for (const auto &row : rows)
        n = std::max(n, row.size());
    return int(n);
}

QList<LetterTable> findLetterTables(const QString &text)
{
    QList<LetterTable> tables;
    LetterTable current;
    qsizetype lineStart = 0;
    const auto finish = [&] {
        if (current.rows.size() >= 2)
            tables << current;
        current = LetterTable{};
    };
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        if (line.contains(QLatin1Char('\t'))) {
            if (current.rows.isEmpty())
                current.start = lineStart;
            QList<LetterTableCell> cells;
            qsizetype cellStart = lineStart;
            for (const QStringView cell : line.split(QLatin1Char('\t'))) {
                cells << LetterTableCell{cell.trimmed().toString(), cellStart, cell.size()};
                cellStart += cell.size() + 1;
            }
            current.rows << cells;
            current.end = lineEnd;
        } else {
            finish();
        }
        lineStart = lineEnd + 1;
    }
    finish();
    return tables;
}

int programmeColumn(const LetterTable &table, const Programme &programme)
{
    const auto columnsNaming = [&](const QString &name) {
        QList<int> columns;
        const QString wanted = name.simplified();
        if (wanted.isEmpty())
            return columns;
        for (qsizetype r = 0; r < std::min<qsizetype>(2, table.rows.size()); ++r) {
            const auto &row = table.rows.at(r);
            for (qsizetype c = 1; c < row.size(); ++c)
                if (row.at(c).text.simplified().contains(wanted, Qt::CaseInsensitive) && !columns.contains(int(c)))
                    columns << int(c);
        }
        return columns;
    };
    if (const QList<int> byName = columnsNaming(programme.name); byName.size() == 1)
        return byName.constFirst();
    if (const QList<int> byProvider = columnsNaming(programme.provider); byProvider.size() == 1)
        return byProvider.constFirst();
    return -1;
}

QuotedCell quotedCell(const QList<LetterTable> &tables, const QString &quote, const Programme &programme)
{
    QuotedCell result;
    result.isTableRow = quote.contains(QLatin1Char('\t'));
    if (!result.isTableRow)
        return result;
    const QStringList cells = quote.split(QLatin1Char('\t'));
    result.question = cells.constFirst().trimmed();
    for (const LetterTable &table : tables) {
        for (const auto &row : table.rows) {
            if (row.size() != cells.size() || row.constFirst().text != result.question)
                continue;
            const int column = programmeColumn(table, programme);
            if (column <= 0 || column >= row.size())
                continue;
            result.found = true;
            result.heading = table.rows.constFirst().value(column).text;
            result.cell = row.at(column).text;
            result.range = {row.at(column).start, row.at(column).length};
            return result;
        }
    }
    return result;
}

QList<qint64> numbersInText(const QString &original, FigureKind kind)
{
    QList<qint64> numbers;
    // Question numbers are not figures: "10. See answer to question 9."
    static const QRegularExpression questionReference(
        QStringLiteral("(^\\s*(?:-\\s*)?\\d{1,2}\\.(?!\\d)|\\b(?:questions?|q)\\s*\\d{1,2}\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString(original).remove(questionReference);
    static const QRegularExpression number(QStringLiteral("(£\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString whole = m.captured(2);
        whole.remove(QLatin1Char(','));
        bool ok = false;
        const qint64 units = whole.toLongLong(&ok);
        if (!ok)
            continue;
        if (kind == FigureKind::Money)
            numbers << units * 100 + m.captured(3).leftJustified(2, QLatin1Char('0')).toLongLong();
        else if (m.captured(3).isEmpty() && m.captured(1).isEmpty())
            numbers << units;
    }
    static const QRegularExpression zero(QStringLiteral("\\b(zero|none|nil)\\b"), QRegularExpression::CaseInsensitiveOption);
    if (kind == FigureKind::Count && zero.match(text).hasMatch())
        numbers << 0;
    // A count in words ("Eleven females self-referred", "Nine."), as the extractor reads it.
    if (kind == FigureKind::Count)
        for (auto it = numberWordsPattern().globalMatch(text); it.hasNext();)
            if (const auto value = valueOfNumberWords(it.next().captured(1)); value && *value > 0)
                numbers << *value;
    return numbers;
}

} // namespace dapp
