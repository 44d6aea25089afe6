// The report's look in one place: units of the device, fonts, colours and spacing. Layout is
// done in device units (1200 per inch on a QPdfWriter), so fonts keep their point sizes on any
// printer or PDF resolution.
#pragma once

#include "report/reportface.h"

#include <QColor>
#include <QFont>

class QPaintDevice;

namespace dapp {

struct ReportStyle {
    explicit ReportStyle(const QPaintDevice *device);

    // A face of the body family (`narrow`: of the condensed family dense tables use).
    ReportFace face(
        qreal pointSize, QFont::Weight weight = QFont::Normal, bool italic = false, bool narrow = false) const;

    const QPaintDevice *device;
    qreal pt; // device units per point
    qreal mm; // device units per millimetre

    ReportFace title;
    ReportFace subtitle;
    ReportFace heading;
    ReportFace body;
    ReportFace bodyBold;
    ReportFace small; // running header, footer, captions

    QColor ink {0x1a, 0x1a, 0x1a};
    QColor muted {0x6b, 0x6b, 0x6b}; // missing figures, captions, the running header
    QColor rule {0x9a, 0x9a, 0x9a};
    QColor zebra {0xf1, 0xf3, 0xf5}; // every other table row
    QColor accent {0x1f, 0x4e, 0x79}; // headings and the title page's rule
};

} // namespace dapp
