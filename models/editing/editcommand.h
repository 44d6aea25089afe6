// The one undo command: swaps a before-slice of the project for an after-slice and back.
#pragma once

#include "domain/project.h"

#include <QUndoCommand>

namespace dapp {

class ProjectStore;

class EditCommand : public QUndoCommand
{
public:
    // Whether the store holds `after` already: a large change (an import) is applied first,
    // with progress and Cancel, and pushed only once written, so a cancelled one leaves no step.
    enum class Applied { No, Already };

    EditCommand(ProjectStore *store, const QString &text, ProjectData before, ProjectData after,
                Applied applied = Applied::No);

    void redo() override;
    void undo() override;

    const ProjectData &before() const { return m_before; }
    const ProjectData &after() const { return m_after; }
    // False when the store refused the change (the message went to ProjectStore::failed()).
    bool succeeded() const { return m_succeeded; }

private:
    ProjectStore *m_store;
    ProjectData m_before;
    ProjectData m_after;
    bool m_succeeded = true;
    bool m_alreadyApplied;
    bool m_pushed = false; // redo() ran once, when the command was pushed
};

} // namespace dapp
