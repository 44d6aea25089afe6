// What committing an extracted letter adds to a project: the letter (its text, metadata and
// the returns' provenance), its programmes (an existing one found by area, name and provider)
// and its returns, as one before/after slice: one transaction, one undo step. A letter the
// project already holds (the same FOI reference from the same body) is refused, not added twice.
#pragma once

#include "domain/project.h"
#include "letters/letterextraction.h"

#include <QStringList>

namespace dapp {

class ProjectStore;

struct LetterCommit
{
    ProjectData before;
    ProjectData after;
    QStringList errors;   // nothing may be written while there is one
    int needsALook = 0;   // proposals the reader was not sure of
};

// `letterFile` names where the letter came from (kept as each return's source). With
// `markUncertain`, each figure the reader was not sure of gets a note saying so and why (a
// commit without review must not pass a guess off as read); the review view leaves it to the
// analyst. `ids` hands out the new records' ids.
LetterCommit planLetterCommit(const ProjectData &project, const LetterExtraction &extraction, const QString &letterFile,
                              bool markUncertain, ProjectStore &ids);

// The letter of `project` that `letter` repeats (the same FOI reference, spaces and case aside,
// from the same body; or the very same text), or 0.
Id sameLetterIn(const ProjectData &project, const Letter &letter);

} // namespace dapp
