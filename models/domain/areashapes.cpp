// Reads the shipped boundaries once and projects them.
#include "domain/areashapes.h"
#include "formats/geojson.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cmath>
#include <numbers>

namespace dapp {

namespace {
constexpr double kRadius = 6371000.0;
constexpr double kScale = 0.9996;
constexpr double kDegree = std::numbers::pi / 180.0;
constexpr double kCentralMeridian = -2.0 * kDegree;
constexpr double kOriginLatitude = 49.0 * kDegree;

QList<AreaShape> load()
{
    QFile file(QStringLiteral(":/dapp/areas/police_force_areas.geojson"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the embedded area boundaries are missing");
    const GeoJsonRead read = readGeoJson(file.readAll());
    if (!read.error.isEmpty())
        qFatal("the embedded area boundaries cannot be read: %s", qPrintable(read.error));
    QList<AreaShape> shapes;
    for (const GeoFeature &f : read.features) {
        AreaShape shape;
        shape.code = f.properties.value(QLatin1String("PFA23CD")).toString();
        shape.path.setFillRule(Qt::OddEvenFill); // holes stay holes
        for (const QList<QPolygonF> &polygon : f.polygons) {
            for (const QPolygonF &ring : polygon) {
                QPolygonF projected;
                projected.reserve(ring.size());
                for (const QPointF &p : ring)
                    projected << projectToBritain(p.x(), p.y());
                shape.path.addPolygon(projected);
                shape.path.closeSubpath();
            }
        }
        shapes << shape;
    }
    return shapes;
}
} // namespace

QPointF projectToBritain(double longitude, double latitude)
{
    const double phi = latitude * kDegree;
    const double dLambda = longitude * kDegree - kCentralMeridian;
    const double b = std::cos(phi) * std::sin(dLambda);
    const double x = 0.5 * kScale * kRadius * std::log((1 + b) / (1 - b));
    const double y = kScale * kRadius * (std::atan2(std::tan(phi), std::cos(dLambda)) - kOriginLatitude);
    return QPointF(x, y);
}

const QList<AreaShape> &AreaShapes::all()
{
    static const QList<AreaShape> shapes = load();
    return shapes;
}

const AreaShape *AreaShapes::byCode(const QString &code)
{
    static const QHash<QString, const AreaShape *> index = [] {
        QHash<QString, const AreaShape *> h;
        for (const AreaShape &s : all())
            h.insert(s.code, &s);
        return h;
    }();
    return index.value(code);
}

QRectF AreaShapes::bounds()
{
    static const QRectF box = [] {
        QRectF r;
        for (const AreaShape &s : all())
            r = r.united(s.path.boundingRect());
        return r;
    }();
    return box;
}

QString AreaShapes::attribution()
{
    return QCoreApplication::translate("AreaShapes",
                                       "Source: Office for National Statistics licensed under the Open Government "
                                       "Licence v.3.0. Contains OS data © Crown copyright and database right 2023.");
}

} // namespace dapp
