// Sizing, wrapping and painting the report's tables.
#include "report/reporttable.h"
#include "report/pageflow.h"

#include <QPainter>

#include <cmath>
#include <numeric>
#include <optional>
#include <vector>

namespace dapp {

namespace {
constexpr qreal kSmallestPointSize = 5.5; // below this a printed table stops being legible
constexpr qreal kRoomyPadding = 3.0; // points left and right of a cell's text, when there is room
constexpr qreal kTightPadding = 1.5; // ...and when there is not: padding gives way before the font

struct LaidCell {
    QStringList lines;
    QStringList detail;
};

struct Row {
    QList<TableCell> cells;
    std::vector<LaidCell> laid;
    qreal height = 0;
};
} // namespace

struct ReportTable::Data {
    Data(const ReportStyle &s, QList<TableColumn> c, qreal size)
        : style(s)
        , columns(std::move(c))
        , basePointSize(size)
    {
    }

    void makeFaces(qreal size);
    void measure(qreal tableWidth, std::vector<qreal> &minimum, std::vector<qreal> &natural);
    void fit(qreal tableWidth);
    const ReportFace &faceOf(const TableCell &cell, bool total) const;
    void layOut(Row &row, bool total) const;
    void layOutHeader();
    void paintHeader(QPainter &painter, const QRectF &rect) const;
    void paintRow(QPainter &painter, const Row &row, const QRectF &rect, bool total, bool striped) const;

    ReportStyle style;
    QList<TableColumn> columns;
    qreal basePointSize;
    std::vector<Row> rows;
    std::optional<Row> total;

    ReportFace cell, missing, bold, detail, mark, header;
    qreal pad = 0; // left and right of a cell's text
    qreal vpad = 0; // above and below it
    qreal markGap = 0;
    std::vector<qreal> x; // a column's left edge (of its padding), from the table's left
    std::vector<qreal> widths; // a column's text width, padding excluded
    std::vector<qreal> gutters; // a numeric column's room for footnote marks
    std::vector<QStringList> headerLines;
    QList<std::pair<int, int>> groups; // [first, last] columns under one group label
    QList<QStringList> groupLines;
    qreal groupHeight = 0;
    qreal headerHeight = 0;
};

void ReportTable::Data::makeFaces(qreal size)
{
    cell = style.face(size, QFont::Normal, false, true);
    missing = style.face(size, QFont::Normal, true, true);
    bold = style.face(size, QFont::Bold, false, true);
    detail = style.face(size - 1, QFont::Normal, false, true);
    mark = style.face(qMax(4.0, size * 0.68), QFont::Normal, false, true);
    header = style.face(size - 0.75, QFont::Bold, false, true);
    pad = kRoomyPadding * style.pt;
    vpad = 1.6 * style.pt * size / basePointSize;
    markGap = 0.6 * style.pt;
}

const ReportFace &ReportTable::Data::faceOf(const TableCell &c, bool isTotal) const
{
    return c.missing ? missing : isTotal ? bold : cell;
}

// The narrowest width each column can take without cutting a word or a number, and the width
// it would take on one line.
void ReportTable::Data::measure(qreal tableWidth, std::vector<qreal> &minimum, std::vector<qreal> &natural)
{
    const qsizetype n = columns.size();
    minimum.assign(n, 0);
    natural.assign(n, 0);
    gutters.assign(n, 0);
    std::vector<qreal> numbers(n, 0); // widest number of a numeric column, its gutter aside
    auto take = [&](const TableCell &c, qsizetype i, bool isTotal) {
        const ReportFace &f = faceOf(c, isTotal);
        const qreal marks = c.marks.isEmpty() ? 0 : markGap + mark.width(c.marks);
        if (!columns[i].wrap) {
            minimum[i] = qMax(minimum[i], f.width(c.text) + marks);
            natural[i] = qMax(natural[i], minimum[i]);
            return;
        }
        if (columns[i].numeric) {
            gutters[i] = qMax(gutters[i], marks);
            numbers[i] = qMax(numbers[i], c.missing ? f.widestWord(c.text) : f.width(c.text));
            natural[i] = qMax(natural[i], f.width(c.text));
            return;
        }
        minimum[i] = qMax(minimum[i], qMax(f.widestWord(c.text) + marks, detail.widestWord(c.detail)));
        natural[i] = qMax(natural[i], qMax(f.width(c.text) + marks, detail.width(c.detail)));
    };
    for (const Row &row : rows)
        for (qsizetype i = 0; i < n && i < row.cells.size(); ++i)
            take(row.cells[i], i, false);
    if (total)
        for (qsizetype i = 0; i < n && i < total->cells.size(); ++i)
            take(total->cells[i], i, true);
    for (qsizetype i = 0; i < n; ++i) {
        const QString &h = columns[i].header;
        if (columns[i].numeric) {
            minimum[i] = numbers[i] + gutters[i];
            natural[i] += gutters[i];
        } else {
            // A very long word in a name may break inside: it must not starve every other column.
            minimum[i] = qMin(minimum[i], tableWidth * 0.18);
        }
        minimum[i] = qMax(minimum[i], header.widestWord(h));
        natural[i] = qMax(qMax(natural[i], minimum[i]), header.width(h));
    }
}

void ReportTable::Data::fit(qreal tableWidth)
{
    std::vector<qreal> minimum, natural;
    makeFaces(basePointSize);
    measure(tableWidth, minimum, natural);
    const qsizetype n = columns.size();
    auto sum = [](const std::vector<qreal> &v) { return std::accumulate(v.begin(), v.end(), qreal(0)); };
    if (sum(minimum) + 2 * pad * qreal(n) > tableWidth)
        pad = kTightPadding * style.pt;
    const qreal needed = sum(minimum) + 2 * pad * qreal(n);
    if (needed > tableWidth) {
        // Text widths scale nearly with the point size: start a quarter point above the size
        // that should fit, and step down until it does.
        qreal size = std::floor(basePointSize * tableWidth / needed * 4) / 4 + 0.25;
        for (;;) {
            size = qMax(kSmallestPointSize, size);
            makeFaces(size);
            pad = kTightPadding * style.pt * size / basePointSize;
            measure(tableWidth, minimum, natural);
            if (size <= kSmallestPointSize || sum(minimum) + 2 * pad * qreal(n) <= tableWidth)
                break;
            size -= 0.25;
        }
    }
    const qreal available = tableWidth - 2 * pad * qreal(n);
    widths = minimum;
    qreal spare = available - sum(minimum);
    if (spare < 0) { // even the smallest font does not fit: words break inside, nothing is cut
        for (qreal &w : widths)
            w *= available / sum(minimum);
        spare = 0;
    }
    // Spare width goes first to the weighted columns (names wrapped onto six lines are harder
    // to read than a status word on two), then to the others, each toward its natural width;
    // what is left after that widens the weighted columns.
    auto grow = [&](bool weighted) {
        qreal wanted = 0;
        for (qsizetype i = 0; i < n; ++i)
            if ((columns[i].weight > 0) == weighted)
                wanted += natural[i] - widths[i];
        if (wanted <= 0 || spare <= 0)
            return;
        const qreal share = qMin(qreal(1), spare / wanted);
        for (qsizetype i = 0; i < n; ++i) {
            if ((columns[i].weight > 0) != weighted)
                continue;
            const qreal add = (natural[i] - widths[i]) * share;
            widths[i] += add;
            spare -= add;
        }
    };
    grow(true);
    grow(false);
    qreal weights = 0;
    for (const TableColumn &c : columns)
        weights += c.weight;
    for (qsizetype i = 0; i < n && spare > 0; ++i)
        widths[i] += spare * (weights > 0 ? columns[i].weight / weights : 1.0 / qreal(n));
    x.assign(n, 0);
    for (qsizetype i = 1; i < n; ++i)
        x[i] = x[i - 1] + widths[i - 1] + 2 * pad;
}

void ReportTable::Data::layOut(Row &row, bool isTotal) const
{
    row.laid.assign(columns.size(), {});
    qreal height = 0;
    for (qsizetype i = 0; i < columns.size() && i < row.cells.size(); ++i) {
        const TableCell &c = row.cells[i];
        const ReportFace &f = faceOf(c, isTotal);
        LaidCell &laid = row.laid[i];
        if (columns[i].numeric) {
            laid.lines = c.text.isEmpty() ? QStringList() : f.wrap(c.text, widths[i] - gutters[i]);
        } else {
            const qreal marks = c.marks.isEmpty() ? 0 : markGap + mark.width(c.marks);
            laid.lines = c.text.isEmpty() ? QStringList() : f.wrap(c.text, widths[i] - marks);
            if (!c.detail.isEmpty())
                laid.detail = detail.wrap(c.detail, widths[i]);
        }
        height
            = qMax(height, qreal(laid.lines.size()) * f.lineHeight() + qreal(laid.detail.size()) * detail.lineHeight());
    }
    row.height = qMax(height, cell.lineHeight()) + 2 * vpad;
}

void ReportTable::Data::layOutHeader()
{
    headerLines.assign(columns.size(), {});
    qsizetype most = 1;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        headerLines[i] = header.wrap(columns[i].header, widths[i]);
        most = qMax(most, headerLines[i].size());
    }
    groups.clear();
    groupLines.clear();
    qsizetype mostGroup = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i].group.isEmpty())
            continue;
        qsizetype last = i;
        while (last + 1 < columns.size() && columns[last + 1].group == columns[i].group)
            ++last;
        groups.append({int(i), int(last)});
        const qreal span = x[last] + widths[last] - x[i];
        groupLines << header.wrap(columns[i].group, span);
        mostGroup = qMax(mostGroup, groupLines.last().size());
        i = last;
    }
    groupHeight = mostGroup > 0 ? qreal(mostGroup) * header.lineHeight() + 2 * vpad : 0;
    headerHeight = groupHeight + qreal(most) * header.lineHeight() + 2 * vpad;
}

void ReportTable::Data::paintHeader(QPainter &painter, const QRectF &rect) const
{
    painter.setFont(header.font());
    painter.setPen(style.ink);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const auto [first, last] = groups[g];
        const qreal left = rect.left() + x[first] + pad;
        const qreal span = x[last] + widths[last] - x[first];
        const QStringList &lines = groupLines[g];
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const qreal w = header.width(lines[l]);
            painter.drawText(
                QPointF(left + (span - w) / 2, rect.top() + vpad + header.ascent() + qreal(l) * header.lineHeight()),
                lines[l]);
        }
        painter.setPen(QPen(style.rule, 0.5 * style.pt));
        const qreal y = rect.top() + groupHeight - vpad / 2;
        painter.drawLine(QPointF(left, y), QPointF(left + span, y));
        painter.setPen(style.ink);
    }
    // Column headers sit on the header's bottom line, so one-line headers line up.
    const qreal bottom = rect.bottom() - vpad;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QStringList &lines = headerLines[i];
        const qreal top = bottom - qreal(lines.size()) * header.lineHeight();
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const qreal w = header.width(lines[l]);
            const qreal left = rect.left() + x[i] + pad + (columns[i].numeric ? widths[i] - w : 0);
            painter.drawText(QPointF(left, top + header.ascent() + qreal(l) * header.lineHeight()), lines[l]);
        }
    }
    painter.setPen(QPen(style.ink, 0.8 * style.pt));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
}

void ReportTable::Data::paintRow(
    QPainter &painter, const Row &row, const QRectF &rect, bool isTotal, bool striped) const
{
    if (striped)
        painter.fillRect(rect, style.zebra);
    if (isTotal) {
        painter.setPen(QPen(style.ink, 0.8 * style.pt));
        painter.drawLine(rect.topLeft(), rect.topRight());
    }
    // Setting a font or pen is costly next to drawing a short number: only on a change.
    const ReportFace *currentFace = nullptr;
    const QColor *currentColour = nullptr;
    auto use = [&](const ReportFace &face, const QColor &colour) {
        if (currentFace != &face) {
            painter.setFont(face.font());
            currentFace = &face;
        }
        if (currentColour != &colour) {
            painter.setPen(colour);
            currentColour = &colour;
        }
    };
    for (qsizetype i = 0; i < columns.size() && i < row.cells.size(); ++i) {
        const TableCell &c = row.cells[i];
        const LaidCell &laid = row.laid[i];
        const ReportFace &f = faceOf(c, isTotal);
        const qreal left = rect.left() + x[i] + pad;
        const qreal right = left + widths[i] - (columns[i].numeric ? gutters[i] : 0);
        qreal baseline = rect.top() + vpad + f.ascent();
        qreal end = left; // where the last line ends, for the marks
        use(f, c.missing ? style.muted : style.ink);
        for (qsizetype l = 0; l < laid.lines.size(); ++l, baseline += f.lineHeight()) {
            const qreal w = f.width(laid.lines[l]);
            const qreal at = columns[i].numeric ? right - w : left;
            painter.drawText(QPointF(at, baseline), laid.lines[l]);
            end = at + w;
        }
        if (!c.marks.isEmpty()) {
            use(mark, style.accent);
            const qreal lastBaseline = baseline - f.lineHeight();
            const qreal at = (columns[i].numeric ? right : end) + markGap;
            painter.drawText(QPointF(at, lastBaseline - f.ascent() * 0.38), c.marks);
        }
        if (!laid.detail.isEmpty()) {
            use(detail, style.muted);
            baseline += detail.ascent() - f.ascent();
            for (const QString &line : laid.detail) {
                painter.drawText(QPointF(left, baseline), line);
                baseline += detail.lineHeight();
            }
        }
    }
}

ReportTable::ReportTable(const ReportStyle &style, QList<TableColumn> columns, qreal basePointSize)
    : d(std::make_shared<Data>(style, std::move(columns), basePointSize))
{
}

ReportTable::~ReportTable() = default;

void ReportTable::reserve(qsizetype rows)
{
    d->rows.reserve(size_t(rows));
}

void ReportTable::addRow(QList<TableCell> cells)
{
    d->rows.push_back(Row {std::move(cells), {}, 0});
}

void ReportTable::setTotalRow(QList<TableCell> cells)
{
    d->total = Row {std::move(cells), {}, 0};
}

void ReportTable::flow(PageFlow &flow)
{
    d->fit(flow.width());
    d->layOutHeader();
    for (Row &row : d->rows)
        d->layOut(row, false);
    if (d->total)
        d->layOut(*d->total, true);

    // The paint operations hold the data: the table object itself may be gone by then.
    std::shared_ptr<const Data> data = d;
    auto placeHeader = [&flow, data] {
        flow.place(data->headerHeight, [data](QPainter &p, const QRectF &r) { data->paintHeader(p, r); });
    };
    // Keep the header with the first row.
    flow.ensureSpace(d->headerHeight + (d->rows.empty() ? 0 : d->rows.front().height));
    placeHeader();
    flow.setPageStart(placeHeader);
    for (size_t i = 0; i < d->rows.size(); ++i) {
        const Row *row = &d->rows[i];
        const bool striped = i % 2 == 1;
        flow.place(row->height,
            [data, row, striped](QPainter &p, const QRectF &r) { data->paintRow(p, *row, r, false, striped); });
    }
    if (d->total) {
        const Row *row = &*d->total;
        flow.place(row->height, [data, row](QPainter &p, const QRectF &r) { data->paintRow(p, *row, r, true, false); });
    }
    flow.setPageStart({});
}

} // namespace dapp
