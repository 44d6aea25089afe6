// The edits a user can make, as undo commands built from before/after snapshots.
// Each returns a command for the caller to push on its QUndoStack (which runs redo()).
#pragma once

#include "editing/editcommand.h"

#include <memory>
#include <optional>

namespace dapp {

class ProjectStore;

std::unique_ptr<EditCommand> setFigureCommand(ProjectStore *store, Id returnId, FigureField field,
                                              const Figure &figure);
std::unique_ptr<EditCommand> updateReturnCommand(ProjectStore *store, const ProgrammeReturn &updated);
// Several returns changed at once (a paste): one undo step.
std::unique_ptr<EditCommand> updateReturnsCommand(ProjectStore *store, const QList<ProgrammeReturn> &updated,
                                                  const QString &text);
// `seen`, where these take it: the record as the editor showed it when the user began typing,
// which the edit is then made over. On a team database someone else's change may have arrived
// meanwhile; made over what was seen, the store refuses the edit with both values instead of
// writing it over theirs unseen. Without it, or on a file (nobody else changes it), the edit
// is made over the record as it is now.

// The parts of a return the return panel edits, each one undo step whose label names the return
// ("Edit funders of Derbyshire · Drive"). Nothing (nullptr) when the return is gone or the
// part is unchanged.
enum class ReturnPart { Referrers, Funders, Caveats, FigureNote, FigureQuote };
std::unique_ptr<EditCommand> editReturnPartCommand(ProjectStore *store, const ProgrammeReturn &updated, ReturnPart part,
                                                   const std::optional<ProgrammeReturn> &seen = std::nullopt);
// The programme's details (name, provider, risk level, …), labelled with the return they were
// edited from; a programme another letter shares changes for that letter too.
std::unique_ptr<EditCommand> editProgrammeOfReturnCommand(ProjectStore *store, Id returnId, const Programme &updated,
                                                          const std::optional<Programme> &seen = std::nullopt);
// A letter's context figures (figures about its area that are not a programme's return, such as
// a panel report's funding award): added to the letter, changed, removed, one undo step each.
std::unique_ptr<EditCommand> addContextFigureCommand(ProjectStore *store, Id letterId, const QString &label);
std::unique_ptr<EditCommand> updateContextFigureCommand(ProjectStore *store, const ContextFigure &updated,
                                                        const std::optional<ContextFigure> &seen = std::nullopt);
std::unique_ptr<EditCommand> removeContextFigureCommand(ProjectStore *store, Id contextId);

// What a return is called in labels and messages: "Derbyshire · Drive".
QString returnTitle(const ProjectData &data, Id returnId);

std::unique_ptr<EditCommand> updateLetterCommand(ProjectStore *store, const Letter &updated,
                                                 const std::optional<Letter> &seen = std::nullopt);
std::unique_ptr<EditCommand> updateProgrammeCommand(ProjectStore *store, const Programme &updated);
// A new letter (its id is allocated here); `letter.id` is ignored.
std::unique_ptr<EditCommand> addLetterCommand(ProjectStore *store, Letter letter);
// Removes the letter, its returns and context figures, and programmes no other letter uses.
std::unique_ptr<EditCommand> removeLetterCommand(ProjectStore *store, Id letterId);
// A new programme in the letter's area, with an empty return (every figure not provided).
std::unique_ptr<EditCommand> addProgrammeCommand(ProjectStore *store, Id letterId, const QString &name,
                                                 const QString &provider);
// Removes the return, and its programme when no other return uses it.
std::unique_ptr<EditCommand> removeReturnCommand(ProjectStore *store, Id returnId);

} // namespace dapp
