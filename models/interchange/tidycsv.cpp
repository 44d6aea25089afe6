// Writes the tidy CSV.
#include "interchange/tidycsv.h"
#include "domain/areas.h"
#include "formats/csv.h"
#include "interchange/listfield.h"

#include <algorithm>

namespace dapp {

const QStringList &tidyCsvColumns()
{
    static const QStringList columns = {
        QStringLiteral("area"),           QStringLiteral("financial_year"),  QStringLiteral("cohort"),
        QStringLiteral("programme"),      QStringLiteral("provider"),        QStringLiteral("risk_level"),
        QStringLiteral("self_referred"),  QStringLiteral("self_accepted"),   QStringLiteral("self_completed"),
        QStringLiteral("agency_referred"), QStringLiteral("agency_accepted"), QStringLiteral("agency_completed"),
        QStringLiteral("budget_gbp"),     QStringLiteral("referrers"),       QStringLiteral("funders"),
        QStringLiteral("evaluation_url"), QStringLiteral("foi_reference"),   QStringLiteral("response_date"),
        QStringLiteral("caveats"),
    };
    return columns;
}

QString formatCaveat(const Caveat &caveat)
{
    if (caveat.fields.isEmpty())
        return caveat.text;
    QStringList keys;
    for (FigureField f : caveat.fields)
        keys << fieldKey(f);
    return QStringLiteral("%1 [%2]").arg(caveat.text, keys.join(QLatin1Char(' ')));
}

QStringList tidyCsvRow(const ProjectData &project, const ProgrammeReturn &r)
{
    const Letter letter = project.letters.value(r.letterId);
    const Programme programme = project.programmes.value(r.programmeId);
    QStringList funders, caveats;
    for (const Funder &f : r.funders)
        funders << formatFunder(f);
    for (const Caveat &c : r.caveats)
        caveats << formatCaveat(c);
    QStringList row = {Areas::interchangeName(letter.areaCode), letter.financialYear, cohortKey(letter.cohort),
                       programme.name, programme.provider, programme.riskLevel};
    for (FigureField field : kAllFigureFields)
        row << formatExportFigure(r.figure(field), figureKind(field));
    row << joinListField(r.referrers) << joinListField(funders) << programme.evaluationUrl << letter.foiReference
        << (letter.responseDate.isValid() ? letter.responseDate.toString(Qt::ISODate) : QString())
        << joinListField(caveats);
    return row;
}

QByteArray exportTidyCsv(const ProjectData &project, bool withByteOrderMark)
{
    QString text = csvLine(tidyCsvColumns());
    for (Id id : project.returnIdsInOrder())
        text += csvLine(tidyCsvRow(project, project.returns.value(id)));
    return (withByteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

} // namespace dapp
