// Fonts that exist on the machines analysts use: Arial (Windows, macOS) or its metric twin
// Liberation Sans (Linux), DejaVu where neither is installed; tables prefer a narrow cut so
// that thirteen columns fit an A4 portrait page.
#include "report/reportstyle.h"

#include <QPaintDevice>

namespace dapp {

namespace {
const QStringList &bodyFamilies()
{
    static const QStringList families {QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
        QStringLiteral("Helvetica"), QStringLiteral("DejaVu Sans")};
    return families;
}

const QStringList &narrowFamilies()
{
    static const QStringList families {QStringLiteral("Liberation Sans Narrow"), QStringLiteral("Arial Narrow"),
        QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial"),
        QStringLiteral("Helvetica")};
    return families;
}
} // namespace

ReportStyle::ReportStyle(const QPaintDevice *paintDevice)
    : device(paintDevice)
    , pt(paintDevice->logicalDpiY() / 72.0)
    , mm(paintDevice->logicalDpiY() / 25.4)
{
    title = face(22, QFont::Bold);
    subtitle = face(12);
    heading = face(14, QFont::Bold);
    body = face(9);
    bodyBold = face(9, QFont::Bold);
    small = face(7);
}

ReportFace ReportStyle::face(qreal pointSize, QFont::Weight weight, bool italic, bool narrow) const
{
    QFont font;
    font.setFamilies(narrow ? narrowFamilies() : bodyFamilies());
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    font.setItalic(italic);
    // Unhinted, a width measured for layout is the width drawn at any resolution.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No shaping means no ligatures: "fi" stays two letters that a reader can search for and
    // copy out of the PDF (and Latin text lays out faster).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return ReportFace(font, device);
}

} // namespace dapp
