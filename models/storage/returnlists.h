// How a return's referrers, funders and caveats are stored: each list as one JSON array in a
// column of its return's row (schema version 4). One row per return, not one per list entry,
// is what lets an import of 100,000 returns be written in a fraction of a second.
//
//   referrers  ["Police", "MARAC"]
//   funders    [{"name": "PCC", "share_percent": 40}, {"name": "Home Office", "amount_pence": 9107500}]
//   caveats    [{"text": "covers all crime types", "figures": ["self_referred"]}]
//
//
// From version 7 the seven figures' notes, quotes and the quotes' places are one JSON object in
// the column figure_notes, each figure by its key, with only what it has; "{}" when none has any:
//
//   figure_notes  {"self_referred":{"note":"see Q2","quote":"12 men self-referred","quote_start":812,"quote_length":20}}
//
// A return is written with 28 fewer columns and 7 fewer CHECKs (most have no note, quote or
// place at all), which made writing 100,000 returns about a quarter faster in SQLite.
//
// Reading is strict: anything this version does not write (a member it does not know, a
// number where text belongs, a negative amount, a share past 100 %, or even the same list
// written with other spacing) is refused with the reason, because in a project file it can only
// come from damage or from a hand edit gone wrong.
#pragma once

#include "domain/entities.h"
#include "domain/textrange.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dapp {

QString referrersToJson(const QStringList &referrers);
QString fundersToJson(const QList<Funder> &funders);
QString caveatsToJson(const QList<Caveat> &caveats);

// What a figure keeps beside its status and number.
struct FigureNote
{
    QString note;
    QString quote;
    TextRange quoteRange;
    friend bool operator==(const FigureNote &, const FigureNote &) = default;
};
using FigureNotes = std::array<FigureNote, kAllFigureFields.size()>; // indexed by FigureField

// A quote's place a project keeps: a start and a length from 0 to 10^15 (far past any letter,
// and within the whole numbers JSON holds exactly). The reader refuses any other; the writer
// writes any other as no place (TextRange's start of -1 for "not known" among them), so that a
// saved project always opens again.
inline constexpr qint64 kLargestQuotePlace = 1'000'000'000'000'000;
bool isStorablePlace(qint64 start, qint64 length);
bool isStorablePlace(const TextRange &range);

QString figureNotesToJson(const std::array<Figure, kAllFigureFields.size()> &figures);
QString figureNotesToJson(const FigureNotes &notes);
// Sets each figure's note, quote and quote's place.
void applyFigureNotes(const FigureNotes &notes, std::array<Figure, kAllFigureFields.size()> &figures);

// Each gives nothing, and `why` says what is wrong ("entry 2 has no name"), for text that is
// not a list this version writes; `why` is a clause ("entry 2 has no name").
std::optional<QStringList> referrersFromJson(const QString &json, QString *why);
std::optional<QList<Funder>> fundersFromJson(const QString &json, QString *why);
std::optional<QList<Caveat>> caveatsFromJson(const QString &json, QString *why);
std::optional<FigureNotes> figureNotesFromJson(const QString &json, QString *why);

} // namespace dapp
