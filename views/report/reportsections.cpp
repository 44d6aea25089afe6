// Charts, flags, notes and sources of the report.
#include "report/reportsections.h"
#include "report/pageflow.h"
#include "report/reportblocks.h"
#include "report/reportstyle.h"
#include "report/reporttable.h"

#include <QPainter>
#include <QSet>

namespace dapp {

void flowCharts(PageFlow &flow, const ReportStyle &style, const QList<ReportChart> &charts)
{
    const ReportFace &titleFace = style.bodyBold;
    const qreal gap = 4 * style.pt;
    for (const ReportChart &chart : charts) {
        const QStringList titleLines = titleFace.wrap(chart.title, flow.width());
        const qreal titleHeight = qreal(titleLines.size()) * titleFace.lineHeight();
        // Page width, unless the chart would then be taller than a page: then smaller, centred.
        const qreal ratio = chart.heightForWidth > 0 ? chart.heightForWidth : 0.6;
        // At most nine tenths of a page, so the first fits under the section's heading and the
        // heading is never left alone on a page.
        const qreal maxHeight = flow.pageHeight() * 0.9 - titleHeight - 2 * gap;
        const qreal height = qMin(flow.width() * ratio, maxHeight);
        const qreal width = height / ratio;
        flow.skip(2 * gap);
        const QFont font = titleFace.font();
        const qreal ascent = titleFace.ascent();
        const qreal lineHeight = titleFace.lineHeight();
        const QColor ink = style.ink;
        const QColor muted = style.muted;
        const auto paint = chart.paint;
        flow.place(titleHeight + gap + height, [=](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(ink);
            for (qsizetype i = 0; i < titleLines.size(); ++i)
                p.drawText(QPointF(r.left(), r.top() + ascent + qreal(i) * lineHeight), titleLines[i]);
            const QRectF target(r.left() + (r.width() - width) / 2, r.top() + titleHeight + gap, width, height);
            if (!paint) {
                p.setPen(muted);
                p.drawText(target, Qt::AlignCenter, ReportText::tr("This chart has no drawing."));
                return;
            }
            // The chart may leave any state behind; nothing it draws strays off its rectangle.
            p.save();
            p.setClipRect(target);
            paint(&p, target);
            p.restore();
        });
    }
}

// A table, one row per flagged return and a line per flag: compact enough for thousands of
// returns, and the return's name is never parted from its flags.
void flowFlags(PageFlow &flow, const ReportStyle &style, const Comparison &comparison)
{
    ReportTable table(style, {{ReportText::tr("Return"), {}, false, 1.0}, {ReportText::tr("Flag"), {}, false, 2.0}});
    bool any = false;
    // A letter's own flag (returnId 0) comes with every return of the letter: list it once.
    QSet<QPair<Id, QString>> letterFlagsShown;
    for (const ComparisonRow &row : comparison.rows) {
        QStringList messages;
        for (const QualityFlag &flag : row.flags) {
            if (flag.returnId == 0) {
                const QPair<Id, QString> key {flag.letterId, flag.message};
                if (letterFlagsShown.contains(key))
                    continue;
                letterFlagsShown.insert(key);
            }
            messages << flag.message;
        }
        if (messages.isEmpty())
            continue;
        any = true;
        const QString identity
            = QStringList {row.areaName, row.programme, row.financialYear, cohortLabel(row.cohort)}.join(
                QStringLiteral(" · "));
        table.addRow(
            {TableCell {identity, {}, {}, false}, TableCell {messages.join(QLatin1Char('\n')), {}, {}, false}});
    }
    if (any)
        table.flow(flow);
    else
        flowParagraph(
            flow, style.body, ReportText::tr("No flags: no figure of these returns looks suspicious."), style.ink);
}

void flowNotes(PageFlow &flow, const ReportStyle &style, const Comparison &comparison)
{
    if (comparison.footnotes.isEmpty()) {
        flowParagraph(flow, style.body, ReportText::tr("No caveats qualify these figures."), style.ink);
        return;
    }
    // The gutter holds the widest number, so that every note's text starts at the same place.
    const QString widest = QStringLiteral("%1.").arg(comparison.footnotes.size());
    const qreal gutter = style.body.width(widest) + 2 * style.body.spaceWidth();
    for (qsizetype i = 0; i < comparison.footnotes.size(); ++i) {
        flowLabelled(flow, style.body, QStringLiteral("%1.").arg(i + 1), comparison.footnotes[i], style.ink, gutter);
        flow.skip(1.5 * style.pt);
    }
}

void flowSources(PageFlow &flow, const ReportStyle &style, const Comparison &comparison)
{
    if (comparison.letters.isEmpty()) {
        flowParagraph(flow, style.body, ReportText::tr("No letters: no returns match the filters."), style.ink);
        return;
    }
    ReportTable table(style,
        {
            {ReportText::tr("Reference"), {}, false, 0, false},
            {ReportText::tr("Issuing body"), {}, false, 3.0},
            {ReportText::tr("Area"), {}, false, 1.0},
            {ReportText::tr("Year"), {}, false, 0, false},
            {ReportText::tr("Cohort"), {}, false, 0, false},
            {ReportText::tr("Request received"), {}, false, 0, false},
            {ReportText::tr("Response"), {}, false, 0, false},
        },
        8);
    const QString notStated = ReportText::tr("not stated");
    auto text = [&](const QString &value) {
        return value.isEmpty() ? TableCell {notStated, {}, {}, true} : TableCell {value, {}, {}, false};
    };
    auto date = [&](const QDate &d) { return text(d.isValid() ? reportDate(d) : QString()); };
    for (const ComparisonLetter &l : comparison.letters) {
        // A panel report has no FOI reference: its kind says what the source is.
        const TableCell reference = l.foiReference.isEmpty() ? TableCell {letterKindLabel(l.kind), {}, {}, false}
                                                             : TableCell {l.foiReference, {}, {}, false};
        table.addRow({reference, text(l.issuingBody), text(l.areaName), text(l.financialYear),
            TableCell {cohortLabel(l.cohort), {}, {}, false}, date(l.requestReceived), date(l.responseDate)});
    }
    table.flow(flow);
}

} // namespace dapp
