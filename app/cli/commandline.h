// The command line: the window on a project, or one of the commands that run without it.
// Every command is listed by --help and run through one dispatcher (commands.h).
#pragma once

#include <QString>
#include <QStringList>

namespace dapp::cli {

// True when `arguments` (argv without the program name) ask for the window: nothing, or one
// project file, with Qt's own window options (-platform, -style, …). `projectPath` is then the
// file, or empty for the sample. A bare word is never a file: "dapp-analyst report" is a
// command, known or not (write ./report to open a file of that name).
bool wantsWindow(const QStringList &arguments, QString *projectPath);

// True when the arguments name a command that draws (report, chart): it needs fonts and a
// painter, so it runs with Qt's off-screen platform, never a window.
bool drawsOffscreen(const QStringList &arguments);

// Everything else: a command, --help, --version, or a refusal. Prints to stdout and stderr,
// never opens a window; returns the exit code (2 for words or options it does not accept).
int run(const QStringList &arguments);

} // namespace dapp::cli
