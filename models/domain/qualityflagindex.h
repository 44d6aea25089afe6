// A project's quality flags kept up to date edit by edit. An edit re-reads only the returns it
// touched, their letters, and the duplicate groups they left or joined: at 100,000 returns one
// figure edit must not re-read every letter.
#pragma once

#include "domain/lettertable.h"
#include "domain/project.h"
#include "domain/qualityflags.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace dapp {

class QualityFlagIndex
{
public:
    // Whose flags an update changed.
    struct Change
    {
        QSet<Id> returns;
        QSet<Id> letters;
        bool isEmpty() const { return returns.isEmpty() && letters.isEmpty(); }
    };

    void rebuild(const ProjectData &project);
    // `project` is the state after an edit that swapped `before` for `after` (ProjectStore's
    // changed signal).
    Change update(const ProjectData &project, const ProjectData &before, const ProjectData &after);

    // What a return's row shows: its letter's flags, then its own (as flagsByReturn gives).
    QList<QualityFlag> flagsOfReturn(Id returnId) const;
    QList<QualityFlag> ownFlagsOfReturn(Id returnId) const; // duplicate flag last
    QList<QualityFlag> flagsOfLetter(Id letterId) const;
    // Every flag, in the order qualityFlags() gives them.
    QList<QualityFlag> all() const;
    int count() const;

private:
    void refreshLetter(const ProjectData &project, Id letterId, Change &change);
    void refreshReturn(const ProjectData &project, Id returnId, QSet<QString> &touchedGroups, Change &change);
    void refreshGroup(const ProjectData &project, const QString &key, Change &change);
    const QList<LetterTable> &tablesOf(const ProjectData &project, Id letterId);

    QHash<Id, QList<QualityFlag>> m_letterFlags; // non-empty lists only
    QHash<Id, QList<QualityFlag>> m_ownFlags;    // non-empty lists only, without the duplicate flag
    QHash<Id, QualityFlag> m_duplicateFlags;
    QHash<Id, Id> m_letterOfReturn;
    QHash<QString, QList<Id>> m_groups; // duplicate key → its returns, ascending
    QHash<Id, QString> m_keyOfReturn;
    QHash<Id, QList<LetterTable>> m_tables; // each letter's text read once
};

} // namespace dapp
