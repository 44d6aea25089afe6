// The headless command line: the same engine as the window, for batch work and tests.
#pragma once

#include <QStringList>

namespace dapp {

// True when `arguments` (argv without the program name) start with a headless command.
bool isHeadlessCommand(const QStringList &arguments);
// Runs it, printing to stdout/stderr; returns the process exit code.
int runHeadless(const QStringList &arguments);

} // namespace dapp
