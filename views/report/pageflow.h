// Pagination: sections place blocks of known height one below the other; a block that does not
// fit starts a new page. Nothing is painted yet: every page is a list of paint operations, so
// that the page count is known before the first footer says "Page 1 of N".
#pragma once

#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;

namespace dapp {

using PaintOp = std::function<void(QPainter &)>;

struct ReportPage {
    QString section; // what the running header names
    std::vector<PaintOp> ops;
};

class PageFlow {
public:
    explicit PageFlow(const QRectF &body); // the area between running header and footer

    qreal left() const { return m_body.left(); }
    qreal width() const { return m_body.width(); }
    qreal y() const { return m_y; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    qreal pageHeight() const { return m_body.height(); }
    int pageCount() const { return int(m_pages.size()); }
    int pageNumber() const { return int(m_pages.size()); } // of the current page, 1-based
    bool atPageTop() const { return m_y <= m_body.top(); }

    void setSection(const QString &section);
    // Called right after every page break, e.g. to repeat a table's header row.
    void setPageStart(std::function<void()> start) { m_pageStart = std::move(start); }

    void newPage();
    // Breaks the page unless `height` fits below the current position (or the page is empty).
    void ensureSpace(qreal height);
    // Places a block of `height` at the current position (breaking the page first when it does
    // not fit) and moves below it; `paint` receives the block's rectangle.
    void place(qreal height, std::function<void(QPainter &, const QRectF &)> paint);
    void skip(qreal height); // vertical space; never carried over to a new page
    void add(PaintOp op) { m_pages.back().ops.push_back(std::move(op)); }

    std::vector<ReportPage> takePages() { return std::move(m_pages); }

private:
    QRectF m_body;
    qreal m_y;
    QString m_section;
    std::function<void()> m_pageStart;
    std::vector<ReportPage> m_pages;
};

} // namespace dapp
