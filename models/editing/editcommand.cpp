// Applies a before/after swap through the store.
#include "editing/editcommand.h"
#include "storage/projectstore.h"

namespace dapp {

EditCommand::EditCommand(ProjectStore *store, const QString &text, ProjectData before, ProjectData after,
                         Applied applied)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_alreadyApplied(applied == Applied::Already)
{
}

void EditCommand::redo()
{
    const bool replay = m_pushed;
    m_pushed = true;
    if (!replay && m_alreadyApplied)
        return; // the push of a change already written

    QString error;
    m_succeeded = m_store->apply(m_before, m_after, &error);
    if (m_succeeded)
        return;
    // A refused change must not sit on the stack pretending to be undoable.
    setObsolete(true);
    if (replay)
        emit m_store->historyInvalidated(error);
    else
        emit m_store->failed(error); // a new edit: the history before it still holds
}

void EditCommand::undo()
{
    QString error;
    m_succeeded = m_store->apply(m_after, m_before, &error);
    if (!m_succeeded) {
        setObsolete(true);
        emit m_store->historyInvalidated(error);
    }
}

} // namespace dapp
