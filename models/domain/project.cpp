// Queries over a project snapshot.
#include "domain/project.h"
#include "domain/areas.h"

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
    QList<Id> ids = returns.keys();
    auto key = [&](Id id) {
        const Letter l = letters.value(returns.value(id).letterId);
        return std::tuple(Areas::interchangeName(l.areaCode), l.financialYear, cohortKey(l.cohort), id);
    };
    std::stable_sort(ids.begin(), ids.end(), [&](Id a, Id b) { return key(a) < key(b); });
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
