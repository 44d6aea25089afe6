// The domain records: areas, letters, programmes, programme returns and context figures.
// Plain values, compared with ==, so that an undo command can hold a before/after snapshot.
#pragma once

#include "domain/figure.h"
#include "domain/figurefield.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dapp {

using Id = qint64;

// One of the 43 police force areas of England and Wales, or Unknown.
struct Area
{
    QString code; // ONS-style code, or "UNKNOWN"
    QString name;
    QString country;
    QString governance;
    friend bool operator==(const Area &, const Area &) = default;
};

inline const QString kUnknownAreaCode = QStringLiteral("UNKNOWN");

enum class Cohort { Male, Female, All };
QString cohortKey(Cohort cohort); // "male", "female", "all"
std::optional<Cohort> cohortFromKey(const QString &key);
QString cohortLabel(Cohort cohort);

enum class LetterKind { FoiResponse, PanelReport };
QString letterKindKey(LetterKind kind);
std::optional<LetterKind> letterKindFromKey(const QString &key);
QString letterKindLabel(LetterKind kind);

// The FOI response (or other source document) as received.
struct Letter
{
    Id id = 0;
    LetterKind kind = LetterKind::FoiResponse;
    QString areaCode = kUnknownAreaCode;
    QString issuingBody;
    QString foiReference; // e.g. "FOI 27/2023"
    QDate requestReceived;
    QDate responseDate;
    QString financialYear; // e.g. "2022/23"
    Cohort cohort = Cohort::Male;
    QString text; // the full letter text
    friend bool operator==(const Letter &, const Letter &) = default;
};

// A commissioned programme in an area.
struct Programme
{
    Id id = 0;
    QString areaCode = kUnknownAreaCode;
    QString name;
    QString provider;
    QString riskLevel; // free text: "high", "standard/medium"
    QString audience;  // who it accepts, e.g. "male and female perpetrators"
    QString scope;     // what the letter says the programme is
    QString coverage;  // where it runs, e.g. "South Gloucestershire only"
    QString evaluationUrl;
    friend bool operator==(const Programme &, const Programme &) = default;
};

// A financial contributor, with an amount or a share where the letter gives one.
struct Funder
{
    QString name;
    std::optional<qint64> amountPence;
    std::optional<double> sharePercent;
    friend bool operator==(const Funder &, const Funder &) = default;
};
QString formatFunder(const Funder &funder); // "SafeLives (40%)", "OPCC (£91,075)"

// A caveat attached to a return; `fields` names the figures it qualifies (empty: the whole return).
struct Caveat
{
    QString text;
    QList<FigureField> fields;
    bool appliesTo(FigureField field) const { return fields.isEmpty() || fields.contains(field); }
    friend bool operator==(const Caveat &, const Caveat &) = default;
};

// One letter's answers about one programme.
// The texts of the caveats that apply to `field`: its own and those on the whole return.
QStringList caveatTextsFor(const QList<Caveat> &caveats, FigureField field);

struct ProgrammeReturn
{
    Id id = 0;
    Id letterId = 0;
    Id programmeId = 0;
    std::array<Figure, 7> figures; // indexed by FigureField
    QStringList referrers;
    QString referrersQuote;
    QList<Funder> funders;
    QString fundersQuote;
    QList<Caveat> caveats;
    // Where the return was imported from ("returns.csv, row 7", "derbyshire.tsv, column 3");
    // empty for a return typed in.
    QString source;

    Figure &figure(FigureField f) { return figures[static_cast<size_t>(f)]; }
    const Figure &figure(FigureField f) const { return figures[static_cast<size_t>(f)]; }
    QStringList caveatsFor(FigureField field) const; // its own and the whole return's
    // Caveats that name the figure, not those of the whole return: what marks a single cell.
    QStringList caveatsNaming(FigureField field) const;
    QStringList wholeReturnCaveats() const;
    friend bool operator==(const ProgrammeReturn &, const ProgrammeReturn &) = default;
};

// A figure about an area that is not a programme return (e.g. a panel report's funding award).
struct ContextFigure
{
    Id id = 0;
    Id letterId = 0;
    QString areaCode;
    QString label;  // "Home Office funding awarded"
    QString period; // "2023/24"
    Figure figure;
    FigureKind kind = FigureKind::Count;
    friend bool operator==(const ContextFigure &, const ContextFigure &) = default;
};

} // namespace dapp
