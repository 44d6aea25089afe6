// Lays the report out page by page, then paints the pages with their running header and
// "Page n of N" footer; writes it to a PDF all or nothing.
#include "report/reportrenderer.h"
#include "report/pageflow.h"
#include "report/reportblocks.h"
#include "report/reportsections.h"
#include "report/reportstyle.h"
#include "report/summarytable.h"
#include "report/titlepage.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace dapp {

namespace {
// The running header (from page 2) and the footer, inside the page's margins.
class PageChrome {
public:
    PageChrome(const ReportStyle &style, const QRectF &page, const ReportOptions &options)
        : m_style(style)
        , m_page(page)
        , m_title(options.title.isEmpty() ? defaultReportTitle() : options.title)
    {
        QStringList left;
        if (!options.projectName.isEmpty())
            left << options.projectName;
        if (options.created.isValid())
            left << ReportText::tr("Created %1").arg(reportDate(options.created.date()));
        m_footer = left.join(QStringLiteral(" · "));
        m_band = style.small.lineHeight() + 6 * style.pt;
    }

    QRectF body() const { return m_page.adjusted(0, m_band, 0, -m_band); }

    void paint(QPainter &p, int page, int pages, const QString &section) const
    {
        const ReportFace &f = m_style.small;
        p.setFont(f.font());
        p.setPen(m_style.muted);
        const QPen rule(m_style.rule, 0.4 * m_style.pt);
        if (page > 1) {
            const qreal baseline = m_page.top() + f.ascent();
            p.drawText(QPointF(m_page.left(), baseline), m_style.small.wrap(m_title, m_page.width() * 0.6).value(0));
            p.drawText(QPointF(m_page.right() - f.width(section), baseline), section);
            p.setPen(rule);
            const qreal y = m_page.top() + f.lineHeight() + 2 * m_style.pt;
            p.drawLine(QPointF(m_page.left(), y), QPointF(m_page.right(), y));
            p.setPen(m_style.muted);
        }
        const qreal baseline = m_page.bottom() - f.lineHeight() + f.ascent();
        const QString number = ReportText::tr("Page %1 of %2").arg(page).arg(pages);
        p.drawText(QPointF(m_page.left(), baseline), m_footer);
        p.drawText(QPointF(m_page.right() - f.width(number), baseline), number);
        p.setPen(rule);
        const qreal y = m_page.bottom() - f.lineHeight() - 2 * m_style.pt;
        p.drawLine(QPointF(m_page.left(), y), QPointF(m_page.right(), y));
    }

private:
    const ReportStyle &m_style;
    QRectF m_page;
    QString m_title;
    QString m_footer;
    qreal m_band = 0;
};

struct Section {
    QString title;
    std::function<void(PageFlow &)> layOut;
    bool newPage = false; // the long sections start a page of their own
};
} // namespace

QString defaultReportTitle()
{
    return ReportText::tr("Domestic Abuse Perpetrator Programmes: comparison");
}

int renderReport(QPagedPaintDevice *device, const Comparison &comparison, const ReportOptions &options,
    const QList<ReportChart> &charts, const ReportProgress &progress)
{
    const ReportStyle style(device);
    const PageChrome chrome(style, QRectF(0, 0, device->width(), device->height()), options);

    QList<Section> sections;
    sections << Section {
        ReportText::tr("Summary of returns"), [&](PageFlow &f) { flowSummaryTable(f, style, comparison); }, true};
    if (!charts.isEmpty())
        sections << Section {ReportText::tr("Charts"), [&](PageFlow &f) { flowCharts(f, style, charts); }, true};
    sections << Section {ReportText::tr("Data-quality flags"), [&](PageFlow &f) { flowFlags(f, style, comparison); }};
    sections << Section {ReportText::tr("Notes"), [&](PageFlow &f) { flowNotes(f, style, comparison); }};
    sections << Section {ReportText::tr("Sources"), [&](PageFlow &f) { flowSources(f, style, comparison); }};

    const auto contents = std::make_shared<std::vector<ContentsEntry>>();
    for (const Section &s : sections)
        contents->push_back({s.title, 0});

    PageFlow flow(chrome.body());
    flowTitlePage(flow, style, comparison, options, contents);
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections[i];
        if (s.newPage || i == 0)
            flow.newPage();
        flow.setSection(s.title);
        flowHeading(flow, style, int(i + 1), s.title);
        // The page the heading landed on (it may have moved to a new page to keep its text).
        (*contents)[size_t(i)].page = flow.pageNumber();
        s.layOut(flow);
    }
    const std::vector<ReportPage> pages = flow.takePages();
    const int total = int(pages.size());

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            device->newPage();
        chrome.paint(painter, i + 1, total, pages[size_t(i)].section);
        for (const PaintOp &op : pages[size_t(i)].ops)
            op(painter);
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return -1;
        }
    }
    painter.end();
    return total;
}

bool writeReportPdf(const QString &path, const Comparison &comparison, const ReportOptions &options,
    const QList<ReportChart> &charts, QString *error, const ReportProgress &progress, int *pageCount)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = ReportText::tr("Could not write the report to %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    if (error)
        error->clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
        writer.setTitle(options.title.isEmpty() ? defaultReportTitle() : options.title);
        writer.setCreator(QStringLiteral("DAPP Analyst"));
        pages = renderReport(&writer, comparison, options, charts, progress);
    }
    if (pages < 0) { // cancelled: nothing new, and the old file as it was
        file.cancelWriting();
        return false;
    }
    if (pages == 0) {
        file.cancelWriting();
        return fail(ReportText::tr("the PDF could not be started"));
    }
    if (!file.commit())
        return fail(file.errorString());
    if (pageCount)
        *pageCount = pages;
    return true;
}

} // namespace dapp
