// The phrasing rules of an answer, each a pattern that letters really use (PRODUCT.md, and
// the letters in shared/letters): see answerreading.h.
#include "letters/answerreading.h"
#include "domain/numberwords.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(LetterReading)
};

constexpr auto kCaseless = QRegularExpression::CaseInsensitiveOption;

// A sentence's status words. Each pattern is a way letters say it.
struct StatusPattern
{
    FigureStatus status;
    QRegularExpression pattern;
};
const QList<StatusPattern> &statusPatterns()
{
    static const QList<StatusPattern> patterns = {
        {FigureStatus::NotApplicable,
         QRegularExpression(QStringLiteral("not applicable|\\bn/a\\b|not possible to self[\\s-]*refer|"
                                           "(can ?not|unable to|are not able to) self[\\s-]*refer|"
                                           "no self[\\s-]*referrals? (route|pathway|option)|"
                                           "does not (accept|take|allow) self[\\s-]*referrals?|"
                                           "self[\\s-]*referrals? (is|are) not (accepted|possible|an option)"),
                            kCaseless)},
        {FigureStatus::Withheld,
         QRegularExpression(QStringLiteral("\\b(exempt(ion)?|withh[eo]ld|withholding)\\b.{0,160}\\b(section|sec\\.?|s\\.?)\\s*\\d+|"
                                           "\\b(section|sec\\.?|s\\.?)\\s*\\d+.{0,160}\\b(exempt(ion)?|withh[eo]ld|withholding|"
                                           "neither confirm|engaged|applies|applied)\\b"),
                            kCaseless)},
        {FigureStatus::HeldByProvider,
         QRegularExpression(QStringLiteral("held by (the |our )?(service |commissioned )?provider|"
                                           "provider (would|will|may|might|should) (hold|have|be able)|"
                                           "(contact|approach|ask|request (it|this) from) the (service )?provider"),
                            kCaseless)},
        {FigureStatus::NotHeld,
         QRegularExpression(QStringLiteral("\\b(do|does|did) not hold\\b|\\bnot held\\b|\\bno (information|data|records?) "
                                           "(is |are )?held\\b|\\bhold no (information|data|records?)\\b|"
                                           "\\b(do|does|did) not (record|collect|capture)\\b|\\bnot (recorded|collected)\\b|"
                                           "\\bnone (held|recorded|available)\\b"),
                            kCaseless)},
    };
    return patterns;
}

// A real zero said in words.
const QRegularExpression &zeroPattern()
{
    static const QRegularExpression zero(
        QStringLiteral("\\b(is|was|were|are|be)\\s+(zero|nil|none)\\b|^\\s*(zero|nil|none)\\b(?!\\s+(held|recorded|available|known))|"
                       "\\bno (males|females|men|women|perpetrators|referrals|self[\\s-]*referrals|individuals|people) "
                       "(were|have|had|was)\\b"),
        kCaseless);
    return zero;
}

const QRegularExpression &seeAnswerPattern()
{
    static const QRegularExpression see(
        QStringLiteral("\\bsee\\s+(?:the\\s+)?(?:our\\s+)?(?:answer|response|reply)s?\\s+(?:to|for|at|in)\\s+"
                       "(?:question|q)\\s*(\\d{1,2})\\b"),
        kCaseless);
    return see;
}

QString sectionOf(const QString &letter, const Sentence &s) { return s.text(letter).toString(); }

Evidence evidenceOf(const QString &letter, const Sentence &s, Confidence confidence, const QString &why = {})
{
    return evidenceAt(letter, s.start, s.end, confidence, why);
}

QString listOfValues(const QList<qint64> &values, bool money)
{
    QStringList shown;
    for (qint64 v : values)
        shown << (money ? formatMoney(v, true) : QString::number(v));
    return shown.join(QStringLiteral(", "));
}
} // namespace

namespace {
// "approx. 30", "c. 20", "e.g. police": a full stop that ends a word, not a sentence.
bool endsAbbreviation(const QString &letter, qsizetype from, qsizetype dot)
{
    qsizetype w = dot;
    while (w > from && (letter.at(w - 1).isLetter() || letter.at(w - 1) == QLatin1Char('.')))
        --w;
    static const QStringList abbreviations = {QStringLiteral("approx"), QStringLiteral("c"),   QStringLiteral("no"),
                                              QStringLiteral("ref"),    QStringLiteral("e.g"), QStringLiteral("i.e"),
                                              QStringLiteral("etc"),    QStringLiteral("incl"), QStringLiteral("est"),
                                              QStringLiteral("sec"),    QStringLiteral("s"),   QStringLiteral("vs")};
    return abbreviations.contains(letter.mid(w, dot - w).toLower());
}
} // namespace

QList<Sentence> sentencesOf(const QString &letter, qsizetype start, qsizetype end)
{
    QList<Sentence> sentences;
    qsizetype from = start;
    const auto close = [&](qsizetype to) {
        qsizetype a = from;
        qsizetype b = to;
        while (a < b && (letter.at(a).isSpace() || letter.at(a) == QLatin1Char('-') || letter.at(a) == QChar(0x2022)))
            ++a;
        while (b > a && letter.at(b - 1).isSpace())
            --b;
        if (b > a)
            sentences << Sentence{a, b};
        from = to;
    };
    // A line break ends a sentence where a paragraph or a list item ends: before a blank line, a
    // bullet or a numbered heading, or after a full stop. Otherwise it is a line wrapped by the
    // layout (a PDF's lines), and the sentence goes on.
    static const QRegularExpression opensItem(QStringLiteral("^[ \\t]*(?:$|[-*•–][ \\t]|\\(?\\d{1,2}[.):][ \\t]|"
                                                             "(?:q|question)[ \\t]*\\d)"),
                                              kCaseless);
    for (qsizetype i = start; i < end; ++i) {
        const QChar c = letter.at(i);
        if (c == QLatin1Char('\n')) {
            qsizetype before = i;
            while (before > from && letter.at(before - 1).isSpace())
                --before;
            const bool stops = before > from && QStringLiteral(".!?:").contains(letter.at(before - 1));
            const qsizetype nextEnd = letter.indexOf(QLatin1Char('\n'), i + 1);
            const QString next = letter.mid(i + 1, (nextEnd < 0 || nextEnd > end ? end : nextEnd) - i - 1);
            if (stops || i + 1 >= end || opensItem.match(next).hasMatch()) {
                close(i);
                from = i + 1;
            }
        } else if ((c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!')) && i + 1 < end
                   && letter.at(i + 1) == QLatin1Char(' ') && !(c == QLatin1Char('.') && endsAbbreviation(letter, from, i))) {
            close(i + 1);
        }
    }
    close(end);
    return sentences;
}

namespace {
// What qualifies a number said after it: "fewer than 5", "<5" (captures 1 and 2: at most),
// "over 40", "approx. 30", "some twenty".
const QRegularExpression &qualifierBefore()
{
    static const QRegularExpression qualifier(
        QStringLiteral("(?:\\b(fewer than|less than|under|below)|(<)|\\b(over|more than|greater than|at least|up to|at most|"
                       "approx(?:imately|\\.)?|around|about|circa|c\\.|nearly|almost|roughly|some)|(>))\\s*£?\\s*$"),
        kCaseless);
    return qualifier;
}

// Whether a number after `before` counts the others: "all but 2", "except two".
bool countsTheRest(QStringView before)
{
    static const QRegularExpression rest(QStringLiteral("\\b(?:but|except|apart\\s+from|other\\s+than)\\s*$"), kCaseless);
    return rest.match(before).hasMatch();
}
} // namespace

QList<StatedNumber> statedNumbers(const QString &letter, qsizetype start, qsizetype end)
{
    QList<StatedNumber> numbers;
    const QString text = letter.mid(start, end - start);
    static const QRegularExpression digits(QStringLiteral("(£\\s*)?(?<![\\d.,/])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?![\\d])"));
    static const QRegularExpression notACount(
        QStringLiteral("^(?:\\s*(?:/|-|–)\\s*\\d|\\s*%|\\s*per\\s*cent|(?:st|nd|rd|th)\\b|\\s*(?:years?|months?|weeks?|days?|"
                       "hours?|am|pm|fy)\\b)"),
        kCaseless);
    // "question 2", "section 40", "3-5 years": the number is not a count.
    static const QRegularExpression beforeNotACount(QStringLiteral("(?:\\bquestion|\\bq|\\bsection|\\bs\\.?|\\bsec\\.?|\\bpage|\\bversion|"
                                                                   "\\bref\\.?|\\bno\\.?)\\s*$|\\d\\s*[-–]\\s*$|\\d\\($"),
                                                    kCaseless);
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool money = m.hasCaptured(1) && !m.captured(1).isEmpty();
        const QString after = text.mid(m.capturedEnd(0), 12);
        const QString before = text.mid(std::max<qsizetype>(0, m.capturedStart(0) - 12), std::min<qsizetype>(12, m.capturedStart(0)));
        QString whole = m.captured(2);
        whole.remove(QLatin1Char(','));
        bool ok = false;
        const qint64 units = whole.toLongLong(&ok);
        if (!ok || units > largestFigureValue(FigureKind::Count)) {
            StatedNumber unread{0, money, start + m.capturedStart(0), start + m.capturedEnd(0)};
            unread.usable = false;
            unread.doubt = T::tr("the answer holds a number too large to be a figure (%1…)").arg(whole.left(15));
            numbers << unread;
            continue;
        }
        // What qualifies the number: "fewer than 5", "over 40", "approx. 30", "30+", "£1.2m".
        static const QRegularExpression qualifiedAfter(QStringLiteral("^(?:\\+|\\*|\\s*(?:k|m|bn|million|thousand|billion)\\b|"
                                                                      "\\s*or (?:more|fewer|less|so)\\b)"),
                                                       kCaseless);
        // A number of things, not of people or money: "4 agencies", "2 referral routes".
        static const QRegularExpression ofThings(QStringLiteral("^\\s*(?:agencies|organisations|organizations|sessions|"
                                                                "partners|providers|areas|districts|routes|referral routes|"
                                                                "pathways|staff|posts|courses|groups)\\b"),
                                                 kCaseless);
        const QString wider = text.mid(std::max<qsizetype>(0, m.capturedStart(0) - 20),
                                       std::min<qsizetype>(20, m.capturedStart(0)));
        const QRegularExpressionMatch q = qualifierBefore().match(wider);
        QString doubt;
        bool atMost = false;
        QString qualified;
        if (q.hasMatch()) {
            qualified = (q.captured(0).trimmed() + QLatin1Char(' ') + m.captured(0)).simplified();
            atMost = q.hasCaptured(1) || q.hasCaptured(2);
        } else if (qualifiedAfter.match(after).hasMatch()) {
            qualified = (m.captured(0) + after.left(8)).simplified();
        }
        if (!qualified.isEmpty())
            doubt = T::tr("the letter qualifies it: “%1”").arg(qualified);
        if (money) {
            StatedNumber n{units * 100 + m.captured(3).leftJustified(2, QLatin1Char('0')).toLongLong(), true,
                           start + m.capturedStart(0), start + m.capturedEnd(0)};
            n.doubt = doubt;
            n.qualified = qualified;
            numbers << n;
            continue;
        }
        if (ofThings.match(after).hasMatch())
            continue;
        if (countsTheRest(text.left(m.capturedStart(0))))
            continue; // "All but 2 were accepted": the count is not the number said
        // "3 did not complete", "2 were not accepted": a count of what did not happen.
        static const QRegularExpression negated(
            QStringLiteral("^\\s+(?:[a-z]+\\s+){0,2}?(?:did|were|was|have|had|has|are|is|could|would)\\s+not\\b"), kCaseless);
        if (doubt.isEmpty() && negated.match(text.mid(m.capturedEnd(0), 40)).hasMatch())
            doubt = T::tr("the sentence counts what did not happen: “%1”")
                        .arg(text.mid(m.capturedStart(0), 40).section(QLatin1Char('.'), 0, 0).simplified());
        // A heading's own number ("7. …") at the start of a line, a year, a date, a percentage.
        const bool lineStart = before.isEmpty() || before.endsWith(QLatin1Char('\n'));
        if (!m.captured(3).isEmpty() || notACount.match(after).hasMatch() || beforeNotACount.match(before).hasMatch()
            || (whole.size() == 4 && units >= 1990 && units <= 2099)
            || (lineStart && after.startsWith(QLatin1Char('.'))))
            continue;
        StatedNumber n{units, false, start + m.capturedStart(0), start + m.capturedEnd(0)};
        n.doubt = doubt;
        n.qualified = qualified;
        n.atMost = atMost;
        numbers << n;
    }
    static const QRegularExpression words(
        QStringLiteral("\\b((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                       "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                       "ninety|hundred|thousand)(?:[\\s-]+(?:and[\\s-]+)?)?)+)\\b(?=\\s+(?:males|females|men|women|"
                       "perpetrators|people|individuals|referrals|service users|participants|cases|were|have|had|"
                       "self|of them|of those|of these))"),
        kCaseless);
    for (auto it = words.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        static const QRegularExpression noOne(QStringLiteral("\\bno[\\s-]*$"), kCaseless);
        if (noOne.match(text.left(m.capturedStart(1))).hasMatch())
            continue; // "no one had been accepted" is a zero, read as one
        if (countsTheRest(text.left(m.capturedStart(1))))
            continue; // "All but two of those referred"
        if (const auto value = valueOfNumberWords(m.captured(1).trimmed())) {
            StatedNumber n{*value, false, start + m.capturedStart(1), start + m.capturedStart(1) + m.captured(1).trimmed().size()};
            // "Fewer than five", "approximately twenty": as for digits.
            if (const QRegularExpressionMatch q = qualifierBefore().match(text.left(m.capturedStart(1))); q.hasMatch()) {
                n.qualified = (q.captured(0).trimmed() + QLatin1Char(' ') + m.captured(1).trimmed()).simplified();
                n.atMost = q.hasCaptured(1) || q.hasCaptured(2);
                n.doubt = T::tr("the letter qualifies it: “%1”").arg(n.qualified);
            }
            numbers << n;
        }
    }
    // A number in words standing alone as the answer: "Nine."
    static const QRegularExpression alone(QStringLiteral("^\\s*([a-z]+(?:[\\s-]+[a-z]+)*)\\s*\\.?\\s*$"), kCaseless);
    if (const QRegularExpressionMatch m = alone.match(text); m.hasMatch() && numbers.isEmpty()) {
        if (const auto value = valueOfNumberWords(m.captured(1)); value && m.captured(1).compare(QLatin1String("zero"), Qt::CaseInsensitive) != 0)
            numbers << StatedNumber{*value, false, start + m.capturedStart(1), start + m.capturedEnd(1)};
    }
    std::sort(numbers.begin(), numbers.end(), [](const StatedNumber &a, const StatedNumber &b) { return a.start < b.start; });
    return numbers;
}

FigureReading readFigureAnswer(const QString &letter, const AnswerSection &section, FigureKind kind)
{
    FigureReading reading;
    const QList<Sentence> sentences = sentencesOf(letter, section.start, section.end);
    if (sentences.isEmpty()) {
        reading.figure = Figure::withStatus(FigureStatus::NotProvided);
        reading.evidence.why = T::tr("the letter gives no answer to question %1").arg(section.question);
        return reading;
    }
    // What each sentence says.
    struct Found
    {
        Sentence sentence;
        FigureStatus status;
    };
    QList<Found> statuses;
    QList<std::pair<Sentence, StatedNumber>> numbers;
    std::optional<Sentence> zeroSentence;
    std::optional<std::pair<Sentence, int>> seeAnswer;
    QStringList unreadable;
    for (const Sentence &s : sentences) {
        const QString text = sectionOf(letter, s);
        for (const StatusPattern &p : statusPatterns())
            if (p.pattern.match(text).hasMatch())
                statuses << Found{s, p.status};
        if (const auto m = seeAnswerPattern().match(text); m.hasMatch() && !seeAnswer)
            seeAnswer = std::make_pair(s, m.captured(1).toInt());
        if (kind == FigureKind::Count && zeroPattern().match(text).hasMatch() && !zeroSentence)
            zeroSentence = s;
        for (const StatedNumber &n : statedNumbers(letter, s.start, s.end)) {
            if (!n.usable)
                unreadable << n.doubt; // a number that cannot be a figure: no value, but a doubt
            else if (n.money == (kind == FigureKind::Money))
                numbers << std::make_pair(s, n);
        }
    }
    QList<qint64> distinct;
    for (const auto &[s, n] : numbers)
        if (!distinct.contains(n.value))
            distinct << n.value;
    const QString seeNote = seeAnswer ? T::tr("see answer to question %1").arg(seeAnswer->second) : QString();

    if (!distinct.isEmpty()) {
        // The number that counts people ("3 females were referred"), in a sentence that says
        // "total" or what the question asks; of equals, the first.
        static const QRegularExpression countsPeople(
            QStringLiteral("^\\s*(males|females|men|women|perpetrators|people|individuals|referrals|service users|"
                           "participants|cases|clients|self[\\s-]*referrals)\\b"),
            kCaseless);
        static const QRegularExpression asked(QStringLiteral("\\b(referr|accept|complet|total|budget|cost)"), kCaseless);
        qsizetype chosen = 0;
        int bestScore = -1;
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            const auto &[s, n] = numbers.at(i);
            const QString sentence = sectionOf(letter, s);
            const int score = (countsPeople.match(letter.mid(n.end, 40)).hasMatch() ? 2 : 0)
                              + (sentence.contains(QLatin1String("total"), Qt::CaseInsensitive) ? 3 : 0)
                              + (asked.match(sentence).hasMatch() ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                chosen = i;
            }
        }
        const auto &[sentence, number] = numbers.at(chosen);
        if (number.atMost && kind == FigureKind::Count) {
            // "Fewer than 5", "<5": a small number withheld to protect the people in it, not a count.
            reading.figure = Figure::withStatus(FigureStatus::Withheld, sectionOf(letter, sentence),
                                                T::tr("the letter gives “%1”").arg(number.qualified));
            reading.evidence = evidenceOf(letter, sentence, Confidence::NeedsLook,
                                          T::tr("a small number withheld? %1").arg(number.doubt));
            return reading;
        }
        QStringList doubts = unreadable;
        if (!number.doubt.isEmpty())
            doubts << number.doubt;
        if (section.answeredAgain)
            doubts << T::tr("the letter answers question %1 more than once (for each cohort, or in a note?)").arg(section.question);
        // "9 males are still on the programme and have not yet completed": the number may be of
        // those still engaging, not of those who completed.
        static const QRegularExpression stillEngaging(
            QStringLiteral("\\b(still|continuing|not yet|have not|had not|yet to)\\b"), kCaseless);
        if (stillEngaging.match(sectionOf(letter, sentence)).hasMatch())
            doubts << T::tr("its sentence also speaks of people still engaging");
        if (distinct.size() > 1)
            doubts << T::tr("the answer gives several numbers (%1)").arg(listOfValues(distinct, kind == FigureKind::Money));
        if (!statuses.isEmpty())
            doubts << T::tr("it also says “%1”").arg(statusLabel(statuses.first().status));
        if (seeAnswer)
            doubts << T::tr("it also refers to the answer to question %1").arg(seeAnswer->second);
        // "Nil. The 4 self-referrals received were all from women.": a zero said beside the number.
        if (zeroSentence)
            doubts << T::tr("it also says none");
        // "The contract is worth £360,000 over three years": not one year's budget.
        static const QRegularExpression years(
            QStringLiteral("\\b(?:over|across|for)\\s+(?:the\\s+)?(?:two|three|four|five|\\d+)\\s+years?\\b|\\bmulti[\\s-]*year\\b|"
                           "\\blifetime\\s+of\\s+the\\s+contract\\b"),
            kCaseless);
        if (kind == FigureKind::Money && years.match(sectionOf(letter, sentence)).hasMatch())
            doubts << T::tr("the amount may cover more than one year");
        reading.figure = Figure::reported(number.value, sectionOf(letter, sentence));
        reading.evidence = evidenceOf(letter, sentence, doubts.isEmpty() ? Confidence::Certain : Confidence::NeedsLook,
                                      doubts.join(QStringLiteral("; ")));
        return reading;
    }
    if (zeroSentence) {
        reading.figure = Figure::reported(0, sectionOf(letter, *zeroSentence));
        QStringList doubts = unreadable;
        if (!statuses.isEmpty())
            doubts << T::tr("it also says “%1”").arg(statusLabel(statuses.first().status));
        if (section.answeredAgain)
            doubts << T::tr("the letter answers question %1 more than once").arg(section.question);
        reading.evidence = evidenceOf(letter, *zeroSentence, doubts.isEmpty() ? Confidence::Certain : Confidence::NeedsLook,
                                      doubts.join(QStringLiteral("; ")));
        return reading;
    }
    if (!statuses.isEmpty()) {
        QList<FigureStatus> kinds;
        for (const Found &f : statuses)
            if (!kinds.contains(f.status))
                kinds << f.status;
        const Found &first = statuses.first();
        QString note = seeNote;
        if (first.status == FigureStatus::Withheld) {
            static const QRegularExpression sectionNumber(QStringLiteral("\\b(?:section|sec\\.?|s\\.?)\\s*(\\d+)"), kCaseless);
            note = T::tr("withheld under section %1").arg(sectionNumber.match(sectionOf(letter, first.sentence)).captured(1));
        }
        reading.figure = Figure::withStatus(first.status, sectionOf(letter, first.sentence), note);
        QStringList said;
        for (FigureStatus s : kinds)
            said << T::tr("“%1”").arg(statusLabel(s));
        QStringList doubts = unreadable;
        if (kinds.size() > 1)
            doubts << T::tr("the answer says %1").arg(said.join(T::tr(" and ")));
        if (section.answeredAgain)
            doubts << T::tr("the letter answers question %1 more than once").arg(section.question);
        reading.evidence = evidenceOf(letter, first.sentence, doubts.isEmpty() ? Confidence::Certain : Confidence::NeedsLook,
                                      doubts.join(QStringLiteral("; ")));
        return reading;
    }
    if (seeAnswer) {
        reading.seeQuestion = seeAnswer->second;
        reading.figure = Figure::withStatus(FigureStatus::NotProvided, sectionOf(letter, seeAnswer->first), seeNote);
        reading.evidence = evidenceOf(letter, seeAnswer->first, Confidence::NeedsLook,
                                      T::tr("refers to the answer to question %1").arg(seeAnswer->second));
        return reading;
    }
    reading.figure = Figure::withStatus(FigureStatus::NotProvided, sectionOf(letter, sentences.first()));
    reading.evidence = evidenceOf(letter, sentences.first(), Confidence::NeedsLook,
                                  kind == FigureKind::Money ? T::tr("no amount or status recognised in the answer")
                                                            : T::tr("no number or status recognised in the answer"));
    return reading;
}

QList<StatedCaveat> statedCaveats(const QString &letter, const AnswerSection &section, FigureField field)
{
    struct Cue
    {
        const char *key;
        QRegularExpression pattern;
        bool budgetOnly;
    };
    static const QList<Cue> cues = {
        {"all crime types",
         QRegularExpression(QStringLiteral("\\b(this |which |that )?(covers|includes?|including|relates? to) all (crime|offence) types|"
                                           "not (just|only|solely|purely) (DA|domestic abuse)"),
                            kCaseless),
         false},
        {"still engaging",
         QRegularExpression(QStringLiteral("(continuing|continue|still) (to engage|engaging)|had not (yet )?completed|"
                                           "(are|were) still (on|in) the programme"),
                            kCaseless),
         false},
        {"budget covers more",
         // "…includes females referred for other support than purely DA Perpetrator support"
         QRegularExpression(QStringLiteral("(budget|funding|cost).{0,80}\\b(includes?|covers?)\\b.{0,80}\\b(other|more)\\b.{0,30}\\bthan\\b|"
                                           "\\b(not|than) (purely|solely|only|just) (for )?(the )?(DA|domestic abuse|programme|perpetrator)"),
                            kCaseless),
         true},
        // A number given with a part of it the office does not hold ("3 females were referred …,
        // however, we do not hold the information pertaining to which referral route …"). Only a
        // caveat beside a reported figure: alone, not holding the information is the status.
        {"part not held",
         QRegularExpression(QStringLiteral("\\b(?:do|does|did)\\s+not\\s+(?:hold|record|keep|have)\\s+(?:the\\s+|this\\s+|any\\s+)?"
                                           "(?:information|data|details|records?|breakdown)\\s+"
                                           "(?:pertaining\\s+to|relating\\s+to|about|regarding|as\\s+to|on|of)\\s+(?:which|who|how|where|what|the)\\b"),
                            kCaseless),
         false},
    };
    QList<StatedCaveat> found;
    for (const Sentence &s : sentencesOf(letter, section.start, section.end)) {
        const QString text = s.text(letter).toString();
        for (const Cue &cue : cues) {
            if (cue.budgetOnly != (field == FigureField::Budget))
                continue;
            const QRegularExpressionMatch m = cue.pattern.match(text);
            if (!m.hasMatch())
                continue;
            // The clause that says it: from the comma before the cue ("…is 138, this covers all
            // crime types, not just DA" → "covers all crime types, not just DA").
            // A caveat after a semicolon is its own clause ("40 men completed; a further 9 were
            // still engaging").
            qsizetype from = text.lastIndexOf(QLatin1Char(','), m.capturedStart(0));
            const bool clauseAfterComma = cue.key == QByteArrayView("all crime types") || cue.key == QByteArrayView("part not held");
            if (!clauseAfterComma)
                from = text.lastIndexOf(QLatin1Char(';'), m.capturedStart(0));
            QString clause = from >= 0 ? text.mid(from + 1) : text;
            clause = clause.simplified(); // a PDF's wrapped lines are one clause
            static const QRegularExpression lead(QStringLiteral("^((?:however|but|although|though),?\\s+)?(this|which|that)?\\s*"), kCaseless);
            clause.remove(lead);
            while (clause.endsWith(QLatin1Char('.')))
                clause.chop(1);
            found << StatedCaveat{clause, QString::fromLatin1(cue.key), s};
            break;
        }
    }
    return found;
}

} // namespace dapp
