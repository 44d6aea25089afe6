// Headings and paragraphs of the report.
#include "report/reportblocks.h"
#include "report/pageflow.h"

#include <QLocale>
#include <QPainter>

namespace dapp {

QString reportDate(const QDate &date)
{
    static const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    return british.toString(date, QStringLiteral("d MMM yyyy"));
}

void flowHeading(PageFlow &flow, const ReportStyle &style, int number, const QString &title)
{
    const ReportFace &f = style.heading;
    flow.skip(10 * style.pt);
    // Room for the heading and a few lines of what it heads: no heading alone at a page's foot.
    flow.ensureSpace(f.lineHeight() + 6 * style.pt + 4 * style.body.lineHeight());
    const QString text = number > 0 ? QStringLiteral("%1  %2").arg(number).arg(title) : title;
    const QFont font = f.font();
    const QColor colour = style.accent;
    const qreal ascent = f.ascent();
    const qreal rule = 0.6 * style.pt;
    flow.place(f.lineHeight() + 6 * style.pt, [=](QPainter &p, const QRectF &r) {
        p.setFont(font);
        p.setPen(colour);
        p.drawText(QPointF(r.left(), r.top() + ascent), text);
        p.setPen(QPen(colour, rule));
        const qreal y = r.bottom() - 3 * rule;
        p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    });
}

void flowParagraph(PageFlow &flow, const ReportFace &face, const QString &text, const QColor &colour, qreal indent)
{
    flowLabelled(flow, face, QString(), text, colour, indent);
}

void flowLabelled(PageFlow &flow, const ReportFace &face, const QString &label, const QString &text,
    const QColor &colour, qreal gutter)
{
    const QStringList lines = face.wrap(text, flow.width() - gutter);
    const QFont font = face.font();
    const qreal ascent = face.ascent();
    // The label sits right-aligned in its gutter, a space's width before the text.
    const qreal labelX = gutter - face.spaceWidth() - face.width(label);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i];
        const QString lineLabel = i == 0 ? label : QString();
        flow.place(face.lineHeight(), [=](QPainter &p, const QRectF &r) {
            p.setFont(font);
            p.setPen(colour);
            if (!lineLabel.isEmpty())
                p.drawText(QPointF(r.left() + labelX, r.top() + ascent), lineLabel);
            p.drawText(QPointF(r.left() + gutter, r.top() + ascent), line);
        });
    }
}

} // namespace dapp
