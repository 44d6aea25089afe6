// Lays out the map, its legend and its inset as scene items.
#include "charts/mapscene.h"
#include "charts/chartfile.h"
#include "charts/chartstyle.h"
#include "domain/areashapes.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QTextDocument>

namespace dapp {

namespace {
constexpr qreal kPad = 10;
constexpr int kAreaData = 0; // the area code on an area's item
const QString kCityOfLondon = QStringLiteral("E23000034");
const QString kMetropolitan = QStringLiteral("E23000001");
const QColor kAreaBorder(0x8c, 0x8c, 0x8c);
const QColor kInsetBorder(0x8d, 0x8d, 0x8d);

// A tile for a patterned fill: a background, and a mark drawn on it.
QBrush tile(const QColor &background, const std::function<void(QPainter &)> &mark)
{
    QPixmap pixmap(8, 8);
    pixmap.fill(background);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing, false);
    mark(p);
    p.end();
    return QBrush(pixmap);
}

QString footerText(const MapSpec &spec)
{
    QStringList lines;
    for (const auto &[number, text] : spec.notes)
        lines << QStringLiteral("[%1] %2").arg(number).arg(text);
    lines << spec.remarks << spec.source << spec.attribution;
    return lines.join(QLatin1Char('\n'));
}

QGraphicsSimpleTextItem *text(QGraphicsScene *scene, const QString &s, const QFont &font, const QColor &colour,
                              const QPointF &at)
{
    auto *item = scene->addSimpleText(s, font);
    item->setBrush(colour);
    item->setPos(at);
    return item;
}
} // namespace

MapScene::MapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
}

QColor MapScene::classColour(int colourClass, int classCount)
{
    // Viridis, light to dark: sequential, and readable with every common colour-vision deficiency.
    static const QColor viridis[] = {QColor(0xFD, 0xE7, 0x25), QColor(0xAA, 0xDC, 0x32), QColor(0x5D, 0xC8, 0x63),
                                     QColor(0x27, 0xAD, 0x81), QColor(0x21, 0x90, 0x8C), QColor(0x2C, 0x72, 0x8E),
                                     QColor(0x3B, 0x52, 0x8B), QColor(0x47, 0x2D, 0x7B), QColor(0x44, 0x01, 0x54)};
    if (classCount <= 1)
        return viridis[4];
    const int index = qRound(double(std::clamp(colourClass, 0, classCount - 1)) * 8.0 / double(classCount - 1));
    return viridis[index];
}

QBrush MapScene::brushFor(const MapArea &area, const MapSpec &spec)
{
    switch (area.state) {
    case MapAreaState::Shaded: return classColour(area.colourClass, spec.classCount());
    case MapAreaState::Partial:
        // Its colour, dotted: a value, but not from every return. Dark dots on light colours,
        // white on dark, so they show on every class.
        return tile(classColour(area.colourClass, spec.classCount()), [&](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(classColour(area.colourClass, spec.classCount()).lightnessF() > 0.5 ? QColor(0x20, 0x20, 0x20) : Qt::white);
            p.drawRect(1, 1, 2, 2);
            p.drawRect(5, 5, 2, 2);
        });
    case MapAreaState::NoNumber:
        // Grey, cross-hatched: returns came, but not a number for this.
        return tile(QColor(0xd4, 0xd4, 0xd4), [](QPainter &p) {
            p.setPen(QColor(0x80, 0x80, 0x80));
            p.drawLine(0, 0, 7, 7);
            p.drawLine(0, 7, 7, 0);
        });
    case MapAreaState::NoLetter:
        // No fill, lightly hatched: nothing was asked or answered here.
        return tile(Qt::white, [](QPainter &p) {
            p.setPen(QColor(0xbb, 0xbb, 0xbb));
            p.drawLine(0, 7, 7, 0);
        });
    }
    return {};
}

QSizeF MapScene::naturalSize(const MapSpec &spec, qreal width)
{
    // Laid out once with room to spare below: the map is then as tall as its width allows, and
    // the side column as tall as its legend, inset and list; the notes go under the taller.
    MapScene probe;
    probe.m_spec = spec;
    probe.m_measuring = true; // the shapes themselves take no room to measure
    probe.layoutAt(QSizeF(width, 100000));
    return QSizeF(width, probe.m_contentBottom + 6 + probe.m_footerHeight + kPad);
}

void MapScene::setSpec(const MapSpec &spec, bool layOut)
{
    m_spec = spec;
    if (layOut)
        layoutAt(m_size.isEmpty() ? naturalSize(spec) : m_size);
}

void MapScene::addArea(const MapArea &area, const QPainterPath &shape, const QTransform &transform, bool inset)
{
    auto *item = addPath(transform.map(shape));
    item->setBrush(brushFor(area, m_spec));
    // Grey borders, so areas with no letter still show their outline. One path per area; the
    // inset's border is a shade apart, so a file's main map can be told from its inset.
    QPen pen(inset ? kInsetBorder : kAreaBorder);
    pen.setWidthF(0.5);
    item->setPen(pen);
    item->setToolTip(area.toolTip);
    item->setData(kAreaData, area.code);
    item->setCursor(QCursor(Qt::PointingHandCursor));
    (inset ? m_insetItems : m_items).insert(area.code, item);
}

qreal MapScene::addLegend(qreal x, qreal y, qreal width)
{
    const QFont font = chartstyle::labelFont();
    QFont bold = font;
    bold.setBold(true);
    const qreal line = QFontMetricsF(font).height() + 4;
    text(this, m_spec.legendTitle, bold, chartstyle::textColour(), QPointF(x, y));
    y += line + 2;
    auto swatch = [&](const QBrush &brush, const QString &label) {
        auto *box = addRect(QRectF(x, y + 1, 16, line - 5), QPen(QColor(0x99, 0x99, 0x99), 0.6), brush);
        box->setToolTip(label);
        auto *t = text(this, label, font, chartstyle::textColour(), QPointF(x + 22, y));
        // Long legend lines are cut to the column; the whole line is the tooltip.
        t->setText(QFontMetricsF(font).elidedText(label, Qt::ElideRight, width - 24));
        t->setToolTip(label);
        y += line;
    };
    const int classes = m_spec.classCount();
    for (int i = 0; i < classes; ++i) {
        const QString from = m_spec.breakLabels.value(i);
        const QString to = m_spec.breakLabels.value(i + 1);
        swatch(classColour(i, classes), tr("%1 to under %2").arg(from, to));
    }
    y += 4;
    MapArea probe;
    probe.colourClass = classes / 2;
    probe.state = MapAreaState::Partial;
    swatch(brushFor(probe, m_spec), tr("Partial: some returns without a number"));
    probe.state = MapAreaState::NoNumber;
    swatch(brushFor(probe, m_spec), tr("No number: n/a, not held, provider, withheld, not provided (hover says which)"));
    probe.state = MapAreaState::NoLetter;
    swatch(brushFor(probe, m_spec), tr("No letter in this comparison"));
    return y;
}

bool MapScene::updateAreas(const MapSpec &spec)
{
    const auto sameText = [](const MapSpec &a, const MapSpec &b) {
        return a.title == b.title && a.subtitle == b.subtitle && a.legendTitle == b.legendTitle
               && a.breakLabels == b.breakLabels && a.unlocated == b.unlocated && a.notes == b.notes
               && a.remarks == b.remarks && a.source == b.source && a.areas.size() == b.areas.size();
    };
    if (m_items.isEmpty() || !sameText(spec, m_spec))
        return false;
    // The London lines beside the inset write two areas' values: those must not have changed.
    for (const QString &code : {kCityOfLondon, kMetropolitan}) {
        const MapArea *was = m_spec.area(code);
        const MapArea *now = spec.area(code);
        if ((was == nullptr) != (now == nullptr) || (was && was->label != now->label))
            return false;
    }
    m_spec = spec;
    for (const MapArea &area : std::as_const(m_spec.areas)) {
        for (QGraphicsPathItem *item : {m_items.value(area.code), m_insetItems.value(area.code)}) {
            if (!item)
                continue;
            item->setBrush(brushFor(area, m_spec));
            item->setToolTip(area.toolTip);
        }
    }
    return true;
}

void MapScene::layoutAt(const QSizeF &size)
{
    clear();
    m_items.clear();
    m_insetItems.clear();
    m_size = size;
    setSceneRect(QRectF(QPointF(0, 0), size));
    const qreal room = std::max<qreal>(40, size.width() - 2 * kPad);
    auto *title = text(this, QString(), chartstyle::titleFont(), chartstyle::textColour(), QPointF(kPad, 6));
    title->setText(QFontMetricsF(chartstyle::titleFont()).elidedText(m_spec.title, Qt::ElideRight, room));
    title->setToolTip(m_spec.title);
    auto *subtitle = text(this, QString(), chartstyle::subtitleFont(), chartstyle::quietColour(),
                          QPointF(kPad, 8 + QFontMetricsF(chartstyle::titleFont()).height()));
    subtitle->setText(QFontMetricsF(chartstyle::subtitleFont()).elidedText(m_spec.subtitle, Qt::ElideRight, room));

    auto *footer = addText(footerText(m_spec), chartstyle::noteFont());
    footer->setDefaultTextColor(chartstyle::quietColour());
    footer->setTextWidth(room);
    const qreal footerHeight = footer->boundingRect().height();
    m_footerHeight = footerHeight;

    // The map: the projected bounds fitted into the left two thirds, north up.
    const qreal top = 56;
    const QRectF region(kPad, top, size.width() * 0.64 - kPad, std::max<qreal>(50, size.height() - top - footerHeight - 10));
    const QRectF b = AreaShapes::bounds();
    const qreal scale = std::min(region.width() / b.width(), region.height() / b.height());
    const qreal dx = region.left() + (region.width() - b.width() * scale) / 2;
    const qreal dy = region.top(); // at the top: the legend beside it starts there too
    QTransform toScene;
    toScene.translate(dx, dy);
    toScene.scale(scale, -scale);
    toScene.translate(-b.left(), -b.bottom());
    for (const MapArea &area : std::as_const(m_spec.areas))
        if (const AreaShape *shape = AreaShapes::byCode(area.code))
            if (!m_measuring)
                addArea(area, shape->path, toScene, false);
    const qreal mapBottom = dy + b.height() * scale;

    // The side column: legend, London inset, letters not on the map.
    const qreal x = size.width() * 0.66;
    const qreal width = size.width() - x - kPad;
    qreal y = addLegend(x, top, width) + 10;
    const QFont font = chartstyle::labelFont();
    QFont bold = font;
    bold.setBold(true);
    const AreaShape *met = AreaShapes::byCode(kMetropolitan);
    const AreaShape *city = AreaShapes::byCode(kCityOfLondon);
    if (met && city) {
        text(this, tr("London"), bold, chartstyle::textColour(), QPointF(x, y));
        y += QFontMetricsF(bold).height() + 2;
        const QRectF lb = met->path.boundingRect().united(city->path.boundingRect());
        const qreal insetWidth = std::min(width, 200.0);
        const qreal insetScale = insetWidth / lb.width();
        const QRectF frame(x, y, insetWidth, lb.height() * insetScale);
        addRect(frame.adjusted(-2, -2, 2, 2), QPen(QColor(0xcc, 0xcc, 0xcc), 0.6), Qt::NoBrush);
        QTransform toInset;
        toInset.translate(frame.left(), frame.top());
        toInset.scale(insetScale, -insetScale);
        toInset.translate(-lb.left(), -lb.bottom());
        for (const QString &code : {kMetropolitan, kCityOfLondon})
            if (const MapArea *area = m_spec.area(code))
                if (!m_measuring)
                    addArea(*area, AreaShapes::byCode(code)->path, toInset, true);
        y = frame.bottom() + 6;
        // City of London is a few pixels even here: its line, like its shape, answers hover and clicks.
        for (const QString &code : {kCityOfLondon, kMetropolitan}) {
            if (const MapArea *area = m_spec.area(code)) {
                auto *line = text(this, tr("%1: %2").arg(area->name, area->label), font, chartstyle::textColour(), QPointF(x, y));
                line->setToolTip(area->toolTip);
                line->setData(kAreaData, code);
                line->setCursor(QCursor(Qt::PointingHandCursor));
                y += QFontMetricsF(font).height() + 2;
            }
        }
        y += 8;
    }
    if (!m_spec.unlocated.isEmpty()) {
        text(this, tr("Not on the map (area not known):"), bold, chartstyle::textColour(), QPointF(x, y));
        y += QFontMetricsF(bold).height() + 2;
        for (const QString &line : std::as_const(m_spec.unlocated)) {
            auto *t = text(this, QFontMetricsF(font).elidedText(line, Qt::ElideRight, width), font, chartstyle::textColour(),
                           QPointF(x, y));
            t->setToolTip(line);
            y += QFontMetricsF(font).height() + 2;
        }
    }
    // The notes under the map or the side column, whichever reaches lower.
    m_contentBottom = std::max(mapBottom, y);
    footer->setPos(kPad - 4, std::max(size.height() - footerHeight - 4, m_contentBottom + 6));
    setSceneRect(QRectF(QPointF(0, 0), size).united(itemsBoundingRect()));
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->scenePos())) {
        const QString code = item->data(kAreaData).toString();
        if (!code.isEmpty()) {
            emit areaActivated(code);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void paintMap(QPainter *painter, const QRectF &target, const MapSpec &spec)
{
    // Laid out at a screen-like width, so type keeps its proportion, then scaled as a whole.
    const qreal width = 960;
    MapScene scene;
    scene.setSpec(spec, false);
    scene.layoutAt(QSizeF(width, width * target.height() / std::max<qreal>(1, target.width())));
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

bool writeMapFile(const QString &path, const MapSpec &spec, QSize pixelSize, QString *error)
{
    return writePaintedFile(path, spec.title, spec.subtitle + QLatin1Char('\n') + spec.attribution, MapScene::naturalSize(spec),
                            pixelSize, [&spec](QPainter *painter, const QRectF &target) { paintMap(painter, target, spec); },
                            error);
}

} // namespace dapp
