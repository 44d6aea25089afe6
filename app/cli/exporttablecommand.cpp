// dapp-analyst export-table: the computed comparison (filtered returns, figures, every derived
// measure, caveats, flags, sources) as CSV.
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "domain/comparison.h"
#include "interchange/comparisoncsv.h"

#include <QDir>
#include <QFileInfo>

namespace dapp::cli {

int runExportTable(const QStringList &arguments, const QString &summary)
{
    using T = CommandLineText;
    CommandParser parser(QStringLiteral("export-table"), summary, T::tr("[--project FILE] [filters] OUT.csv"));
    parser.addProjectOption();
    parser.addFilterOptions();
    parser.addPositionalArgument(QStringLiteral("OUT.csv"), T::tr("Where to write the table; - for standard output."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return parser.refuse(positional.isEmpty()
                                 ? T::tr("export-table needs the file to write (OUT.csv, or - for standard output).")
                                 : T::tr("unexpected “%1”; export-table writes one file.").arg(positional.at(1)));
    const QString target = positional.constFirst();
    if (target != QLatin1String("-") && QFileInfo(target).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return parser.refuse(T::tr("“%1”: export-table writes CSV (a name ending in .csv, or -); XLSX is not written yet.")
                                 .arg(QDir::toNativeSeparators(target)));
    ProjectData data;
    if (const auto exitCode = parser.loadProject(&data))
        return *exitCode;
    const Comparison comparison = computeComparison(data);
    QString error;
    if (!writeOutput(target, exportComparisonCsv(comparison, isRegularFile(target)), &error)) {
        printError(target == QLatin1String("-") ? T::tr("cannot write the table to standard output.")
                                                : T::tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(target), error));
        return 1;
    }
    if (target != QLatin1String("-"))
        (QFileInfo(target).isFile() ? out() : err())
            << T::tr("Wrote %1 returns with their measures to %2").arg(comparison.rows.size()).arg(QDir::toNativeSeparators(target))
            << Qt::endl;
    return 0;
}

} // namespace dapp::cli
