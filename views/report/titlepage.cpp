// The title page.
#include "report/titlepage.h"
#include "report/pageflow.h"
#include "report/reportblocks.h"
#include "report/reportstyle.h"

#include <QLocale>
#include <QPainter>
#include <QSet>

namespace dapp {

namespace {
// What the report covers as key figures, a number over its label: no plural forms needed.
void flowKeyFigures(PageFlow &flow, const ReportStyle &style, const Comparison &comparison)
{
    QSet<QString> areas;
    for (const ComparisonRow &row : comparison.rows)
        areas.insert(row.areaCode);
    const QList<std::pair<qsizetype, QString>> figures {{comparison.rows.size(), ReportText::tr("Returns")},
        {comparison.letters.size(), ReportText::tr("Letters")}, {areas.size(), ReportText::tr("Areas")}};
    const ReportFace number = style.face(20, QFont::Bold);
    const ReportFace &label = style.small;
    const QFont numberFont = number.font();
    const QFont labelFont = label.font();
    const qreal numberAscent = number.ascent();
    const qreal labelBaseline = number.lineHeight() + label.ascent();
    const qreal tile = 34 * style.mm;
    const QColor accent = style.accent;
    const QColor muted = style.muted;
    flow.place(number.lineHeight() + label.lineHeight(), [=](QPainter &p, const QRectF &r) {
        for (qsizetype i = 0; i < figures.size(); ++i) {
            const qreal left = r.left() + qreal(i) * tile;
            p.setFont(numberFont);
            p.setPen(accent);
            p.drawText(QPointF(left, r.top() + numberAscent), QString::number(figures[i].first));
            p.setFont(labelFont);
            p.setPen(muted);
            p.drawText(QPointF(left, r.top() + labelBaseline), figures[i].second);
        }
    });
}

void flowContents(PageFlow &flow, const ReportStyle &style, const ReportContents &contents)
{
    const ReportFace &f = style.body;
    const QFont font = f.font();
    const qreal ascent = f.ascent();
    const QColor ink = style.ink;
    const QColor rule = style.rule;
    const qreal dot = 0.6 * style.pt;
    for (size_t i = 0; i < contents->size(); ++i) {
        const QString title = QStringLiteral("%1  %2").arg(i + 1).arg(contents->at(i).title);
        const qreal titleWidth = f.width(title);
        flow.place(f.lineHeight() * 1.35, [=, face = f](QPainter &p, const QRectF &r) {
            const QString page = QString::number(contents->at(i).page);
            const qreal pageWidth = face.width(page);
            const qreal baseline = r.top() + ascent;
            p.setFont(font);
            p.setPen(ink);
            p.drawText(QPointF(r.left(), baseline), title);
            p.drawText(QPointF(r.right() - pageWidth, baseline), page);
            // A dotted leader from the title to its page number.
            QPen leader(rule, dot);
            leader.setStyle(Qt::DotLine);
            p.setPen(leader);
            p.drawLine(
                QPointF(r.left() + titleWidth + 2 * dot, baseline), QPointF(r.right() - pageWidth - 2 * dot, baseline));
        });
    }
}
} // namespace

void flowTitlePage(PageFlow &flow, const ReportStyle &style, const Comparison &comparison, const ReportOptions &options,
    const ReportContents &contents)
{
    flow.setSection(QString());
    const qreal pt = style.pt;
    // The title a third of the way down, under a coloured band, as on a printed report's cover.
    const qreal bandHeight = 3 * pt;
    const QColor accent = style.accent;
    flow.place(40 * pt, [=](QPainter &p, const QRectF &r) {
        p.fillRect(QRectF(r.left(), r.bottom() - bandHeight, r.width(), bandHeight), accent);
    });
    flow.skip(14 * pt);
    const QString title = options.title.isEmpty() ? defaultReportTitle() : options.title;
    flowParagraph(flow, style.title, title, style.ink);
    flow.skip(8 * pt);
    const QString created = options.created.isValid()
        ? ReportText::tr("Created %1 at %2")
              .arg(reportDate(options.created.date()), options.created.time().toString(QStringLiteral("HH:mm")))
        : ReportText::tr("Creation date not recorded");
    flowParagraph(flow, style.subtitle, created, style.muted);
    if (!options.projectName.isEmpty())
        flowParagraph(flow, style.subtitle, ReportText::tr("Project: %1").arg(options.projectName), style.muted);

    flow.skip(22 * pt);
    flowParagraph(flow, style.bodyBold, ReportText::tr("What this report shows"), style.accent);
    flow.skip(3 * pt);
    const QStringList scope
        = options.scope.isEmpty() ? QStringList {ReportText::tr("All returns of the project")} : options.scope;
    for (const QString &line : scope)
        flowLabelled(flow, style.body, QStringLiteral("•"), line, style.ink, 10 * pt);
    flow.skip(10 * pt);
    flowKeyFigures(flow, style, comparison);
    flow.skip(8 * pt);
    if (comparison.rows.isEmpty()) {
        flowParagraph(flow, style.bodyBold, ReportText::tr("No returns match the filters."), style.ink);
        flow.skip(4 * pt);
    }
    flowParagraph(flow, style.body,
        ReportText::tr("Every figure is as the FOI letters give it. A figure a letter does not give "
                       "as a number is shown with the reason (n/a, not held, held by provider, "
                       "withheld, not provided), never as 0. Superscript numbers refer to the Notes, "
                       "and the Sources list the letter behind every return."),
        style.ink);

    flow.skip(22 * pt);
    flowParagraph(flow, style.bodyBold, ReportText::tr("Contents"), style.accent);
    flow.skip(3 * pt);
    flowContents(flow, style, contents);
}

} // namespace dapp
