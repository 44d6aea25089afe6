// Data-quality flags: suspicious entries are flagged for the analyst, never silently "fixed".
#pragma once

#include "domain/project.h"

#include <QList>
#include <QString>

namespace dapp {

enum class FlagKind {
    AcceptedExceedsReferred,
    CompletedExceedsAccepted,
    FullCompletion,             // 100 % completion
    BudgetNotProgrammeSpecific, // a caveat qualifies the budget
    DuplicateReturn,            // the same programme twice for one area, year and cohort
};

struct QualityFlag
{
    Id returnId = 0;
    FlagKind kind = FlagKind::AcceptedExceedsReferred;
    QString message; // says which figures, with their values
    friend bool operator==(const QualityFlag &, const QualityFlag &) = default;
};

QString flagKindKey(FlagKind kind); // "accepted_exceeds_referred", …

QList<QualityFlag> flagsForReturn(const ProgrammeReturn &r);
// Flags of every return, duplicates included, in return-id order.
QList<QualityFlag> qualityFlags(const ProjectData &project);

} // namespace dapp
