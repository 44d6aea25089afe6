// Derived measures: a non-number is never read as zero; partial totals are marked partial.
#include "domain/measures.h"

#include <QtTest>

using namespace dapp;

namespace {
ProgrammeReturn returnOf(std::initializer_list<std::pair<FigureField, Figure>> figures)
{
    ProgrammeReturn r;
    r.id = 1;
    for (const auto &[field, figure] : figures)
        r.figure(field) = figure;
    return r;
}

Figure n(qint64 v) { return Figure::reported(v); }
Figure s(FigureStatus st) { return Figure::withStatus(st); }

// Derbyshire's Changes Program: 15/9/4 self, 54/42/26 agency, £264,244.70.
ProgrammeReturn changesProgram()
{
    using F = FigureField;
    return returnOf({{F::SelfReferred, n(15)}, {F::SelfAccepted, n(9)}, {F::SelfCompleted, n(4)},
                     {F::AgencyReferred, n(54)}, {F::AgencyAccepted, n(42)}, {F::AgencyCompleted, n(26)},
                     {F::Budget, n(26424470)}});
}
} // namespace

class TestMeasures : public QObject
{
    Q_OBJECT
private slots:
    void completeReturn();
    void totalsOverReportedParts();
    void notApplicableRouteKeepsTotalComplete();
    void missingPartMakesTotalPartial();
    void everyMeasureIsMissingWhenAnInputIsNotANumber_data();
    void everyMeasureIsMissingWhenAnInputIsNotANumber();
    void zeroDenominatorIsMissingNotInfinite();
    void realZeroNumeratorGivesZeroRate();
    void caveatsTravelIntoMeasures();
    void formatting();
};

void TestMeasures::completeReturn()
{
    const ProgrammeReturn r = changesProgram();
    QCOMPARE(*computeMeasure(r, MeasureId::SelfAcceptanceRate).value, 9.0 / 15.0);
    QCOMPARE(*computeMeasure(r, MeasureId::AgencyCompletionRate).value, 26.0 / 42.0);
    QCOMPARE(*computeMeasure(r, MeasureId::AllAcceptanceRate).value, 51.0 / 69.0);
    QCOMPARE(*computeMeasure(r, MeasureId::AllEndToEndRate).value, 30.0 / 69.0);
    QCOMPARE(*computeMeasure(r, MeasureId::CostPerCompletion).value, 26424470.0 / 30.0);
    for (MeasureId id : kAllMeasures)
        QVERIFY2(computeMeasure(r, id).value.has_value(), qPrintable(measureKey(id)));
}

void TestMeasures::totalsOverReportedParts()
{
    const Total t = selfAndAgencyTotal(changesProgram(), Stage::Referred);
    QCOMPARE(t.value, std::optional<qint64>(69));
    QVERIFY(!t.partial);
}

void TestMeasures::notApplicableRouteKeepsTotalComplete()
{
    // Avon and Somerset: "It is not possible to self-refer"; 3 referred by agencies.
    using F = FigureField;
    const ProgrammeReturn r = returnOf({{F::SelfReferred, s(FigureStatus::NotApplicable)},
                                        {F::AgencyReferred, n(3)},
                                        {F::SelfAccepted, s(FigureStatus::NotApplicable)},
                                        {F::AgencyAccepted, n(3)}});
    const Total t = selfAndAgencyTotal(r, Stage::Referred);
    QCOMPARE(t.value, std::optional<qint64>(3));
    QVERIFY(!t.partial);
    QVERIFY2(t.reason.contains(QStringLiteral("not applicable")), qPrintable(t.reason));
    QCOMPARE(*computeMeasure(r, MeasureId::AllAcceptanceRate).value, 1.0);
    const Measure self = computeMeasure(r, MeasureId::SelfAcceptanceRate);
    QVERIFY(!self.value);
    QVERIFY(self.reason.contains(QStringLiteral("not applicable")));
}

void TestMeasures::missingPartMakesTotalPartial()
{
    using F = FigureField;
    const ProgrammeReturn r = returnOf({{F::SelfCompleted, s(FigureStatus::NotHeld)}, {F::AgencyCompleted, n(17)},
                                        {F::SelfAccepted, n(0)}, {F::AgencyAccepted, n(23)}});
    const Total t = selfAndAgencyTotal(r, Stage::Completed);
    QCOMPARE(t.value, std::optional<qint64>(17));
    QVERIFY(t.partial);
    QVERIFY(t.reason.contains(QStringLiteral("not held")));
    // A partial total is a lower bound: a rate over it would mislead, so it is missing.
    const Measure m = computeMeasure(r, MeasureId::AllCompletionRate);
    QVERIFY(!m.value);
    QVERIFY2(m.reason.contains(QStringLiteral("partial")), qPrintable(m.reason));

    const ProgrammeReturn none = returnOf({{F::SelfReferred, s(FigureStatus::Withheld)},
                                           {F::AgencyReferred, s(FigureStatus::NotProvided)}});
    const Total empty = selfAndAgencyTotal(none, Stage::Referred);
    QVERIFY(!empty.value.has_value()); // not 0
}

void TestMeasures::everyMeasureIsMissingWhenAnInputIsNotANumber_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("status");
    for (FigureField f : kAllFigureFields) {
        for (FigureStatus st : {FigureStatus::NotHeld, FigureStatus::HeldByProvider, FigureStatus::Withheld,
                                FigureStatus::NotProvided}) {
            QTest::addRow("%s %s", qPrintable(fieldKey(f)), qPrintable(statusKey(st))) << int(f) << int(st);
        }
    }
}

namespace {
// The figures each measure reads, directly or through a self + agency total.
QList<FigureField> inputsOf(MeasureId id)
{
    using F = FigureField;
    const QList<F> referred{F::SelfReferred, F::AgencyReferred}, accepted{F::SelfAccepted, F::AgencyAccepted},
        completed{F::SelfCompleted, F::AgencyCompleted};
    switch (id) {
    case MeasureId::SelfAcceptanceRate: return {F::SelfAccepted, F::SelfReferred};
    case MeasureId::SelfCompletionRate: return {F::SelfCompleted, F::SelfAccepted};
    case MeasureId::SelfEndToEndRate: return {F::SelfCompleted, F::SelfReferred};
    case MeasureId::AgencyAcceptanceRate: return {F::AgencyAccepted, F::AgencyReferred};
    case MeasureId::AgencyCompletionRate: return {F::AgencyCompleted, F::AgencyAccepted};
    case MeasureId::AgencyEndToEndRate: return {F::AgencyCompleted, F::AgencyReferred};
    case MeasureId::AllAcceptanceRate: return accepted + referred;
    case MeasureId::AllCompletionRate: return completed + accepted;
    case MeasureId::AllEndToEndRate: return completed + referred;
    case MeasureId::CostPerReferral: return QList<F>{F::Budget} + referred;
    case MeasureId::CostPerAcceptance: return QList<F>{F::Budget} + accepted;
    case MeasureId::CostPerCompletion: return QList<F>{F::Budget} + completed;
    }
    return {};
}
} // namespace

void TestMeasures::everyMeasureIsMissingWhenAnInputIsNotANumber()
{
    QFETCH(int, field);
    QFETCH(int, status);
    const FigureField f = FigureField(field);
    ProgrammeReturn r = changesProgram();
    r.figure(f) = s(FigureStatus(status));
    for (MeasureId id : kAllMeasures) {
        const Measure complete = computeMeasure(changesProgram(), id);
        const Measure m = computeMeasure(r, id);
        QVERIFY(complete.value.has_value());
        if (inputsOf(id).contains(f)) {
            QVERIFY2(!m.value.has_value(), qPrintable(measureKey(id))); // never computed as if it were 0
            QVERIFY2(m.reason.contains(statusLabel(FigureStatus(status))), qPrintable(m.reason));
        } else {
            QCOMPARE(m.value, complete.value);
        }
    }
}

void TestMeasures::zeroDenominatorIsMissingNotInfinite()
{
    // Derbyshire's Drive: 0 self-referred, 0 accepted, 0 completed.
    using F = FigureField;
    const ProgrammeReturn r = returnOf({{F::SelfReferred, n(0)}, {F::SelfAccepted, n(0)}, {F::SelfCompleted, n(0)}});
    const Measure m = computeMeasure(r, MeasureId::SelfAcceptanceRate);
    QVERIFY(!m.value);
    QVERIFY(m.reason.contains(QStringLiteral("zero")));
}

void TestMeasures::realZeroNumeratorGivesZeroRate()
{
    using F = FigureField;
    const ProgrammeReturn r = returnOf({{F::SelfReferred, n(1)}, {F::SelfAccepted, n(1)}, {F::SelfCompleted, n(0)}});
    QCOMPARE(computeMeasure(r, MeasureId::SelfCompletionRate).value, std::optional<double>(0.0));
}

void TestMeasures::caveatsTravelIntoMeasures()
{
    ProgrammeReturn r = changesProgram();
    r.caveats << Caveat{QStringLiteral("covers all crime types, not just DA"),
                        {FigureField::AgencyReferred, FigureField::AgencyAccepted}};
    QVERIFY(computeMeasure(r, MeasureId::AgencyAcceptanceRate).caveats.contains(
        QStringLiteral("covers all crime types, not just DA")));
    QVERIFY(computeMeasure(r, MeasureId::AllAcceptanceRate).caveats.contains(
        QStringLiteral("covers all crime types, not just DA")));
    QVERIFY(computeMeasure(r, MeasureId::SelfAcceptanceRate).caveats.isEmpty());
}

void TestMeasures::formatting()
{
    QCOMPARE(formatMeasure(Measure{0.75, {}, {}, {}}, MeasureId::AllAcceptanceRate), QStringLiteral("75.0%"));
    QCOMPARE(formatMeasure(Measure{123456.4, {}, {}, {}}, MeasureId::CostPerCompletion), QStringLiteral("£1,234.56"));
    QCOMPARE(formatMeasure(Measure{}, MeasureId::CostPerCompletion), QStringLiteral("—"));
}

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
