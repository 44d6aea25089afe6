// Reading a letter's lists: the referrers of question 8, the funders of question 9.
#include "letters/letterlists.h"
#include "interchange/tidyimport.h"
#include "letters/answerreading.h"
#include "letters/extractorsupport.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace dapp {

namespace {
// A list's items, split at commas, semicolons and "and", but not inside brackets or a number
// ("the Commissioner (£60,000) and the Home Office (£45,500)" is two items), and not at an
// "and" inside a name the bodies that answer these letters bear ("Police and Crime
// Commissioner", "Children and Families Service", "Avon and Somerset Police").
QStringList splitItems(const QString &list)
{
    static const QRegularExpression between(
        QStringLiteral("(?:\\s*(?:(?<!\\d),|,(?!\\d{3})|;)\\s*(?:and\\s+)?|\\s+and\\s+)(?![^()]*\\))"));
    static const QRegularExpression insideAName(
        QStringLiteral("^(?:Crime|Families|Family|Young|Rescue|Somerset|Wear|Hove|Rutland|Swindon|Cornwall|Wales|"
                       "Powys|Lewis|Partnerships?)\\b"));
    QStringList items;
    qsizetype from = 0;
    for (auto it = between.globalMatch(list); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString separator = m.captured(0).trimmed();
        const bool andAlone = separator.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0;
        if (andAlone && insideAName.match(QStringView(list).mid(m.capturedEnd(0))).hasMatch())
            continue;
        items << list.mid(from, m.capturedStart(0) - from);
        from = m.capturedEnd(0);
    }
    items << list.mid(from);
    items.removeIf([](const QString &item) { return item.trimmed().isEmpty(); });
    return items;
}

// An answer that is one sentence naming organisations and nothing else: "Wiltshire Police,
// Swindon Borough Council and the Probation Service." Each item a name of a few words with a
// capital; any verb, or an item that is no name, and it is no list.
QStringList namesInOneSentence(const QString &body, const QRegularExpression &sentenceWord)
{
    QString t = body.simplified();
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    if (t.isEmpty() || t.contains(QLatin1Char('.')) || sentenceWord.match(t).hasMatch())
        return {};
    QStringList names;
    for (QString item : splitItems(t)) {
        item.remove(QRegularExpression(QStringLiteral("^the\\s+"), kCaseless));
        if (item.isEmpty() || !item.at(0).isUpper() || item.count(QLatin1Char(' ')) >= 10)
            return {};
        // A name's words have capitals, but for its small joining words: "Referrals came from
        // Kent Police" is a sentence.
        static const QRegularExpression lowerWord(QStringLiteral("(?:^|\\s)(?!(?:of|the|for|and|in|on|to|de)\\b)\\p{Ll}"));
        if (lowerWord.match(item).hasMatch())
            return {};
        names << item.trimmed();
    }
    return names.size() >= 2 ? names : QStringList();
}

// A list as a letter lays one out: bulleted lines, or one line of short items separated by
// commas, semicolons or "and", or one sentence of names.
QStringList listItems(const QString &text, const AnswerSection &section, bool *fromOneSentence = nullptr)
{
    if (fromOneSentence)
        *fromOneSentence = false;
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
        if (sentenceWord.match(t).hasMatch() || t.split(QLatin1Char(' ')).size() > 8) {
            const QStringList names = namesInOneSentence(body, sentenceWord);
            if (fromOneSentence)
                *fromOneSentence = !names.isEmpty();
            return names;
        }
        for (QString part : splitItems(t)) {
            part = part.trimmed();
            if (part.endsWith(QLatin1Char('.')) && !part.endsWith(QLatin1String("Ltd.")))
                part.chop(1); // the list's full stop, not the name's
            items << part;
        }
    }
    // "Not held", "N/A", "Commercially sensitive": a status said where a list was asked for is
    // no organisation.
    static const QRegularExpression status(
        QStringLiteral("^\\W*(?:n/?a|none|nil|not\\s+(?:held|known|applicable|recorded|available)|unknown|"
                       "commercially\\s+sensitive|withheld|exempt\\b.*|information\\s+not\\s+held)\\W*$"),
        kCaseless);
    items.removeIf([](const QString &item) { return status.match(item).hasMatch(); });
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
} // namespace

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
    bool oneSentence = false;
    QStringList items = listItems(text, section, &oneSentence);
    if (items.isEmpty()) {
        // "Referrals came from Kent Police, Children's Social Services and the National Probation
        // Service.": each named as the letter names it, when every item is a name.
        static const QRegularExpression from(QStringLiteral("\\b(?:came|come|were received|are received|were made|are made)\\s+"
                                                            "(?:from|by|via)\\s+([^.]+)"), kCaseless);
        if (const QRegularExpressionMatch m = from.match(section.text(text)); m.hasMatch()) {
            QStringList named;
            for (QString item : splitItems(m.captured(1))) {
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
        p.referrers = oneSentence ? evidenceAt(text, section.start, section.end, Confidence::NeedsLook,
                                               ExtractorText::tr("names read from one sentence: check each is whole"))
                                  : evidenceAt(text, section.start, section.end, Confidence::Certain);
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
        p.referrers = sentences.isEmpty()
                          ? missing(ExtractorText::tr("the letter gives no answer to question 8"))
                          : evidenceAt(text, sentences.first().start, sentences.first().end, Confidence::NeedsLook,
                                       named.isEmpty() ? ExtractorText::tr("no organisation recognised in the answer")
                                                       : ExtractorText::tr("organisations recognised by name: check none "
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
    // "The programme is funded by the Kent PCC (70%) and Kent County Council (30%)", "funded
    // in full by the PCC".
    static const QRegularExpression fundedBy(QStringLiteral("\\b(?:funded|paid for|financed)\\s+(?:jointly\\s+|in\\s+full\\s+|entirely\\s+|"
                                                            "wholly\\s+|solely\\s+|fully\\s+)?by\\s+([^.]+)"),
                                             kCaseless);
    for (const Sentence &s : sentences) {
        const QRegularExpressionMatch m = fundedBy.match(s.text(text).toString());
        if (!m.hasMatch())
            continue;
        for (QString item : splitItems(m.captured(1))) {
            item.remove(QRegularExpression(QStringLiteral("^the\\s+"), kCaseless));
            p.values.funders << parseFunderText(item);
        }
        p.funders
            = evidenceAt(text, s.start, s.end, Confidence::NeedsLook,
                         ExtractorText::tr("funders read from a sentence: check each name and its share or amount"));
        p.values.fundersQuote = p.funders.quote;
        return;
    }
    bool oneSentence = false;
    QStringList items = listItems(text, section, &oneSentence);
    items.removeIf([](const QString &item) { return item.startsWith(QLatin1String("(Inclusive"), Qt::CaseInsensitive); });
    for (const QString &item : std::as_const(items))
        p.values.funders << parseFunderText(item);
    if (!items.isEmpty())
        p.funders = oneSentence ? evidenceAt(text, section.start, section.end, Confidence::NeedsLook,
                                             ExtractorText::tr("names read from one sentence: check each is whole"))
                                : evidenceAt(text, section.start, section.end, Confidence::Certain);
    else
        p.funders = sentences.isEmpty()
                        ? missing(ExtractorText::tr("the letter gives no answer to question 9"))
                        : evidenceAt(text, sentences.first().start, sentences.first().end, Confidence::NeedsLook,
                                     ExtractorText::tr("no funder recognised in the answer"));
    p.values.fundersQuote = sentences.isEmpty() ? QString() : sentences.first().text(text).toString();
}

} // namespace dapp
