// export-csv and check, without a window.
#include "commandline.h"
#include "areas.h"
#include "projectjson.h"
#include "projectstore.h"
#include "qualityflags.h"
#include "tidycsv.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// True when everything written to standard output got there (not a full disk or closed pipe).
bool stdoutWritten()
{
    out().flush();
    return out().status() == QTextStream::Ok && fflush(stdout) == 0 && !ferror(stdout);
}

// The project named by --project, or the sample when the option is absent. An empty name
// (an unset shell variable, say) is an error: quietly checking the sample instead would mislead.
bool loadProject(ProjectStore &store, const QCommandLineParser &parser, const QCommandLineOption &project)
{
    QString error;
    const QString path = parser.value(project);
    if (parser.isSet(project) && path.isEmpty()) {
        err() << CommandLineText::tr("dapp-analyst: --project needs a file name (it was empty).") << Qt::endl;
        return false;
    }
    const bool ok = path.isEmpty() ? store.createNew(&error) && store.replaceAll(sampleProject(), &error)
                                   : store.open(path, &error);
    if (!ok)
        err() << CommandLineText::tr("dapp-analyst: %1").arg(error) << Qt::endl;
    return ok;
}

// Writes a whole file or nothing. A device or a pipe (/dev/stdout, a FIFO) is written to
// directly: replacing it with a regular file, as an atomic save would, is not what was asked.
bool writeExportFile(const QString &target, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(target);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        QFile device(target);
        if (!device.open(QIODevice::WriteOnly) || device.write(bytes) != bytes.size() || !device.flush()) {
            *error = device.errorString();
            return false;
        }
        return true;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString describeReturn(const ProjectData &p, Id returnId)
{
    const ProgrammeReturn r = p.returns.value(returnId);
    const Letter l = p.letters.value(r.letterId);
    const Programme pr = p.programmes.value(r.programmeId);
    QString name = pr.name;
    if (!pr.provider.isEmpty())
        name += QStringLiteral(" (%1)").arg(pr.provider);
    return QStringLiteral("%1 · %2 · %3 %4 · %5")
        .arg(Areas::nameOf(l.areaCode), name, l.financialYear, cohortKey(l.cohort),
             l.foiReference.isEmpty() ? letterKindLabel(l.kind) : l.foiReference);
}

int exportCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr("Writes the tidy CSV of every programme return."));
    parser.addHelpOption();
    QCommandLineOption project(QStringLiteral("project"), CommandLineText::tr("The project file (default: the sample project)."),
                               CommandLineText::tr("FILE"));
    parser.addOption(project);
    parser.addPositionalArgument(QStringLiteral("OUT.csv"), CommandLineText::tr("Where to write the CSV; - for standard output."));
    parser.process(QStringList{QStringLiteral("dapp-analyst export-csv")} + arguments);
    if (parser.positionalArguments().size() != 1) {
        err() << CommandLineText::tr("usage: dapp-analyst export-csv [--project FILE] OUT.csv") << Qt::endl;
        return 2;
    }
    ProjectStore store;
    if (!loadProject(store, parser, project))
        return 1;
    const QByteArray csv = exportTidyCsv(store.data());
    const QString target = parser.positionalArguments().constFirst();
    if (target == QLatin1String("-")) {
        // A full disk or a closed pipe must not pass for a complete export.
        if (fwrite(csv.constData(), 1, size_t(csv.size()), stdout) != size_t(csv.size()) || fflush(stdout) != 0) {
            err() << CommandLineText::tr("dapp-analyst: cannot write the CSV to standard output.") << Qt::endl;
            return 1;
        }
        return 0;
    }
    QString error;
    if (!writeExportFile(target, csv, &error)) {
        err() << CommandLineText::tr("dapp-analyst: cannot write “%1”: %2").arg(QDir::toNativeSeparators(target), error)
              << Qt::endl;
        return 1;
    }
    // Into a pipe such as /dev/stdout the summary would end up inside the CSV.
    (QFileInfo(target).isFile() ? out() : err())
        << CommandLineText::tr("Wrote %1 returns to %2").arg(store.data().returns.size()).arg(QDir::toNativeSeparators(target))
        << Qt::endl;
    return 0;
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLineText::tr("Prints the data-quality flags of a project."));
    parser.addHelpOption();
    QCommandLineOption project(QStringLiteral("project"), CommandLineText::tr("The project file (default: the sample project)."),
                               CommandLineText::tr("FILE"));
    QCommandLineOption strict(QStringLiteral("strict"), CommandLineText::tr("Exit with status 1 when anything is flagged."));
    parser.addOption(project);
    parser.addOption(strict);
    parser.process(QStringList{QStringLiteral("dapp-analyst check")} + arguments);
    if (!parser.positionalArguments().isEmpty()) {
        // "check my.dapp" would otherwise check the sample and look like a pass.
        err() << CommandLineText::tr("dapp-analyst: unexpected “%1”; name the project with --project FILE.")
                     .arg(parser.positionalArguments().constFirst())
              << Qt::endl
              << CommandLineText::tr("usage: dapp-analyst check [--project FILE] [--strict]") << Qt::endl;
        return 2;
    }
    ProjectStore store;
    if (!loadProject(store, parser, project))
        return 1;
    const ProjectData &data = store.data();
    const QList<QualityFlag> flags = qualityFlags(data);
    for (const QualityFlag &f : flags)
        out() << describeReturn(data, f.returnId) << QStringLiteral(": ") << flagKindKey(f.kind)
              << QStringLiteral(": ") << f.message << Qt::endl;
    out() << CommandLineText::tr("%1 letters, %2 returns checked: %3 flagged.")
                 .arg(data.letters.size())
                 .arg(data.returns.size())
                 .arg(flags.size())
          << Qt::endl;
    if (!stdoutWritten()) {
        err() << CommandLineText::tr("dapp-analyst: cannot write the flags to standard output.") << Qt::endl;
        return 1;
    }
    return parser.isSet(strict) && !flags.isEmpty() ? 1 : 0;
}
} // namespace

bool isHeadlessCommand(const QStringList &arguments)
{
    return !arguments.isEmpty()
           && (arguments.first() == QLatin1String("export-csv") || arguments.first() == QLatin1String("check"));
}

int runHeadless(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    if (arguments.first() == QLatin1String("export-csv"))
        return exportCsv(rest);
    return check(rest);
}

} // namespace dapp
