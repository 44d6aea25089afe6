// What the extractor proposes from a letter: the letter's metadata, one return per programme
// the answer to question 1 names, and, for every proposed value, the passage it came from and
// how sure the reading is. Nothing here is written anywhere: the analyst reviews it first.
#pragma once

#include "domain/entities.h"
#include "letters/quotelocation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace dapp {

enum class Confidence {
    Certain,   // the letter says it in one of the ways the reader knows, and nothing disagrees
    NeedsLook, // a guess, two readings, or nothing found: the analyst must look (`why` says at what)
};

// Where a proposed value came from.
struct Evidence
{
    TextRange range; // in the letter's text; invalid when the letter gives nothing for it
    QString quote;   // the letter's words at `range`
    Confidence confidence = Confidence::NeedsLook;
    QString why; // for NeedsLook: what to look at ("two numbers in the answer: 91 and 2")
    bool certain() const { return confidence == Confidence::Certain; }
};

// The evidence of the passage [start, end) of `text`.
inline Evidence evidenceAt(const QString &text, qsizetype start, qsizetype end, Confidence confidence,
                           const QString &why = {})
{
    return Evidence{TextRange{start, end - start}, text.mid(start, end - start), confidence, why};
}

struct ProposedReturn
{
    Programme programme;    // area, name, provider, risk level, scope, evaluation link (no id)
    ProgrammeReturn values; // figures, referrers, funders, caveats (no ids)
    Evidence programmeEvidence;
    Evidence providerEvidence;
    std::array<Evidence, 7> figures; // indexed by FigureField
    Evidence referrers;
    Evidence funders;
    Evidence &figure(FigureField f) { return figures[size_t(f)]; }
    const Evidence &figure(FigureField f) const { return figures[size_t(f)]; }
};

// A figure about the area that is no programme's return (a panel report's funding award).
struct ProposedContextFigure
{
    ContextFigure figure; // label, period, kind and figure (no ids)
    Evidence evidence;
};

struct LetterExtraction
{
    Letter letter; // kind, area, issuing body, FOI reference, dates, year, cohort, text (no id)
    Evidence area;
    Evidence issuingBody;
    Evidence foiReference;
    Evidence requestReceived;
    Evidence responseDate;
    Evidence financialYear;
    Evidence cohort;
    QList<ProposedReturn> returns; // none: the letter names no programme (or commissions none)
    QList<ProposedContextFigure> contextFigures; // from a letter that is no answer to the request
    QStringList notes;             // what the reader noticed about the letter as a whole
};

} // namespace dapp
