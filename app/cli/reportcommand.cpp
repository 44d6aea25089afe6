// dapp-analyst report: the PDF report of the comparison (title page, summary table, charts,
// flags, notes and sources), drawn off screen.
#include "charts/reportcharts.h"
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "report/reportrenderer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace dapp::cli {

int runReport(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("report"), summary, CommandLineText::tr("[--project FILE] [filters] OUT.pdf"));
    parser.addProjectOption();
    parser.addFilterOptions();
    const QCommandLineOption title(QStringLiteral("title"), CommandLineText::tr("The report's title."),
                                   CommandLineText::tr("TEXT"));
    parser.addOption(title);
    parser.addPositionalArgument(QStringLiteral("OUT.pdf"), CommandLineText::tr("Where to write the report."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return parser.refuse(
            positional.isEmpty()
                ? CommandLineText::tr("report needs the file to write (OUT.pdf).")
                : CommandLineText::tr("unexpected “%1”; report writes one file.").arg(positional.at(1)));
    const QString target = positional.constFirst();
    if (QFileInfo(target).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        return parser.refuse(CommandLineText::tr("“%1”: report writes PDF (a name ending in .pdf).")
                                 .arg(QDir::toNativeSeparators(target)));
    Comparison comparison;
    if (const auto exitCode = parser.loadComparison(&comparison))
        return *exitCode;
    ReportOptions options;
    if (parser.isSet(title) && !parser.value(title).trimmed().isEmpty())
        options.title = parser.value(title).trimmed();
    options.scope = {describeFilter(comparison.filter)};
    options.projectName = parser.projectName();
    options.created = QDateTime::currentDateTime();
    QString error;
    int pages = 0;
    if (!writeReportPdf(target, comparison, options, reportCharts(comparison), &error, {}, &pages)) {
        printError(error);
        return 1;
    }
    out() << CommandLineText::tr("Wrote a report of %1 returns on %2 pages to %3")
                 .arg(comparison.rows.size())
                 .arg(pages)
                 .arg(QDir::toNativeSeparators(target))
          << Qt::endl;
    return 0;
}

} // namespace dapp::cli
