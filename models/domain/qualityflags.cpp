// Finds the suspicious entries of a project.
#include "domain/qualityflags.h"
#include "domain/financialyear.h"
#include "domain/lettertable.h"

#include <QCoreApplication>

#include <cmath>

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
        flags << QualityFlag{r.id, r.letterId, kind,
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
        flags << QualityFlag{r.id, r.letterId, FlagKind::FullCompletion,
                             QualityFlagsText::tr("every one accepted completed: %1 = %2 (%3); check it is not a copy")
                                 .arg(fieldLabel(completed), fieldLabel(accepted).toLower())
                                 .arg(c.value)};
    }
}
// What the quote of a figure states for this return: for a row of a letter's table, the cell
// in the programme's own column; otherwise the whole quote (a row's label left out).
QString statedInQuote(const QString &quote, const QList<LetterTable> &tables, const Programme &programme,
                      bool *ownColumn)
{
    const QuotedCell cell = quotedCell(tables, quote, programme);
    *ownColumn = cell.found;
    if (cell.found)
        return cell.cell;
    return cell.isTableRow ? quote.section(QLatin1Char('\t'), 1) : quote;
}

void quotesAgree(const ProgrammeReturn &r, const Programme &programme, const QList<LetterTable> &tables,
                 QList<QualityFlag> &flags)
{
    for (FigureField field : kAllFigureFields) {
        const Figure &f = r.figure(field);
        if (!f.isReported() || f.quote().trimmed().isEmpty())
            continue;
        bool ownColumn = false;
        const QString stated = statedInQuote(f.quote(), tables, programme, &ownColumn);
        const QList<qint64> numbers = numbersInText(stated, figureKind(field));
        if (numbers.isEmpty() || numbers.contains(f.value))
            continue;
        const QString value = formatFigure(f, figureKind(field));
        flags << QualityFlag{r.id, r.letterId, FlagKind::FigureDiffersFromQuote,
                             ownColumn ? QualityFlagsText::tr("%1 is %2, but its column of the letter's table says %3")
                                             .arg(fieldLabel(field), value, stated.trimmed())
                                       : QualityFlagsText::tr("%1 is %2, but its quote does not state that number: “%3”")
                                             .arg(fieldLabel(field), value, stated.trimmed())};
    }
}

void funderShares(const ProgrammeReturn &r, QList<QualityFlag> &flags)
{
    double total = 0;
    for (const Funder &f : r.funders) {
        if (!f.sharePercent)
            return; // a funder without a share: the shares need not make the whole
        total += *f.sharePercent;
    }
    if (!r.funders.isEmpty() && std::abs(total - 100.0) > 0.01) {
        flags << QualityFlag{r.id, r.letterId, FlagKind::FunderSharesNotWhole,
                             QualityFlagsText::tr("the funders' shares add up to %1 %, not 100 %")
                                 .arg(QString::number(total, 'g', 6))};
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
    case FlagKind::FigureDiffersFromQuote: return QStringLiteral("figure_differs_from_quote");
    case FlagKind::FunderSharesNotWhole: return QStringLiteral("funder_shares_not_whole");
    case FlagKind::ResponseBeforeRequest: return QStringLiteral("response_before_request");
    case FlagKind::InvalidFinancialYear: return QStringLiteral("invalid_financial_year");
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
        flags << QualityFlag{r.id, r.letterId, FlagKind::BudgetNotProgrammeSpecific,
                             QualityFlagsText::tr("the budget is qualified: %1").arg(budgetCaveats.join(QStringLiteral("; ")))};
    }
    funderShares(r, flags);
    return flags;
}

QList<QualityFlag> flagsForLetter(const Letter &l)
{
    QList<QualityFlag> flags;
    if (l.requestReceived.isValid() && l.responseDate.isValid() && l.responseDate < l.requestReceived) {
        flags << QualityFlag{0, l.id, FlagKind::ResponseBeforeRequest,
                             QualityFlagsText::tr("the response (%1) is dated before the request was received (%2)")
                                 .arg(l.responseDate.toString(Qt::ISODate), l.requestReceived.toString(Qt::ISODate))};
    }
    if (!l.financialYear.isEmpty() && !isCanonicalFinancialYear(l.financialYear)) {
        const FinancialYearParse parsed = parseFinancialYear(l.financialYear);
        flags << QualityFlag{0, l.id, FlagKind::InvalidFinancialYear,
                             parsed.year.isEmpty()
                                 ? QualityFlagsText::tr("the financial year “%1” is not a financial year").arg(l.financialYear)
                                 : QualityFlagsText::tr("the financial year “%1” is stored in an old form; it reads as %2")
                                       .arg(l.financialYear, parsed.year)};
    }
    return flags;
}

QMap<Id, QList<QualityFlag>> flagsByReturn(const ProjectData &project, const QList<QualityFlag> &flags)
{
    QMap<Id, QList<QualityFlag>> byReturn;
    QMap<Id, QList<QualityFlag>> byLetter;
    for (const QualityFlag &f : flags)
        (f.returnId != 0 ? byReturn[f.returnId] : byLetter[f.letterId]) << f;
    for (const ProgrammeReturn &r : project.returns)
        if (const auto it = byLetter.constFind(r.letterId); it != byLetter.constEnd())
            byReturn[r.id] = *it + byReturn.value(r.id);
    return byReturn;
}

QList<QualityFlag> flagsForReturnInLetter(const ProgrammeReturn &r, const Programme &programme,
                                          const QList<LetterTable> &letterTables)
{
    QList<QualityFlag> flags = flagsForReturn(r);
    quotesAgree(r, programme, letterTables, flags);
    return flags;
}

QString duplicateKey(const Letter &letter, const Programme &programme)
{
    return QStringList{letter.areaCode, letter.financialYear, cohortKey(letter.cohort),
                       programme.name.toLower().simplified(), programme.provider.toLower().simplified()}
        .join(QChar(0x1f));
}

QualityFlag duplicateFlag(const ProgrammeReturn &r, const Programme &programme, const Letter &firstLetter)
{
    return QualityFlag{r.id, r.letterId, FlagKind::DuplicateReturn,
                       QualityFlagsText::tr("the same programme (%1) already has a return for this area, year and "
                                            "cohort, from %2")
                           .arg(programme.name, firstLetter.foiReference.isEmpty() ? letterKindLabel(firstLetter.kind)
                                                                                   : firstLetter.foiReference)};
}

QList<QualityFlag> qualityFlags(const ProjectData &project)
{
    QList<QualityFlag> flags;
    for (const Letter &l : project.letters)
        flags << flagsForLetter(l);
    QMap<Id, QList<LetterTable>> tables; // each letter's text is read once
    QMap<QString, Id> firstSeen;
    for (const ProgrammeReturn &r : project.returns) {
        const Letter letter = project.letters.value(r.letterId);
        const Programme programme = project.programmes.value(r.programmeId);
        auto table = tables.find(r.letterId);
        if (table == tables.end())
            table = tables.insert(r.letterId, findLetterTables(letter.text));
        flags << flagsForReturnInLetter(r, programme, *table);
        const QString key = duplicateKey(letter, programme);
        if (const auto it = firstSeen.constFind(key); it != firstSeen.constEnd())
            flags << duplicateFlag(r, programme, project.letters.value(project.returns.value(*it).letterId));
        else
            firstSeen.insert(key, r.id);
    }
    return flags;
}

} // namespace dapp
