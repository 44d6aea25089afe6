// Numbers in words: see numberwords.h.
#include "domain/numberwords.h"

#include <QHash>

namespace dapp {

namespace {
const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words = {
        {QStringLiteral("zero"), 0},      {QStringLiteral("one"), 1},       {QStringLiteral("two"), 2},
        {QStringLiteral("three"), 3},     {QStringLiteral("four"), 4},      {QStringLiteral("five"), 5},
        {QStringLiteral("six"), 6},       {QStringLiteral("seven"), 7},     {QStringLiteral("eight"), 8},
        {QStringLiteral("nine"), 9},      {QStringLiteral("ten"), 10},      {QStringLiteral("eleven"), 11},
        {QStringLiteral("twelve"), 12},   {QStringLiteral("thirteen"), 13}, {QStringLiteral("fourteen"), 14},
        {QStringLiteral("fifteen"), 15},  {QStringLiteral("sixteen"), 16},  {QStringLiteral("seventeen"), 17},
        {QStringLiteral("eighteen"), 18}, {QStringLiteral("nineteen"), 19}, {QStringLiteral("twenty"), 20},
        {QStringLiteral("thirty"), 30},   {QStringLiteral("forty"), 40},    {QStringLiteral("fifty"), 50},
        {QStringLiteral("sixty"), 60},    {QStringLiteral("seventy"), 70},  {QStringLiteral("eighty"), 80},
        {QStringLiteral("ninety"), 90},
    };
    return words;
}
} // namespace

std::optional<qint64> valueOfNumberWords(const QString &run)
{
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    qint64 total = 0;
    qint64 current = 0;
    bool any = false;
    QString previous;
    for (const QString &word : run.toLower().split(separators, Qt::SkipEmptyParts)) {
        // "one hundred and one", but not "two and three": two numbers, not five.
        if (word == QLatin1String("and")) {
            if (previous != QLatin1String("hundred") && previous != QLatin1String("thousand"))
                return std::nullopt;
            previous = word;
            continue;
        }
        previous = word;
        if (word == QLatin1String("hundred")) {
            current = (current == 0 ? 1 : current) * 100;
        } else if (word == QLatin1String("thousand")) {
            total += (current == 0 ? 1 : current) * 1000;
            current = 0;
        } else if (const auto it = numberWords().constFind(word); it != numberWords().constEnd()) {
            current += *it;
        } else {
            return std::nullopt;
        }
        any = true;
    }
    return any ? std::optional<qint64>(total + current) : std::nullopt;
}

const QRegularExpression &numberWordsPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                       "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                       "ninety|hundred|thousand)\\b(?:[\\s-]+(?:and[\\s-]+)?)?)+)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace dapp
