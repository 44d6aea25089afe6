// Rates and costs that never read a non-number as zero.
#include "domain/measures.h"

#include <QCoreApplication>

#include <cmath>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct MeasuresText
{
    Q_DECLARE_TR_FUNCTIONS(Measures)
};

FigureField fieldFor(bool self, Stage stage)
{
    switch (stage) {
    case Stage::Referred: return self ? FigureField::SelfReferred : FigureField::AgencyReferred;
    case Stage::Accepted: return self ? FigureField::SelfAccepted : FigureField::AgencyAccepted;
    case Stage::Completed: return self ? FigureField::SelfCompleted : FigureField::AgencyCompleted;
    }
    return FigureField::SelfReferred;
}

QString missingBecause(FigureField field, const Figure &f)
{
    return MeasuresText::tr("%1 is %2").arg(fieldLabel(field).toLower(), statusLabel(f.status));
}

// An operand of a measure: a number, or the reason there is none.
struct Operand
{
    std::optional<double> value;
    QString reason;
    QString word; // for a chart
    QStringList caveats;
};

Operand fromField(const ProgrammeReturn &r, FigureField field)
{
    const Figure &f = r.figure(field);
    Operand o;
    o.caveats = r.caveatsFor(field);
    if (f.isReported()) {
        o.value = double(f.value);
    } else {
        o.reason = missingBecause(field, f);
        o.word = statusChartWord(f.status);
    }
    return o;
}

QString stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Referred: return MeasuresText::tr("referred");
    case Stage::Accepted: return MeasuresText::tr("accepted");
    case Stage::Completed: return MeasuresText::tr("completed");
    }
    return {};
}

Operand fromTotal(const ProgrammeReturn &r, Stage stage)
{
    const Total t = selfAndAgencyTotal(r, stage);
    Operand o;
    o.caveats = t.caveats;
    // A partial total would understate the denominator or numerator: the rate is missing.
    if (t.value && !t.partial) {
        o.value = double(*t.value);
    } else {
        o.reason = MeasuresText::tr("total %1 is %2: %3")
                       .arg(stageLabel(stage), t.value ? MeasuresText::tr("partial") : MeasuresText::tr("missing"), t.reason);
        o.word = t.value ? MeasuresText::tr("partial") : t.shortReason;
    }
    return o;
}

Measure divide(const Operand &num, const Operand &den, const QString &denName)
{
    Measure m;
    m.caveats = num.caveats;
    for (const QString &c : den.caveats)
        if (!m.caveats.contains(c))
            m.caveats << c;
    QStringList reasons;
    if (!num.value)
        reasons << num.reason;
    if (!den.value)
        reasons << den.reason;
    if (!reasons.isEmpty()) {
        m.reason = reasons.join(QStringLiteral("; "));
        m.shortReason = !num.value ? num.word : den.word;
        return m;
    }
    if (*den.value == 0) {
        m.reason = MeasuresText::tr("%1 is zero, so the measure is undefined").arg(denName);
        m.shortReason = MeasuresText::tr("÷ 0");
        return m;
    }
    m.value = *num.value / *den.value;
    return m;
}
} // namespace

bool isRate(MeasureId id)
{
    return id != MeasureId::CostPerReferral && id != MeasureId::CostPerAcceptance
           && id != MeasureId::CostPerCompletion;
}

QString measureKey(MeasureId id)
{
    switch (id) {
    case MeasureId::SelfAcceptanceRate: return QStringLiteral("self_acceptance_rate");
    case MeasureId::SelfCompletionRate: return QStringLiteral("self_completion_rate");
    case MeasureId::SelfEndToEndRate: return QStringLiteral("self_end_to_end_rate");
    case MeasureId::AgencyAcceptanceRate: return QStringLiteral("agency_acceptance_rate");
    case MeasureId::AgencyCompletionRate: return QStringLiteral("agency_completion_rate");
    case MeasureId::AgencyEndToEndRate: return QStringLiteral("agency_end_to_end_rate");
    case MeasureId::AllAcceptanceRate: return QStringLiteral("all_acceptance_rate");
    case MeasureId::AllCompletionRate: return QStringLiteral("all_completion_rate");
    case MeasureId::AllEndToEndRate: return QStringLiteral("all_end_to_end_rate");
    case MeasureId::CostPerReferral: return QStringLiteral("cost_per_referral");
    case MeasureId::CostPerAcceptance: return QStringLiteral("cost_per_acceptance");
    case MeasureId::CostPerCompletion: return QStringLiteral("cost_per_completion");
    }
    return {};
}

QString measureLabel(MeasureId id)
{
    switch (id) {
    case MeasureId::SelfAcceptanceRate: return MeasuresText::tr("Acceptance rate (self)");
    case MeasureId::SelfCompletionRate: return MeasuresText::tr("Completion rate (self)");
    case MeasureId::SelfEndToEndRate: return MeasuresText::tr("End-to-end rate (self)");
    case MeasureId::AgencyAcceptanceRate: return MeasuresText::tr("Acceptance rate (agency)");
    case MeasureId::AgencyCompletionRate: return MeasuresText::tr("Completion rate (agency)");
    case MeasureId::AgencyEndToEndRate: return MeasuresText::tr("End-to-end rate (agency)");
    case MeasureId::AllAcceptanceRate: return MeasuresText::tr("Acceptance rate (all)");
    case MeasureId::AllCompletionRate: return MeasuresText::tr("Completion rate (all)");
    case MeasureId::AllEndToEndRate: return MeasuresText::tr("End-to-end rate (all)");
    case MeasureId::CostPerReferral: return MeasuresText::tr("Cost per referral");
    case MeasureId::CostPerAcceptance: return MeasuresText::tr("Cost per acceptance");
    case MeasureId::CostPerCompletion: return MeasuresText::tr("Cost per completion");
    }
    return {};
}

QString bothMissingWord(FigureStatus a, FigureStatus b)
{
    return a == b || b == FigureStatus::NotApplicable ? statusChartWord(a)
           : a == FigureStatus::NotApplicable         ? statusChartWord(b)
                                                      : MeasuresText::tr("missing");
}

Total selfAndAgencyTotal(const ProgrammeReturn &r, Stage stage)
{
    Total t;
    qint64 sum = 0;
    bool any = false;
    bool allNotApplicable = true;
    QStringList reasons;
    for (bool self : {true, false}) {
        const FigureField field = fieldFor(self, stage);
        const Figure &f = r.figure(field);
        for (const QString &c : r.caveatsFor(field))
            if (!t.caveats.contains(c))
                t.caveats << c;
        if (f.isReported()) {
            sum += f.value;
            any = true;
            allNotApplicable = false;
        } else if (f.status == FigureStatus::NotApplicable) {
            // "It is not possible to self-refer": the route does not exist, so the total of the
            // routes that do exist is complete. It is still said, so nobody reads it as a zero.
            reasons << missingBecause(field, f);
        } else {
            allNotApplicable = false;
            t.partial = true;
            reasons << missingBecause(field, f);
        }
    }
    if (any) {
        t.value = sum;
    } else {
        t.partial = false;
        // Both parts missing: their word when they agree ("n/a", "not held"), else "missing".
        t.shortReason = bothMissingWord(r.figure(fieldFor(true, stage)).status, r.figure(fieldFor(false, stage)).status);
    }
    if (!any && allNotApplicable)
        reasons.prepend(MeasuresText::tr("no referral route applies"));
    t.reason = reasons.join(QStringLiteral("; "));
    return t;
}

Measure computeMeasure(const ProgrammeReturn &r, MeasureId id)
{
    using F = FigureField;
    switch (id) {
    case MeasureId::SelfAcceptanceRate:
        return divide(fromField(r, F::SelfAccepted), fromField(r, F::SelfReferred), fieldLabel(F::SelfReferred));
    case MeasureId::SelfCompletionRate:
        return divide(fromField(r, F::SelfCompleted), fromField(r, F::SelfAccepted), fieldLabel(F::SelfAccepted));
    case MeasureId::SelfEndToEndRate:
        return divide(fromField(r, F::SelfCompleted), fromField(r, F::SelfReferred), fieldLabel(F::SelfReferred));
    case MeasureId::AgencyAcceptanceRate:
        return divide(fromField(r, F::AgencyAccepted), fromField(r, F::AgencyReferred),
                      fieldLabel(F::AgencyReferred));
    case MeasureId::AgencyCompletionRate:
        return divide(fromField(r, F::AgencyCompleted), fromField(r, F::AgencyAccepted),
                      fieldLabel(F::AgencyAccepted));
    case MeasureId::AgencyEndToEndRate:
        return divide(fromField(r, F::AgencyCompleted), fromField(r, F::AgencyReferred),
                      fieldLabel(F::AgencyReferred));
    case MeasureId::AllAcceptanceRate:
        return divide(fromTotal(r, Stage::Accepted), fromTotal(r, Stage::Referred), MeasuresText::tr("total referred"));
    case MeasureId::AllCompletionRate:
        return divide(fromTotal(r, Stage::Completed), fromTotal(r, Stage::Accepted), MeasuresText::tr("total accepted"));
    case MeasureId::AllEndToEndRate:
        return divide(fromTotal(r, Stage::Completed), fromTotal(r, Stage::Referred), MeasuresText::tr("total referred"));
    case MeasureId::CostPerReferral:
        return divide(fromField(r, F::Budget), fromTotal(r, Stage::Referred), MeasuresText::tr("total referred"));
    case MeasureId::CostPerAcceptance:
        return divide(fromField(r, F::Budget), fromTotal(r, Stage::Accepted), MeasuresText::tr("total accepted"));
    case MeasureId::CostPerCompletion:
        return divide(fromField(r, F::Budget), fromTotal(r, Stage::Completed), MeasuresText::tr("total completed"));
    }
    return {};
}

QString formatMeasure(const Measure &m, MeasureId id)
{
    if (!m.value)
        return QStringLiteral("—");
    if (isRate(id))
        return QStringLiteral("%1%").arg(*m.value * 100.0, 0, 'f', 1);
    return formatMoney(qRound64(*m.value));
}

} // namespace dapp
