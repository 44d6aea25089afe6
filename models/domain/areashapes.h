// The boundaries of the 43 police force areas (ONS, December 2023, ultra-generalised), shipped
// with the app and projected for drawing: a transverse Mercator centred on Britain, never raw
// longitude and latitude as x and y (which squash England and Wales sideways).
#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace dapp {

struct AreaShape
{
    QString code; // joins on the area list's code (PFA23CD), never on the name
    QPainterPath path; // metres east and north of 49°N 2°W; north is +y
};

class AreaShapes
{
public:
    static const QList<AreaShape> &all(); // one per area, in the file's order
    static const AreaShape *byCode(const QString &code);
    static QRectF bounds(); // of all shapes, projected
    // The line every map must show.
    static QString attribution();
};

// Spherical transverse Mercator, central meridian 2°W, origin 49°N, scale 0.9996: the
// projection of the British National Grid, without its datum shift (a few metres, invisible at
// the scale of a police force area).
QPointF projectToBritain(double longitude, double latitude);

} // namespace dapp
