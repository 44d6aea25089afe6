// The map of the 43 police force areas: each area a shape filled by its colour class, or by a
// pattern that says why it has none (no letter: hatched, no fill; not a number: grey
// cross-hatch; partial: its colour, dotted), with a legend, a London inset (City of London is
// too small to find on the whole map), the letters of no known area listed, notes, the source
// and the boundaries' attribution. A scene, so areas answer hover and clicks in the panel; the
// same scene draws the map files and the report's page.
#pragma once

#include "domain/mapdata.h"

#include <QBrush>
#include <QGraphicsScene>
#include <QHash>

class QGraphicsPathItem;
class QPainter;

namespace dapp {

class MapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit MapScene(QObject *parent = nullptr);

    // Lays the map out again at its last size, unless told that a layoutAt follows.
    void setSpec(const MapSpec &spec, bool layOut = true);
    // When only the areas' values changed (an edit), refills and retitles their shapes in
    // place and answers true; anything else that is drawn changed, and it answers false.
    bool updateAreas(const MapSpec &spec);
    const MapSpec &spec() const { return m_spec; }
    // Lays the map out to fill `size` (pixels at 96 dpi).
    void layoutAt(const QSizeF &size);
    static QSizeF naturalSize(const MapSpec &spec, qreal width = 960);

    // The main map's shape of an area (the London inset holds a second of two of them).
    QGraphicsPathItem *areaItem(const QString &code) const { return m_items.value(code); }
    // How an area is filled: a class colour, or the pattern of its state.
    static QBrush brushFor(const MapArea &area, const MapSpec &spec);
    static QColor classColour(int colourClass, int classCount);

signals:
    void areaActivated(const QString &areaCode);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void addArea(const MapArea &area, const QPainterPath &shape, const QTransform &transform, bool inset);
    qreal addLegend(qreal x, qreal y, qreal width);

    MapSpec m_spec;
    QSizeF m_size;
    qreal m_footerHeight = 0;
    qreal m_contentBottom = 0; // of the map and the side column
    bool m_measuring = false;  // laying out only to learn the size
    QHash<QString, QGraphicsPathItem *> m_items;
    QHash<QString, QGraphicsPathItem *> m_insetItems;
};

void paintMap(QPainter *painter, const QRectF &target, const MapSpec &spec);
bool writeMapFile(const QString &path, const MapSpec &spec, QSize pixelSize, QString *error);

} // namespace dapp
