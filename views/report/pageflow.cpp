// Pagination of the report's blocks.
#include "report/pageflow.h"

namespace dapp {

PageFlow::PageFlow(const QRectF &body)
    : m_body(body)
    , m_y(body.top())
{
    m_pages.emplace_back();
}

void PageFlow::setSection(const QString &section)
{
    m_section = section;
    // A section that starts at the top of a page names that page.
    if (atPageTop())
        m_pages.back().section = section;
}

void PageFlow::newPage()
{
    m_pages.emplace_back();
    m_pages.back().section = m_section;
    m_y = m_body.top();
    if (m_pageStart)
        m_pageStart();
}

void PageFlow::ensureSpace(qreal height)
{
    if (height > remaining() && !atPageTop())
        newPage();
}

void PageFlow::place(qreal height, std::function<void(QPainter &, const QRectF &)> paint)
{
    ensureSpace(height);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    m_y += height;
    add([rect, paint = std::move(paint)](QPainter &painter) { paint(painter, rect); });
}

void PageFlow::skip(qreal height)
{
    if (atPageTop())
        return;
    m_y = qMin(m_y + height, m_body.bottom());
}

} // namespace dapp
