// dapp-analyst import: returns from files in the tidy layout added to a project, all or nothing.
// Every problem is printed with its file, row and column; with any error nothing is written.
// A project file that does not exist yet is created. With --progress, how far the writing is
// goes to standard error, a line at a time.
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/projecttarget.h"
#include "interchange/importplan.h"
#include "interchange/importsource.h"
#include "interchange/lettertableimport.h"
#include "interchange/tidyimport.h"
#include "storage/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace dapp::cli {

namespace {
std::optional<DuplicatePolicy> duplicatePolicy(const QString &word)
{
    if (word.isEmpty() || word == QLatin1String("refuse"))
        return DuplicatePolicy::Refuse;
    if (word == QLatin1String("skip"))
        return DuplicatePolicy::Skip;
    if (word == QLatin1String("replace"))
        return DuplicatePolicy::Replace;
    if (word == QLatin1String("keep"))
        return DuplicatePolicy::KeepBoth;
    return std::nullopt;
}

void print(const ImportProblem &p)
{
    err() << (p.isError() ? CommandLineText::tr("error: %1") : CommandLineText::tr("warning: %1")).arg(p.describe())
          << Qt::endl;
}

// One line per report, flushed at once (Qt::endl), so a script or a test reading the pipe sees
// each as it comes; the last says 100%.
bool printProgress(qint64 done, qint64 total)
{
    const qint64 percent = total > 0 ? done * 100 / total : 100;
    const QLocale locale;
    err() << CommandLineText::tr("writing: %1% (%2 of %3 records)")
                 .arg(percent)
                 .arg(locale.toString(done), locale.toString(total))
          << Qt::endl;
    return true;
}
} // namespace

int runImport(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("import"), summary,
                         CommandLineText::tr("--project FILE|URI [--dry-run] [--progress] [--sheet NAME] [--layout tidy|letter-table] [--area NAME --year YEAR [--cohort male|female|all] "
                               "[--foi-reference REF]] [--on-duplicate skip|replace|keep] INPUT..."));
    const QCommandLineOption project(QStringLiteral("project"),
                                     CommandLineText::tr("The project to import into: a file (one that does not exist yet is created; "
                                           "the file it replaces is kept as FILE~, as Save does), or a team database's "
                                           "postgresql:// address (one transaction on the server)."),
                                     CommandLineText::tr("FILE|URI"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), CommandLineText::tr("Check the files and say what would be imported; write nothing."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      CommandLineText::tr("While writing, print how far it is on standard error, one line at a time "
                                            "(“writing: 37% (37,412 of 101,050 records)”)."));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    CommandLineText::tr("The files' layout: tidy (one row per return) or letter-table (a letter's own table: "
                                          "providers in the first row, one row per question, one column per programme). "
                                          "Without it, each file's layout is recognised."),
                                    CommandLineText::tr("LAYOUT"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         CommandLineText::tr("The sheet of an XLSX or ODS workbook to read (default: the first)."),
                                         CommandLineText::tr("NAME"));
    const QCommandLineOption area(QStringLiteral("area"), CommandLineText::tr("For a letter table: the police force area it answers for."),
                                  CommandLineText::tr("NAME"));
    const QCommandLineOption year(QStringLiteral("year"), CommandLineText::tr("For a letter table: the financial year (2022/23)."), CommandLineText::tr("YEAR"));
    const QCommandLineOption cohort(QStringLiteral("cohort"),
                                    CommandLineText::tr("For a letter table: male, female or all (default: read from the questions' wording)."),
                                    CommandLineText::tr("COHORT"));
    const QCommandLineOption foiReference(QStringLiteral("foi-reference"), CommandLineText::tr("For a letter table: the letter's FOI reference."),
                                          CommandLineText::tr("REF"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
                                         CommandLineText::tr("What to do with a return the project already has (same area, programme, "
                                               "provider, year and cohort): skip, replace or keep (both). Without it, "
                                               "such a return is an error and nothing is imported."),
                                         CommandLineText::tr("ACTION"));
    parser.addOption(project);
    parser.addOption(dryRun);
    parser.addOption(progress);
    parser.addOption(layout);
    parser.addOption(sheetOption);
    parser.addOption(area);
    parser.addOption(year);
    parser.addOption(cohort);
    parser.addOption(foiReference);
    parser.addOption(onDuplicate);
    parser.addPositionalArgument(
        QStringLiteral("INPUT"),
        CommandLineText::tr("CSV, TSV, XLSX or ODS files in the tidy or letter-table layout (README)."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return parser.refuse(CommandLineText::tr("import needs at least one file to read."));
    const QString chosenLayout = parser.value(layout);
    if (parser.isSet(layout) && chosenLayout != QLatin1String("tidy") && chosenLayout != QLatin1String("letter-table"))
        return parser.refuse(CommandLineText::tr("unknown layout “%1”; use tidy or letter-table.").arg(chosenLayout));
    std::optional<Cohort> givenCohort;
    if (parser.isSet(cohort)) {
        givenCohort = parseCohort(parser.value(cohort));
        if (!givenCohort)
            return parser.refuse(
                CommandLineText::tr("unknown --cohort “%1”; use male, female or all.").arg(parser.value(cohort)));
    }
    const std::optional<DuplicatePolicy> policy = duplicatePolicy(parser.value(onDuplicate));
    if (!policy)
        return parser.refuse(CommandLineText::tr("unknown --on-duplicate “%1”; use skip, replace or keep.")
                                 .arg(parser.value(onDuplicate)));
    const QString target = parser.value(project);
    if (target.isEmpty() && !parser.isSet(dryRun))
        return parser.refuse(
            CommandLineText::tr("import needs --project FILE, the project to add the returns to (or --dry-run to "
                                "only check the files)."));

    ProjectStore store;
    QString error;
    if (!openTarget(store, target, parser.isSet(dryRun), &error)) {
        printError(error);
        return 1;
    }
    int errors = 0;
    // All the files are one import, each planned after those before it (the project is not
    // changed until the plan is whole).
    ImportPlanner planner(store.data(), *policy, store);
    // Each file is named as the user knows it: by its name, or by the path given when two files
    // of the import have one name (found by review: "r.csv, row 2" could be either).
    const auto shownName = [&inputs](const QString &input) {
        const QString name = QFileInfo(input).fileName();
        const auto sameName = std::count_if(inputs.cbegin(), inputs.cend(),
                                            [&](const QString &other) { return QFileInfo(other).fileName() == name; });
        return sameName > 1 ? QDir::toNativeSeparators(input) : name;
    };
    for (const QString &input : inputs) {
        std::optional<ImportSource> source = readImportSource(input, parser.value(sheetOption), &error);
        if (!source) {
            printError(error);
            ++errors;
            continue;
        }
        const SheetRows *rows = &source->rows;
        const bool letterTable = parser.isSet(layout) ? chosenLayout == QLatin1String("letter-table") : looksLikeLetterTable(*rows);
        if (letterTable && (parser.value(area).isEmpty() || parser.value(year).isEmpty()))
            return parser.refuse(
                CommandLineText::tr(
                    "“%1” is a letter table, which names no area or financial year: give --area NAME and "
                    "--year YEAR (and --cohort when the questions do not say males or females).")
                    .arg(shownName(input)));
        if (!letterTable) {
            // A tidy file names each row's area, year and cohort itself: the options are not used
            // for it, and saying so spares the user thinking they were.
            QStringList unused;
            for (const QCommandLineOption *option : {&area, &year, &cohort, &foiReference})
                if (parser.isSet(*option))
                    unused << QStringLiteral("--") + option->names().constFirst();
            if (!unused.isEmpty()) {
                ImportProblem p;
                p.severity = ImportProblem::Severity::Warning;
                p.file = shownName(input);
                p.message = CommandLineText::tr("a file in the tidy layout names each row's area, year and cohort itself; "
                                                "%1 %2 not used for it")
                                .arg(unused.join(QStringLiteral(", ")),
                                     unused.size() == 1 ? CommandLineText::tr("is") : CommandLineText::tr("are"));
                print(p);
            }
        }
        ImportBatch batch = letterTable
                                      ? readLetterTableRows(shownName(input), source->sheet, *rows,
                                                            {parser.value(area), parser.value(year), givenCohort,
                                                             parser.value(foiReference)})
                                      // the rows given up: they go once the returns are read
                                      : readTidyRows(shownName(input), source->sheet, std::move(source->rows));
        errors += countErrors(batch.problems);
        const qsizetype planned = planner.plan().problems.size();
        const QList<ImportProblem> read = batch.problems;
        planner.add(std::move(batch)); // the plan holds what is written, moved from the batch
        const QList<ImportProblem> found = planner.plan().problems.mid(planned);
        for (const ImportProblem &p : inFileOrder(read, found))
            print(p);
        errors += countErrors(found);
    }
    ImportPlan plan = planner.take();
    const ProjectData &before = plan.before;
    const ProjectData &after = plan.after;
    const int added = plan.added;
    const int replaced = plan.replaced;
    const int skipped = plan.skipped;
    if (errors > 0) {
        printError(
            CommandLineText::tr(
                "nothing was imported, because of the errors listed above (%1 in all). The project was not changed.")
                .arg(errors));
        return 1;
    }
    QString counts = CommandLineText::tr("%1 returns added, %2 replaced, %3 skipped; %4 new letters, %5 new programmes")
                         .arg(added)
                         .arg(replaced)
                         .arg(skipped)
                         .arg(after.letters.size())
                         .arg(after.programmes.size());
    // Rows that repeat a return read earlier in this import, its values replaced: said, so the
    // counts add up to the rows read.
    if (plan.replacedAgain > 0)
        counts += CommandLineText::tr("; %1 rows replaced the values of a return read before them").arg(plan.replacedAgain);
    if (parser.isSet(dryRun)) {
        out() << CommandLineText::tr("Checked: %1. Nothing was written (--dry-run).").arg(counts) << Qt::endl;
        return 0;
    }
    // Every row skipped: the project is left exactly as it was, not written again (found by
    // review: it was rewritten, and its previous version kept as FILE~, for no change).
    if (after.letters.isEmpty() && after.programmes.isEmpty() && after.returns.isEmpty() && before.returns.isEmpty()) {
        out() << CommandLineText::tr("Nothing to import: %1. The project was not changed.").arg(counts) << Qt::endl;
        return 0;
    }
    // One transaction in the working copy, then the project file replaced whole (or one
    // transaction on the team database): a process killed on the way leaves it as it was.
    if (!store.apply(before, after, &error, parser.isSet(progress) ? Progress(printProgress) : Progress())
        || !keepTarget(store, target, &error)) {
        printError(error);
        return 1;
    }
    out() << CommandLineText::tr("Imported into %1: %2.").arg(targetName(store, target), counts) << Qt::endl;
    return 0;
}

} // namespace dapp::cli
