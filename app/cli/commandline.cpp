// The dispatcher: window or command, --help and --version, and refusals of unknown words.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/output.h"

#include <QRegularExpression>

namespace dapp::cli {

namespace {
// Qt's own window options, which QApplication reads; those in the first list take a value.
const QStringList kQtOptionsWithValue{QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"),
                                      QStringLiteral("-platformtheme"), QStringLiteral("-plugin"),
                                      QStringLiteral("-style"), QStringLiteral("-stylesheet"),
                                      QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
                                      QStringLiteral("-qwindowicon"), QStringLiteral("-display"),
                                      QStringLiteral("-geometry"), QStringLiteral("-session")};
const QStringList kQtFlags{QStringLiteral("-reverse"), QStringLiteral("-widgetcount"), QStringLiteral("-nograb"),
                           QStringLiteral("-dograb"), QStringLiteral("-sync")};

// A word with no dot and no slash names a command, never a file.
bool isBareWord(const QString &argument)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    return word.match(argument).hasMatch();
}

bool isHelp(const QString &a)
{
    return a == QLatin1String("-h") || a == QLatin1String("--help") || a == QLatin1String("-?")
           || a == QLatin1String("help");
}

bool isVersion(const QString &a)
{
    return a == QLatin1String("-v") || a == QLatin1String("--version");
}

QString commandList()
{
    QString text;
    for (const Command &c : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(QString::fromLatin1(c.name).leftJustified(13), CommandLineText::tr(c.summary));
    return text;
}

int printHelp()
{
    out() << CommandLineText::tr("DAPP Analyst %1: compare Domestic Abuse Perpetrator Programmes from FOI answers.")
                 .arg(QCoreApplication::applicationVersion())
          << Qt::endl
          << Qt::endl
          << CommandLineText::tr(
                 "usage: dapp-analyst [FILE.dapp]          open the window on a project (the sample without one)")
          << Qt::endl
          << CommandLineText::tr("       dapp-analyst COMMAND [OPTIONS]    run a command without a window")
          << Qt::endl
          << Qt::endl
          << CommandLineText::tr("Commands:") << Qt::endl
          << commandList() << Qt::endl
          << CommandLineText::tr("Options:") << Qt::endl
          << CommandLineText::tr("  -h, --help     Show this help.") << Qt::endl
          << CommandLineText::tr("  -v, --version  Show the version.") << Qt::endl
          << Qt::endl
          << CommandLineText::tr(
                 "'dapp-analyst COMMAND --help' lists a command's options. To open a project file whose name "
                 "is a single word, write it as ./NAME.")
          << Qt::endl;
    return stdoutWritten() ? 0 : 1;
}

int refuse(const QString &message)
{
    printError(message);
    err() << CommandLineText::tr("Commands:") << Qt::endl
          << commandList() << CommandLineText::tr("Run 'dapp-analyst --help' for more.") << Qt::endl;
    return 2;
}
} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"check", QT_TRANSLATE_NOOP("CommandLine", "Print the data-quality flags of a project."), &runCheck},
        {"export-csv", QT_TRANSLATE_NOOP("CommandLine", "Write the tidy CSV of the programme returns."), &runExportCsv},
        {"export-table", QT_TRANSLATE_NOOP("CommandLine", "Write the comparison as CSV or XLSX: figures, rates, costs, caveats."),
         &runExportTable},
        {"report", QT_TRANSLATE_NOOP("CommandLine", "Write the PDF report: summary table, charts, flags, notes, sources."),
         &runReport, true},
        {"chart", QT_TRANSLATE_NOOP("CommandLine", "Write one chart (funnel, rates, money, areas, map) as PNG, SVG or PDF."),
         &runChart, true},
        {"import", QT_TRANSLATE_NOOP("CommandLine", "Add returns from CSV, TSV, XLSX or ODS files to a project, all or nothing."),
         &runImport},
        {"recover", QT_TRANSLATE_NOOP("CommandLine", "Read what can be read of a damaged project into a new project file."),
         &runRecover},
        {"extract", QT_TRANSLATE_NOOP("CommandLine", "Propose a letter's answers as data (tidy CSV), each with its quote."),
         &runExtract},
        {"team-init", QT_TRANSLATE_NOOP("CommandLine", "Set up a PostgreSQL database for a team: schema, migrations, roles."),
         &runTeamInit},
    };
    return list;
}

namespace {
// Reads the arguments of the window: Qt's options and at most one project file. Returns what
// is wrong with them, or an empty string.
QString windowArgumentsProblem(const QStringList &arguments, QString *projectPath)
{
    projectPath->clear();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (kQtOptionsWithValue.contains(a))
            ++i;
        else if (a.startsWith(QLatin1Char('-')) && !kQtFlags.contains(a))
            return CommandLineText::tr("unknown option “%1”.").arg(a);
        else if (!a.startsWith(QLatin1Char('-')) && !projectPath->isEmpty())
            return CommandLineText::tr("the window opens one project at a time; “%1” is one too many.").arg(a);
        else if (!a.startsWith(QLatin1Char('-')))
            *projectPath = a;
    }
    return QString();
}
} // namespace

bool wantsWindow(const QStringList &arguments, QString *projectPath)
{
    if (!arguments.isEmpty() && isBareWord(arguments.first())) {
        projectPath->clear();
        return false;
    }
    return windowArgumentsProblem(arguments, projectPath).isEmpty();
}

bool drawsOffscreen(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    for (const Command &c : commands())
        if (first == QLatin1String(c.name))
            return c.draws;
    return false;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (isHelp(first))
        return printHelp();
    if (isVersion(first)) {
        out() << QStringLiteral("dapp-analyst %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return stdoutWritten() ? 0 : 1;
    }
    for (const Command &c : commands())
        if (first == QLatin1String(c.name))
            return c.run(arguments.mid(1), CommandLineText::tr(c.summary));
    if (isBareWord(first))
        return refuse(CommandLineText::tr("unknown command “%1”.").arg(first));
    QString projectPath;
    const QString problem = windowArgumentsProblem(arguments, &projectPath);
    return refuse(problem.isEmpty() ? CommandLineText::tr("nothing to run.") : problem);
}

} // namespace dapp::cli
