// The values each record is written with, in its table's column order.
#include "storage/recordrows.h"
#include "storage/projectreader.h"
#include "storage/returnlists.h"

namespace dapp {

namespace {
QVariant dateValue(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
QVariant figureValue(const Figure &f) { return f.isReported() ? QVariant(f.value) : QVariant(QMetaType(QMetaType::LongLong)); }
// A quote's place: both NULL when it is not known.
QVariant rangeStart(const TextRange &r) { return r.isValid() ? QVariant(qint64(r.start)) : QVariant(QMetaType(QMetaType::LongLong)); }
QVariant rangeLength(const TextRange &r) { return r.isValid() ? QVariant(qint64(r.length)) : QVariant(QMetaType(QMetaType::LongLong)); }

// Room for the id, the columns, and what a shared database's UPDATE adds (who, when, the id
// again and the revision seen): the list never grows once made.
QVariantList reservedFor(qsizetype columns)
{
    QVariantList values;
    values.reserve(1 + columns + 4);
    return values;
}
} // namespace

QStringList letterColumns()
{
    return {QStringLiteral("kind"),          QStringLiteral("area_code"),        QStringLiteral("issuing_body"),
            QStringLiteral("foi_reference"), QStringLiteral("request_received"), QStringLiteral("response_date"),
            QStringLiteral("financial_year"), QStringLiteral("cohort"),          QStringLiteral("body")};
}

QStringList programmeColumns()
{
    return {QStringLiteral("area_code"), QStringLiteral("name"),     QStringLiteral("provider"),
            QStringLiteral("risk_level"), QStringLiteral("audience"), QStringLiteral("scope"),
            QStringLiteral("coverage"),  QStringLiteral("evaluation_url")};
}

QStringList contextFigureColumns()
{
    return {QStringLiteral("letter_id"), QStringLiteral("area_code"), QStringLiteral("label"),
            QStringLiteral("period"),    QStringLiteral("kind"),      QStringLiteral("status"),
            QStringLiteral("value"),     QStringLiteral("note"),      QStringLiteral("quote"),
            QStringLiteral("quote_start"), QStringLiteral("quote_length")};
}

QVariantList recordValues(const Letter &l)
{
    QVariantList values = reservedFor(9);
    values << l.id << letterKindKey(l.kind) << l.areaCode << l.issuingBody << l.foiReference
           << dateValue(l.requestReceived) << dateValue(l.responseDate) << l.financialYear << cohortKey(l.cohort)
           << l.text;
    return values;
}

QVariantList recordValues(const Programme &p)
{
    QVariantList values = reservedFor(8);
    values << p.id << p.areaCode << p.name << p.provider << p.riskLevel << p.audience << p.scope << p.coverage
           << p.evaluationUrl;
    return values;
}

QVariantList recordValues(const ProgrammeReturn &r)
{
    constexpr qsizetype figures = qsizetype(kAllFigureFields.size());
    QVariantList values = reservedFor(8 + 6 * figures);
    values << r.id << r.letterId << r.programmeId << r.referrersQuote << r.fundersQuote << r.source
           << referrersToJson(r.referrers) << fundersToJson(r.funders) << caveatsToJson(r.caveats);
    for (FigureField field : kAllFigureFields) {
        const Figure &f = r.figure(field);
        values << statusKey(f.status) << figureValue(f) << f.note << f.quote;
    }
    for (FigureField field : kAllFigureFields)
        values << rangeStart(r.figure(field).quoteRange) << rangeLength(r.figure(field).quoteRange);
    return values;
}

QVariantList recordValues(const ContextFigure &c)
{
    QVariantList values = reservedFor(11);
    values << c.id << c.letterId << c.areaCode << c.label << c.period
           << (c.kind == FigureKind::Money ? QStringLiteral("money") : QStringLiteral("count"))
           << statusKey(c.figure.status) << figureValue(c.figure) << c.figure.note << c.figure.quote
           << rangeStart(c.figure.quoteRange) << rangeLength(c.figure.quoteRange);
    return values;
}

} // namespace dapp
