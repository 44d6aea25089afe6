// GeoJSON (RFC 7946) features with Polygon or MultiPolygon geometries, as longitude/latitude
// rings. Knows nothing of what the features are.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPolygonF>
#include <QString>

namespace dapp {

struct GeoFeature
{
    QJsonObject properties;
    // Polygons, each an outer ring then its holes; points are (longitude, latitude).
    QList<QList<QPolygonF>> polygons;
};

struct GeoJsonRead
{
    QList<GeoFeature> features;
    QString error; // empty when the whole file was read
};

// A FeatureCollection; a feature of another geometry, or a malformed one, fails the whole read
// with the feature's number and what is wrong.
GeoJsonRead readGeoJson(const QByteArray &json);

} // namespace dapp
