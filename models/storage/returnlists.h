// How a return's referrers, funders and caveats are stored: each list as one JSON array in a
// column of its return's row (schema version 4). One row per return, not one per list entry,
// is what lets an import of 100,000 returns be written in a fraction of a second.
//
//   referrers  ["Police", "MARAC"]
//   funders    [{"name": "PCC", "share_percent": 40}, {"name": "Home Office", "amount_pence": 9107500}]
//   caveats    [{"text": "covers all crime types", "figures": ["self_referred"]}]
//
// Reading is strict: anything this version does not write (a member it does not know, a
// number where text belongs, a negative amount, a share past 100 %, or even the same list
// written with other spacing) is refused with the reason, because in a project file it can only
// come from damage or from a hand edit gone wrong.
#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dapp {

QString referrersToJson(const QStringList &referrers);
QString fundersToJson(const QList<Funder> &funders);
QString caveatsToJson(const QList<Caveat> &caveats);

// Each gives nothing, and `why` says what is wrong ("entry 2 has no name"), for text that is
// not a list this version writes; `why` is a clause ("entry 2 has no name").
std::optional<QStringList> referrersFromJson(const QString &json, QString *why);
std::optional<QList<Funder>> fundersFromJson(const QString &json, QString *why);
std::optional<QList<Caveat>> caveatsFromJson(const QString &json, QString *why);

} // namespace dapp
