// Field-by-field differences of two versions of a record.
#include "domain/recorddiff.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace dapp {

namespace {
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(RecordDiff)
};

class Changes
{
public:
    void add(const QString &label, const QString &from, const QString &to)
    {
        if (from != to)
            m_list << FieldChange{label, from.isEmpty() ? T::tr("(empty)") : from, to.isEmpty() ? T::tr("(empty)") : to};
    }
    QList<FieldChange> list() const { return m_list; }

private:
    QList<FieldChange> m_list;
};

QString date(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QString funders(const QList<Funder> &list)
{
    QStringList texts;
    for (const Funder &f : list)
        texts << formatFunder(f);
    return texts.join(QStringLiteral("; "));
}

QString caveats(const QList<Caveat> &list)
{
    QStringList texts;
    for (const Caveat &c : list) {
        QStringList keys;
        for (FigureField f : c.fields)
            keys << fieldLabel(f);
        texts << (keys.isEmpty() ? c.text : QStringLiteral("%1 [%2]").arg(c.text, keys.join(QStringLiteral(", "))));
    }
    return texts.join(QStringLiteral("; "));
}

// A figure as the table shows it, with its note when only the note changed.
void addFigure(Changes &c, const QString &label, const Figure &from, const Figure &to, FigureKind kind)
{
    if (from == to)
        return;
    const QString a = formatFigure(from, kind);
    const QString b = formatFigure(to, kind);
    if (a != b)
        c.add(label, a, b);
    else if (from.note() != to.note())
        c.add(T::tr("%1 (note)").arg(label), from.note(), to.note());
    else if (from.quote() != to.quote() || from.quoteRange() != to.quoteRange())
        c.add(T::tr("%1 (quote)").arg(label), from.quote(), to.quote());
}
} // namespace

QList<FieldChange> fieldChanges(const Letter &from, const Letter &to)
{
    Changes c;
    c.add(T::tr("Area"), from.areaCode, to.areaCode);
    c.add(T::tr("Issuing body"), from.issuingBody, to.issuingBody);
    c.add(T::tr("FOI reference"), from.foiReference, to.foiReference);
    c.add(T::tr("Request received"), date(from.requestReceived), date(to.requestReceived));
    c.add(T::tr("Response date"), date(from.responseDate), date(to.responseDate));
    c.add(T::tr("Financial year"), from.financialYear, to.financialYear);
    c.add(T::tr("Cohort"), cohortLabel(from.cohort), cohortLabel(to.cohort));
    c.add(T::tr("Kind"), letterKindLabel(from.kind), letterKindLabel(to.kind));
    if (from.text != to.text)
        c.add(T::tr("Letter text"), T::tr("%n characters", nullptr, int(from.text.size())),
              T::tr("%n characters", nullptr, int(to.text.size())));
    return c.list();
}

QList<FieldChange> fieldChanges(const Programme &from, const Programme &to)
{
    Changes c;
    c.add(T::tr("Area"), from.areaCode, to.areaCode);
    c.add(T::tr("Programme"), from.name, to.name);
    c.add(T::tr("Provider"), from.provider, to.provider);
    c.add(T::tr("Risk level"), from.riskLevel, to.riskLevel);
    c.add(T::tr("Audience"), from.audience, to.audience);
    c.add(T::tr("Scope"), from.scope, to.scope);
    c.add(T::tr("Coverage"), from.coverage, to.coverage);
    c.add(T::tr("Evaluation link"), from.evaluationUrl, to.evaluationUrl);
    return c.list();
}

QList<FieldChange> fieldChanges(const ProgrammeReturn &from, const ProgrammeReturn &to)
{
    Changes c;
    if (from.letterId != to.letterId)
        c.add(T::tr("Letter"), QString::number(from.letterId), QString::number(to.letterId));
    if (from.programmeId != to.programmeId)
        c.add(T::tr("Programme"), QString::number(from.programmeId), QString::number(to.programmeId));
    for (FigureField f : kAllFigureFields)
        addFigure(c, fieldLabel(f), from.figure(f), to.figure(f), figureKind(f));
    c.add(T::tr("Referrers"), from.referrers.join(QStringLiteral("; ")), to.referrers.join(QStringLiteral("; ")));
    c.add(T::tr("Referrers (quote)"), from.referrersQuote, to.referrersQuote);
    c.add(T::tr("Funders"), funders(from.funders), funders(to.funders));
    c.add(T::tr("Funders (quote)"), from.fundersQuote, to.fundersQuote);
    c.add(T::tr("Caveats"), caveats(from.caveats), caveats(to.caveats));
    c.add(T::tr("Source"), from.source, to.source);
    return c.list();
}

QList<FieldChange> fieldChanges(const ContextFigure &from, const ContextFigure &to)
{
    Changes c;
    c.add(T::tr("Area"), from.areaCode, to.areaCode);
    c.add(T::tr("Label"), from.label, to.label);
    c.add(T::tr("Period"), from.period, to.period);
    addFigure(c, T::tr("Value"), from.figure, to.figure, from.kind);
    return c.list();
}

namespace {
// One field: mine where I changed it, theirs where I did not.
template <typename V>
void take(V &into, const V &seen, const V &mine)
{
    if (!(seen == mine))
        into = mine;
}

// A list (referrers, funders, caveats) merged three ways: what I added since I read it goes into
// theirs after the item it followed in mine, what I removed goes from theirs, and what they
// added or kept stays. A caveat whose text or figures I changed is my removal of the old one
// and my addition of the new. So each of us adding a referrer at once keeps both; nothing of
// theirs goes unless I removed it myself.
// What names a list's item, whatever else of it changes: a funder by its name, a caveat by its
// text. Two of us changing the same item leaves one of it, mine.
QString itemKey(const QString &referrer) { return referrer; }
QString itemKey(const Funder &funder) { return funder.name; }
QString itemKey(const Caveat &caveat) { return caveat.text; }

template <typename Item>
void take(QList<Item> &into, const QList<Item> &seen, const QList<Item> &mine)
{
    if (seen == mine)
        return;
    // My removals: each item as often as seen has it more than mine.
    QList<Item> removed = seen;
    for (const Item &item : mine)
        removed.removeOne(item);
    QList<Item> added = mine;
    for (const Item &item : seen)
        added.removeOne(item);
    for (const Item &item : std::as_const(removed))
        into.removeOne(item);
    for (qsizetype i = 0; i < mine.size(); ++i) {
        if (!added.removeOne(mine.at(i)) || (into.contains(mine.at(i)) && !seen.contains(mine.at(i))))
            continue; // not mine to add, or they added the same
        // They changed the same item as I did (it has another version there, one they made):
        // mine takes its place.
        const auto theirs = std::find_if(into.begin(), into.end(), [&](const Item &item) {
            return itemKey(item) == itemKey(mine.at(i)) && !seen.contains(item);
        });
        if (theirs != into.end()) {
            *theirs = mine.at(i);
            continue;
        }
        // After the nearest item before it in mine that theirs still has; else where it stood.
        qsizetype at = std::min(i, into.size());
        for (qsizetype j = i - 1; j >= 0; --j) {
            const qsizetype previous = into.indexOf(mine.at(j));
            if (previous >= 0) {
                at = previous + 1;
                break;
            }
        }
        into.insert(at, mine.at(i));
    }
}

// A figure's parts apart: the number with its status (one is meaningless without the other),
// the note, and the quote with its place in the letter. My corrected number over someone
// else's new note keeps both.
void take(Figure &into, const Figure &seen, const Figure &mine)
{
    if (seen.status != mine.status || seen.value != mine.value) {
        into.status = mine.status;
        into.value = mine.value;
    }
    if (seen.note() != mine.note())
        into.setNote(mine.note());
    if (seen.quote() != mine.quote() || !(seen.quoteRange() == mine.quoteRange())) {
        into.setQuote(mine.quote());
        into.setQuoteRange(mine.quoteRange());
    }
}
} // namespace

Letter reapplied(const Letter &seen, const Letter &mine, const Letter &now)
{
    Letter out = now;
    take(out.kind, seen.kind, mine.kind);
    take(out.areaCode, seen.areaCode, mine.areaCode);
    take(out.issuingBody, seen.issuingBody, mine.issuingBody);
    take(out.foiReference, seen.foiReference, mine.foiReference);
    take(out.requestReceived, seen.requestReceived, mine.requestReceived);
    take(out.responseDate, seen.responseDate, mine.responseDate);
    take(out.financialYear, seen.financialYear, mine.financialYear);
    take(out.cohort, seen.cohort, mine.cohort);
    take(out.text, seen.text, mine.text);
    return out;
}

Programme reapplied(const Programme &seen, const Programme &mine, const Programme &now)
{
    Programme out = now;
    take(out.areaCode, seen.areaCode, mine.areaCode);
    take(out.name, seen.name, mine.name);
    take(out.provider, seen.provider, mine.provider);
    take(out.riskLevel, seen.riskLevel, mine.riskLevel);
    take(out.audience, seen.audience, mine.audience);
    take(out.scope, seen.scope, mine.scope);
    take(out.coverage, seen.coverage, mine.coverage);
    take(out.evaluationUrl, seen.evaluationUrl, mine.evaluationUrl);
    return out;
}

ProgrammeReturn reapplied(const ProgrammeReturn &seen, const ProgrammeReturn &mine, const ProgrammeReturn &now)
{
    ProgrammeReturn out = now;
    take(out.letterId, seen.letterId, mine.letterId);
    take(out.programmeId, seen.programmeId, mine.programmeId);
    for (FigureField f : kAllFigureFields)
        take(out.figure(f), seen.figure(f), mine.figure(f));
    take(out.referrers, seen.referrers, mine.referrers);
    take(out.referrersQuote, seen.referrersQuote, mine.referrersQuote);
    take(out.funders, seen.funders, mine.funders);
    take(out.fundersQuote, seen.fundersQuote, mine.fundersQuote);
    take(out.caveats, seen.caveats, mine.caveats);
    take(out.source, seen.source, mine.source);
    return out;
}

ContextFigure reapplied(const ContextFigure &seen, const ContextFigure &mine, const ContextFigure &now)
{
    ContextFigure out = now;
    take(out.letterId, seen.letterId, mine.letterId);
    take(out.areaCode, seen.areaCode, mine.areaCode);
    take(out.label, seen.label, mine.label);
    take(out.period, seen.period, mine.period);
    // The kind says what the value counts (people, or pence): one goes with the other.
    const bool myValue = seen.kind != mine.kind || seen.figure.status != mine.figure.status
                         || seen.figure.value != mine.figure.value;
    take(out.figure, seen.figure, mine.figure);
    if (myValue) {
        out.kind = mine.kind;
        out.figure.status = mine.figure.status;
        out.figure.value = mine.figure.value;
    }
    return out;
}

} // namespace dapp
