// The extractor: the table reading of interchange/lettertableimport.h for a letter that answers
// in a table, else each question's answer read by answerreading.h.
#include "letters/letterextractor.h"
#include "domain/areas.h"
#include "domain/financialyear.h"
#include "domain/lettertable.h"
#include "interchange/lettertableimport.h"
#include "letters/answerreading.h"
#include "letters/answersections.h"
#include "letters/lettermetadata.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace dapp {

namespace {
struct ExtractorText
{
    Q_DECLARE_TR_FUNCTIONS(LetterExtractor)
};
using T = ExtractorText;

constexpr auto kCaseless = QRegularExpression::CaseInsensitiveOption;

Evidence missing(const QString &why)
{
    Evidence e;
    e.why = why;
    return e;
}

// ---- A letter that answers in a table ----------------------------------------------------------

QStringList splitJoinedReferrers(const QStringList &items); // below, with the referrers

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

bool readTable(const QString &text, LetterExtraction &out)
{
    for (const LetterTable &table : findLetterTables(text)) {
        QList<QStringList> rows;
        QHash<int, qsizetype> questionRow;
        for (qsizetype i = 0; i < table.rows.size(); ++i) {
            QStringList cells;
            for (const LetterTableCell &cell : table.rows.at(i))
                cells << cell.text;
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
        const ImportBatch batch = readLetterTableRows(QString(), QString(), rows, context);
        for (const ImportProblem &p : batch.problems)
            out.notes << T::tr("The letter's table: %1").arg(p.message);
        const auto cellEvidence = [&](int question, int column, bool filled) {
            if (!questionRow.contains(question))
                return missing(T::tr("the table has no row for question %1").arg(question));
            const QList<LetterTableCell> &row = table.rows.at(questionRow.value(question));
            if (column - 1 >= row.size())
                return missing(T::tr("the row of question %1 has no cell for this programme").arg(question));
            const LetterTableCell &cell = row.at(column - 1);
            return evidenceAt(text, cell.start, cell.start + cell.length, filled ? Confidence::Certain : Confidence::NeedsLook,
                              filled ? QString() : T::tr("the table's cell is empty"));
        };
        for (const ImportedReturn &r : batch.returns) {
            ProposedReturn p;
            p.programme = r.programme;
            p.values = r.values;
            p.values.source.clear();
            p.programmeEvidence = cellEvidence(1, r.column, !r.programme.name.isEmpty());
            p.providerEvidence = p.programmeEvidence;
            for (FigureField f : kAllFigureFields) {
                p.figure(f) = cellEvidence(questionNumber(f), r.column, r.values.figure(f).status != FigureStatus::NotProvided);
                p.values.figure(f).quote = p.figure(f).quote;
                p.values.figure(f).quoteRange = p.figure(f).range;
            }
            p.values.referrers = splitJoinedReferrers(p.values.referrers);
            p.referrers = cellEvidence(8, r.column, !r.values.referrers.isEmpty());
            p.funders = cellEvidence(9, r.column, !r.values.funders.isEmpty());
            p.values.referrersQuote = p.referrers.quote;
            p.values.fundersQuote = p.funders.quote;
            out.returns << p;
        }
        return true;
    }
    return false;
}

// ---- Programmes named in prose ---------------------------------------------------------------

struct NamedProgramme
{
    QString name;
    QString provider;
    Evidence evidence;
    bool refusesCohort = false; // "does not accept female perpetrators" when females were asked about
    QString refusal;
};

// Trailing words a greedy capture of a name drags in.
QString trimName(QString name)
{
    static const QRegularExpression tail(QStringLiteral("(\\s+(of|and|for|the|in|to|which|that|is|are|was|were))+$"), kCaseless);
    name = name.trimmed();
    name.remove(tail);
    return name.trimmed();
}

QList<NamedProgramme> namedProgrammes(const QString &text, const QList<Sentence> &sentences, Cohort cohort)
{
    static const QRegularExpression deliveredDash(
        QStringLiteral("delivered\\s+(?:via|by)\\s+([A-Z][\\w’'&]*(?:\\s+[A-Z][\\w’'&]*)*)\\s*[-–]\\s*((?:The\\s+)?[A-Z][\\w’']*"
                       "(?:\\s+[A-Z][\\w’']*)*\\s+(?:Project|Programme|Program|Service|Group|Centre))"));
    static const QRegularExpression quoted(QStringLiteral("['‘\"“]([A-Z][^'’\"”\\n]{1,60})['’\"”]"));
    static const QRegularExpression isThe(QStringLiteral("\\b(?:is|called|named|known as)\\s+(?:the\\s+)?([A-Z][\\w’']*(?:\\s+[A-Z][\\w’']*)*)"
                                                         "\\s+(?:Programme|Program|Project)\\b"));
    static const QRegularExpression theProject(QStringLiteral("\\bThe\\s+([A-Z][\\w’']*)\\s+(?:Project|Programme|Program)\\b"));
    static const QRegularExpression commissions(
        QStringLiteral("\\b[Cc]ommissions?\\s+(?:the\\s+)?([A-Z][\\w’'()]*(?:[ ]+(?:of|and|for|[A-Z(][\\w’'()]*))*)"));
    static const QRegularExpression deliveredBy(QStringLiteral("\\b(?:delivered|provided|run)\\s+(?:via|by)\\s+([A-Z][^.;:\\n]*)"));
    // "The Commissioner funds the Change That Lasts perpetrator programme (CTL)"
    static const QRegularExpression fundsThe(
        QStringLiteral("\\b(?:[Ff]unds|[Cc]ommissions|[Rr]uns|[Dd]elivers|[Ff]unded|[Cc]ommissioned)\\s+the\\s+([A-Z][\\w’']*(?:[ ]+[A-Z][\\w’']*)*)"
                       "(?:[ ]+(?:perpetrator|domestic abuse|DA))?[ ]+(?:programme|program|project|service)\\b"));
    static const QRegularExpression refuses(QStringLiteral("does\\s+not\\s+(?:accept|take|work with)\\s+(female|male|women|men)"),
                                            kCaseless);
    QList<NamedProgramme> found;
    const auto add = [&](const QString &rawName, const QString &provider, const Sentence &s) {
        const QString name = trimName(rawName);
        if (name.size() < 2 || name.contains(QLatin1String("Commissioner")) || name.startsWith(QLatin1String("OPCC")))
            return;
        for (NamedProgramme &p : found) {
            if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
                if (p.provider.isEmpty())
                    p.provider = provider;
                return;
            }
        }
        NamedProgramme p;
        p.name = name;
        p.provider = provider;
        if (p.provider.isEmpty()) {
            // "…, delivered by Rising Sun Domestic Violence and Abuse Service." in the same sentence.
            static const QRegularExpression by(QStringLiteral("\\b(?:delivered|provided|run)\\s+(?:via|by)\\s+([A-Z][\\w’'&-]*(?:[ ]+(?:and[ ]+)?[A-Z][\\w’'&-]*)*)"));
            if (const QRegularExpressionMatch m = by.match(s.text(text).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
                m.hasMatch())
                p.provider = m.captured(1);
        }
        p.evidence = evidenceAt(text, s.start, s.end, Confidence::NeedsLook,
                                T::tr("a programme's name read from a sentence: check the name and provider"));
        const QString sentence = s.text(text).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (const QRegularExpressionMatch r = refuses.match(sentence); r.hasMatch()) {
            const QString who = r.captured(1).toLower();
            const bool female = who.startsWith(QLatin1String("f")) || who == QLatin1String("women");
            p.refusesCohort = (female && cohort == Cohort::Female) || (!female && cohort == Cohort::Male);
            p.refusal = r.captured(0);
        }
        found << p;
    };
    for (const Sentence &s : sentences) {
        const QString sentence = s.text(text).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (const QRegularExpressionMatch m = deliveredDash.match(sentence); m.hasMatch()) {
            add(m.captured(2), m.captured(1), s);
            continue;
        }
        for (auto it = quoted.globalMatch(sentence); it.hasNext();)
            add(it.next().captured(1), QString(), s);
        if (const QRegularExpressionMatch m = isThe.match(sentence); m.hasMatch())
            add(m.captured(1), QString(), s);
        if (const QRegularExpressionMatch m = fundsThe.match(sentence); m.hasMatch())
            add(m.captured(1), QString(), s);
        if (const QRegularExpressionMatch m = theProject.match(sentence); m.hasMatch())
            add(m.captured(1), QString(), s);
        if (const QRegularExpressionMatch m = commissions.match(sentence); m.hasMatch()) {
            QString provider;
            if (const QRegularExpressionMatch d = deliveredBy.match(sentence); d.hasMatch())
                provider = d.captured(1).trimmed();
            add(m.captured(1), provider, s);
        }
    }
    return found;
}

// "the service provider Cranstoun", "held by the service provider, Cranstoun."
QString serviceProviderNamed(const QString &text)
{
    static const QRegularExpression provider(QStringLiteral("\\bservice\\s+provider,?\\s+([A-Z][\\w’'&]*(?:\\s+[A-Z][\\w’'&]*)*)"));
    const QRegularExpressionMatch m = provider.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString riskLevelIn(const QString &text)
{
    static const QRegularExpression high(QStringLiteral("\\bhigh[\\s-]+risk\\b"), kCaseless);
    static const QRegularExpression medium(QStringLiteral("\\bstandard[\\s/-]*(?:and\\s+)?medium|\\bmedium[\\s-]+risk\\b|"
                                                          "\\bstandard[\\s-]+risk\\b"),
                                           kCaseless);
    const bool isHigh = high.match(text).hasMatch();
    const bool isMedium = medium.match(text).hasMatch();
    if (isHigh == isMedium)
        return QString();
    return isHigh ? QStringLiteral("high") : QStringLiteral("standard/medium");
}

// ---- Referrers and funders -------------------------------------------------------------------

// A list as a letter lays one out: bulleted lines, or one line of short items separated by
// commas, semicolons or "and".
QStringList listItems(const QString &text, const AnswerSection &section)
{
    QStringList items;
    const QString body = section.text(text).toString();
    static const QRegularExpression bullet(QStringLiteral("^\\s*(?:[-*•–]|\\d+[.)])\\s+(.+)$"), QRegularExpression::MultilineOption);
    for (auto it = bullet.globalMatch(body); it.hasNext();)
        items << it.next().captured(1).trimmed();
    if (!items.isEmpty())
        return items;
    // Lines of a few words each, none a sentence (no verb-like "is", "are", "were"), and nothing
    // else but the request's asides: a paragraph wrapped into short lines is no list.
    static const QRegularExpression sentenceWord(QStringLiteral("\\b(is|are|was|were|has|have|been|will|would|this|there)\\b"),
                                                 kCaseless);
    for (const QString &line : body.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('(')))
            continue;
        if (sentenceWord.match(t).hasMatch() || t.split(QLatin1Char(' ')).size() > 8)
            return {};
        for (const QString &part : t.split(QRegularExpression(QStringLiteral("\\s*[;,]\\s*|\\s+and\\s+")), Qt::SkipEmptyParts))
            items << part.trimmed();
    }
    return items;
}

// Organisations that refer to programmes, by the names letters give them.
const QList<std::pair<QString, QRegularExpression>> &knownReferrers()
{
    static const QList<std::pair<QString, QRegularExpression>> known = {
        {QStringLiteral("MARAC"), QRegularExpression(QStringLiteral("\\bMARAC\\b"))},
        {QStringLiteral("Police"), QRegularExpression(QStringLiteral("\\bpolice\\b(?!\\s+(?:and|,)\\s+(?:fire\\s+and\\s+)?crime)"), kCaseless)},
        {QStringLiteral("Probation"), QRegularExpression(QStringLiteral("\\bprobation\\b"), kCaseless)},
        {QStringLiteral("Social Care"), QRegularExpression(QStringLiteral("\\bsocial\\s+(?:care|services?|workers?)\\b"), kCaseless)},
        {QStringLiteral("Children's Services"), QRegularExpression(QStringLiteral("\\bchildren[’']?s\\s+services\\b"), kCaseless)},
        {QStringLiteral("Health"), QRegularExpression(QStringLiteral("\\b(?:NHS|GPs?|health\\s+(?:services|visitors?))\\b"))},
        {QStringLiteral("IDVA"), QRegularExpression(QStringLiteral("\\bIDVAs?\\b"))},
        {QStringLiteral("Courts"), QRegularExpression(QStringLiteral("\\b(?:family\\s+)?courts?\\b|\\bCAFCASS\\b"), kCaseless)},
        {QStringLiteral("Housing"), QRegularExpression(QStringLiteral("\\bhousing\\b"), kCaseless)},
    };
    return known;
}

// The known organisation an item names, or "".
QString knownReferrerIn(const QString &item)
{
    for (const auto &[name, pattern] : knownReferrers())
        if (pattern.match(item).hasMatch())
            return name;
    return {};
}

// "Police/MARAC" names two organisations; "Social Workers/Social Care" one, written two ways.
QStringList splitJoinedReferrers(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        QStringList names;
        for (const QString &part : parts)
            names << knownReferrerIn(part);
        const bool distinct = parts.size() > 1 && !names.contains(QString())
                              && QSet<QString>(names.cbegin(), names.cend()).size() == names.size();
        if (distinct)
            for (const QString &part : parts)
                out << part.trimmed();
        else
            out << item;
    }
    return out;
}

void readReferrers(const QString &text, const AnswerSection &section, ProposedReturn &p)
{
    const auto &known = knownReferrers();
    QStringList items = listItems(text, section);
    if (items.isEmpty()) {
        // "Referrals came from Kent Police, Children's Social Services and the National Probation
        // Service.": each named as the letter names it, when every item is a name.
        static const QRegularExpression from(QStringLiteral("\\b(?:came|come|were received|are received|were made|are made)\\s+"
                                                            "(?:from|by|via)\\s+([^.]+)"), kCaseless);
        if (const QRegularExpressionMatch m = from.match(section.text(text)); m.hasMatch()) {
            QStringList named;
            for (QString item : m.captured(1).split(QRegularExpression(QStringLiteral("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")), Qt::SkipEmptyParts)) {
                item.remove(QRegularExpression(QStringLiteral("^the\\s+"), kCaseless));
                if (item.isEmpty() || !item.at(0).isUpper() || item.split(QLatin1Char(' ')).size() > 6) {
                    named.clear();
                    break;
                }
                named << item.trimmed();
            }
            items = named;
        }
    }
    if (!items.isEmpty()) {
        p.values.referrers = items;
        p.referrers = evidenceAt(text, section.start, section.end, Confidence::Certain);
    } else {
        // Organisations named in the sentences that say how referrals come, in the order they
        // come (what follows often explains a process, and names every agency it involves).
        QList<std::pair<qsizetype, QString>> named;
        static const QRegularExpression aboutReferrals(QStringLiteral("\\brefer|\\baccept|\\bvia\\b"), kCaseless);
        QString body;
        for (const Sentence &s : sentencesOf(text, section.start, section.end))
            if (aboutReferrals.match(s.text(text)).hasMatch())
                body += s.text(text).toString().replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char(' ');
        for (const auto &[name, pattern] : known)
            if (const QRegularExpressionMatch m = pattern.match(body); m.hasMatch())
                named << std::make_pair(m.capturedStart(0), name);
        std::sort(named.begin(), named.end());
        for (const auto &[at, name] : named)
            p.values.referrers << name;
        const QList<Sentence> sentences = sentencesOf(text, section.start, section.end);
        p.referrers = sentences.isEmpty() ? missing(T::tr("the letter gives no answer to question 8"))
                                          : evidenceAt(text, sentences.first().start, sentences.first().end, Confidence::NeedsLook,
                                                       named.isEmpty() ? T::tr("no organisation recognised in the answer")
                                                                       : T::tr("organisations recognised by name: check none "
                                                                               "is missing"));
    }
    p.values.referrersQuote = p.referrers.quote;
}

void readFunders(const QString &text, const AnswerSection &section, ProposedReturn &p)
{
    static const QRegularExpression contributor(
        QStringLiteral("^(?:the\\s+)?(.+?)\\s+(?:is|are|was|were)\\s+the\\s+(?:sole\\s+|only\\s+|main\\s+)?(?:financial\\s+)?"
                       "(?:contributors?|funders?)\\b(?:.*?(£\\s*[\\d,]+(?:\\.\\d{1,2})?))?"),
        kCaseless);
    const QList<Sentence> sentences = sentencesOf(text, section.start, section.end);
    for (const Sentence &s : sentences) {
        const QRegularExpressionMatch m = contributor.match(s.text(text).toString());
        if (!m.hasMatch())
            continue;
        Funder f;
        f.name = m.captured(1).trimmed();
        if (m.hasCaptured(2) && !m.captured(2).isEmpty()) {
            const QList<StatedNumber> amounts = statedNumbers(text, s.start + m.capturedStart(2), s.start + m.capturedEnd(2));
            if (!amounts.isEmpty())
                f.amountPence = amounts.first().value;
        }
        p.values.funders << f;
        p.funders = evidenceAt(text, s.start, s.end, Confidence::Certain);
        p.values.fundersQuote = p.funders.quote;
        return;
    }
    // "The programme is funded by the Kent PCC (70%) and Kent County Council (30%)."
    static const QRegularExpression fundedBy(QStringLiteral("\\b(?:funded|paid for|financed)\\s+(?:jointly\\s+)?by\\s+([^.]+)"),
                                             kCaseless);
    for (const Sentence &s : sentences) {
        const QRegularExpressionMatch m = fundedBy.match(s.text(text).toString());
        if (!m.hasMatch())
            continue;
        for (QString item : m.captured(1).split(QRegularExpression(QStringLiteral("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")),
                                                 Qt::SkipEmptyParts)) {
            item.remove(QRegularExpression(QStringLiteral("^the\\s+"), kCaseless));
            p.values.funders << parseFunderText(item);
        }
        p.funders = evidenceAt(text, s.start, s.end, Confidence::NeedsLook,
                               T::tr("funders read from a sentence: check each name and its share or amount"));
        p.values.fundersQuote = p.funders.quote;
        return;
    }
    QStringList items = listItems(text, section);
    items.removeIf([](const QString &item) { return item.startsWith(QLatin1String("(Inclusive"), Qt::CaseInsensitive); });
    for (const QString &item : std::as_const(items))
        p.values.funders << parseFunderText(item);
    if (!items.isEmpty())
        p.funders = evidenceAt(text, section.start, section.end, Confidence::Certain);
    else
        p.funders = sentences.isEmpty() ? missing(T::tr("the letter gives no answer to question 9"))
                                        : evidenceAt(text, sentences.first().start, sentences.first().end,
                                                     Confidence::NeedsLook, T::tr("no funder recognised in the answer"));
    p.values.fundersQuote = sentences.isEmpty() ? QString() : sentences.first().text(text).toString();
}

// ---- Figures about the area in a letter that is no answer (a panel report) ---------------------

// "(a) 2023 – 2024: £370,083.00 in total" under "Funding has been awarded …", and "The service in
// the year 2021/2022 provided support to 189 perpetrators, 188 victims and 341 …": figures with
// their period, labelled from their own words. The labels are suggestions: each needs a look.
void readContextFigures(const QString &text, LetterExtraction &out)
{
    static const QRegularExpression periodAmount(
        QStringLiteral("^[^\\n]*?\\b(\\d{4}\\s*[–/-]\\s*\\d{2,4})\\s*:\\s*(£\\s*[\\d,]+(?:\\.\\d{1,2})?)[^\\n]*$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression fundingWords(QStringLiteral("\\b(fund|award|grant|allocat)"), kCaseless);
    for (auto it = periodAmount.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const FinancialYearParse year = parseFinancialYear(m.captured(1).remove(QRegularExpression(QStringLiteral("\\s"))).replace(QChar(0x2013), QLatin1Char('-')));
        const QList<StatedNumber> amounts = statedNumbers(text, m.capturedStart(2), m.capturedEnd(2));
        if (year.year.isEmpty() || amounts.isEmpty() || !amounts.first().money)
            continue;
        // What the amounts are: the paragraph before them, in its words.
        const QString before = text.mid(std::max<qsizetype>(0, m.capturedStart(0) - 600), std::min<qsizetype>(600, m.capturedStart(0)));
        const bool funding = fundingWords.match(before).hasMatch();
        const bool homeOffice = before.contains(QLatin1String("Home Office"), Qt::CaseInsensitive)
                                || text.left(m.capturedStart(0)).contains(QLatin1String("Home Office"), Qt::CaseInsensitive);
        ProposedContextFigure c;
        c.figure.areaCode = out.letter.areaCode;
        c.figure.label = funding ? (homeOffice ? T::tr("Home Office funding awarded") : T::tr("Funding awarded"))
                                 : T::tr("Amount");
        c.figure.period = year.year;
        c.figure.kind = FigureKind::Money;
        c.figure.figure = Figure::reported(amounts.first().value, m.captured(0).trimmed());
        c.evidence = evidenceAt(text, m.capturedStart(0), m.capturedEnd(0), Confidence::NeedsLook,
                                T::tr("a figure about the area, labelled from the letter's words: check its label"));
        c.figure.figure.quoteRange = c.evidence.range;
        out.contextFigures << c;
    }
    static const QRegularExpression supported(
        QStringLiteral("\\bin the year (\\d{4}\\s*/\\s*\\d{2,4})\\b[^.]*?\\b(?:support to|supported|worked with|helped)\\s+([^.]+)"),
        kCaseless);
    for (const Sentence &s : sentencesOf(text, 0, text.size())) {
        const QString sentence = s.text(text).toString();
        const QRegularExpressionMatch m = supported.match(sentence);
        if (!m.hasMatch())
            continue;
        const FinancialYearParse year = parseFinancialYear(m.captured(1).remove(QLatin1Char(' ')));
        if (year.year.isEmpty())
            continue;
        static const QRegularExpression counted(QStringLiteral("^(\\d[\\d,]*)\\s+(.+)$"));
        for (QString item : m.captured(2).split(QRegularExpression(QStringLiteral("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")),
                                                Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch n = counted.match(item.trimmed());
            if (!n.hasMatch())
                continue;
            QString who = n.captured(2).trimmed();
            while (who.endsWith(QLatin1Char('.')))
                who.chop(1);
            ProposedContextFigure c;
            c.figure.areaCode = out.letter.areaCode;
            c.figure.label = T::tr("%1 supported").arg(who.left(1).toUpper() + who.mid(1));
            c.figure.period = year.year;
            c.figure.kind = FigureKind::Count;
            c.figure.figure = Figure::reported(n.captured(1).remove(QLatin1Char(',')).toLongLong(), sentence.simplified());
            c.evidence = evidenceAt(text, s.start, s.end, Confidence::NeedsLook,
                                    T::tr("a figure about the area, labelled from the letter's words: check its label"));
            c.figure.figure.quoteRange = c.evidence.range;
            out.contextFigures << c;
        }
    }
    if (!out.contextFigures.isEmpty())
        out.letter.kind = LetterKind::PanelReport;
}

// ---- A letter that answers in prose ----------------------------------------------------------

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
        out.notes << T::tr("The letter does not answer the standard request (its questions are not there): no "
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
                out.notes << T::tr("The letter says no programme is commissioned: “%1”").arg(s.text(text).toString());
                return;
            }
        }
        NamedProgramme unnamed;
        unnamed.evidence = missing(T::tr("no programme's name recognised in the answer to question 1"));
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
            r.evidence = missing(T::tr("the letter does not answer question %1").arg(q));
            continue;
        }
        r = readFigureAnswer(text, sections.value(q), figureKind(f));
    }
    // A letter cut off inside an answer (a copy that ends mid-sentence): that answer's reading
    // may be missing its end, a number's last digits with it.
    const QString trimmed = text.trimmed();
    static const QRegularExpression endsWhole(QStringLiteral("[.!?:)\"”’'\\]]$"));
    if (!trimmed.isEmpty() && !endsWhole.match(trimmed).hasMatch()) {
        for (FigureField f : kAllFigureFields) {
            const int q = questionNumber(f);
            if (sections.contains(q) && sections.value(q).end >= trimmed.size() + (text.indexOf(trimmed))) {
                readings[size_t(f)].evidence.confidence = Confidence::NeedsLook;
                readings[size_t(f)].evidence.why = T::tr("the letter ends inside this answer: it may be cut off");
            }
        }
    }
    QList<Caveat> budgetCaveats;
    for (FigureField f : kAllFigureFields) {
        FigureReading &r = readings[size_t(f)];
        if (r.seeQuestion == 0)
            continue;
        const QString note = T::tr("see answer to question %1").arg(r.seeQuestion);
        bool resolved = false;
        for (FigureField other : kAllFigureFields) {
            const FigureReading &target = readings[size_t(other)];
            if (questionNumber(other) != r.seeQuestion || other == f || target.seeQuestion != 0
                || figureKind(other) != figureKind(f))
                continue;
            r.figure.status = target.figure.status;
            r.figure.value = target.figure.value;
            r.figure.note = note;
            r.evidence.confidence = target.evidence.confidence;
            r.evidence.why = target.evidence.certain() ? QString() : target.evidence.why;
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
                r.figure = Figure::reported(amounts.first(), r.figure.quote, note);
                r.evidence.why = T::tr("the budget is the amount the answer to question %1 gives: check it is the "
                                       "programme's whole budget")
                                     .arg(r.seeQuestion);
                // The caveat travels with the figure, not only the review's why.
                budgetCaveats << Caveat{T::tr("budget given as the contribution in the answer to question %1").arg(r.seeQuestion),
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
                budgetCaveats << Caveat{T::tr("budget is the whole programme's, which works with both male and female "
                                              "perpetrators: not for the %1 cohort alone")
                                            .arg(cohortKey(out.letter.cohort)),
                                        {FigureField::Budget}};
                break;
            }
        }
    }
    caveats += budgetCaveats;

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
            p.values.caveats << Caveat{T::tr("operating in %1").arg(p.programme.coverage), {}};
        }
        p.programmeEvidence = named.evidence;
        p.providerEvidence = named.evidence;
        if (p.programme.provider.isEmpty())
            p.providerEvidence.why = T::tr("the letter names no provider for it");
        for (FigureField f : kAllFigureFields) {
            const FigureReading &r = readings[size_t(f)];
            if (named.refusesCohort) {
                // Nobody of the cohort asked about is referred to it; what it costs, the letter
                // does not say.
                p.values.figure(f) = Figure::withStatus(f == FigureField::Budget ? FigureStatus::NotProvided
                                                                                 : FigureStatus::NotApplicable,
                                                        named.evidence.quote);
                p.figure(f) = named.evidence;
                p.values.figure(f).quoteRange = named.evidence.range;
                p.figure(f).why = T::tr("the letter says the programme %1").arg(named.refusal);
                p.referrers = p.funders = missing(T::tr("the letter says the programme %1").arg(named.refusal));
                continue;
            }
            p.values.figure(f) = r.figure;
            p.figure(f) = r.evidence;
            p.values.figure(f).quoteRange = r.evidence.range; // kept with the figure: provenance to the character
            if (programmes.size() > 1 && p.figure(f).certain()) {
                p.figure(f).confidence = Confidence::NeedsLook;
                p.figure(f).why = T::tr("the letter names several programmes: check this figure is this one's");
            }
        }
        if (!named.refusesCohort) {
            if (sections.contains(8))
                readReferrers(text, sections.value(8), p);
            else
                p.referrers = missing(T::tr("the letter does not answer question 8"));
            if (sections.contains(9))
                readFunders(text, sections.value(9), p);
            else
                p.funders = missing(T::tr("the letter does not answer question 9"));
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
