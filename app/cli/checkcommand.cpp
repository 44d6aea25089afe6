// dapp-analyst check: every data-quality flag of a project, one line each.
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "domain/areas.h"
#include "domain/qualityflags.h"

namespace dapp::cli {

namespace {
// "Derbyshire · Drive (Glow) · 2022/23 male · FOI 27/2023"; a letter's own flag names the letter.
QString describe(const ProjectData &p, const QualityFlag &flag)
{
    const Letter l = p.letters.value(flag.letterId);
    const QString reference = l.foiReference.isEmpty() ? letterKindLabel(l.kind) : l.foiReference;
    if (flag.returnId == 0)
        return QStringLiteral("%1 · %2 %3 · %4").arg(Areas::nameOf(l.areaCode), l.financialYear, cohortKey(l.cohort), reference);
    const Programme pr = p.programmes.value(p.returns.value(flag.returnId).programmeId);
    QString name = pr.name;
    if (!pr.provider.isEmpty())
        name += QStringLiteral(" (%1)").arg(pr.provider);
    return QStringLiteral("%1 · %2 · %3 %4 · %5")
        .arg(Areas::nameOf(l.areaCode), name, l.financialYear, cohortKey(l.cohort), reference);
}
} // namespace

int runCheck(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("check"), summary,
                         CommandLineText::tr("[--project FILE] [filters] [--strict]"));
    parser.addProjectOption();
    parser.addFilterOptions();
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    CommandLineText::tr("Exit with status 1 when anything is flagged."));
    parser.addOption(strict);
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        // "check my.dapp" would otherwise check the sample and look like a pass.
        return parser.refuse(CommandLineText::tr("unexpected “%1”; name the project with --project FILE.")
                                 .arg(parser.positionalArguments().constFirst()));
    }
    ProjectData data;
    if (const auto exitCode = parser.loadProject(&data))
        return *exitCode;
    const QList<QualityFlag> flags = qualityFlags(data);
    for (const QualityFlag &f : flags)
        out() << describe(data, f) << QStringLiteral(": ") << flagKindKey(f.kind)
              << QStringLiteral(": ") << f.message << Qt::endl;
    out() << CommandLineText::tr("%1 letters, %2 returns checked: %3 flagged.")
                 .arg(data.letters.size())
                 .arg(data.returns.size())
                 .arg(flags.size())
          << Qt::endl;
    if (!stdoutWritten()) {
        printError(CommandLineText::tr("cannot write the flags to standard output."));
        return 1;
    }
    return parser.isSet(strict) && !flags.isEmpty() ? 1 : 0;
}

} // namespace dapp::cli
