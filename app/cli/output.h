// Where the headless commands write: standard output and error, and export files.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace dapp::cli {

// Gives the command line's strings one translation context.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream &out();
QTextStream &err();
// Prints "dapp-analyst: <message>" on standard error; every error of the command line starts so.
void printError(const QString &message);

// True when everything written to standard output got there (not a full disk or closed pipe).
bool stdoutWritten();
// True when "-" or `target` is a regular file (a redirect into a file counts), where a CSV keeps
// its byte-order mark for Excel; pipes, terminals and devices get the text alone.
bool isRegularFile(const QString &target);
// Writes a whole file or nothing; "-" is standard output. A device or a pipe is written to
// directly: replacing it with a regular file, as an atomic save would, is not what was asked.
bool writeOutput(const QString &target, const QByteArray &bytes, QString *error);

} // namespace dapp::cli
