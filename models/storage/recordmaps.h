// Comparing and swapping records held by id, as a store keeps them: whether a slice still
// matches the whole, putting a change's after in place of its before, and the slices in which
// two versions of the whole differ.
#pragma once

#include "domain/entities.h"

#include <QMap>

namespace dapp {

template <typename T>
bool sameRecords(const QMap<Id, T> &part, const QMap<Id, T> &whole)
{
    for (auto it = part.cbegin(); it != part.cend(); ++it)
        if (!whole.contains(it.key()) || !(whole[it.key()] == *it))
            return false;
    return true;
}

template <typename T>
void replaceRecords(QMap<Id, T> &whole, const QMap<Id, T> &before, const QMap<Id, T> &after)
{
    // A project that had none (an import into a new project) shares the change's records.
    if (whole.isEmpty()) {
        whole = after;
        return;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        whole.remove(it.key());
    // New records' ids are past the project's: the hint puts each at the end without a search
    // (and is only a hint: a record elsewhere is put in its place).
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        whole.insert(whole.cend(), it.key(), *it);
}

// The records `old` and `now` hold differently: `before` gets old's side, `after` now's; a
// record only one holds is on that side alone.
template <typename T>
void differingRecords(const QMap<Id, T> &old, const QMap<Id, T> &now, QMap<Id, T> &before, QMap<Id, T> &after)
{
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        const auto there = now.constFind(it.key());
        if (there == now.cend() || !(*there == *it))
            before.insert(it.key(), *it);
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto there = old.constFind(it.key());
        if (there == old.cend() || !(*there == *it))
            after.insert(it.key(), *it);
    }
}

} // namespace dapp
