// The values each record is written with, in its table's column order.
#include "storage/recordrows.h"
#include "storage/projectreader.h"
#include "storage/returnlists.h"

namespace dapp {

namespace {
// Where a record's values go: a QVariantList (QSqlQuery's, and any change on PostgreSQL), or a
// SqliteRow made ready for SQLite's statement.
struct VariantSink
{
    QVariantList &values;
    void text(const QString &t) { values << t; }
    void integer(qint64 i) { values << i; }
    void null() { values << QVariant(QMetaType(QMetaType::LongLong)); }
    void noDate() { values << QVariant(); }
};

struct SqliteSink
{
    SqliteRow &row;
    void text(const QString &t) { row.addText(t); }
    void integer(qint64 i) { row.addInteger(i); }
    void null() { row.addNull(); }
    void noDate() { row.addNull(); }
};

// A date as ISO text, NULL when the letter has none.
template <typename Sink>
void putDate(Sink &sink, const QDate &d)
{
    if (d.isValid())
        sink.text(d.toString(Qt::ISODate));
    else
        sink.noDate();
}

// A figure's number, NULL when it is not reported; a quote's place, both NULL when not known.
template <typename Sink>
void putNumberOrNull(Sink &sink, bool has, qint64 value)
{
    if (has)
        sink.integer(value);
    else
        sink.null();
}

template <typename Sink>
void putRange(Sink &sink, const TextRange &r)
{
    putNumberOrNull(sink, r.isValid(), r.start);
    putNumberOrNull(sink, r.isValid(), r.length);
}

// The columns of each table, after its id, in the order of its ...Columns() list.
template <typename Sink>
void putColumns(Sink &sink, const Letter &l, ListTexts &)
{
    sink.text(letterKindKey(l.kind));
    sink.text(l.areaCode);
    sink.text(l.issuingBody);
    sink.text(l.foiReference);
    putDate(sink, l.requestReceived);
    putDate(sink, l.responseDate);
    sink.text(l.financialYear);
    sink.text(cohortKey(l.cohort));
    sink.text(l.text);
}

template <typename Sink>
void putColumns(Sink &sink, const Programme &p, ListTexts &)
{
    for (const QString *t : {&p.areaCode, &p.name, &p.provider, &p.riskLevel, &p.audience, &p.scope, &p.coverage,
                             &p.evaluationUrl})
        sink.text(*t);
}

template <typename Sink>
void putColumns(Sink &sink, const ProgrammeReturn &r, ListTexts &lists)
{
    sink.integer(r.letterId);
    sink.integer(r.programmeId);
    sink.text(r.referrersQuote);
    sink.text(r.fundersQuote);
    sink.text(r.source);
    sink.text(lists.referrers(r.referrers));
    sink.text(lists.funders(r.funders));
    sink.text(lists.caveats(r.caveats));
    for (FigureField field : kAllFigureFields) {
        const Figure &f = r.figure(field);
        sink.text(statusKey(f.status));
        putNumberOrNull(sink, f.isReported(), f.value);
    }
    sink.text(figureNotesToJson(r.figures));
}

template <typename Sink>
void putColumns(Sink &sink, const ContextFigure &c, ListTexts &)
{
    sink.integer(c.letterId);
    sink.text(c.areaCode);
    sink.text(c.label);
    sink.text(c.period);
    sink.text(c.kind == FigureKind::Money ? QStringLiteral("money") : QStringLiteral("count"));
    sink.text(statusKey(c.figure.status));
    putNumberOrNull(sink, c.figure.isReported(), c.figure.value);
    sink.text(c.figure.note());
    sink.text(c.figure.quote());
    putRange(sink, c.figure.quoteRange());
}

template <typename T>
QVariantList variantValues(const T &record, qsizetype columns)
{
    // Room for the id, the columns, and what a shared database's UPDATE adds (who, when, the id
    // again and the revision seen): the list never grows once made.
    QVariantList values;
    values.reserve(1 + columns + 4);
    values << record.id;
    ListTexts lists;
    VariantSink sink{values};
    putColumns(sink, record, lists);
    return values;
}
} // namespace

// Rows of one table often repeat a list (every return of a letter names the same referrers),
// and the lists a file was read into share their data: the same list is written as JSON once.
template <typename List>
const QString &ListTexts::Last<List>::text(const List &given, QString (*toJson)(const List &))
{
    if (!made || !(given == list)) {
        list = given;
        json = toJson(given);
        made = true;
    }
    return json;
}

const QString &ListTexts::referrers(const QStringList &list) { return m_referrers.text(list, referrersToJson); }
const QString &ListTexts::funders(const QList<Funder> &list) { return m_funders.text(list, fundersToJson); }
const QString &ListTexts::caveats(const QList<Caveat> &list) { return m_caveats.text(list, caveatsToJson); }

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

QVariantList recordValues(const Letter &l) { return variantValues(l, 9); }
QVariantList recordValues(const Programme &p) { return variantValues(p, 8); }
QVariantList recordValues(const ProgrammeReturn &r) { return variantValues(r, 8 + 2 * qsizetype(kAllFigureFields.size()) + 1); }
QVariantList recordValues(const ContextFigure &c) { return variantValues(c, 11); }

template <typename T>
void sqliteValues(const T &record, bool isNew, ListTexts &lists, SqliteRow &row)
{
    row.clear();
    SqliteSink sink{row};
    // An INSERT names the id first, an UPDATE last (its WHERE).
    if (isNew)
        sink.integer(record.id);
    putColumns(sink, record, lists);
    if (!isNew)
        sink.integer(record.id);
}

template void sqliteValues(const Letter &, bool, ListTexts &, SqliteRow &);
template void sqliteValues(const Programme &, bool, ListTexts &, SqliteRow &);
template void sqliteValues(const ProgrammeReturn &, bool, ListTexts &, SqliteRow &);
template void sqliteValues(const ContextFigure &, bool, ListTexts &, SqliteRow &);

} // namespace dapp
