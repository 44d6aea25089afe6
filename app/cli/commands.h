// The headless commands, each in a file of its own, and the table the dispatcher reads.
#pragma once

#include <QList>
#include <QStringList>

namespace dapp::cli {

struct Command
{
    const char *name;
    const char *summary; // one line for --help, translated in the "CommandLine" context
    int (*run)(const QStringList &arguments, const QString &summary);
    bool draws = false; // needs fonts and painting: runs with an off-screen display
};

const QList<Command> &commands();

int runCheck(const QStringList &arguments, const QString &summary);
int runExportCsv(const QStringList &arguments, const QString &summary);
int runExportTable(const QStringList &arguments, const QString &summary);
int runReport(const QStringList &arguments, const QString &summary);
int runChart(const QStringList &arguments, const QString &summary);
int runImport(const QStringList &arguments, const QString &summary);
int runRecover(const QStringList &arguments, const QString &summary);
int runExtract(const QStringList &arguments, const QString &summary);
int runTeamInit(const QStringList &arguments, const QString &summary);

} // namespace dapp::cli
