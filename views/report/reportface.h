// A font measured on the report's device, with a cache of text widths: the summary table
// measures the same numbers and words thousands of times, and shaping is the costly part.
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>
#include <QStringList>

class QPaintDevice;

namespace dapp {

class ReportFace {
public:
    ReportFace() = default;
    ReportFace(const QFont &font, const QPaintDevice *device);

    const QFont &font() const { return m_font; }
    qreal width(const QString &text) const;
    qreal ascent() const { return m_ascent; }
    qreal lineHeight() const { return m_lineHeight; } // baseline to baseline
    qreal spaceWidth() const { return m_space; }

    // The widest word of `text` (what a column must hold when the text wraps at spaces).
    qreal widestWord(const QString &text) const;
    // Breaks `text` into lines no wider than `width`: at spaces, and inside a word only when
    // the word alone is wider than a line, so that text is never cut, only wrapped.
    QStringList wrap(const QString &text, qreal width) const;

private:
    void breakLongWord(const QString &word, qreal width, QStringList &lines, QString &line) const;

    QFont m_font;
    QFontMetricsF m_metrics {QFont()};
    qreal m_ascent = 0;
    qreal m_lineHeight = 0;
    qreal m_space = 0;
    mutable QHash<QString, qreal> m_widths;
};

} // namespace dapp
