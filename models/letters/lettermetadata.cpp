// Reading a letter's metadata: see lettermetadata.h.
#include "letters/lettermetadata.h"
#include "domain/areas.h"
#include "domain/financialyear.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
// Named T itself, not an alias: lupdate does not follow `using T = …` to the context.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(LetterMetadata)
};

constexpr auto kCaseless = QRegularExpression::CaseInsensitiveOption;
// Where a letter's head ends: its letterhead, reference, date and address come before.
constexpr qsizetype kHeadLength = 1500;

// The line around `position`.
std::pair<qsizetype, qsizetype> lineAround(const QString &text, qsizetype position)
{
    const qsizetype start = text.lastIndexOf(QLatin1Char('\n'), position - 1) + 1;
    qsizetype end = text.indexOf(QLatin1Char('\n'), position);
    return {start, end < 0 ? text.size() : end};
}

void readReference(const QString &text, LetterExtraction &out)
{
    static const QRegularExpression foi(QStringLiteral("\\bFOI[\\s/-]*(?:no\\.?\\s*)?\\d+(?:[/-]\\d+)*\\b"), kCaseless);
    static const QRegularExpression request(
        QStringLiteral("\\b(?:Freedom of Information|FOI)\\s+Request\\s+(?:(?:no|number|ref(?:erence)?)\\.?\\s*)?:?\\s*"
                       "([A-Z]{1,5}[-/]?\\d[\\w/-]*)"),
        kCaseless);
    static const QRegularExpression reference(
        QStringLiteral("\\b(?:our\\s+)?ref(?:erence)?\\b(?:\\s+(?:no|number)\\.?)?\\s*[:.]?[ \\t]*"
                       "([A-Z]{2,6}[ ]\\d[\\w/-]*|[A-Z0-9][A-Z0-9/-]{3,})"),
        kCaseless);
    QRegularExpressionMatch m = foi.match(text);
    if (m.hasMatch()) {
        // "FOI" inside a longer reference ("NPCC-FOI-0932") is part of it: the whole is taken.
        qsizetype start = m.capturedStart(0);
        while (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == QLatin1Char('-')
                             || text.at(start - 1) == QLatin1Char('/')))
            --start;
        out.letter.foiReference = text.mid(start, m.capturedEnd(0) - start).simplified();
        const bool inHead = start < kHeadLength;
        out.foiReference = evidenceAt(text, start, m.capturedEnd(0),
                                      inHead ? Confidence::Certain : Confidence::NeedsLook,
                                      inHead ? QString() : T::tr("found in the body of the letter, not its head"));
        return;
    }
    // "FOI Ref: 2023-PFCC-118": whatever the reference looks like, the letter says it is the FOI's.
    static const QRegularExpression foiRef(
        QStringLiteral("\\b(?:FOI|Freedom of Information)\\s+ref(?:erence)?(?:\\s+(?:no|number)\\.?)?[ \\t]*[:.]?[ \\t]*"
                       "([A-Z0-9][\\w/-]*\\d[\\w/-]*)"),
        kCaseless);
    if (m = foiRef.match(text); m.hasMatch() && m.capturedStart(1) < kHeadLength) {
        out.letter.foiReference = m.captured(1);
        out.foiReference = evidenceAt(text, m.capturedStart(1), m.capturedEnd(1), Confidence::Certain);
        return;
    }
    if (m = request.match(text); m.hasMatch() && m.capturedStart(1) < kHeadLength) {
        out.letter.foiReference = m.captured(1);
        out.foiReference = evidenceAt(text, m.capturedStart(1), m.capturedEnd(1), Confidence::Certain);
        return;
    }
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        m = it.next();
        if (!m.captured(1).contains(QRegularExpression(QStringLiteral("\\d"))))
            continue;
        out.letter.foiReference = m.captured(1);
        out.foiReference = evidenceAt(text, m.capturedStart(1), m.capturedEnd(1), Confidence::NeedsLook,
                                      T::tr("a reference number without “FOI”: check it is the request's"));
        return;
    }
    out.foiReference.why = T::tr("the letter gives no reference");
}

struct DateFound
{
    QDate date;
    qsizetype start;
    qsizetype end;
};

QList<DateFound> datesIn(const QString &text)
{
    static const QRegularExpression written(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(January|February|March|April|May|June|July|August|"
                       "September|October|November|December)\\s*,?\\s+(\\d{4})\\b"),
        kCaseless);
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b"));
    QList<DateFound> dates;
    for (auto it = written.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        // Month names in English whatever the locale: letters are written in English.
        const QDate english(m.captured(3).toInt(),
                            QStringList{QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
                                        QStringLiteral("april"), QStringLiteral("may"), QStringLiteral("june"),
                                        QStringLiteral("july"), QStringLiteral("august"), QStringLiteral("september"),
                                        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")}
                                    .indexOf(m.captured(2).toLower())
                                + 1,
                            m.captured(1).toInt());
        if (english.isValid())
            dates << DateFound{english, m.capturedStart(0), m.capturedEnd(0)};
    }
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt()); // British: day first
        if (d.isValid())
            dates << DateFound{d, m.capturedStart(0), m.capturedEnd(0)};
    }
    std::sort(dates.begin(), dates.end(), [](const DateFound &a, const DateFound &b) { return a.start < b.start; });
    return dates;
}

void readDates(const QString &text, LetterExtraction &out)
{
    static const QRegularExpression aboutTheRequest(QStringLiteral("request|received|requested|asked|wrote to|dated"),
                                                    kCaseless);
    for (const DateFound &d : datesIn(text)) {
        const auto [lineStart, lineEnd] = lineAround(text, d.start);
        // The sentence the date stands in (a line may hold several).
        const qsizetype sentenceStart = std::max(lineStart, text.lastIndexOf(QLatin1String(". "), d.start) + 1);
        const QString sentence = text.mid(sentenceStart, d.end - sentenceStart);
        if (aboutTheRequest.match(sentence).hasMatch()) {
            if (!out.letter.requestReceived.isValid()) {
                out.letter.requestReceived = d.date;
                out.requestReceived = evidenceAt(text, d.start, d.end, Confidence::Certain);
            }
        } else if (!out.letter.responseDate.isValid() && d.start < kHeadLength && lineEnd - lineStart < 60) {
            // A date on a short line of the head is the letter's own.
            out.letter.responseDate = d.date;
            out.responseDate = evidenceAt(text, d.start, d.end, Confidence::Certain);
        }
    }
    if (!out.letter.requestReceived.isValid())
        out.requestReceived.why = T::tr("the letter does not say when the request was received");
    if (!out.letter.responseDate.isValid())
        out.responseDate.why = T::tr("the letter is not dated");
}

void readYearAndCohort(const QString &text, LetterExtraction &out)
{
    static const QRegularExpression year(
        QStringLiteral("\\b(\\d{4}\\s*[/-]\\s*\\d{2,4}|\\d{2}/\\d{2})\\s*financial\\s+year|financial\\s+year\\s*(?:of\\s+)?"
                       "(\\d{4}\\s*[/-]\\s*\\d{2,4})"),
        kCaseless);
    if (const QRegularExpressionMatch m = year.match(text); m.hasMatch()) {
        const int group = m.hasCaptured(1) && !m.captured(1).isEmpty() ? 1 : 2;
        const FinancialYearParse parsed = parseFinancialYear(m.captured(group).remove(QLatin1Char(' ')));
        if (!parsed.year.isEmpty()) {
            out.letter.financialYear = parsed.year;
            out.financialYear = evidenceAt(text, m.capturedStart(0), m.capturedEnd(0), Confidence::Certain);
        }
    }
    if (out.letter.financialYear.isEmpty()) {
        // "… for females in 2022/23": a year range named without the words "financial year".
        static const QRegularExpression range(QStringLiteral("\\b(20\\d{2}\\s*[/-]\\s*\\d{2}(?:\\d{2})?)\\b"));
        for (auto it = range.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const FinancialYearParse parsed = parseFinancialYear(m.captured(1).remove(QLatin1Char(' ')));
            if (parsed.year.isEmpty())
                continue;
            out.letter.financialYear = parsed.year;
            out.financialYear = evidenceAt(text, m.capturedStart(1), m.capturedEnd(1), Confidence::NeedsLook,
                                           T::tr("the first year range the letter names; it does not say “financial year”"));
            break;
        }
    }
    if (out.letter.financialYear.isEmpty())
        out.financialYear.why = T::tr("the letter names no financial year");

    static const QRegularExpression male(QStringLiteral("\\b(males|men)\\b"), kCaseless);
    static const QRegularExpression female(QStringLiteral("\\b(females|women)\\b"), kCaseless);
    const qsizetype males = text.count(male);
    const qsizetype females = text.count(female);
    const QRegularExpressionMatch first = (males >= females ? male : female).match(text);
    if (males == 0 && females == 0) {
        // "programmes for male perpetrators": the word as an adjective, where no noun says it.
        static const QRegularExpression maleAdjective(
            QStringLiteral("\\bmale\\s+(?:DA\\s+|domestic\\s+abuse\\s+)?(?:perpetrators?|offenders?)\\b"), kCaseless);
        static const QRegularExpression femaleAdjective(
            QStringLiteral("\\bfemale\\s+(?:DA\\s+|domestic\\s+abuse\\s+)?(?:perpetrators?|offenders?)\\b"), kCaseless);
        // Not "does not accept female perpetrators": that says whom a programme turns away.
        const auto firstSaid = [&text](const QRegularExpression &pattern) {
            static const QRegularExpression refusing(QStringLiteral("\\bnot\\s+(?:accept|take|work\\s+with)\\s*$"), kCaseless);
            for (auto it = pattern.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (!refusing.match(QStringView(text).mid(std::max<qsizetype>(0, m.capturedStart(0) - 30),
                                                          m.capturedStart(0) - std::max<qsizetype>(0, m.capturedStart(0) - 30)))
                         .hasMatch())
                    return m;
            }
            return QRegularExpressionMatch();
        };
        const QRegularExpressionMatch isMale = firstSaid(maleAdjective);
        const QRegularExpressionMatch isFemale = firstSaid(femaleAdjective);
        if (isMale.hasMatch() != isFemale.hasMatch()) {
            const QRegularExpressionMatch &said = isMale.hasMatch() ? isMale : isFemale;
            out.letter.cohort = isMale.hasMatch() ? Cohort::Male : Cohort::Female;
            out.cohort = evidenceAt(text, said.capturedStart(0), said.capturedEnd(0), Confidence::NeedsLook,
                                    T::tr("read from “%1”: the letter never says males or females").arg(said.captured(0)));
            return;
        }
        out.letter.cohort = Cohort::All;
        out.cohort.why = T::tr("the letter asks about neither males nor females");
        return;
    }
    out.letter.cohort = males >= females ? Cohort::Male : Cohort::Female;
    const bool clear = std::min(males, females) * 3 <= std::max(males, females);
    out.cohort = evidenceAt(text, first.capturedStart(0), first.capturedEnd(0),
                            clear ? Confidence::Certain : Confidence::NeedsLook,
                            clear ? QString() : T::tr("the letter speaks of males %1 times and of females %2 times")
                                                    .arg(males)
                                                    .arg(females));
}

// Where the Information Commissioner's address stands: an area named there is not the letter's.
bool inCommissionersAddress(const QString &text, qsizetype position)
{
    static const QRegularExpression ico(QStringLiteral("Information Commissioner|Wycliffe House"), kCaseless);
    for (auto it = ico.globalMatch(text); it.hasNext();) {
        const qsizetype at = it.next().capturedStart(0);
        if (position > at && position < at + 300)
            return true;
    }
    return false;
}

void readBodyAndArea(const QString &text, LetterExtraction &out)
{
    // The area: the first of the 43 that the letter names, outside the Commissioner's address.
    qsizetype best = -1;
    const Area *found = nullptr;
    qsizetype foundEnd = 0;
    for (const Area &area : Areas::all()) {
        if (area.code == kUnknownAreaCode)
            continue;
        QString pattern = QRegularExpression::escape(area.name);
        pattern.replace(QStringLiteral("\\ and\\ "), QStringLiteral("\\s+(?:and|&)\\s+"));
        pattern.replace(QStringLiteral("and"), QStringLiteral("(?:and|&)"));
        const QRegularExpression name(QStringLiteral("\\b%1\\b").arg(pattern), kCaseless);
        for (auto it = name.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (inCommissionersAddress(text, m.capturedStart(0)))
                continue;
            if (best < 0 || m.capturedStart(0) < best) {
                best = m.capturedStart(0);
                found = &area;
                foundEnd = m.capturedEnd(0);
            }
            break;
        }
    }
    // A letterhead may wrap the office's name over lines, but an area's name stays on its line.
    static const QRegularExpression officeFor(
        QStringLiteral("\\bOffice of the Police(?:,)?\\s+(?:Fire\\s+)?and\\s+Crime\\s+Commissioner\\s+for[ ]+"
                       "([A-Z][\\w-]*(?:[ ]+(?:and|&)[ ]+[A-Z][\\w-]*|[ ]+[A-Z][\\w-]*)*)"));
    static const QRegularExpression namedOffice(
        QStringLiteral("\\b([A-Z][\\w-]*(?:[ ]+(?:and|&)[ ]+[A-Z][\\w-]*|[ ]+[A-Z][\\w-]*)*)[ ]+Police(?:,)?[ ]+(?:Fire[ ]+)?"
                       "and[ ]+Crime[ ]+Commissioner(?:'|’)s[ ]+Office\\b"));
    static const QRegularExpression office(QStringLiteral("\\bOffice of the Police(?:,)?\\s+(?:Fire\\s+)?and\\s+Crime\\s+"
                                                          "Commissioner\\b|\\bOPCC\\b"));
    // "Dyfed-Powys Police and Crime Commissioner" heading the letter: the body by its title.
    static const QRegularExpression titled(
        QStringLiteral("^[ \\t]*([A-Z][\\w-]*(?:[ ]+(?:and|&)[ ]+[A-Z][\\w-]*|[ ]+[A-Z][\\w-]*)*)[ ]+Police(?:,)?[ ]+(?:Fire[ ]+)?"
                       "and[ ]+Crime[ ]+Commissioner[ \\t]*$"),
        QRegularExpression::MultilineOption);
    // "Police and Crime Commissioner for Suffolk" heading the letter.
    static const QRegularExpression titledFor(
        QStringLiteral("^[ \\t]*Police(?:,)?[ ]+(?:Fire[ ]+)?and[ ]+Crime[ ]+Commissioner[ ]+for[ ]+"
                       "[A-Z][\\w-]*(?:[ ]+(?:and|&)[ ]+[A-Z][\\w-]*|[ ]+[A-Z][\\w-]*)*[ \\t]*$"),
        QRegularExpression::MultilineOption);
    if (QRegularExpressionMatch m = officeFor.match(text); m.hasMatch()) {
        out.letter.issuingBody = m.captured(0).simplified();
        out.issuingBody = evidenceAt(text, m.capturedStart(0), m.capturedEnd(0), Confidence::Certain);
    } else if (m = namedOffice.match(text); m.hasMatch()) {
        out.letter.issuingBody = m.captured(0).simplified();
        out.issuingBody = evidenceAt(text, m.capturedStart(0), m.capturedEnd(0), Confidence::Certain);
    } else if (m = titled.match(text); m.hasMatch() && m.capturedStart(0) < kHeadLength) {
        out.letter.issuingBody = m.captured(0).simplified();
        out.issuingBody = evidenceAt(text, m.capturedStart(0), m.capturedEnd(0), Confidence::Certain);
    } else if (m = titledFor.match(text); m.hasMatch() && m.capturedStart(0) < kHeadLength) {
        out.letter.issuingBody = m.captured(0).simplified();
        out.issuingBody = evidenceAt(text, m.capturedStart(0), m.capturedEnd(0), Confidence::Certain);
    } else if (m = office.match(text); m.hasMatch()) {
        // The office without its area: named after the area the letterhead gives, if any.
        // ("Leicestershire & Rutland" above "Your Communities - Your Commissioner").
        const QString headLine = found ? text.mid(best, lineAround(text, best).second - best).simplified() : QString();
        static const QRegularExpression placeName(QStringLiteral("^[A-Z][\\w-]*(?:\\s+(?:and|&)\\s+[A-Z][\\w-]*)*"));
        const QString place = found ? placeName.match(headLine).captured(0) : QString();
        out.letter.issuingBody = place.isEmpty() ? T::tr("Office of the Police and Crime Commissioner (area not stated)")
                                                 : T::tr("Office of the Police and Crime Commissioner for %1").arg(place);
        out.issuingBody = evidenceAt(text, m.capturedStart(0), m.capturedEnd(0), Confidence::NeedsLook,
                                     place.isEmpty() ? T::tr("the letter names the office but not its area")
                                                     : T::tr("the office's name is given without its area; the area is "
                                                             "the letterhead's"));
    } else {
        out.issuingBody.why = T::tr("the letter does not name the body that sent it");
    }
    if (found) {
        out.letter.areaCode = found->code;
        const bool named = out.letter.issuingBody.contains(text.mid(best, foundEnd - best), Qt::CaseInsensitive);
        out.area = evidenceAt(text, best, foundEnd, named ? Confidence::Certain : Confidence::NeedsLook,
                              named ? QString() : T::tr("the area is the first the letter names"));
    } else {
        out.letter.areaCode = kUnknownAreaCode;
        out.area.why = T::tr("the letter names none of the 43 police force areas");
    }
}
} // namespace

void readLetterMetadata(const QString &text, LetterExtraction &out)
{
    out.letter.kind = LetterKind::FoiResponse;
    readReference(text, out);
    readDates(text, out);
    readYearAndCohort(text, out);
    readBodyAndArea(text, out);
}

} // namespace dapp
