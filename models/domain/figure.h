// A figure from an FOI answer: a value *plus* a status, so that a missing number is never zero.
#pragma once

#include "domain/textrange.h"

#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace dapp {

// How the letter answered. Only Reported carries a number; every other status is "no number".
enum class FigureStatus {
    Reported,       // a number was given (0 is a real zero)
    NotApplicable,  // e.g. "It is not possible to self-refer"
    NotHeld,        // "The OPCC does not hold this information"
    HeldByProvider, // "This information will be held by the service provider"
    Withheld,       // withheld under an FOI exemption
    NotProvided,    // not answered at all (empty cell)
};

// Whether the number is a head count or money; money is kept in pence so that £264,244.70 is exact.
enum class FigureKind { Count, Money };

struct Figure
{
    FigureStatus status = FigureStatus::NotProvided;
    qint64 value = 0; // count, or pence for money; meaningful only when status == Reported

    // The analyst's note, e.g. "see answer to question 2".
    const QString &note() const;
    // The sentence of the letter the figure came from.
    const QString &quote() const;
    // Where quote() stands in the letter's text, when known: a figure proposed from the letter
    // keeps the exact place it was read from, so the letter panel can show that very passage.
    TextRange quoteRange() const;
    void setNote(const QString &note);
    void setQuote(const QString &quote);
    void setQuoteRange(TextRange range);

    static Figure reported(qint64 value, const QString &quote = {}, const QString &note = {});
    static Figure withStatus(FigureStatus status, const QString &quote = {}, const QString &note = {});

    bool isReported() const { return status == FigureStatus::Reported; }
    std::optional<qint64> number() const;

    friend bool operator==(const Figure &a, const Figure &b);

private:
    // The note, quote and place, held apart and shared: most figures have none (every one
    // imported from a sheet or typed in), and a return holds seven figures, each of which was
    // 80 bytes with them inline, 24 without. Null when all three are empty.
    struct Texts : QSharedData
    {
        QString note;
        QString quote;
        TextRange quoteRange;
    };
    Texts &texts();
    void dropEmptyTexts();
    QSharedDataPointer<Texts> m_texts;
};

// The interchange word for a status ("n/a", "not held", …); empty for Reported and NotProvided.
QString statusWord(FigureStatus status);
// A human label for the status, for tooltips and reports ("not applicable", "held by provider").
QString statusLabel(FigureStatus status);
// A short label for a table cell ("n/a", "not held", "held by provider", "withheld", "not provided").
QString statusShortLabel(FigureStatus status);
// The word a chart writes beside a missing bar ("n/a", "not held", "provider", "withheld",
// "not provided"), the words of the tables: short enough for a stub, plain enough not to need a legend.
QString statusChartWord(FigureStatus status);
// The stable key stored in the database ("reported", "not_applicable", …).
QString statusKey(FigureStatus status);
std::optional<FigureStatus> statusFromKey(const QString &key);

// The largest number a figure holds: what parseFigure accepts, a trillion people or a trillion
// pounds and 99 pence (in pence). No figure is negative. Within these, a return's sums cannot
// overflow, nor can a total of fewer than 92,000 returns.
qint64 largestFigureValue(FigureKind kind);
bool isFigureValueInRange(qint64 value, FigureKind kind);

// Formats the value or the status: "17", "£264,244.70", "not held" (display; `shortStatus`
// gives the cell form, "n/a") or "264244.70", "n/a" (export).
QString formatFigure(const Figure &figure, FigureKind kind, bool shortStatus = false);
QString formatExportFigure(const Figure &figure, FigureKind kind);
QString formatMoney(qint64 pence, bool withSymbol = true);

// Parses a cell typed by a user or read from a spreadsheet: a number, a money amount or a
// status word (case-insensitive, synonyms accepted). Fails with a message that says why.
struct FigureParse
{
    std::optional<Figure> figure;
    QString error;
    // Read, but not quite as written: an amount with fractions of a penny (a spreadsheet's
    // computed "88081.56666666667") is rounded to the penny, and this says so.
    QString warning = QString();
};
// An amount with fractions of a penny is refused, unless `roundToPenny` (reading a spreadsheet,
// whose formulas leave them): then it is rounded, and the parse's warning says so.
FigureParse parseFigure(const QString &text, FigureKind kind, bool roundToPenny = false);
// What parseFigure reads from a plain number written without spaces, signs or separators ("17",
// "264244.70" as money), read without allocating; nullopt for any other text, which only
// parseFigure reads. Most cells of a large sheet are one.
std::optional<Figure> parsePlainFigure(QStringView text, FigureKind kind);

} // namespace dapp
