// What the map of the 43 police force areas shows, computed from a comparison: each area's
// value of the chosen measure and its colour class, or why it has none — no letter at all, a
// figure that is not a number (with its word), or a total that is partial. Letters of no known
// area are listed, not placed. The map panel, the map files and the report draw this.
#pragma once

#include "domain/chartdata.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

enum class MapMeasure {
    Referrals,
    AcceptanceRate,
    CompletionRate,
    EndToEndRate,
    Budget,
    CostPerCompletion,
    ReferralsPerResident,
};
inline constexpr MapMeasure kAllMapMeasures[] = {
    MapMeasure::Referrals, MapMeasure::AcceptanceRate,    MapMeasure::CompletionRate,      MapMeasure::EndToEndRate,
    MapMeasure::Budget,    MapMeasure::CostPerCompletion, MapMeasure::ReferralsPerResident,
};
QString mapMeasureKey(MapMeasure m); // "referrals", "acceptance-rate", …, "per-resident"
std::optional<MapMeasure> mapMeasureFromKey(const QString &key);
QString mapMeasureLabel(MapMeasure m); // "Referrals", "Acceptance rate", …
bool mapMeasureHasRoute(MapMeasure m); // counts and rates follow the referral route

struct MapOptions
{
    MapMeasure measure = MapMeasure::Referrals;
    ReferralRoute route = ReferralRoute::All;
    friend bool operator==(const MapOptions &, const MapOptions &) = default;
};

enum class MapAreaState {
    Shaded,   // a value from every return
    Partial,  // a value, but some returns had no number: a lower bound (or a rate of fewer)
    NoNumber, // returns, none with a number: drawn with its status, never a colour
    NoLetter, // no letter from this area in the comparison
};

struct MapArea
{
    QString code;
    QString name;
    MapAreaState state = MapAreaState::NoLetter;
    std::optional<double> value;
    QString label; // "228", "≥ 153", "76%", or the word: "not held", "no letter"
    int returns = 0;
    int without = 0;      // returns that lacked a number for it
    int colourClass = -1; // index into the breaks' classes; -1 when not shaded
    QList<int> footnotes;
    QString toolTip;
};

struct MapSpec
{
    MapOptions options;
    QString title;
    QString subtitle;
    QString legendTitle;
    ValueFormat format = ValueFormat::Count;
    QList<double> breaks;   // class i holds values from breaks[i] up to breaks[i + 1]
    QStringList breakLabels; // each break as the legend writes it
    QList<MapArea> areas;   // the 43, in the reference list's order
    QStringList unlocated;  // letters of no known area: "2023-24-023 (2022/23, male): 1 return"
    QList<std::pair<int, QString>> notes;
    QStringList remarks;
    QString source;
    QString attribution;
    int returnCount = 0;
    int classCount() const { return int(std::max<qsizetype>(0, breaks.size() - 1)); }
    const MapArea *area(const QString &code) const;
};

MapSpec buildMap(const Comparison &comparison, const MapOptions &options);
// Class breaks at round numbers: for a handful of areas equal steps over their range; for more,
// about a fifth of the areas in each class (an outlier then takes a class, not the scale).
QList<double> mapBreaks(QList<double> values);
// A break as the legend writes it: "140", "76%", "£260,000", "96.2".
QString legendValue(double value, ValueFormat format);
// The class a value falls in (the last class holds its upper bound).
int mapClassOf(double value, const QList<double> &breaks);

} // namespace dapp
