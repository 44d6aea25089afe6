// Finding known names again: by their folding, and by a slip at the end of one word.
#include "interchange/nearnames.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace dapp {

namespace {
// The stem two words must share to be one word with a slip at its end.
constexpr qsizetype kStem = 4;

// For each word of at least kStem letters, the words with that one cut to its stem.
QStringList slipKeys(const QString &folded)
{
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList keys;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i).size() < kStem)
            continue;
        QStringList cut = words;
        cut[i] = words.at(i).left(kStem) + QChar(0x1f);
        keys << cut.join(QLatin1Char(' '));
    }
    return keys;
}

// Whether two folded names are one name with a slip in it: the same words but one, and that
// one the same but for a letter or two at its end ("changes programme", "changes program";
// "keys projects", "keys project"). Digits ("phase 1", "phase 2") and other words ("dapp
// east", "dapp west"; "female group", "male group") are never a slip.
bool slipApart(const QString &a, const QString &b)
{
    const QList<QStringView> wordsA = QStringView(a).split(QLatin1Char(' '));
    const QList<QStringView> wordsB = QStringView(b).split(QLatin1Char(' '));
    if (wordsA.size() != wordsB.size())
        return false;
    qsizetype differing = -1;
    for (qsizetype i = 0; i < wordsA.size(); ++i) {
        if (wordsA.at(i) == wordsB.at(i))
            continue;
        if (differing >= 0)
            return false; // two words differ: another name
        differing = i;
    }
    if (differing < 0)
        return false;
    const QStringView x = wordsA.at(differing);
    const QStringView y = wordsB.at(differing);
    qsizetype stem = 0;
    while (stem < x.size() && stem < y.size() && x.at(stem) == y.at(stem))
        ++stem;
    const QStringView tailX = x.sliced(stem);
    const QStringView tailY = y.sliced(stem);
    const auto letters = [](QStringView v) { return std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c.isLetter(); }); };
    return stem >= kStem && tailX.size() <= 2 && tailY.size() <= 2 && letters(tailX) && letters(tailY);
}
} // namespace

QString foldName(const QString &name)
{
    // In one pass over the name in lower case: an apostrophe joins ("Dena's Group" and "Denas
    // Group" are one name), any other run of characters but a-z and 0-9 parts words, and words
    // of a company's form are left out, not its name ("Trust" and "Charity" are kept: "Safe
    // Trust" and "Safe Charity" may be two organisations). Written out, not with a regular
    // expression: an import folds each new programme's and provider's name, and the expression
    // took most of the time of planning them.
    const QString lower = name.toLower();
    QString folded(lower.size() + 1, Qt::Uninitialized); // room for a space after the last word
    QChar *const start = folded.data();
    QChar *out = start;
    QChar *wordStart = out;
    const auto endWord = [&] {
        static const std::array<QStringView, 6> companyForms{u"ltd", u"limited", u"cic", u"the", u"uk", u"plc"};
        const QStringView word(wordStart, out - wordStart);
        if (word.isEmpty())
            return;
        if (std::find(companyForms.cbegin(), companyForms.cend(), word) != companyForms.cend()) {
            out = wordStart; // left out
        } else {
            *out++ = QLatin1Char(' ');
        }
        wordStart = out;
    };
    for (const QChar c : lower) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            *out++ = c;
        else if (c != u'\'' && c != QChar(0x2019))
            endWord();
    }
    endWord();
    if (out != start)
        --out; // the space after the last word
    folded.truncate(out - start);
    return folded;
}

void NearNames::add(const QString &name, const QString &place)
{
    if (m_names.contains(name))
        return;
    const qsizetype index = m_known.size();
    // A name is mostly added right after like() looked for it (a programme new to the import):
    // folded then.
    const bool lookedFor = m_lastLookedFor && m_lastLookedFor->written == name;
    const QString folded = lookedFor ? m_lastLookedFor->folded : foldName(name);
    m_known.append({name, place});
    m_folded.append(folded);
    m_names.insert(name);
    // A name of nothing but such words ("The Trust Ltd" folds to "trust"; "UK Ltd" to nothing)
    // is found as written only: nothing is like an empty name.
    if (folded.isEmpty())
        return;
    m_byFolded.insert(folded, m_byFolded.value(folded, index)); // the first keeps its place
    const QStringList keys = lookedFor && m_lastLookedFor->slipKeys ? *m_lastLookedFor->slipKeys : slipKeys(folded);
    for (const QString &key : keys)
        m_bySlip[key].append(index);
}

std::optional<NearNames::Known> NearNames::like(const QString &written) const
{
    if (m_names.contains(written))
        return std::nullopt;
    const QString folded = foldName(written);
    m_lastLookedFor = LookedFor{written, folded, {}};
    if (folded.isEmpty())
        return std::nullopt;
    if (const auto it = m_byFolded.constFind(folded); it != m_byFolded.cend())
        return m_known.at(*it);
    m_lastLookedFor->slipKeys = slipKeys(folded);
    qsizetype best = -1;
    for (const QString &key : std::as_const(*m_lastLookedFor->slipKeys))
        for (qsizetype candidate : m_bySlip.value(key))
            if ((best < 0 || candidate < best) && slipApart(m_folded.at(candidate), folded))
                best = candidate;
    return best < 0 ? std::nullopt : std::optional<Known>(m_known.at(best));
}

} // namespace dapp
