// Finds the suspicious entries of a project.
#include "domain/qualityflags.h"

#include <QCoreApplication>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct QualityFlagsText
{
    Q_DECLARE_TR_FUNCTIONS(QualityFlags)
};

void compare(const ProgrammeReturn &r, FigureField bigger, FigureField smaller, FlagKind kind,
             QList<QualityFlag> &flags)
{
    const Figure &b = r.figure(bigger);
    const Figure &s = r.figure(smaller);
    if (b.isReported() && s.isReported() && b.value > s.value) {
        flags << QualityFlag{r.id, kind,
                             QualityFlagsText::tr("%1 (%2) is more than %3 (%4)")
                                 .arg(fieldLabel(bigger)).arg(b.value).arg(fieldLabel(smaller)).arg(s.value)};
    }
}

void fullCompletion(const ProgrammeReturn &r, FigureField completed, FigureField accepted,
                    QList<QualityFlag> &flags)
{
    const Figure &c = r.figure(completed);
    const Figure &a = r.figure(accepted);
    if (c.isReported() && a.isReported() && a.value > 0 && c.value == a.value) {
        flags << QualityFlag{r.id, FlagKind::FullCompletion,
                             QualityFlagsText::tr("every one accepted completed: %1 = %2 (%3); check it is not a copy")
                                 .arg(fieldLabel(completed), fieldLabel(accepted).toLower())
                                 .arg(c.value)};
    }
}
} // namespace

QString flagKindKey(FlagKind kind)
{
    switch (kind) {
    case FlagKind::AcceptedExceedsReferred: return QStringLiteral("accepted_exceeds_referred");
    case FlagKind::CompletedExceedsAccepted: return QStringLiteral("completed_exceeds_accepted");
    case FlagKind::FullCompletion: return QStringLiteral("full_completion");
    case FlagKind::BudgetNotProgrammeSpecific: return QStringLiteral("budget_not_programme_specific");
    case FlagKind::DuplicateReturn: return QStringLiteral("duplicate_return");
    }
    return {};
}

QList<QualityFlag> flagsForReturn(const ProgrammeReturn &r)
{
    using F = FigureField;
    QList<QualityFlag> flags;
    compare(r, F::SelfAccepted, F::SelfReferred, FlagKind::AcceptedExceedsReferred, flags);
    compare(r, F::AgencyAccepted, F::AgencyReferred, FlagKind::AcceptedExceedsReferred, flags);
    compare(r, F::SelfCompleted, F::SelfAccepted, FlagKind::CompletedExceedsAccepted, flags);
    compare(r, F::AgencyCompleted, F::AgencyAccepted, FlagKind::CompletedExceedsAccepted, flags);
    fullCompletion(r, F::SelfCompleted, F::SelfAccepted, flags);
    fullCompletion(r, F::AgencyCompleted, F::AgencyAccepted, flags);
    // Only caveats written against the budget itself say it is not programme-specific.
    QStringList budgetCaveats;
    for (const Caveat &c : r.caveats)
        if (c.fields.contains(F::Budget))
            budgetCaveats << c.text;
    if (!budgetCaveats.isEmpty()) {
        flags << QualityFlag{r.id, FlagKind::BudgetNotProgrammeSpecific,
                             QualityFlagsText::tr("the budget is qualified: %1").arg(budgetCaveats.join(QStringLiteral("; ")))};
    }
    return flags;
}

QList<QualityFlag> qualityFlags(const ProjectData &project)
{
    QList<QualityFlag> flags;
    // Key: area, year, cohort, programme name and provider (case-insensitive).
    QMap<QString, Id> firstSeen;
    for (const ProgrammeReturn &r : project.returns) {
        flags << flagsForReturn(r);
        const Letter letter = project.letters.value(r.letterId);
        const Programme programme = project.programmes.value(r.programmeId);
        const QString key = QStringList{letter.areaCode, letter.financialYear, cohortKey(letter.cohort),
                                        programme.name.toLower().simplified(),
                                        programme.provider.toLower().simplified()}
                                .join(QChar(0x1f));
        if (const auto it = firstSeen.constFind(key); it != firstSeen.constEnd()) {
            flags << QualityFlag{r.id, FlagKind::DuplicateReturn,
                                 QualityFlagsText::tr("the same programme (%1) already has a return for this area, year and "
                                    "cohort (return %2)")
                                     .arg(programme.name)
                                     .arg(*it)};
        } else {
            firstSeen.insert(key, r.id);
        }
    }
    return flags;
}

} // namespace dapp
