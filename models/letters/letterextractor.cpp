// The extractor: the table reading of interchange/lettertableimport.h for a letter that answers
// in a table, else each question's answer read by answerreading.h, the programmes by
// letterprogrammes.h, the referrers and funders by letterlists.h; a letter that answers no
// request gives the figures about the area lettercontextfigures.h reads.
#include "letters/letterextractor.h"
#include "domain/areas.h"
#include "domain/lettertable.h"
#include "interchange/lettertableimport.h"
#include "letters/answerreading.h"
#include "letters/answersections.h"
#include "letters/extractorsupport.h"
#include "letters/lettercontextfigures.h"
#include "letters/letterlists.h"
#include "letters/lettermetadata.h"
#include "letters/letterprogrammes.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dapp {

namespace {
// ---- A letter that answers in a table ----------------------------------------------------------

int questionOfCell(const QString &cell)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d{1,2})\\s*\\."));
    if (const QRegularExpressionMatch m = numbered.match(cell); m.hasMatch())
        return m.captured(1).toInt();
    // "Link to evaluation of programme efficacy: 9. Financial Contributors: …" heads question 9's
    // row in Derbyshire's table: the numbered question wins over the link's words.
    static const QRegularExpression inside(QStringLiteral("\\b(\\d{1,2})\\.\\s+[A-Z]"));
    if (const QRegularExpressionMatch m = inside.match(cell); m.hasMatch() && m.captured(1).toInt() <= 10)
        return m.captured(1).toInt();
    return cell.contains(QLatin1String("evaluation"), Qt::CaseInsensitive) ? kEvaluationQuestion : 0;
}

// A table with the questions across and a programme a row ("Programme | Provider | Q2 | … |
// Q10 Budget"), turned to the layout the letter-table reader takes: questions down, the
// providers' row first. Its cells keep where they stand in the letter. Nothing when the first
// row does not head at least four questions and the programmes' names.
std::optional<LetterTable> questionsDown(const LetterTable &table)
{
    if (table.rows.size() < 2)
        return std::nullopt;
    const QList<LetterTableCell> &header = table.rows.constFirst();
    static const QRegularExpression questionLabel(QStringLiteral("^\\s*(?:q|question)\\s*(\\d{1,2})\\b"), kCaseless);
    static const QRegularExpression nameLabel(QStringLiteral("^\\s*(?:programme|program|name|service|intervention)\\b"), kCaseless);
    static const QRegularExpression providerLabel(QStringLiteral("^\\s*(?:provider|delivered\\s+by|delivery\\s+partner)\\b"),
                                                  kCaseless);
    QList<int> questionOfColumn(header.size(), 0); // 1–10; -1 for the providers
    int figureQuestions = 0;
    // A row a cohort or a year ("Programme | Cohort | Q2 …") is more than one return of a
    // programme: not read here, rather than read as two of the same.
    static const QRegularExpression splitBy(QStringLiteral("^\\s*(?:cohort|sex|gender|year|financial\\s+year|period)\\b"), kCaseless);
    for (qsizetype j = 0; j < header.size(); ++j) {
        const QString label = header.at(j).text;
        if (splitBy.match(label).hasMatch())
            return std::nullopt;
        if (const QRegularExpressionMatch m = questionLabel.match(label); m.hasMatch()) {
            const int q = m.captured(1).toInt();
            if (q < 1 || q > 10 || questionOfColumn.contains(q))
                return std::nullopt;
            questionOfColumn[j] = q;
            figureQuestions += q >= 2 ? 1 : 0;
        } else if (nameLabel.match(label).hasMatch() && !questionOfColumn.contains(1)) {
            questionOfColumn[j] = 1;
        } else if (providerLabel.match(label).hasMatch() && !questionOfColumn.contains(-1)) {
            questionOfColumn[j] = -1;
        }
    }
    if (figureQuestions < 4 || !questionOfColumn.contains(1))
        return std::nullopt;
    const auto column = [&](qsizetype j, const QString &label) {
        LetterTableCell head = header.at(j);
        head.text = label;
        QList<LetterTableCell> row{head};
        for (qsizetype i = 1; i < table.rows.size(); ++i)
            row << table.rows.at(i).value(j);
        return row;
    };
    LetterTable turned;
    turned.start = table.start;
    turned.end = table.end;
    if (const qsizetype providers = questionOfColumn.indexOf(-1); providers >= 0)
        turned.rows << column(providers, QString());
    for (qsizetype j = 0; j < header.size(); ++j)
        if (questionOfColumn.at(j) > 0)
            turned.rows << column(j, QStringLiteral("%1. %2").arg(questionOfColumn.at(j)).arg(header.at(j).text));
    return turned;
}

bool readTable(const QString &text, LetterExtraction &out)
{
    for (const LetterTable &found : findLetterTables(text)) {
        const std::optional<LetterTable> turned = questionsDown(found);
        const LetterTable &table = turned ? *turned : found;
        QList<QStringList> rows;
        QHash<int, qsizetype> questionRow;
        static const QRegularExpression suppressed(
            QStringLiteral("^\\s*(?:<|fewer\\s+than|less\\s+than|under)\\s*\\d+\\s*$"), kCaseless);
        QSet<std::pair<qsizetype, qsizetype>> keptBack; // (row, cell) of such numbers
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            QStringList cells;
            for (qsizetype j = 0; j < table.rows.at(i).size(); ++j) {
                const QString cellText = table.rows.at(i).at(j).text;
                // "<5", "fewer than 5": a small number kept back, as letters do to protect people.
                if (j > 0 && suppressed.match(cellText).hasMatch()) {
                    keptBack.insert({i, j});
                    cells << QStringLiteral("withheld");
                } else {
                    cells << cellText;
                }
            }
            if (const int q = questionOfCell(cells.value(0)); q > 0 && !questionRow.contains(q))
                questionRow.insert(q, i);
            rows << cells;
        }
        if (!looksLikeLetterTable(rows))
            continue;
        LetterTableContext context;
        context.areaText = out.letter.areaCode == kUnknownAreaCode ? QStringLiteral("Unknown") : Areas::nameOf(out.letter.areaCode);
        context.financialYear = out.letter.financialYear;
        context.foiReference = out.letter.foiReference;
        // A table with the questions across labels them by number only: the letter says whom
        // they count.
        if (turned && out.letter.cohort != Cohort::All)
            context.cohort = out.letter.cohort;
        const ImportBatch batch = readLetterTableRows(QString(), QString(), rows, context);
        for (const ImportProblem &p : batch.problems)
            out.notes << ExtractorText::tr("The letter's table: %1").arg(p.message);
        const auto cellEvidence = [&](int question, int column, bool filled) {
            if (!questionRow.contains(question))
                return missing(ExtractorText::tr("the table has no row for question %1").arg(question));
            const QList<LetterTableCell> &row = table.rows.at(questionRow.value(question));
            if (column - 1 >= row.size())
                return missing(
                    ExtractorText::tr("the row of question %1 has no cell for this programme").arg(question));
            const LetterTableCell &cell = row.at(column - 1);
            return evidenceAt(text, cell.start, cell.start + cell.length,
                              filled ? Confidence::Certain : Confidence::NeedsLook,
                              filled ? QString() : ExtractorText::tr("the table's cell is empty"));
        };
        const QMap<int, AnswerSection> prose = findAnswerSections(text);
        static const QRegularExpression total(QStringLiteral("^\\s*(?:grand\\s+)?totals?\\b|^\\s*all\\s+programmes\\b|^\\s*overall\\s*$"),
                                              kCaseless);
        for (const ImportedReturn &r : batch.returns) {
            const Programme &programme = batch.programmeOf(r);
            if (total.match(programme.name).hasMatch()) {
                out.notes << ExtractorText::tr("The letter's table: “%1” adds up the programmes; it is no programme, and is "
                                               "left out.")
                                 .arg(programme.name);
                continue;
            }
            ProposedReturn p;
            p.programme = programme;
            p.values = r.values;
            p.values.source.clear();
            p.programmeEvidence = cellEvidence(1, r.column, !programme.name.isEmpty());
            p.providerEvidence = p.programmeEvidence;
            for (FigureField f : kAllFigureFields) {
                const int q = questionNumber(f);
                p.figure(f) = cellEvidence(q, r.column, r.values.figure(f).status != FigureStatus::NotProvided);
                if (questionRow.contains(q) && keptBack.contains({questionRow.value(q), qsizetype(r.column - 1)})) {
                    p.figure(f).confidence = Confidence::NeedsLook;
                    p.figure(f).why = ExtractorText::tr("a number under a threshold, kept back: proposed as withheld");
                }
                p.values.figure(f).setQuote(p.figure(f).quote);
                p.values.figure(f).setQuoteRange(p.figure(f).range);
            }
            p.values.referrers = splitJoinedReferrers(p.values.referrers);
            p.referrers = cellEvidence(8, r.column, !r.values.referrers.isEmpty());
            p.funders = cellEvidence(9, r.column, !r.values.funders.isEmpty());
            p.values.referrersQuote = p.referrers.quote;
            p.values.fundersQuote = p.funders.quote;
            // Questions the table has no row for may be answered below it, in prose.
            if (!questionRow.contains(8) && prose.contains(8))
                readReferrers(text, prose.value(8), p);
            if (!questionRow.contains(9) && prose.contains(9))
                readFunders(text, prose.value(9), p);
            if (!questionRow.contains(kEvaluationQuestion) && prose.contains(kEvaluationQuestion)) {
                static const QRegularExpression url(QStringLiteral("https?://\\S+"));
                p.programme.evaluationUrl = url.match(prose.value(kEvaluationQuestion).text(text)).captured(0);
            }
            out.returns << p;
        }
        return true;
    }
    return false;
}

// ---- A letter that answers in prose ----------------------------------------------------------

// The questions that share `section`'s answer, as "2, 3 and 4".
QString groupedQuestions(const QMap<int, AnswerSection> &sections, const AnswerSection &section)
{
    QStringList numbers;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        if (it->headingStart == section.headingStart && it->groupedWith > 0)
            numbers << QString::number(it.key());
    const QString last = numbers.takeLast();
    return numbers.isEmpty() ? last : ExtractorText::tr("%1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

// Where an answer gives each programme's figure after its name ("Choices: 22. Drive: 61.",
// "Choices £88,250; Drive £155,000", "Drive does not take self-referrals"), the part of it about
// `name`: from its name to the next other programme's name. An empty part when the answer names
// others that way but not this one. Nothing when the answer is not laid out so, its first named
// part saying no figure right after the name ("22 for Choices and 61 for Drive", "Choices and
// Drive together accepted 45"), or this programme's part not: then it is one answer for all.
std::optional<AnswerSection> partAbout(const QString &text, const AnswerSection &section, const QStringList &names,
                                       const QString &name)
{
    const QString answer = text.mid(section.start, section.end - section.start);
    QList<std::pair<qsizetype, QString>> named; // where each name first stands in the answer
    for (const QString &n : names) {
        // Not \b: a name may end in a bracket ("Out of Court Resolutions (OOCR)").
        const QRegularExpression word(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(n)));
        const QRegularExpressionMatch m = word.match(answer);
        if (m.hasMatch())
            named << std::make_pair(qsizetype(m.capturedStart(0)), n);
    }
    if (named.isEmpty())
        return std::nullopt;
    std::sort(named.begin(), named.end());
    const auto saysAFigure = [&](qsizetype i) {
        static const QRegularExpression figure(
            QStringLiteral("^\\s*[:–-]?\\s*(?:£\\s*\\d|\\d|n/?a\\b|nil\\b|none\\b|zero\\b|withheld\\b|"
                           "not\\s+(?:held|applicable|known|recorded)\\b|(?:does|do|did|is|was|has|had)\\s+(?:not|no)\\b)"),
            kCaseless);
        return figure.match(QStringView(answer).mid(named.at(i).first + named.at(i).second.size())).hasMatch();
    };
    if (!saysAFigure(0))
        return std::nullopt;
    AnswerSection part = section;
    part.start = part.end = section.end;
    for (qsizetype i = 0; i < named.size(); ++i) {
        if (named.at(i).second != name)
            continue;
        if (!saysAFigure(i))
            return std::nullopt;
        part.start = section.start + named.at(i).first;
        part.end = i + 1 < named.size() ? section.start + named.at(i + 1).first : section.end;
    }
    return part;
}

// Whether the letter answers the standard request at all: it restates, heads or answers at
// least half of the figures' questions. A panel report or a covering letter does not.
bool answersTheRequest(const QString &text, const QMap<int, AnswerSection> &sections)
{
    const QSet<int> restated = questionsRestatedIn(text);
    int figureQuestions = 0;
    int figureAnswers = 0;
    for (FigureField f : kAllFigureFields) {
        figureQuestions += restated.contains(questionNumber(f)) ? 1 : 0;
        figureAnswers += sections.contains(questionNumber(f)) ? 1 : 0;
    }
    // Or, as a response to an FOI request, it answers them under their numbers without
    // restating them ("Question 5 – 17 …"); a report's numbered paragraphs are no answers.
    static const QRegularExpression foiResponse(QStringLiteral("freedom of information|\\bFOI\\b|your request"), kCaseless);
    return figureQuestions >= 4 || (figureAnswers >= 5 && foiResponse.match(text).hasMatch());
}

void readProse(const QString &text, LetterExtraction &out)
{
    const QMap<int, AnswerSection> sections = findAnswerSections(text);
    if (!answersTheRequest(text, sections)) {
        out.notes << ExtractorText::tr(
            "The letter does not answer the standard request (its questions are not there): no "
            "returns are proposed.");
        readContextFigures(text, out);
        return;
    }
    // Programmes: in the answer to question 1, and in any sentence that says what the office
    // commissions (a letter may say it before its numbered answers).
    QList<Sentence> programmeSentences;
    if (sections.contains(1))
        programmeSentences = sentencesOf(text, sections.value(1).start, sections.value(1).end);
    static const QRegularExpression commissionWord(QStringLiteral("\\bcommission(?:s|ed)?\\b(?!er)"), kCaseless);
    for (const Sentence &s : sentencesOf(text, 0, text.size()))
        if (commissionWord.match(s.text(text)).hasMatch() && !programmeSentences.contains(s))
            programmeSentences << s;
    std::sort(programmeSentences.begin(), programmeSentences.end(),
              [](const Sentence &a, const Sentence &b) { return a.start < b.start; });
    QList<NamedProgramme> programmes = namedProgrammes(text, programmeSentences, out.letter.cohort);
    static const QRegularExpression commissionsNone(
        QStringLiteral("\\b(?:do|does|did)\\s+not\\s+(?:currently\\s+)?(?:commission|fund|have)\\s+(?:a|any)\\b"), kCaseless);
    if (programmes.isEmpty()) {
        for (const Sentence &s : programmeSentences) {
            if (commissionsNone.match(s.text(text)).hasMatch()) {
                out.notes << ExtractorText::tr("The letter says no programme is commissioned: “%1”")
                                 .arg(s.text(text).toString());
                return;
            }
        }
        NamedProgramme unnamed;
        unnamed.evidence = missing(ExtractorText::tr("no programme's name recognised in the answer to question 1"));
        programmes << unnamed;
    }
    const QString provider = serviceProviderNamed(text);
    static const QRegularExpression coverage(QStringLiteral("\\boperat(?:ing|es|ed)\\s+in\\s+([A-Z][\\w ]*?\\s+only)\\b"));
    const QRegularExpressionMatch coverageMatch = coverage.match(text);

    // Each figure's answer, read once; a reference to another answer resolved after.
    std::array<FigureReading, 7> readings;
    for (FigureField f : kAllFigureFields) {
        const int q = questionNumber(f);
        FigureReading &r = readings[size_t(f)];
        if (!sections.contains(q)) {
            r.figure = Figure::withStatus(FigureStatus::NotProvided);
            r.evidence = missing(ExtractorText::tr("the letter does not answer question %1").arg(q));
            continue;
        }
        r = readFigureAnswer(text, sections.value(q), figureKind(f));
        // One answer for several questions: whether it says the same of each is the analyst's call.
        if (sections.value(q).groupedWith > 0 && r.evidence.certain()) {
            r.evidence.confidence = Confidence::NeedsLook;
            r.evidence.why = ExtractorText::tr("one answer for questions %1: check it says this of each")
                                 .arg(groupedQuestions(sections, sections.value(q)));
        }
    }
    // A letter cut off inside an answer (a copy that ends mid-sentence): that answer's reading
    // may be missing its end, a number's last digits with it.
    const QString trimmed = text.trimmed();
    std::array<bool, 7> cutOff{};
    static const QRegularExpression endsWhole(QStringLiteral("[.!?:)\"”’'\\]]$"));
    if (!trimmed.isEmpty() && !endsWhole.match(trimmed).hasMatch()) {
        for (FigureField f : kAllFigureFields) {
            const int q = questionNumber(f);
            if (sections.contains(q) && sections.value(q).end >= trimmed.size() + (text.indexOf(trimmed))) {
                cutOff[size_t(f)] = true;
                readings[size_t(f)].evidence.confidence = Confidence::NeedsLook;
                readings[size_t(f)].evidence.why
                    = ExtractorText::tr("the letter ends inside this answer: it may be cut off");
            }
        }
    }
    QList<Caveat> budgetCaveats;
    for (FigureField f : kAllFigureFields) {
        FigureReading &r = readings[size_t(f)];
        if (r.seeQuestion == 0)
            continue;
        const QString note = ExtractorText::tr("see answer to question %1").arg(r.seeQuestion);
        bool resolved = false;
        for (FigureField other : kAllFigureFields) {
            const FigureReading &target = readings[size_t(other)];
            if (questionNumber(other) != r.seeQuestion || other == f || target.seeQuestion != 0
                || figureKind(other) != figureKind(f))
                continue;
            r.figure.status = target.figure.status;
            r.figure.value = target.figure.value;
            r.figure.setNote(note);
            r.evidence.confidence = target.evidence.confidence;
            r.evidence.why = target.evidence.certain() ? QString() : target.evidence.why;
            // Another answer's number is this one's only if the letter means the same people
            // ("see answer to question 5; self-referrals are included in that figure" does not).
            if (target.figure.status == FigureStatus::Reported && r.evidence.certain()) {
                r.evidence.confidence = Confidence::NeedsLook;
                r.evidence.why = ExtractorText::tr("the number of the answer to question %1, which this answer refers to: "
                                                   "check it counts the same people")
                                     .arg(r.seeQuestion);
            }
            resolved = true;
        }
        if (!resolved && figureKind(f) == FigureKind::Money && sections.contains(r.seeQuestion)) {
            // "10. See answer to question 9": the budget is the amount the funders' answer gives.
            const AnswerSection &s = sections.value(r.seeQuestion);
            QList<qint64> amounts;
            for (const StatedNumber &n : statedNumbers(text, s.start, s.end))
                if (n.money && !amounts.contains(n.value))
                    amounts << n.value;
            if (amounts.size() == 1) {
                r.figure = Figure::reported(amounts.first(), r.figure.quote(), note);
                r.evidence.why
                    = ExtractorText::tr("the budget is the amount the answer to question %1 gives: check it is the "
                                        "programme's whole budget")
                          .arg(r.seeQuestion);
                // The caveat travels with the figure, not only the review's why.
                budgetCaveats << Caveat{
                    ExtractorText::tr("budget given as the contribution in the answer to question %1")
                        .arg(r.seeQuestion),
                    {f}};
            }
        }
    }
    // Caveats, one for each thing said, on every figure whose answer says it.
    QList<Caveat> caveats;
    QStringList caveatKeys;
    for (FigureField f : kAllFigureFields) {
        if (!sections.contains(questionNumber(f)))
            continue;
        for (const StatedCaveat &c : statedCaveats(text, sections.value(questionNumber(f)), f)) {
            // Beside a number, a part the office does not hold qualifies it; without one, not
            // holding the information is the figure's status already.
            if (c.key == QLatin1String("part not held") && readings[size_t(f)].figure.status != FigureStatus::Reported)
                continue;
            const qsizetype at = caveatKeys.indexOf(c.key);
            if (at >= 0 && !caveats[at].fields.contains(f)) {
                caveats[at].fields << f;
            } else if (at < 0) {
                caveats << Caveat{c.text, {f}};
                caveatKeys << c.key;
            }
        }
    }

    // A budget of a programme the letter says works with men and women is not the cohort's alone.
    static const QRegularExpression bothSexes(
        QStringLiteral("\\b(?:both\\s+)?(?:males?|men)\\s+and\\s+(?:females?|women)\\b|\\b(?:both\\s+)?(?:females?|women)\\s+and\\s+(?:males?|men)\\b"),
        kCaseless);
    if (readings[size_t(FigureField::Budget)].figure.status == FigureStatus::Reported && out.letter.cohort != Cohort::All) {
        for (const NamedProgramme &named : std::as_const(programmes)) {
            const QString said = named.evidence.quote + QLatin1Char(' ')
                                 + (sections.contains(1) ? sections.value(1).text(text).toString() : QString());
            if (programmes.size() == 1 && bothSexes.match(said).hasMatch()) {
                budgetCaveats << Caveat{
                    ExtractorText::tr("budget is the whole programme's, which works with both male and female "
                                      "perpetrators: not for the %1 cohort alone")
                        .arg(cohortKey(out.letter.cohort)),
                    {FigureField::Budget}};
                break;
            }
        }
    }
    caveats += budgetCaveats;

    // The names answers may give each programme's figures under.
    QStringList labelled;
    for (const NamedProgramme &named : std::as_const(programmes))
        if (!named.refusesCohort)
            labelled << named.name;
    for (const NamedProgramme &named : std::as_const(programmes)) {
        ProposedReturn p;
        p.programme.areaCode = out.letter.areaCode;
        p.programme.name = named.name;
        p.programme.provider = named.provider.isEmpty() ? provider : named.provider;
        p.programme.riskLevel = named.evidence.range.isValid() ? riskLevelIn(named.evidence.quote) : QString();
        if (p.programme.riskLevel.isEmpty() && sections.contains(1))
            p.programme.riskLevel = riskLevelIn(sections.value(1).text(text).toString());
        // Where it runs, when the letter says it ran in part of the area only: its coverage, and
        // a caveat on the whole return, which travels with its figures.
        if (coverageMatch.hasMatch() && programmes.size() == 1) {
            p.programme.coverage = coverageMatch.captured(1).simplified(); // a PDF may wrap it
            p.values.caveats << Caveat{ExtractorText::tr("operating in %1").arg(p.programme.coverage), {}};
        }
        p.programmeEvidence = named.evidence;
        p.providerEvidence = named.evidence;
        if (p.programme.provider.isEmpty())
            p.providerEvidence.why = ExtractorText::tr("the letter names no provider for it");
        for (FigureField f : kAllFigureFields) {
            FigureReading r = readings[size_t(f)];
            // Several programmes each named in the answer: this one's figure from its own part.
            const int q = questionNumber(f);
            std::optional<AnswerSection> own;
            if (labelled.size() > 1 && !named.refusesCohort && sections.contains(q) && r.seeQuestion == 0)
                own = partAbout(text, sections.value(q), labelled, named.name);
            if (own) {
                const QString doubt = r.evidence.why;
                r = own->start < own->end ? readFigureAnswer(text, *own, figureKind(f)) : FigureReading{};
                // What made the whole answer doubtful (one answer for several questions, a letter
                // cut off inside it) makes its parts so too; a reference to another answer in a
                // part is not followed.
                if (r.evidence.certain() && (sections.value(q).groupedWith > 0 || cutOff[size_t(f)])) {
                    r.evidence.confidence = Confidence::NeedsLook;
                    r.evidence.why = doubt;
                }
                if (r.seeQuestion != 0) {
                    r.evidence.confidence = Confidence::NeedsLook;
                    r.evidence.why = ExtractorText::tr("refers to the answer to question %1").arg(r.seeQuestion);
                }
                if (own->start == own->end) {
                    r.figure = Figure::withStatus(FigureStatus::NotProvided);
                    r.evidence = evidenceAt(text, sections.value(q).start, sections.value(q).end, Confidence::NeedsLook,
                                            ExtractorText::tr("the answer speaks of other programmes, not of %1")
                                                .arg(named.name));
                }
            }
            if (named.refusesCohort) {
                // Nobody of the cohort asked about is referred to it; what it costs, the letter
                // does not say.
                p.values.figure(f) = Figure::withStatus(f == FigureField::Budget ? FigureStatus::NotProvided
                                                                                 : FigureStatus::NotApplicable,
                                                        named.evidence.quote);
                p.figure(f) = named.evidence;
                p.values.figure(f).setQuoteRange(named.evidence.range);
                p.figure(f).why = ExtractorText::tr("the letter says the programme %1").arg(named.refusal);
                p.referrers = p.funders
                    = missing(ExtractorText::tr("the letter says the programme %1").arg(named.refusal));
                continue;
            }
            p.values.figure(f) = r.figure;
            p.figure(f) = r.evidence;
            p.values.figure(f).setQuoteRange(r.evidence.range); // kept with the figure: provenance to the character
            if (programmes.size() > 1 && !own && p.figure(f).certain()) {
                p.figure(f).confidence = Confidence::NeedsLook;
                p.figure(f).why
                    = ExtractorText::tr("the letter names several programmes: check this figure is this one's");
            }
        }
        if (!named.refusesCohort) {
            if (sections.contains(8))
                readReferrers(text, sections.value(8), p);
            else
                p.referrers = missing(ExtractorText::tr("the letter does not answer question 8"));
            if (sections.contains(9))
                readFunders(text, sections.value(9), p);
            else
                p.funders = missing(ExtractorText::tr("the letter does not answer question 9"));
            // A list answered more than once (a block of answers a programme?) may be another's.
            for (const auto &[question, evidence] : {std::pair{8, &p.referrers}, std::pair{9, &p.funders}}) {
                if (sections.value(question).answeredAgain && evidence->certain()) {
                    evidence->confidence = Confidence::NeedsLook;
                    evidence->why = ExtractorText::tr("the letter answers question %1 more than once: check this "
                                                      "list is this programme's")
                                        .arg(question);
                }
            }
            p.values.caveats = caveats + p.values.caveats;
            static const QRegularExpression url(QStringLiteral("https?://\\S+"));
            if (sections.contains(kEvaluationQuestion))
                p.programme.evaluationUrl = url.match(sections.value(kEvaluationQuestion).text(text)).captured(0);
        }
        out.returns << p;
    }
}
} // namespace

LetterExtraction extractLetter(const QString &text)
{
    LetterExtraction out;
    out.letter.text = text;
    readLetterMetadata(text, out);
    if (!readTable(text, out))
        readProse(text, out);
    return out;
}

} // namespace dapp
