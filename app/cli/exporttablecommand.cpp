// dapp-analyst export-table: the computed comparison (filtered returns, figures, every derived
// measure, caveats, flags, sources) as CSV, or as an XLSX workbook for reports.
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "domain/comparison.h"
#include "interchange/comparisoncsv.h"
#include "interchange/comparisonxlsx.h"

#include <QDir>
#include <QFileInfo>

namespace dapp::cli {

int runExportTable(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("export-table"), summary,
                         CommandLineText::tr("[--project FILE] [filters] OUT.csv|OUT.xlsx|-"));
    parser.addProjectOption();
    parser.addFilterOptions();
    parser.addPositionalArgument(
        QStringLiteral("OUT"),
        CommandLineText::tr("Where to write the table: a .csv or .xlsx file, or - for CSV on standard output."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return parser.refuse(
            positional.isEmpty()
                ? CommandLineText::tr(
                    "export-table needs the file to write (OUT.csv or OUT.xlsx, or - for CSV on standard output).")
                : CommandLineText::tr("unexpected “%1”; export-table writes one file.").arg(positional.at(1)));
    const QString target = positional.constFirst();
    const QString suffix = QFileInfo(target).suffix();
    const bool xlsx = target != QLatin1String("-") && suffix.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    // Standard output only ever gets CSV: a workbook is a zip archive, no use in a pipe.
    if (target != QLatin1String("-") && !xlsx && suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return parser.refuse(
            CommandLineText::tr("“%1”: export-table writes CSV (a name ending in .csv, or - for standard output) "
                                "or XLSX (a name ending in .xlsx).")
                .arg(QDir::toNativeSeparators(target)));
    Comparison comparison;
    if (const auto exitCode = parser.loadComparison(&comparison))
        return *exitCode;
    QString error;
    if (xlsx) {
        if (!writeComparisonXlsx(comparison, target, &error)) {
            printError(error); // it names the file
            return 1;
        }
    } else if (!writeOutput(target, exportComparisonCsv(comparison, isRegularFile(target)), &error)) {
        printError(target == QLatin1String("-")
                       ? CommandLineText::tr("cannot write the table to standard output.")
                       : CommandLineText::tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(target), error));
        return 1;
    }
    if (target != QLatin1String("-"))
        (QFileInfo(target).isFile() ? out() : err())
            << CommandLineText::tr("Wrote %1 returns with their measures to %2")
                   .arg(comparison.rows.size())
                   .arg(QDir::toNativeSeparators(target))
            << Qt::endl;
    return 0;
}

} // namespace dapp::cli
