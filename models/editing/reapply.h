// "Apply mine on top": an edit a shared database refused (someone else changed the record
// first) made again over what they left — each field I changed set as I set it, the fields I
// left alone kept as they made them (domain/recorddiff.h, reapplied).
#pragma once

#include "editing/editcommand.h"

#include <memory>

namespace dapp {

class ProjectStore;

struct ReappliedChange
{
    ProjectData before; // the records as they are now
    ProjectData after;  // with my changes on top
    int gone = 0;       // records I changed that someone else has since removed: left out
    bool isEmpty() const { return before == after; }
};

// `seen` and `mine`: the refused edit's before and after; `now`: the project as it is now.
ReappliedChange reapplyOnTop(const ProjectData &seen, const ProjectData &mine, const ProjectData &now);

// The undo command for it, or nothing when there is nothing left to change.
std::unique_ptr<EditCommand> reapplyCommand(ProjectStore *store, const ReappliedChange &change);

} // namespace dapp
