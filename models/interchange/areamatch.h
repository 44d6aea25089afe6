// Reading an area as people write it ("Avon & Somerset", "AVON AND SOMERSET", "Avon and
// Somerset PCC", "Hampshire and Isle of Wight") as one of the 43 police force areas. A variant
// that means one area unambiguously is matched and said (a warning); an unknown or ambiguous
// name is not guessed: it gets suggestions.
#pragma once

#include <QString>
#include <QStringList>

namespace dapp {

struct AreaMatch
{
    QString code;            // empty when not matched
    bool exact = false;      // written exactly as the list names it (or "Unknown")
    QStringList suggestions; // when not matched: the nearest names, best first
};

AreaMatch matchArea(const QString &text);
// Why `text` (for which `match` found no area) is refused, with the suggestions:
// "“Derbyshre” is not a police force area; did you mean Derbyshire?"
QString areaRefusal(const QString &text, const AreaMatch &match);

} // namespace dapp
