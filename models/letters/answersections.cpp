// Finding each question's answer in a letter by its headings.
#include "letters/answersections.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace dapp {

namespace {
// The request's questions as letters word them (PRODUCT.md): "COHORT" stands for males,
// females, men or women; "selfreferred" for self-referred, self referred and selfreferred.
struct QuestionWording
{
    int question;
    const char *words;
};
constexpr QuestionWording kWordings[] = {
    {1, "the name title scope of the commissioned programme in your area"},
    {2, "the total number of COHORT who selfreferred into the programme"},
    {3, "the total number of selfreferred COHORT who were accepted onto the programme"},
    {4, "the total number of selfreferred COHORT who have completed the programme"},
    {5, "the total number of COHORT referred by an agency into the programme"},
    {6, "the total number of referred COHORT who were accepted on to the programme"},
    {7, "the total number of referred COHORT who have completed the programme"},
    {8, "the names of the organisations who have made a referral to the programme"},
    {kEvaluationQuestion, "link to evaluation of programme efficacy"},
    {9, "financial contributors"},
    {10, "budget inclusive of running costs"},
};
// Words a restatement may add: the female request's longer question 1, "(e.g., police, …)".
constexpr int kExtraWordsAllowed = 14;

// A line's words, lower case, with the request's variants folded to one spelling.
QStringList wordsOf(QStringView line)
{
    static const QRegularExpression selfReferred(QStringLiteral("self[\\s-]*referred"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString text = line.toString().toLower();
    text.replace(selfReferred, QStringLiteral("selfreferred"));
    QStringList words = text.split(nonWord, Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w == QLatin1String("males") || w == QLatin1String("females") || w == QLatin1String("men")
            || w == QLatin1String("women") || w == QLatin1String("perpetrators"))
            w = QStringLiteral("COHORT");
        else if (w == QLatin1String("organizations"))
            w = QStringLiteral("organisations");
        else if (w == QLatin1String("program"))
            w = QStringLiteral("programme");
    }
    return words;
}

// How well `line` restates question `wording`: every one of its words, in any order, and how
// many it adds; nothing when a word is missing.
std::optional<int> extraWords(const QStringList &lineWords, const QuestionWording &wording)
{
    const QStringList standard = QString::fromLatin1(wording.words).split(QLatin1Char(' '));
    const QSet<QString> have(lineWords.cbegin(), lineWords.cend());
    for (const QString &w : standard)
        if (!have.contains(w))
            return std::nullopt;
    return int(lineWords.size()) - int(standard.size());
}

struct Line
{
    qsizetype start;
    qsizetype end; // before its line break
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == QLatin1Char('\n')) {
            lines << Line{start, i};
            start = i + 1;
        }
    }
    return lines;
}

struct Heading
{
    int question = 0;
    QList<int> alsoAnswers; // the other questions of a grouped heading ("Questions 2, 3 and 4")
    qsizetype lineStart = 0;
    qsizetype answerStart = 0; // after the number, or on the next line when restated
    bool restated = false;
};

// Where the answer starts on a line that restates question `wording` and then answers it after
// a dash, a colon or a question mark ("The total number of males who self-referred into the
// programme – 14"): what comes before the separator restates the question on its own, and
// something follows it.
std::optional<qsizetype> answerAfterRestatement(const QString &line, const QuestionWording &wording)
{
    static const QRegularExpression separator(QStringLiteral("\\s[–—-]\\s+|:\\s+|\\?\\s+"));
    for (auto it = separator.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString before = line.left(m.capturedStart(0));
        if (line.mid(m.capturedEnd(0)).trimmed().isEmpty())
            continue;
        if (const auto extra = extraWords(wordsOf(before), wording); extra && *extra <= kExtraWordsAllowed)
            return m.capturedEnd(0);
    }
    return std::nullopt;
}

// The rest of a heading's line is a title of the letter's own ("Q2) Self-referrals into the
// programme", the answer on the lines below) when it is a few words with no number and no
// sentence's end, is no answer said in a word or two ("N/A", "Nil", "Not held"), and text
// follows on the next line. Else it is the answer, or its start.
bool isShortTitle(const QString &rest, QStringView nextLine)
{
    static const QRegularExpression heading(QStringLiteral("^\\s*(?:[-*•–]\\s*)?(?:(?:q|question|request)\\s*\\d{1,2}\\b|\\d{1,2}\\s*[.):])"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QStringView next = nextLine.trimmed();
    if (next.isEmpty() || next.at(0).isLower() || heading.match(nextLine).hasMatch())
        return false;
    // "Referring organisations:" introduces what follows.
    if (rest.trimmed().endsWith(QLatin1Char(':')) && !rest.trimmed().startsWith(QLatin1Char(':')))
        return true;
    // A year in a title ("Funders (2022/23)") is no number of the answer's.
    QString words = rest;
    words.remove(QRegularExpression(QStringLiteral("\\b(?:19|20)\\d{2}(?:\\s*[/-]\\s*\\d{2,4})?\\b")));
    static const QRegularExpression notATitle(
        QStringLiteral("\\d|[.!?;]\\s*$|^\\s*$|^\\W*(?:n/?a|nil|none|zero|no|yes|"
                       "not\\s+(?:held|known|applicable|recorded|available)|withheld|exempt|unknown|see|"
                       "please|refer\\s+to)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // An answer wrapped onto the next line is no title: it says a number in words, quotes a
    // name, or says what someone did; and the line after it goes on in lower case.
    static const QRegularExpression answerWords(
        QStringLiteral("\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                       "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                       "ninety|hundred|thousand|were|was|are|is|have|has|had|commissions|commissioned|delivered)\\b|"
                       "[\"“”]"),
        QRegularExpression::CaseInsensitiveOption);
    return !notATitle.match(words).hasMatch() && !answerWords.match(words).hasMatch()
           && rest.simplified().count(QLatin1Char(' ')) < 12;
}

// A heading that answers several questions at once: "Questions 2, 3 and 4", "Q2 – Q4",
// "Questions 2 to 4", "Q2/Q3". Only with "Q" or "Question(s)": "2, 3 and 4" alone may be a
// sentence's numbers.
std::optional<Heading> groupedHeading(const QString &text, const Line &line)
{
    // Between two numbers: a comma, "and", "&", "/", "to", or a dash: "2-4", or spaced only
    // before a "Q" ("Q2 – Q4"; "Question 7 – 6" is question 7 answered "6"). Then the line
    // ends, or a stop follows ("Q2 and Q3 were also asked for males" is a sentence).
    static const QRegularExpression grouped(
        QStringLiteral("^\\s*(?:[-*•–]\\s*)?(?:q|questions?|requests?)\\s*(\\d{1,2})((?:(?:\\s*(?:,|/|&|and|to)\\s*|[-–]|\\s+[-–]\\s*(?=q))"
                       "(?:q|question|request)?\\s*\\d{1,2}\\b)+)(?=\\s*(?:[.):–-]|$))\\s*[.):–-]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    // "Questions 2 – 4": the plural says it is a group, whatever the dash.
    static const QRegularExpression plural(
        QStringLiteral("^\\s*(?:[-*•–]\\s*)?(?:questions|requests)\\s*(\\d{1,2})((?:\\s*(?:,|/|&|and|to|-|–)\\s*"
                       "(?:q|question|request)?\\s*\\d{1,2}\\b)+)(?=\\s*(?:[.):–-]|$))\\s*[.):–-]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView lineText = QStringView(text).mid(line.start, line.end - line.start);
    QRegularExpressionMatch m = grouped.match(lineText);
    if (!m.hasMatch())
        m = plural.match(lineText);
    if (!m.hasMatch())
        return std::nullopt;
    static const QRegularExpression number(QStringLiteral("\\d{1,2}"));
    static const QRegularExpression range(QStringLiteral("\\bto\\b|[-–]"));
    QList<int> questions{m.captured(1).toInt()};
    const QString tail = m.captured(2);
    qsizetype after = 0;
    for (auto it = number.globalMatch(tail); it.hasNext();) {
        const QRegularExpressionMatch n = it.next();
        const int q = n.captured(0).toInt();
        if (range.match(tail.mid(after, n.capturedStart(0) - after)).hasMatch())
            for (int between = questions.last() + 1; between < q; ++between)
                questions << between;
        questions << q;
        after = n.capturedEnd(0);
    }
    for (qsizetype i = 0; i < questions.size(); ++i)
        if (questions.at(i) < 1 || questions.at(i) > 10 || (i > 0 && questions.at(i) <= questions.at(i - 1)))
            return std::nullopt; // in order, each once
    Heading h;
    h.question = questions.takeFirst();
    h.alsoAnswers = questions;
    h.lineStart = line.start;
    h.answerStart = line.start + m.capturedEnd(0);
    return h;
}

// A numbered heading: "2.", "2)", "2:", "Q2", "Q2.", "Question 2", after an optional bullet.
// Not "3 for 2022/23 financial year": a bare number opens an answer only with its stop.
std::optional<Heading> numberedHeading(const QString &text, const Line &line, const Line *nextLine)
{
    static const QRegularExpression numbered(
        QStringLiteral("^\\s*(?:[-*•–]\\s*)?(?:(?:q|question|request)\\s*(\\d{1,2})\\b\\s*[.):–-]?|(\\d{1,2})\\s*[.):](?!\\d))\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView lineText = QStringView(text).mid(line.start, line.end - line.start);
    const QRegularExpressionMatch m = numbered.match(lineText);
    if (!m.hasMatch())
        return std::nullopt;
    const int question = (m.hasCaptured(1) ? m.captured(1) : m.captured(2)).toInt();
    if (question < 1 || question > 10)
        return std::nullopt;
    Heading h;
    h.question = question;
    h.lineStart = line.start;
    h.answerStart = line.start + m.capturedEnd(0);
    // The rest of the line restates the question (then the answer starts on the next line), or
    // it is the answer itself ("5. There have been 25 males referred").
    // A long question may wrap onto the next line (a PDF's layout): then both lines restate it.
    const QString rest = lineText.mid(m.capturedEnd(0)).toString();
    const QString wrapped = nextLine ? rest + QLatin1Char(' ') + text.mid(nextLine->start, nextLine->end - nextLine->start)
                                     : QString();
    for (const QuestionWording &w : kWordings) {
        if (w.question != question)
            continue;
        if (const auto extra = extraWords(wordsOf(rest), w); extra && *extra <= kExtraWordsAllowed) {
            h.restated = true;
            h.answerStart = line.end;
            // "… into the programme – 14": the answer follows the question on its line.
            if (const auto after = answerAfterRestatement(rest, w))
                h.answerStart = line.start + m.capturedEnd(0) + *after;
        } else if (const auto wrappedExtra = nextLine ? extraWords(wordsOf(wrapped), w) : std::nullopt;
                   wrappedExtra && *wrappedExtra <= kExtraWordsAllowed) {
            h.restated = true;
            h.answerStart = nextLine->end;
        }
    }
    if (!h.restated && nextLine && isShortTitle(rest, QStringView(text).mid(nextLine->start, nextLine->end - nextLine->start)))
        h.answerStart = line.end;
    return h;
}

// A line that only restates a question, without its number.
std::optional<Heading> wordedHeading(const QString &text, const Line &line)
{
    const QStringView lineText = QStringView(text).mid(line.start, line.end - line.start);
    const int question = questionRestatedBy(lineText);
    if (question == 0)
        return std::nullopt;
    Heading h{question, {}, line.start, line.end, true};
    for (const QuestionWording &w : kWordings)
        if (w.question == question)
            if (const auto after = answerAfterRestatement(lineText.toString(), w))
                h.answerStart = line.start + *after;
    return h;
}

// The letter's closing lines, where answers end.
bool isClosingLine(QStringView line)
{
    static const QRegularExpression closing(
        QStringLiteral("^\\s*(if you (have any|are (un|not |dis))|yours (sincerely|faithfully)|kind regards|"
                       "please (note|remember)|your right|the office of the police and crime commissioner provides "
                       "you|if you decide|you have the right|in complying with)"),
        QRegularExpression::CaseInsensitiveOption);
    return closing.match(line).hasMatch();
}
} // namespace

int questionRestatedBy(QStringView line)
{
    const QStringList words = wordsOf(line);
    if (words.isEmpty())
        return 0;
    int best = 0;
    int bestExtra = kExtraWordsAllowed + 1;
    for (const QuestionWording &w : kWordings) {
        const auto extra = extraWords(words, w);
        if (extra && *extra < bestExtra) {
            best = w.question;
            bestExtra = *extra;
        }
    }
    return best;
}

QSet<int> questionsRestatedIn(const QString &letter)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(?:[-*•–]\\s*)?(?:(?:q|question|request)\\s*)?\\d{1,2}\\s*[.):]?\\s*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QSet<int> restated;
    for (const Line &line : linesOf(letter)) {
        QString text = letter.mid(line.start, line.end - line.start);
        text.remove(number);
        if (const int q = questionRestatedBy(text); q > 0)
            restated.insert(q);
    }
    return restated;
}

QMap<int, AnswerSection> findAnswerSections(const QString &letter)
{
    const QList<Line> lines = linesOf(letter);
    QList<Heading> headings;
    QList<qsizetype> closings;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        const QStringView lineText = QStringView(letter).mid(line.start, line.end - line.start);
        if (lineText.contains(QLatin1Char('\t')))
            continue; // a table's row: the table is read as a table
        const Line *next = i + 1 < lines.size() && !QStringView(letter).mid(lines.at(i + 1).start, lines.at(i + 1).end - lines.at(i + 1).start).trimmed().isEmpty()
                               ? &lines.at(i + 1)
                               : nullptr;
        if (const auto g = groupedHeading(letter, line))
            headings << *g;
        else if (const auto h = numberedHeading(letter, line, next))
            headings << *h;
        else if (const auto worded = wordedHeading(letter, line))
            headings << *worded;
        else if (isClosingLine(lineText))
            closings << line.start;
    }
    // The letter's copy of the request: a run of three or more restated questions with nothing
    // between them but blank lines and the request's own asides ("(Inclusive of Statutory, …)").
    // Those headings open no answer, even where the letter never answers the question again.
    QList<bool> inRequest(headings.size(), false);
    const auto onlyAsides = [&letter](qsizetype from, qsizetype to) {
        for (const QString &line : letter.mid(from, to - from).split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1Char('(')))
                return false;
        }
        return true;
    };
    for (qsizetype i = 0; i < headings.size();) {
        qsizetype j = i;
        while (j + 1 < headings.size() && headings.at(j).restated && headings.at(j + 1).restated
               && onlyAsides(headings.at(j).answerStart, headings.at(j + 1).lineStart))
            ++j;
        if (j - i + 1 >= 3)
            for (qsizetype k = i; k <= j; ++k)
                inRequest[k] = true;
        i = j + 1;
    }
    QMap<int, AnswerSection> sections;
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const Heading &h = headings.at(i);
        if (inRequest.at(i))
            continue;
        qsizetype end = i + 1 < headings.size() ? headings.at(i + 1).lineStart : letter.size();
        for (qsizetype closing : std::as_const(closings))
            if (closing > h.lineStart && closing < end)
                end = closing;
        AnswerSection s;
        s.question = h.question;
        s.headingStart = h.lineStart;
        // "Response:" or "Answer:" opening a line marks where the answer starts (what comes
        // before it is the question, in the letter's own words), and is no part of it.
        static const QRegularExpression opener(
            QStringLiteral("^[ \\t]*(?:our\\s+)?(?:response|answer|reply)[ \\t]*[:.–-][ \\t]*"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        qsizetype start = std::min(h.answerStart, end);
        // Only on the answer's first line, or after one line of the question's words (no number):
        // "14 males self-referred.\nResponse: 2 were later withdrawn." keeps its 14.
        if (const QRegularExpressionMatch m = opener.match(QStringView(letter).mid(start, end - start)); m.hasMatch()) {
            const QString before = letter.mid(start, m.capturedStart(0)).trimmed();
            static const QRegularExpression digit(QStringLiteral("\\d"));
            if (before.isEmpty() || (!before.contains(QLatin1Char('\n')) && !before.contains(digit)))
                start += m.capturedEnd(0);
        }
        s.start = start;
        s.end = end;
        s.restated = h.restated;
        s.answeredAgain = sections.contains(h.question);
        s.groupedWith = int(h.alsoAnswers.size());
        sections.insert(h.question, s); // the last heading of a question wins: the request comes first
        for (int q : h.alsoAnswers) {
            AnswerSection shared = s;
            shared.question = q;
            shared.answeredAgain = sections.contains(q);
            sections.insert(q, shared);
        }
    }
    return sections;
}

} // namespace dapp
