// The seven figures of a programme return (Q2–Q7 and Q10), with the question each answers.
#pragma once

#include "domain/figure.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace dapp {

enum class FigureField {
    SelfReferred,
    SelfAccepted,
    SelfCompleted,
    AgencyReferred,
    AgencyAccepted,
    AgencyCompleted,
    Budget,
};

inline constexpr std::array<FigureField, 7> kAllFigureFields = {
    FigureField::SelfReferred,   FigureField::SelfAccepted,    FigureField::SelfCompleted,
    FigureField::AgencyReferred, FigureField::AgencyAccepted, FigureField::AgencyCompleted,
    FigureField::Budget,
};

FigureKind figureKind(FigureField field);
// The standard request's question number that asks for this figure (2–7, 10).
int questionNumber(FigureField field);
// The tidy CSV column name ("self_referred", …, "budget_gbp"); also the database key.
QString fieldKey(FigureField field);
std::optional<FigureField> fieldFromKey(const QString &key);
// A short heading for tables and charts ("Self referred").
QString fieldLabel(FigureField field);

} // namespace dapp
