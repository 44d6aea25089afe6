// Queries over a project snapshot.
#include "project.h"

namespace dapp {

QList<Id> ProjectData::returnIdsOfLetter(Id letterId) const
{
    QList<Id> ids;
    for (const ProgrammeReturn &r : returns)
        if (r.letterId == letterId)
            ids << r.id;
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
