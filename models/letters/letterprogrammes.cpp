// Reading the programmes a letter names in prose, with their providers and risk level.
#include "letters/letterprogrammes.h"
#include "letters/extractorsupport.h"

#include <QRegularExpression>

namespace dapp {

namespace {
// Trailing words a greedy capture of a name drags in.
QString trimName(QString name)
{
    static const QRegularExpression tail(QStringLiteral("(\\s+(of|and|for|the|in|to|which|that|is|are|was|were))+$"), kCaseless);
    name = name.trimmed();
    name.remove(tail);
    return name.trimmed();
}
} // namespace

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
        p.evidence
            = evidenceAt(text, s.start, s.end, Confidence::NeedsLook,
                         ExtractorText::tr("a programme's name read from a sentence: check the name and provider"));
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

} // namespace dapp
