// Queries over a project snapshot.
#include "domain/project.h"
#include "domain/areas.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace dapp {

QList<Id> ProjectData::returnIdsOfLetter(Id letterId) const
{
    QList<Id> ids;
    for (const ProgrammeReturn &r : returns)
        if (r.letterId == letterId)
            ids << r.id;
    return ids;
}

QList<Id> ProjectData::returnIdsInOrder() const
{
    // Each letter's key is made once: at 100,000 returns, making it per comparison was most of
    // the time of opening a project.
    using Key = std::tuple<QString, QString, QString>;
    QHash<Id, Key> letterKeys;
    for (const Letter &l : letters)
        letterKeys.insert(l.id, Key(Areas::interchangeName(l.areaCode), l.financialYear, cohortKey(l.cohort)));
    QList<std::pair<const Key *, Id>> keyed;
    keyed.reserve(returns.size());
    static const Key kNoLetter;
    for (const ProgrammeReturn &r : returns) {
        const auto k = letterKeys.constFind(r.letterId);
        keyed.emplaceBack(k == letterKeys.cend() ? &kNoLetter : &*k, r.id);
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return std::tie(*a.first, a.second) < std::tie(*b.first, b.second);
    });
    QList<Id> ids;
    ids.reserve(keyed.size());
    for (const auto &k : std::as_const(keyed))
        ids << k.second;
    return ids;
}

QList<Id> ProjectData::contextIdsOfLetter(Id letterId) const
{
    QList<Id> ids;
    for (const ContextFigure &c : contextFigures)
        if (c.letterId == letterId)
            ids << c.id;
    return ids;
}

ProjectData ProjectData::letterWithDependants(Id letterId) const
{
    ProjectData slice;
    if (!letters.contains(letterId))
        return slice;
    slice.letters.insert(letterId, letters.value(letterId));
    for (Id rid : returnIdsOfLetter(letterId)) {
        const ProgrammeReturn &r = returns[rid];
        slice.returns.insert(rid, r);
        const bool usedElsewhere = std::any_of(returns.cbegin(), returns.cend(), [&](const ProgrammeReturn &o) {
            return o.programmeId == r.programmeId && o.letterId != letterId;
        });
        if (!usedElsewhere && programmes.contains(r.programmeId))
            slice.programmes.insert(r.programmeId, programmes.value(r.programmeId));
    }
    for (Id cid : contextIdsOfLetter(letterId))
        slice.contextFigures.insert(cid, contextFigures.value(cid));
    return slice;
}

} // namespace dapp
