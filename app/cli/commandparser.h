// One way for every command to read its options: --help that names the command, refusals
// that start "dapp-analyst:" and exit 2, and the shared --project and filter options.
#pragma once

#include "domain/comparison.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace dapp {
class ProjectStore;
}

namespace dapp::cli {

class CommandParser
{
public:
    // `usage` follows the command's name: "[--project FILE] OUT.csv".
    CommandParser(const QString &command, const QString &summary, const QString &usage);

    void addProjectOption();
    void addFilterOptions(); // --area, --year, --cohort, --risk, --provider; each may repeat
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositionalArgument(const QString &name, const QString &description);

    // An exit code when the command must stop here (0 after --help, 2 for an option it does
    // not know), or nothing when the command goes on.
    std::optional<int> parse(const QStringList &arguments);

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    // The records the command works on: --project (or the sample) narrowed by the filters.
    // When it cannot, it prints why and gives the exit code (2 for a filter value it does not
    // know, 1 for a project that cannot be read).
    std::optional<int> loadProject(ProjectData *data) const;
    // The comparison of --project (or the sample) under the filters, which it remembers (a
    // chart's subtitle and a report's title page say what was chosen).
    std::optional<int> loadComparison(Comparison *comparison) const;

    // The project's file name, or "Sample project".
    QString projectName() const;

    // Prints "dapp-analyst: <message>" and the usage line; returns 2.
    int refuse(const QString &message) const;

private:
    QString usageLine() const;
    bool openProject(ProjectStore &store) const;
    // The filters, then the project: an exit code when either fails.
    std::optional<int> openFiltered(ProjectStore &store, ComparisonFilter *chosen) const;
    std::optional<ComparisonFilter> filter() const;

    QString m_command;
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_project;
    QCommandLineOption m_area;
    QCommandLineOption m_year;
    QCommandLineOption m_cohort;
    QCommandLineOption m_risk;
    QCommandLineOption m_provider;
};

} // namespace dapp::cli
