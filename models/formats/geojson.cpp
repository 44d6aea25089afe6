// Reads polygons out of GeoJSON with QJsonDocument.
#include "formats/geojson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dapp {

namespace {
struct GeoJsonText
{
    Q_DECLARE_TR_FUNCTIONS(GeoJson)
};

bool readRing(const QJsonArray &points, QPolygonF *ring)
{
    for (const QJsonValue &p : points) {
        const QJsonArray xy = p.toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return false;
        ring->append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return ring->size() >= 4; // a closed ring repeats its first point
}

bool readPolygon(const QJsonArray &rings, QList<QPolygonF> *polygon)
{
    for (const QJsonValue &r : rings) {
        QPolygonF ring;
        if (!readRing(r.toArray(), &ring))
            return false;
        polygon->append(ring);
    }
    return !polygon->isEmpty();
}
} // namespace

GeoJsonRead readGeoJson(const QByteArray &json)
{
    GeoJsonRead result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        result.error = GeoJsonText::tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return result;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")) {
        result.error = GeoJsonText::tr("not a GeoJSON FeatureCollection");
        return result;
    }
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        GeoFeature f;
        f.properties = feature.value(QLatin1String("properties")).toObject();
        bool ok = false;
        if (type == QLatin1String("Polygon")) {
            QList<QPolygonF> polygon;
            ok = readPolygon(coordinates, &polygon);
            f.polygons << polygon;
        } else if (type == QLatin1String("MultiPolygon")) {
            ok = !coordinates.isEmpty();
            for (const QJsonValue &p : coordinates) {
                QList<QPolygonF> polygon;
                ok = ok && readPolygon(p.toArray(), &polygon);
                f.polygons << polygon;
            }
        } else {
            result.error = GeoJsonText::tr("feature %1: a %2, not a polygon").arg(i + 1).arg(type.isEmpty() ? QStringLiteral("?") : type);
            result.features.clear();
            return result;
        }
        if (!ok) {
            result.error = GeoJsonText::tr("feature %1: a ring with fewer than four points, or a point that is not two numbers").arg(i + 1);
            result.features.clear();
            return result;
        }
        result.features << f;
    }
    return result;
}

} // namespace dapp
