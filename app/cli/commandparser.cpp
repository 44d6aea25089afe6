// Parsing a command's options, the same way for every command.
#include "cli/commandparser.h"
#include "cli/output.h"
#include "domain/areas.h"
#include "domain/financialyear.h"
#include "storage/projectjson.h"
#include "storage/projectstore.h"
#include "storage/teamaddress.h"

#include <QFileInfo>

namespace dapp::cli {

CommandParser::CommandParser(const QString &command, const QString &summary, const QString &usage)
    : m_command(command)
    , m_usage(usage)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, CommandLineText::tr("Show this help."))
    , m_project(QStringLiteral("project"),
                CommandLineText::tr("The project file, or a team database's postgresql:// address (default: the sample project)."),
                CommandLineText::tr("FILE|URI"))
    , m_area(QStringLiteral("area"), CommandLineText::tr("Only this police force area (by name; may repeat)."), CommandLineText::tr("NAME"))
    , m_year(QStringLiteral("year"), CommandLineText::tr("Only this financial year, e.g. 2022/23 (may repeat)."), CommandLineText::tr("YEAR"))
    , m_cohort(QStringLiteral("cohort"), CommandLineText::tr("Only this cohort: male, female or all (may repeat)."), CommandLineText::tr("COHORT"))
    , m_risk(QStringLiteral("risk"), CommandLineText::tr("Only this risk level (may repeat)."), CommandLineText::tr("LEVEL"))
    , m_provider(QStringLiteral("provider"), CommandLineText::tr("Only this provider (may repeat)."), CommandLineText::tr("NAME"))
{
    m_parser.setApplicationDescription(summary);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOption(m_help);
}

void CommandParser::addProjectOption()
{
    m_parser.addOption(m_project);
}

void CommandParser::addFilterOptions()
{
    m_parser.addOptions({m_area, m_year, m_cohort, m_risk, m_provider});
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
}

QString CommandParser::usageLine() const
{
    return CommandLineText::tr("usage: dapp-analyst %1 %2").arg(m_command, m_usage);
}

int CommandParser::refuse(const QString &message) const
{
    printError(message);
    err() << usageLine() << Qt::endl
          << CommandLineText::tr("Run 'dapp-analyst %1 --help' for its options.").arg(m_command) << Qt::endl;
    return 2;
}

std::optional<int> CommandParser::parse(const QStringList &arguments)
{
    // QCommandLineParser takes the first word as the program's name; its own help would name
    // the binary's full path, so the help below is put together here.
    if (!m_parser.parse(QStringList{QStringLiteral("dapp-analyst")} + arguments)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (unknown.isEmpty())
            return refuse(m_parser.errorText());
        const QString name = unknown.constFirst();
        return refuse(CommandLineText::tr("%1 has no option “%2”.")
                          .arg(m_command, (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name));
    }
    if (m_parser.isSet(m_help)) {
        QString help = m_parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1); // drop Qt's "Usage: /path/to/binary …"
        out() << usageLine() << Qt::endl << help;
        return stdoutWritten() ? 0 : 1;
    }
    return std::nullopt;
}

std::optional<int> CommandParser::openFiltered(ProjectStore &store, ComparisonFilter *chosen) const
{
    const auto parsed = filter();
    if (!parsed)
        return 2;
    if (!openProject(store))
        return 1;
    *chosen = *parsed;
    return std::nullopt;
}

std::optional<int> CommandParser::loadProject(ProjectData *data) const
{
    ProjectStore store;
    ComparisonFilter chosen;
    if (const auto exitCode = openFiltered(store, &chosen))
        return exitCode;
    *data = chosen.restrict(store.data());
    return std::nullopt;
}

QString CommandParser::projectName() const
{
    if (!m_parser.isSet(m_project))
        return CommandLineText::tr("Sample project");
    const QString project = m_parser.value(m_project);
    if (looksLikeTeamAddress(project)) {
        QString error;
        const std::optional<TeamAddress> address = parseTeamAddress(project, &error);
        return address ? address->describe() : project;
    }
    return QFileInfo(project).fileName();
}

std::optional<int> CommandParser::loadComparison(Comparison *comparison) const
{
    ProjectStore store;
    ComparisonFilter chosen;
    if (const auto exitCode = openFiltered(store, &chosen))
        return exitCode;
    *comparison = computeComparison(store.data(), chosen);
    return std::nullopt;
}

bool CommandParser::openProject(ProjectStore &store) const
{
    const QString path = m_parser.value(m_project);
    if (m_parser.isSet(m_project) && path.isEmpty()) {
        // An unset shell variable, say: quietly using the sample instead would mislead.
        printError(CommandLineText::tr("--project needs a file name (it was empty)."));
        return false;
    }
    QString error;
    const bool ok = path.isEmpty()                ? store.createNew(&error) && store.replaceAll(sampleProject(), &error)
                    : looksLikeTeamAddress(path) ? store.openTeam(path, &error)
                                                 : store.open(path, &error, OpenAccess::ReadOnly);
    if (!ok)
        printError(error);
    return ok;
}

std::optional<ComparisonFilter> CommandParser::filter() const
{
    ComparisonFilter filter;
    for (const QString &name : m_parser.values(m_area)) {
        const Area *area = Areas::byName(name);
        if (!area) {
            printError(
                CommandLineText::tr("--area “%1” is not a police force area; write its name as in “Avon and Somerset”, "
                                    "or Unknown.")
                    .arg(name));
            return std::nullopt;
        }
        filter.areaCodes << area->code;
    }
    for (const QString &key : m_parser.values(m_cohort)) {
        const auto cohort = cohortFromKey(key.trimmed().toLower());
        if (!cohort) {
            printError(CommandLineText::tr("--cohort “%1” is not a cohort; use male, female or all.").arg(key));
            return std::nullopt;
        }
        filter.cohorts << *cohort;
    }
    for (const QString &text : m_parser.values(m_year)) {
        // Read as the table reads it: 2022/2023, 22/23 and FY22/23 are all 2022/23.
        const FinancialYearParse year = parseFinancialYear(text);
        if (year.year.isEmpty()) {
            printError(CommandLineText::tr("--year “%1” is not a financial year (%2); write it as 2022/23.")
                           .arg(text, year.error.isEmpty() ? CommandLineText::tr("it is empty") : year.error));
            return std::nullopt;
        }
        filter.financialYears << year.year;
    }
    filter.riskLevels = m_parser.values(m_risk);
    filter.providers = m_parser.values(m_provider);
    return filter;
}

} // namespace dapp::cli
