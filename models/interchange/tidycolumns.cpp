// Header words to tidy keys: the figures by their route and stage words, the rest by a list of
// what people call them.
#include "interchange/tidycolumns.h"
#include "interchange/tidycsv.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dapp {

namespace {
struct TidyColumnsText
{
    Q_DECLARE_TR_FUNCTIONS(TidyColumns)
};

QStringList words(const QString &header)
{
    QString s = header.toLower();
    s.replace(QStringLiteral("£"), QStringLiteral(" gbp "));
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    s.replace(nonWord, QStringLiteral(" "));
    return s.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool hasStem(const QStringList &w, const QStringList &stems)
{
    for (const QString &word : w)
        for (const QString &stem : stems)
            if (word.startsWith(stem))
                return true;
    return false;
}

// The figure a header names: a route (self, agency) and a stage (referred, accepted, completed).
QString figureColumn(const QStringList &w)
{
    const bool self = hasStem(w, {QStringLiteral("self")});
    const bool agency = hasStem(w, {QStringLiteral("agenc"), QStringLiteral("professional"), QStringLiteral("partner")});
    if (self == agency)
        return {};
    // "Self referrals accepted": "referrals" names the route, the last stage word the figure.
    const bool referred = hasStem(w, {QStringLiteral("referr"), QStringLiteral("referal")});
    const bool accepted = hasStem(w, {QStringLiteral("accept"), QStringLiteral("start"), QStringLiteral("engag")});
    const bool completed = hasStem(w, {QStringLiteral("complet"), QStringLiteral("finish")});
    if (accepted && completed)
        return {};
    const QString stage = completed ? QStringLiteral("completed")
                          : accepted ? QStringLiteral("accepted")
                          : referred ? QStringLiteral("referred")
                                     : QString();
    if (stage.isEmpty())
        return {};
    return (self ? QStringLiteral("self_") : QStringLiteral("agency_")) + stage;
}

const QHash<QString, QString> &otherColumns()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("area"), QStringLiteral("area")},
        {QStringLiteral("police force area"), QStringLiteral("area")},
        {QStringLiteral("force area"), QStringLiteral("area")},
        {QStringLiteral("police area"), QStringLiteral("area")},
        {QStringLiteral("force"), QStringLiteral("area")},
        {QStringLiteral("pcc area"), QStringLiteral("area")},
        {QStringLiteral("pcc"), QStringLiteral("area")},
        {QStringLiteral("opcc"), QStringLiteral("area")},
        {QStringLiteral("financial year"), QStringLiteral("financial_year")},
        {QStringLiteral("year"), QStringLiteral("financial_year")},
        {QStringLiteral("fy"), QStringLiteral("financial_year")},
        {QStringLiteral("cohort"), QStringLiteral("cohort")},
        {QStringLiteral("gender"), QStringLiteral("cohort")},
        {QStringLiteral("sex"), QStringLiteral("cohort")},
        {QStringLiteral("programme"), QStringLiteral("programme")},
        {QStringLiteral("program"), QStringLiteral("programme")},
        {QStringLiteral("programme name"), QStringLiteral("programme")},
        {QStringLiteral("program name"), QStringLiteral("programme")},
        {QStringLiteral("intervention"), QStringLiteral("programme")},
        {QStringLiteral("provider"), QStringLiteral("provider")},
        {QStringLiteral("delivered by"), QStringLiteral("provider")},
        {QStringLiteral("service provider"), QStringLiteral("provider")},
        {QStringLiteral("delivery partner"), QStringLiteral("provider")},
        {QStringLiteral("risk level"), QStringLiteral("risk_level")},
        {QStringLiteral("risk"), QStringLiteral("risk_level")},
        {QStringLiteral("budget"), QStringLiteral("budget_gbp")},
        {QStringLiteral("budget gbp"), QStringLiteral("budget_gbp")},
        {QStringLiteral("gbp budget"), QStringLiteral("budget_gbp")},
        {QStringLiteral("annual budget"), QStringLiteral("budget_gbp")},
        {QStringLiteral("referrers"), QStringLiteral("referrers")},
        {QStringLiteral("referral sources"), QStringLiteral("referrers")},
        {QStringLiteral("referral routes"), QStringLiteral("referrers")},
        {QStringLiteral("funders"), QStringLiteral("funders")},
        {QStringLiteral("funded by"), QStringLiteral("funders")},
        {QStringLiteral("funding"), QStringLiteral("funders")},
        {QStringLiteral("evaluation url"), QStringLiteral("evaluation_url")},
        {QStringLiteral("evaluation link"), QStringLiteral("evaluation_url")},
        {QStringLiteral("evaluation"), QStringLiteral("evaluation_url")},
        {QStringLiteral("foi reference"), QStringLiteral("foi_reference")},
        {QStringLiteral("foi ref"), QStringLiteral("foi_reference")},
        {QStringLiteral("foi"), QStringLiteral("foi_reference")},
        {QStringLiteral("reference"), QStringLiteral("foi_reference")},
        {QStringLiteral("response date"), QStringLiteral("response_date")},
        {QStringLiteral("date of response"), QStringLiteral("response_date")},
        {QStringLiteral("date"), QStringLiteral("response_date")},
        {QStringLiteral("caveats"), QStringLiteral("caveats")},
        {QStringLiteral("caveat"), QStringLiteral("caveats")},
        {QStringLiteral("notes"), QStringLiteral("caveats")},
        // More of what analysts' sheets call them (found by review: "Provider name", "Total
        // budget (£)" and "Funding sources" were left unimported).
        {QStringLiteral("provider name"), QStringLiteral("provider")},
        {QStringLiteral("provider organisation"), QStringLiteral("provider")},
        {QStringLiteral("delivery organisation"), QStringLiteral("provider")},
        {QStringLiteral("delivered by organisation"), QStringLiteral("provider")},
        {QStringLiteral("total budget"), QStringLiteral("budget_gbp")},
        {QStringLiteral("total budget gbp"), QStringLiteral("budget_gbp")},
        {QStringLiteral("budget total"), QStringLiteral("budget_gbp")},
        {QStringLiteral("total cost"), QStringLiteral("budget_gbp")},
        {QStringLiteral("cost gbp"), QStringLiteral("budget_gbp")},
        {QStringLiteral("total cost gbp"), QStringLiteral("budget_gbp")},
        {QStringLiteral("annual cost"), QStringLiteral("budget_gbp")},
        {QStringLiteral("funding amount"), QStringLiteral("budget_gbp")},
        {QStringLiteral("funding gbp"), QStringLiteral("budget_gbp")},
        {QStringLiteral("amount gbp"), QStringLiteral("budget_gbp")},
        {QStringLiteral("value gbp"), QStringLiteral("budget_gbp")},
        {QStringLiteral("funding sources"), QStringLiteral("funders")},
        {QStringLiteral("funding source"), QStringLiteral("funders")},
        {QStringLiteral("funders and amounts"), QStringLiteral("funders")},
        {QStringLiteral("sources of funding"), QStringLiteral("funders")},
        {QStringLiteral("funding bodies"), QStringLiteral("funders")},
        {QStringLiteral("funder"), QStringLiteral("funders")},
        {QStringLiteral("commissioned by"), QStringLiteral("funders")},
        {QStringLiteral("referrer"), QStringLiteral("referrers")},
        {QStringLiteral("referral source"), QStringLiteral("referrers")},
        {QStringLiteral("referral route"), QStringLiteral("referrers")},
        {QStringLiteral("referred by"), QStringLiteral("referrers")},
        {QStringLiteral("referring agencies"), QStringLiteral("referrers")},
        {QStringLiteral("programme title"), QStringLiteral("programme")},
        {QStringLiteral("intervention name"), QStringLiteral("programme")},
        {QStringLiteral("service name"), QStringLiteral("programme")},
        {QStringLiteral("evaluation report"), QStringLiteral("evaluation_url")},
        {QStringLiteral("link to evaluation"), QStringLiteral("evaluation_url")},
        {QStringLiteral("evaluation link url"), QStringLiteral("evaluation_url")},
        {QStringLiteral("risk category"), QStringLiteral("risk_level")},
        {QStringLiteral("risk tier"), QStringLiteral("risk_level")},
    };
    return table;
}
} // namespace

QString tidyColumnForHeader(const QString &header)
{
    const QStringList w = words(header);
    if (w.isEmpty())
        return {};
    if (const QString figure = figureColumn(w); !figure.isEmpty())
        return figure;
    const QString joined = w.join(QLatin1Char(' '));
    if (const auto it = otherColumns().constFind(joined); it != otherColumns().constEnd())
        return *it;
    // The exported keys themselves ("self_referred") fold to words too.
    if (tidyCsvColumns().contains(w.join(QLatin1Char('_'))))
        return w.join(QLatin1Char('_'));
    return {};
}

const QStringList &requiredTidyColumns()
{
    static const QStringList keys = {QStringLiteral("area"), QStringLiteral("financial_year"), QStringLiteral("cohort"),
                                     QStringLiteral("programme")};
    return keys;
}

QStringList TidyMapping::missingRequired() const
{
    QStringList missing;
    for (const QString &key : requiredTidyColumns())
        if (!columnOf.contains(key))
            missing << key;
    return missing;
}

TidyMapping mapTidyHeader(const QStringList &header)
{
    TidyMapping m;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = tidyColumnForHeader(header.at(i));
        if (key.isEmpty()) {
            if (!header.at(i).trimmed().isEmpty())
                m.unused << header.at(i).trimmed();
            continue;
        }
        if (m.columnOf.contains(key)) {
            m.clashes.append({key, m.columnOf.value(key), i});
            continue;
        }
        m.columnOf.insert(key, i);
    }
    return m;
}

QString tidyColumnLabel(const QString &key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("area"), TidyColumnsText::tr("Area")},
        {QStringLiteral("financial_year"), TidyColumnsText::tr("Financial year")},
        {QStringLiteral("cohort"), TidyColumnsText::tr("Cohort")},
        {QStringLiteral("programme"), TidyColumnsText::tr("Programme")},
        {QStringLiteral("provider"), TidyColumnsText::tr("Provider")},
        {QStringLiteral("risk_level"), TidyColumnsText::tr("Risk level")},
        {QStringLiteral("self_referred"), TidyColumnsText::tr("Referred (self)")},
        {QStringLiteral("self_accepted"), TidyColumnsText::tr("Accepted (self)")},
        {QStringLiteral("self_completed"), TidyColumnsText::tr("Completed (self)")},
        {QStringLiteral("agency_referred"), TidyColumnsText::tr("Referred (agency)")},
        {QStringLiteral("agency_accepted"), TidyColumnsText::tr("Accepted (agency)")},
        {QStringLiteral("agency_completed"), TidyColumnsText::tr("Completed (agency)")},
        {QStringLiteral("budget_gbp"), TidyColumnsText::tr("Budget (£)")},
        {QStringLiteral("referrers"), TidyColumnsText::tr("Referrers")},
        {QStringLiteral("funders"), TidyColumnsText::tr("Funders")},
        {QStringLiteral("evaluation_url"), TidyColumnsText::tr("Evaluation link")},
        {QStringLiteral("foi_reference"), TidyColumnsText::tr("FOI reference")},
        {QStringLiteral("response_date"), TidyColumnsText::tr("Response date")},
        {QStringLiteral("caveats"), TidyColumnsText::tr("Caveats")},
    };
    return labels.value(key, key);
}

} // namespace dapp
