// Updates flags for what an edit touched.
#include "domain/qualityflagindex.h"

#include <algorithm>

namespace dapp {

void QualityFlagIndex::rebuild(const ProjectData &project)
{
    *this = QualityFlagIndex();
    Change ignored;
    for (const Letter &l : project.letters)
        refreshLetter(project, l.id, ignored);
    QSet<QString> groups;
    for (const ProgrammeReturn &r : project.returns)
        refreshReturn(project, r.id, groups, ignored);
    for (const QString &key : std::as_const(groups))
        refreshGroup(project, key, ignored);
}

QualityFlagIndex::Change QualityFlagIndex::update(const ProjectData &project, const ProjectData &before,
                                                  const ProjectData &after)
{
    Change change;
    QSet<Id> letters;
    for (Id id : before.letters.keys() + after.letters.keys())
        letters.insert(id);
    for (Id id : std::as_const(letters)) {
        m_tables.remove(id); // its text may have changed
        refreshLetter(project, id, change);
    }
    QSet<Id> programmes;
    for (Id id : before.programmes.keys() + after.programmes.keys())
        programmes.insert(id);

    QSet<Id> returns;
    for (Id id : before.returns.keys() + after.returns.keys())
        returns.insert(id);
    // A letter's or a programme's change reaches every return of it: a scan, but only then.
    if (!letters.isEmpty() || !programmes.isEmpty()) {
        for (const ProgrammeReturn &r : project.returns)
            if (letters.contains(r.letterId) || programmes.contains(r.programmeId))
                returns.insert(r.id);
    }
    QSet<QString> groups;
    for (Id id : std::as_const(returns))
        refreshReturn(project, id, groups, change);
    for (const QString &key : std::as_const(groups))
        refreshGroup(project, key, change);
    return change;
}

const QList<LetterTable> &QualityFlagIndex::tablesOf(const ProjectData &project, Id letterId)
{
    auto it = m_tables.find(letterId);
    if (it == m_tables.end())
        it = m_tables.insert(letterId, findLetterTables(project.letters.value(letterId).text));
    return *it;
}

void QualityFlagIndex::refreshLetter(const ProjectData &project, Id letterId, Change &change)
{
    const auto letter = project.letters.constFind(letterId);
    const QList<QualityFlag> flags = letter == project.letters.cend() ? QList<QualityFlag>() : flagsForLetter(*letter);
    if (flags == m_letterFlags.value(letterId))
        return;
    if (flags.isEmpty())
        m_letterFlags.remove(letterId);
    else
        m_letterFlags.insert(letterId, flags);
    change.letters.insert(letterId);
    // Each of its returns shows the letter's flags too.
    for (auto it = m_letterOfReturn.cbegin(); it != m_letterOfReturn.cend(); ++it)
        if (it.value() == letterId)
            change.returns.insert(it.key());
}

void QualityFlagIndex::refreshReturn(const ProjectData &project, Id returnId, QSet<QString> &touchedGroups,
                                     Change &change)
{
    if (const auto key = m_keyOfReturn.constFind(returnId); key != m_keyOfReturn.cend()) {
        touchedGroups.insert(*key);
        m_groups[*key].removeOne(returnId);
        m_keyOfReturn.erase(key);
    }
    const auto r = project.returns.constFind(returnId);
    if (r == project.returns.cend()) {
        if (m_ownFlags.remove(returnId) + m_duplicateFlags.remove(returnId) > 0)
            change.returns.insert(returnId);
        m_letterOfReturn.remove(returnId);
        return;
    }
    m_letterOfReturn.insert(returnId, r->letterId);
    const Programme programme = project.programmes.value(r->programmeId);
    const QList<QualityFlag> flags = flagsForReturnInLetter(*r, programme, tablesOf(project, r->letterId));
    if (flags != m_ownFlags.value(returnId)) {
        if (flags.isEmpty())
            m_ownFlags.remove(returnId);
        else
            m_ownFlags.insert(returnId, flags);
        change.returns.insert(returnId);
    }
    const QString key = duplicateKey(project.letters.value(r->letterId), programme);
    QList<Id> &group = m_groups[key];
    group.insert(std::lower_bound(group.begin(), group.end(), returnId), returnId);
    m_keyOfReturn.insert(returnId, key);
    touchedGroups.insert(key);
}

void QualityFlagIndex::refreshGroup(const ProjectData &project, const QString &key, Change &change)
{
    const auto group = m_groups.constFind(key);
    if (group == m_groups.cend())
        return;
    const QList<Id> ids = *group;
    if (ids.isEmpty()) {
        m_groups.remove(key);
        return;
    }
    const Letter firstLetter = project.letters.value(project.returns.value(ids.first()).letterId);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Id id = ids[i];
        if (i == 0) {
            if (m_duplicateFlags.remove(id) > 0)
                change.returns.insert(id);
            continue;
        }
        const ProgrammeReturn &r = *project.returns.constFind(id);
        const QualityFlag flag = duplicateFlag(r, project.programmes.value(r.programmeId), firstLetter);
        const auto old = m_duplicateFlags.constFind(id);
        if (old == m_duplicateFlags.cend() || !(*old == flag)) {
            m_duplicateFlags.insert(id, flag);
            change.returns.insert(id);
        }
    }
}

QList<QualityFlag> QualityFlagIndex::ownFlagsOfReturn(Id returnId) const
{
    QList<QualityFlag> flags = m_ownFlags.value(returnId);
    if (const auto d = m_duplicateFlags.constFind(returnId); d != m_duplicateFlags.cend())
        flags << *d;
    return flags;
}

QList<QualityFlag> QualityFlagIndex::flagsOfReturn(Id returnId) const
{
    return m_letterFlags.value(m_letterOfReturn.value(returnId)) + ownFlagsOfReturn(returnId);
}

QList<QualityFlag> QualityFlagIndex::flagsOfLetter(Id letterId) const { return m_letterFlags.value(letterId); }

QList<QualityFlag> QualityFlagIndex::all() const
{
    QList<QualityFlag> flags;
    QList<Id> letters = m_letterFlags.keys();
    std::sort(letters.begin(), letters.end());
    for (Id id : letters)
        flags << m_letterFlags.value(id);
    QList<Id> returns = m_ownFlags.keys() + m_duplicateFlags.keys();
    std::sort(returns.begin(), returns.end());
    returns.erase(std::unique(returns.begin(), returns.end()), returns.end());
    for (Id id : returns)
        flags << ownFlagsOfReturn(id);
    return flags;
}

int QualityFlagIndex::count() const
{
    qsizetype n = m_duplicateFlags.size();
    for (const auto &list : m_letterFlags)
        n += list.size();
    for (const auto &list : m_ownFlags)
        n += list.size();
    return int(n);
}

} // namespace dapp
