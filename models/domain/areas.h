// The reference list of the 43 police force areas of England and Wales, plus Unknown.
#pragma once

#include "domain/entities.h"

#include <QList>

#include <optional>

namespace dapp {

class Areas
{
public:
    // Loaded once from the embedded resources/areas/police_force_areas.csv.
    static const QList<Area> &all(); // Unknown last
    static const Area *byCode(const QString &code);
    static const Area *byName(const QString &name); // case-insensitive
    static QString nameOf(const QString &code);     // the code itself when unknown to the list
    // The name files carry (the tidy CSV): as nameOf, but Unknown is always "Unknown", never
    // its translation, so a file means the same in every language.
    static QString interchangeName(const QString &code);
    // Resident population (ONS, mid-2024), for rates per 100,000 residents; nothing for Unknown.
    // City of London's is tiny against its daytime population: its rates mislead.
    static std::optional<qint64> population(const QString &code);
    static QString populationAsOf(); // "mid-2024"
};

} // namespace dapp
