// Measuring and wrapping report text without a QTextDocument per cell.
#include "report/reportface.h"

#include <QPaintDevice>

namespace dapp {

ReportFace::ReportFace(const QFont &font, const QPaintDevice *device)
    : m_font(font)
    , m_metrics(font, device)
    , m_ascent(m_metrics.ascent())
    , m_lineHeight(m_metrics.lineSpacing())
    , m_space(m_metrics.horizontalAdvance(QLatin1Char(' ')))
{
}

qreal ReportFace::width(const QString &text) const
{
    if (text.isEmpty())
        return 0;
    const auto it = m_widths.constFind(text);
    if (it != m_widths.cend())
        return *it;
    const qreal w = m_metrics.horizontalAdvance(text);
    m_widths.insert(text, w);
    return w;
}

qreal ReportFace::widestWord(const QString &text) const
{
    qreal widest = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = qMax(widest, width(word));
    return widest;
}

QStringList ReportFace::wrap(const QString &text, qreal width) const
{
    // The common case of a table cell: one line, no splitting, no allocation.
    if (!text.contains(QLatin1Char('\n')) && this->width(text) <= width)
        return {text};
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        qreal lineWidth = 0;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qreal w = this->width(word);
            if (!line.isEmpty() && lineWidth + m_space + w <= width) {
                line += QLatin1Char(' ') + word;
                lineWidth += m_space + w;
                continue;
            }
            if (!line.isEmpty())
                lines << line;
            line.clear();
            lineWidth = 0;
            if (w <= width) {
                line = word;
                lineWidth = w;
            } else {
                breakLongWord(word, width, lines, line);
                lineWidth = this->width(line);
            }
        }
        lines << line;
    }
    return lines;
}

// Splits a word too wide for any line at characters; the last piece starts the next line.
void ReportFace::breakLongWord(const QString &word, qreal width, QStringList &lines, QString &line) const
{
    qsizetype start = 0;
    while (start < word.size()) {
        qsizetype end = start + 1;
        // At least one character per line, so that a very narrow column still ends.
        while (end < word.size() && m_metrics.horizontalAdvance(word.mid(start, end + 1 - start)) <= width)
            ++end;
        while (end < word.size() && word[end].isLowSurrogate()) // never half a character
            ++end;
        if (end < word.size())
            lines << word.mid(start, end - start);
        else
            line = word.mid(start);
        start = end;
    }
}

} // namespace dapp
