// dapp-analyst export-csv: the tidy CSV of a project's returns, to a file or standard output.
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "interchange/contextcsv.h"
#include "interchange/tidycsv.h"

#include <QDir>
#include <QFileInfo>

namespace dapp::cli {

int runExportCsv(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("export-csv"), summary,
                         CommandLineText::tr("[--project FILE] [filters] [--context] OUT.csv"));
    parser.addProjectOption();
    parser.addFilterOptions();
    const QCommandLineOption context(
        QStringLiteral("context"),
        CommandLineText::tr("Write the context figures (figures about an area that are not a "
                            "programme's return) instead of the returns."));
    parser.addOption(context);
    parser.addPositionalArgument(QStringLiteral("OUT.csv"),
                                 CommandLineText::tr("Where to write the CSV; - for standard output."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return parser.refuse(
            CommandLineText::tr("export-csv needs the file to write (OUT.csv, or - for standard output)."));
    if (positional.size() > 1)
        return parser.refuse(CommandLineText::tr("unexpected “%1”; export-csv writes one file.").arg(positional.at(1)));
    ProjectData data;
    if (const auto exitCode = parser.loadProject(&data))
        return *exitCode;
    const QString target = positional.constFirst();
    // The byte-order mark tells Excel the file is UTF-8; in a pipe it is a stray character.
    const bool withMark = isRegularFile(target);
    const QByteArray csv = parser.isSet(context) ? exportContextCsv(data, withMark) : exportTidyCsv(data, withMark);
    QString error;
    if (!writeOutput(target, csv, &error)) {
        printError(target == QLatin1String("-")
                       ? CommandLineText::tr("cannot write the CSV to standard output.")
                       : CommandLineText::tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(target), error));
        return 1;
    }
    if (target == QLatin1String("-"))
        return 0;
    // Into a pipe such as /dev/stdout the summary would end up inside the CSV.
    (QFileInfo(target).isFile() ? out() : err())
        << (parser.isSet(context)
                ? CommandLineText::tr("Wrote %1 context figures to %2").arg(data.contextFigures.size())
                : CommandLineText::tr("Wrote %1 returns to %2").arg(data.returns.size()))
               .arg(QDir::toNativeSeparators(target))
        << Qt::endl;
    return 0;
}

} // namespace dapp::cli
