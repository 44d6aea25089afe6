// The chart palette and type.
#include "charts/chartstyle.h"

namespace dapp::chartstyle {

QColor seriesColour(int series, int seriesCount)
{
    // Blue, orange, bluish green: the three most distinct of the eight, in that order.
    static const QColor three[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73)};
    static const QColor two[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00)};
    if (seriesCount == 2)
        return two[series % 2];
    return three[series % 3];
}

QColor textColour() { return QColor(0x22, 0x22, 0x22); }
QColor quietColour() { return QColor(0x6b, 0x6b, 0x6b); }

QBrush missingBrush() { return QBrush(QColor(0x80, 0x80, 0x80), Qt::BDiagPattern); }

namespace {
QFont sized(qreal points, bool bold = false, bool italic = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}
} // namespace

QFont titleFont() { return sized(12.5, true); }
QFont subtitleFont() { return sized(9.5); }
QFont labelFont() { return sized(8); }
QFont noteFont() { return sized(8); }

} // namespace dapp::chartstyle
