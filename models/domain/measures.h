// Derived measures of a programme return: totals, rates and costs. A measure whose inputs are
// not all reported numbers is missing, with the reason; a total over a partial set is partial.
#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dapp {

// A sum of self- and agency-referral figures.
struct Total
{
    std::optional<qint64> value; // absent: no part was a reported number
    bool partial = false;        // some part was not reported, so the sum is a lower bound
    QString reason;              // why it is missing or partial
    QString shortReason;         // when missing: the parts' status word ("n/a"), or "missing"
    QStringList caveats;         // caveats of the parts
    friend bool operator==(const Total &, const Total &) = default;
};

enum class MeasureId {
    SelfAcceptanceRate,
    SelfCompletionRate,
    SelfEndToEndRate,
    AgencyAcceptanceRate,
    AgencyCompletionRate,
    AgencyEndToEndRate,
    AllAcceptanceRate,
    AllCompletionRate,
    AllEndToEndRate,
    CostPerReferral,
    CostPerAcceptance,
    CostPerCompletion,
};

inline constexpr std::array<MeasureId, 12> kAllMeasures = {
    MeasureId::SelfAcceptanceRate,   MeasureId::SelfCompletionRate,   MeasureId::SelfEndToEndRate,
    MeasureId::AgencyAcceptanceRate, MeasureId::AgencyCompletionRate, MeasureId::AgencyEndToEndRate,
    MeasureId::AllAcceptanceRate,    MeasureId::AllCompletionRate,    MeasureId::AllEndToEndRate,
    MeasureId::CostPerReferral,      MeasureId::CostPerAcceptance,    MeasureId::CostPerCompletion,
};

bool isRate(MeasureId id);          // rates are fractions (0.75); costs are pence per person
QString measureLabel(MeasureId id); // "Acceptance rate (self)"
QString measureKey(MeasureId id);   // "self_acceptance_rate"

struct Measure
{
    std::optional<double> value; // absent: missing, and `reason` says why
    QString reason;
    QString shortReason; // a word for a chart's missing stub: "n/a", "provider", "partial", "÷ 0"
    QStringList caveats; // caveats of the figures it was computed from
    friend bool operator==(const Measure &, const Measure &) = default;
};

enum class Stage { Referred, Accepted, Completed };

Total selfAndAgencyTotal(const ProgrammeReturn &r, Stage stage);
// The word for a sum whose two parts are both missing: theirs when they agree or one route does
// not exist ("n/a", "not held"), else "missing". Tables, charts and the map all say it so.
QString bothMissingWord(FigureStatus a, FigureStatus b);
Measure computeMeasure(const ProgrammeReturn &r, MeasureId id);
QString formatMeasure(const Measure &m, MeasureId id); // "75.0%", "£1,234.56", or "—"

} // namespace dapp
