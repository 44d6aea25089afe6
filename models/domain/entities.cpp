// Keys and labels for the small enums of the domain records.
#include "domain/entities.h"

#include <QCoreApplication>
#include <QLocale>

namespace dapp {

QString cohortKey(Cohort cohort)
{
    switch (cohort) {
    case Cohort::Male: return QStringLiteral("male");
    case Cohort::Female: return QStringLiteral("female");
    case Cohort::All: return QStringLiteral("all");
    }
    return {};
}

std::optional<Cohort> cohortFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Cohort c : {Cohort::Male, Cohort::Female, Cohort::All})
        if (cohortKey(c) == k)
            return c;
    return std::nullopt;
}

QString cohortLabel(Cohort cohort)
{
    switch (cohort) {
    case Cohort::Male: return QCoreApplication::translate("Cohort", "Male");
    case Cohort::Female: return QCoreApplication::translate("Cohort", "Female");
    case Cohort::All: return QCoreApplication::translate("Cohort", "All");
    }
    return {};
}

QString letterKindKey(LetterKind kind)
{
    return kind == LetterKind::PanelReport ? QStringLiteral("panel_report") : QStringLiteral("foi_response");
}

std::optional<LetterKind> letterKindFromKey(const QString &key)
{
    if (key == QLatin1String("foi_response"))
        return LetterKind::FoiResponse;
    if (key == QLatin1String("panel_report"))
        return LetterKind::PanelReport;
    return std::nullopt;
}

QString letterKindLabel(LetterKind kind)
{
    return kind == LetterKind::PanelReport ? QCoreApplication::translate("LetterKind", "Panel report")
                                           : QCoreApplication::translate("LetterKind", "FOI response");
}

QString formatFunder(const Funder &funder)
{
    QStringList parts;
    if (funder.amountPence)
        parts << formatMoney(*funder.amountPence);
    // The shortest text that reads back as the same number: 33.333333 stays 33.333333.
    if (funder.sharePercent)
        parts << QString::number(*funder.sharePercent, 'g', QLocale::FloatingPointShortest) + QLatin1Char('%');
    return parts.isEmpty() ? funder.name : QStringLiteral("%1 (%2)").arg(funder.name, parts.join(QStringLiteral(", ")));
}

QStringList caveatTextsFor(const QList<Caveat> &caveats, FigureField field)
{
    QStringList texts;
    for (const Caveat &c : caveats)
        if (c.appliesTo(field))
            texts << c.text;
    return texts;
}

QStringList ProgrammeReturn::caveatsFor(FigureField field) const { return caveatTextsFor(caveats, field); }

QStringList ProgrammeReturn::caveatsNaming(FigureField field) const
{
    QStringList texts;
    for (const Caveat &c : caveats)
        if (c.fields.contains(field))
            texts << c.text;
    return texts;
}

QStringList ProgrammeReturn::wholeReturnCaveats() const
{
    QStringList texts;
    for (const Caveat &c : caveats)
        if (c.fields.isEmpty())
            texts << c.text;
    return texts;
}

} // namespace dapp
