// dapp-analyst recover: what can still be read of a damaged project, written to a new project
// file, with what was lost said table by table. The damaged file is only ever read.
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "storage/projectstore.h"
#include "storage/salvage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace dapp::cli {

namespace {
// Whether two paths name one file: the same path, a symbolic link to it, or a hard link.
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa = {};
    struct stat sb = {};
    if (::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}
} // namespace

int runRecover(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("recover"), summary, CommandLineText::tr("DAMAGED.dapp --output NEW.dapp"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        CommandLineText::tr("The new project file to write what can be read to. An existing file is "
                            "replaced and kept as FILE~, as Save does."),
        CommandLineText::tr("FILE"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("DAMAGED.dapp"),
                                 CommandLineText::tr("The damaged project file; it is only read, never changed."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return parser.refuse(CommandLineText::tr("recover needs the damaged project file."));
    if (positional.size() > 1)
        return parser.refuse(CommandLineText::tr("unexpected “%1”; recover reads one file.").arg(positional.at(1)));
    const QString damaged = positional.constFirst();
    const QString target = parser.value(output);
    if (!parser.isSet(output) || target.isEmpty())
        return parser.refuse(
            CommandLineText::tr("recover needs --output NEW.dapp, the new file to write what can be read to."));
    if (sameFile(damaged, target))
        return parser.refuse(
            CommandLineText::tr("--output “%1” is the damaged file itself; recover writes what it reads to a new "
                                "file and never changes the damaged one.")
                .arg(QDir::toNativeSeparators(target)));

    SalvageReport report;
    QString error;
    const std::optional<ProjectData> data = salvageProject(damaged, &report, &error);
    const QStringList lines = report.summaryLines();
    if (!lines.isEmpty()) {
        out() << CommandLineText::tr("Read from %1:").arg(QDir::toNativeSeparators(damaged)) << Qt::endl;
        for (const QString &line : lines)
            out() << QStringLiteral("  ") << line << Qt::endl;
    }
    if (!data) {
        printError(error);
        return 1;
    }
    const bool replacing = QFileInfo::exists(target);
    ProjectStore store;
    if (!store.createNew(&error) || !store.replaceAll(*data, &error) || !store.saveAs(target, &error)) {
        printError(CommandLineText::tr("nothing was written: %1").arg(error));
        return 1;
    }
    out() << (replacing
                  ? CommandLineText::tr("Wrote the recovered project to %1 (the file it replaced is kept as %2).")
                        .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(target + QLatin1Char('~')))
                  : CommandLineText::tr("Wrote the recovered project to %1.").arg(QDir::toNativeSeparators(target)))
          << Qt::endl;
    if (!stdoutWritten()) {
        printError(CommandLineText::tr("cannot write the summary to standard output."));
        return 1;
    }
    if (report.anythingLost()) {
        printError(CommandLineText::tr(
                       "not everything in “%1” could be read; what could be is in “%2”, and what was lost is listed "
                       "above.")
                       .arg(QDir::toNativeSeparators(damaged), QDir::toNativeSeparators(target)));
        return 1;
    }
    return 0;
}

} // namespace dapp::cli
