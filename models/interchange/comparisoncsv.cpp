// Writes the comparison CSV.
#include "interchange/comparisoncsv.h"
#include "domain/areas.h"
#include "formats/csv.h"

namespace dapp {

QString comparisonMeasureColumn(MeasureId id)
{
    return measureKey(id) + (isRate(id) ? QStringLiteral("_pct") : QStringLiteral("_gbp"));
}

const QStringList &comparisonCsvColumns()
{
    static const QStringList columns = [] {
        QStringList c{QStringLiteral("area"),     QStringLiteral("financial_year"), QStringLiteral("cohort"),
                      QStringLiteral("programme"), QStringLiteral("provider"),      QStringLiteral("risk_level")};
        for (FigureField f : kAllFigureFields)
            c << fieldKey(f);
        for (MeasureId m : kAllMeasures)
            c << comparisonMeasureColumn(m);
        c << QStringLiteral("caveats") << QStringLiteral("flags") << QStringLiteral("source");
        return c;
    }();
    return columns;
}

QByteArray exportComparisonCsv(const Comparison &comparison, bool withByteOrderMark)
{
    QString text = csvLine(comparisonCsvColumns());
    for (const ComparisonRow &row : comparison.rows) {
        QStringList cells{Areas::interchangeName(row.areaCode), row.financialYear, cohortKey(row.cohort), row.programme, row.provider, row.riskLevel};
        for (FigureField f : kAllFigureFields)
            cells << formatExportFigure(row.figures[size_t(f)], figureKind(f));
        for (MeasureId m : kAllMeasures) {
            const Measure measure = row.measures.value(m);
            if (!measure.value)
                cells << QStringLiteral("missing");
            else
                cells << QString::number(isRate(m) ? *measure.value * 100.0 : *measure.value / 100.0, 'f', isRate(m) ? 1 : 2);
        }
        QStringList caveats;
        for (int n : row.footnotes)
            caveats << QStringLiteral("[%1] %2").arg(n).arg(comparison.footnotes.value(n - 1));
        QStringList flags;
        for (const QualityFlag &f : row.flags)
            flags << f.message;
        cells << caveats.join(QStringLiteral("; ")) << flags.join(QStringLiteral("; ")) << row.source;
        text += csvLine(cells);
    }
    return (withByteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

} // namespace dapp
