// dapp-analyst extract: a letter's answers proposed as data. The proposal is the tidy CSV of
// PRODUCT.md (the letter's metadata in its columns); --explain gives instead each proposed
// value with its status, the quote it came from, the quote's place in the letter and whether it
// needs a look. Nothing is written unless --commit adds the letter to --project, in one
// transaction.
#include "cli/commandparser.h"
#include "cli/commands.h"
#include "cli/output.h"
#include "cli/projecttarget.h"
#include "domain/areas.h"
#include "formats/csv.h"
#include "interchange/tidycsv.h"
#include "letters/lettercommit.h"
#include "letters/letterextractor.h"
#include "letters/letterfile.h"
#include "storage/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dapp::cli {

namespace {
// The proposal as a project: the letter, its programmes and returns, numbered from 1.
ProjectData asProject(const LetterExtraction &extraction)
{
    ProjectData data;
    Letter letter = extraction.letter;
    letter.id = 1;
    data.letters.insert(letter.id, letter);
    Id id = 0;
    for (const ProposedReturn &p : extraction.returns) {
        ++id;
        Programme programme = p.programme;
        programme.id = id;
        data.programmes.insert(id, programme);
        ProgrammeReturn r = p.values;
        r.id = id;
        r.letterId = letter.id;
        r.programmeId = id;
        data.returns.insert(id, r);
    }
    return data;
}

QString confidenceWord(const Evidence &e) { return e.certain() ? QStringLiteral("certain") : QStringLiteral("needs a look"); }

QStringList explainRow(const QString &programme, const QString &field, const QString &value, const QString &status,
                       const Evidence &e)
{
    return {programme,
            field,
            value,
            status,
            confidenceWord(e),
            e.why,
            e.range.isValid() ? QString::number(e.range.start) : QString(),
            e.range.isValid() ? QString::number(e.range.length) : QString(),
            e.quote};
}

QByteArray explanation(const LetterExtraction &x)
{
    QList<QStringList> rows{{QStringLiteral("programme"), QStringLiteral("field"), QStringLiteral("value"),
                             QStringLiteral("status"), QStringLiteral("confidence"), QStringLiteral("why"),
                             QStringLiteral("quote_start"), QStringLiteral("quote_length"), QStringLiteral("quote")}};
    const Letter &l = x.letter;
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    rows << explainRow(QString(), QStringLiteral("area"), Areas::interchangeName(l.areaCode), QString(), x.area)
         << explainRow(QString(), QStringLiteral("issuing_body"), l.issuingBody, QString(), x.issuingBody)
         << explainRow(QString(), QStringLiteral("foi_reference"), l.foiReference, QString(), x.foiReference)
         << explainRow(QString(), QStringLiteral("request_received"), date(l.requestReceived), QString(), x.requestReceived)
         << explainRow(QString(), QStringLiteral("response_date"), date(l.responseDate), QString(), x.responseDate)
         << explainRow(QString(), QStringLiteral("financial_year"), l.financialYear, QString(), x.financialYear)
         << explainRow(QString(), QStringLiteral("cohort"), cohortKey(l.cohort), QString(), x.cohort);
    for (const ProposedReturn &p : x.returns) {
        const QString name = p.programme.name;
        rows << explainRow(name, QStringLiteral("programme"), name, QString(), p.programmeEvidence);
        for (FigureField f : kAllFigureFields) {
            const Figure &figure = p.values.figure(f);
            rows << explainRow(name, fieldKey(f), figure.isReported() ? formatExportFigure(figure, figureKind(f)) : QString(),
                               statusKey(figure.status), p.figure(f));
        }
        rows << explainRow(name, QStringLiteral("referrers"), p.values.referrers.join(QStringLiteral("; ")), QString(),
                           p.referrers);
        QStringList funders;
        for (const Funder &f : p.values.funders)
            funders << formatFunder(f);
        rows << explainRow(name, QStringLiteral("funders"), funders.join(QStringLiteral("; ")), QString(), p.funders);
    }
    for (const ProposedContextFigure &c : x.contextFigures)
        rows << explainRow(QString(), QStringLiteral("context: %1 (%2)").arg(c.figure.label, c.figure.period),
                           c.figure.figure.isReported() ? formatExportFigure(c.figure.figure, c.figure.kind) : QString(),
                           statusKey(c.figure.figure.status), c.evidence);
    QString csv;
    for (const QStringList &row : rows)
        csv += csvLine(row);
    return csv.toUtf8();
}
int commitLetter(const LetterExtraction &extraction, const QString &letterPath, const QString &target)
{
    ProjectStore store;
    QString error;
    if (!openTarget(store, target, false, &error)) {
        printError(error);
        return 1;
    }
    const LetterCommit plan = planLetterCommit(store.data(), extraction, QFileInfo(letterPath).fileName(), true, store);
    for (const QString &e : plan.errors)
        printError(e);
    if (!plan.errors.isEmpty()) {
        printError(CommandLineText::tr("nothing was added; the project was not changed."));
        return 1;
    }
    // One transaction in the working copy, then the project file replaced whole.
    if (!store.apply(plan.before, plan.after, &error) || !keepTarget(store, target, &error)) {
        printError(error);
        return 1;
    }
    const qsizetype returns = extraction.returns.size();
    out() << CommandLineText::tr("Added to %1: the letter %2 with %3; %4.")
                 .arg(targetName(store, target), extraction.letter.foiReference,
                      returns == 1 ? CommandLineText::tr("1 return") : CommandLineText::tr("%1 returns").arg(returns),
                      plan.needsALook == 0   ? CommandLineText::tr("every figure was read with certainty")
                      : plan.needsALook == 1 ? CommandLineText::tr("1 figure needs a look and says so in its note")
                                             : CommandLineText::tr("%1 figures need a look and say so in their notes").arg(plan.needsALook))
          << Qt::endl;
    return stdoutWritten() ? 0 : 1;
}
} // namespace

int runExtract(const QStringList &arguments, const QString &summary)
{
    CommandParser parser(QStringLiteral("extract"), summary, CommandLineText::tr("LETTER [--explain | --project FILE --commit]"));
    const QCommandLineOption explain(QStringLiteral("explain"),
                                     CommandLineText::tr("Instead of the tidy CSV, print each proposed value with its status, the quote "
                                           "it came from, the quote's place in the letter (characters from its start) "
                                           "and whether it is certain or needs a look, and why."));
    const QCommandLineOption project(QStringLiteral("project"),
                                     CommandLineText::tr("With --commit: the project to add the letter to: a file (one that does not "
                                           "exist yet is created; the file it replaces is kept as FILE~, as Save does), "
                                           "or a team database's postgresql:// address."),
                                     CommandLineText::tr("FILE|URI"));
    const QCommandLineOption commit(QStringLiteral("commit"),
                                    CommandLineText::tr("Add the letter, its returns and their quotes to --project in one transaction. "
                                          "Each figure the reader was not sure of gets a note saying so; a letter the "
                                          "project already holds (same FOI reference and body) is refused."));
    parser.addOption(explain);
    parser.addOption(project);
    parser.addOption(commit);
    parser.addPositionalArgument(
        QStringLiteral("LETTER"),
        CommandLineText::tr("The letter: plain text (UTF-8 or Windows-1252), PDF with a text layer, or Word .docx."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return parser.refuse(CommandLineText::tr("extract needs the letter to read."));
    if (positional.size() > 1)
        return parser.refuse(CommandLineText::tr("unexpected “%1”; extract reads one letter.").arg(positional.at(1)));
    if (parser.isSet(commit) && parser.value(project).isEmpty())
        return parser.refuse(CommandLineText::tr("--commit needs --project FILE, the project to add the letter to."));
    if (parser.isSet(project) && !parser.isSet(commit))
        return parser.refuse(
            CommandLineText::tr("--project is where --commit adds the letter; without --commit, extract writes "
                                "nothing."));
    if (parser.isSet(commit) && parser.isSet(explain))
        return parser.refuse(
            CommandLineText::tr("--explain prints the proposal; --commit writes it: give one of them."));
    QString error;
    const std::optional<LetterFile> letter = readLetterFile(positional.constFirst(), &error);
    if (!letter) {
        printError(error);
        return 1;
    }
    const LetterExtraction extraction = extractLetter(letter->text);
    for (const QString &note : extraction.notes)
        err() << note << Qt::endl;
    if (parser.isSet(commit))
        return commitLetter(extraction, positional.constFirst(), parser.value(project));
    const QByteArray bytes = parser.isSet(explain) ? explanation(extraction)
                                                   : exportTidyCsv(asProject(extraction), isRegularFile(QStringLiteral("-")));
    if (!writeOutput(QStringLiteral("-"), bytes, &error) || !stdoutWritten()) {
        printError(CommandLineText::tr("cannot write to standard output: %1").arg(error));
        return 1;
    }
    return 0;
}

} // namespace dapp::cli
