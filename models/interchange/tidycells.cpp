// Each distinct text of a tidy sheet's column read once.
#include "interchange/tidycells.h"
#include "domain/areas.h"
#include "domain/financialyear.h"
#include "domain/funding.h"
#include "interchange/areamatch.h"
#include "interchange/listfield.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dapp {

namespace {
// The strings of the tidy import, in one translation context with tidyimport.cpp's.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(TidyImport)
};

QString quoted(const QString &text) { return QStringLiteral("“%1”").arg(text); }
} // namespace

AreaCell TidyCells::readAreaCell(const QString &text)
{
    AreaCell cell;
    if (text.isEmpty()) {
        cell.error = T::tr("no area is given (write Unknown when the letter does not say)");
        return cell;
    }
    const AreaMatch m = matchArea(text);
    if (m.code.isEmpty()) {
        cell.error = areaRefusal(text, m);
        return cell;
    }
    if (!m.exact)
        cell.warning = T::tr("%1 read as %2").arg(quoted(text), Areas::nameOf(m.code));
    cell.code = m.code;
    return cell;
}

YearCell TidyCells::readYearCell(const QString &text)
{
    const FinancialYearParse fy = parseFinancialYear(text);
    YearCell cell;
    if (text.isEmpty())
        cell.error = T::tr("no financial year is given (e.g. 2022/23)");
    else if (!fy.error.isEmpty())
        cell.error = fy.error;
    cell.year = shared(fy.year);
    return cell;
}

CohortCell TidyCells::readCohortCell(const QString &text)
{
    CohortCell cell;
    cell.cohort = parseCohort(text);
    if (!cell.cohort)
        cell.error = text.isEmpty() ? T::tr("no cohort is given (male, female or all)")
                                    : T::tr("%1 is not a cohort (male, female or all)").arg(quoted(text));
    return cell;
}

QStringList TidyCells::readReferrers(const QString &text)
{
    QStringList referrers;
    for (const QString &item : splitListField(text))
        referrers << shared(item);
    return referrers;
}

FundersCell TidyCells::readFunders(const QString &text)
{
    FundersCell cell;
    const QStringList items = splitListField(text);
    // "Home Office (£5000.00; 25%)": a ";" inside a funder's brackets would make funders of the
    // pieces, none of them right (found by review); refused with how to write it.
    const auto open = [](const QString &item) { return item.count(QLatin1Char('(')) - item.count(QLatin1Char(')')); };
    for (qsizetype i = 0; i < items.size(); ++i) {
        qsizetype end = i; // the last piece before its brackets close
        for (qsizetype depth = open(items.at(i)); depth > 0 && end + 1 < items.size();)
            depth += open(items.at(++end));
        if (end > i) {
            cell.problem = T::tr("%1 looks like one funder cut at a “;” inside its brackets; write its amount and share "
                                 "with a comma between (“OPCC (£5,000, 25%)”), and a “;” of a name as “\\;”")
                               .arg(quoted(items.mid(i, end - i + 1).join(QStringLiteral("; "))));
            return cell;
        }
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        Funder funder = parseFunderText(items.at(i));
        funder.name = shared(funder.name);
        cell.funders << funder;
    }
    cell.problem = fundersProblem(cell.funders);
    return cell;
}

CaveatsCell TidyCells::readCaveats(const QString &text)
{
    CaveatsCell cell;
    for (const QString &item : splitListField(text)) {
        if (const std::optional<Caveat> caveat = parseCaveatText(item)) {
            cell.caveats << Caveat{shared(caveat->text), caveat->fields};
        } else {
            cell.caveats << Caveat{item, {}};
            cell.warnings << T::tr("the brackets of %1 name no figure, so it is kept whole, on the whole return").arg(quoted(item));
        }
    }
    return cell;
}

std::optional<Cohort> parseCohort(const QString &text)
{
    static const QHash<QString, Cohort> words = {
        {QStringLiteral("male"), Cohort::Male},       {QStringLiteral("males"), Cohort::Male},
        {QStringLiteral("m"), Cohort::Male},          {QStringLiteral("men"), Cohort::Male},
        {QStringLiteral("man"), Cohort::Male},        {QStringLiteral("female"), Cohort::Female},
        {QStringLiteral("females"), Cohort::Female},  {QStringLiteral("f"), Cohort::Female},
        {QStringLiteral("women"), Cohort::Female},    {QStringLiteral("woman"), Cohort::Female},
        {QStringLiteral("all"), Cohort::All},         {QStringLiteral("both"), Cohort::All},
        {QStringLiteral("mixed"), Cohort::All},       {QStringLiteral("all genders"), Cohort::All},
        {QStringLiteral("male and female"), Cohort::All},
    };
    const auto it = words.constFind(text.simplified().toLower());
    return it == words.constEnd() ? std::nullopt : std::optional<Cohort>(*it);
}

Funder parseFunderText(const QString &text)
{
    Funder f;
    f.name = text.trimmed();
    static const QRegularExpression withValues(QStringLiteral("^(.*\\S)\\s*\\(([^()]*)\\)$"));
    const QRegularExpressionMatch m = withValues.match(f.name);
    if (!m.hasMatch())
        return f;
    Funder parsed;
    parsed.name = m.captured(1);
    // formatFunder joins the amount and the share with ", "; an amount's own commas have no space.
    for (const QString &part : m.captured(2).split(QStringLiteral(", "))) {
        if (part.trimmed().endsWith(QLatin1Char('%'))) {
            const FunderValueParse share = parseFunderShare(part);
            if (!share.ok || !share.sharePercent || parsed.sharePercent)
                return f; // "(Ministry of Justice)": the brackets are part of the name
            parsed.sharePercent = share.sharePercent;
        } else {
            const FunderValueParse amount = parseFunderAmount(part);
            if (!amount.ok || !amount.amountPence || parsed.amountPence)
                return f;
            parsed.amountPence = amount.amountPence;
        }
    }
    return parsed;
}

std::optional<Caveat> parseCaveatText(const QString &text)
{
    static const QRegularExpression scoped(QStringLiteral("^(.*\\S)\\s*\\[([a-z_ ]+)\\]$"));
    const QRegularExpressionMatch m = scoped.match(text.trimmed());
    if (!m.hasMatch())
        return Caveat{text.trimmed(), {}};
    Caveat c;
    c.text = m.captured(1);
    for (const QString &key : m.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::optional<FigureField> field = fieldFromKey(key);
        if (!field)
            return std::nullopt;
        c.fields << *field;
    }
    return c;
}

} // namespace dapp
