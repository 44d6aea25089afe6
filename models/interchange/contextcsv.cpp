// Writes the context figures CSV.
#include "interchange/contextcsv.h"
#include "domain/areas.h"
#include "formats/csv.h"

#include <algorithm>
#include <tuple>

namespace dapp {

const QStringList &contextCsvColumns()
{
    static const QStringList columns = {
        QStringLiteral("area"),  QStringLiteral("period"), QStringLiteral("label"),         QStringLiteral("kind"),
        QStringLiteral("value"), QStringLiteral("note"),   QStringLiteral("foi_reference"), QStringLiteral("letter_kind"),
        QStringLiteral("quote"),
    };
    return columns;
}

QByteArray exportContextCsv(const ProjectData &project, bool withByteOrderMark)
{
    QList<ContextFigure> figures = project.contextFigures.values();
    std::stable_sort(figures.begin(), figures.end(), [](const ContextFigure &a, const ContextFigure &b) {
        return std::tuple(Areas::interchangeName(a.areaCode), a.period, a.id)
               < std::tuple(Areas::interchangeName(b.areaCode), b.period, b.id);
    });
    QString text = csvLine(contextCsvColumns());
    for (const ContextFigure &c : figures) {
        const Letter l = project.letters.value(c.letterId);
        text += csvLine({Areas::interchangeName(c.areaCode), c.period, c.label,
                         c.kind == FigureKind::Money ? QStringLiteral("money") : QStringLiteral("count"),
                         formatExportFigure(c.figure, c.kind), c.figure.note(), l.foiReference,
                         letterKindKey(l.kind), c.figure.quote()});
    }
    return (withByteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

} // namespace dapp
