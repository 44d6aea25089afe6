// An in-memory snapshot of a project's records, and the slices that undo commands swap.
#pragma once

#include "domain/entities.h"

#include <QList>
#include <QMap>

namespace dapp {

// A set of records. As the whole project it is what the store caches and what models read;
// as a slice it is the before or after state of one edit.
struct ProjectData
{
    QMap<Id, Letter> letters;
    QMap<Id, Programme> programmes;
    QMap<Id, ProgrammeReturn> returns;
    QMap<Id, ContextFigure> contextFigures;

    bool isEmpty() const
    {
        return letters.isEmpty() && programmes.isEmpty() && returns.isEmpty() && contextFigures.isEmpty();
    }
    QList<Id> returnIdsOfLetter(Id letterId) const;
    // Every return in the order tables, reports and files list them: by area name (as files
    // write it), financial year, cohort, then entry order.
    QList<Id> returnIdsInOrder() const;
    QList<Id> contextIdsOfLetter(Id letterId) const;
    // The letter with all that hangs off it (returns, their programmes when used by no other
    // letter, context figures): what deleting the letter removes.
    ProjectData letterWithDependants(Id letterId) const;

    friend bool operator==(const ProjectData &, const ProjectData &) = default;
};

} // namespace dapp
