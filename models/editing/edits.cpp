// Builds the before/after slices of each kind of edit.
#include "editing/edits.h"
#include "domain/areas.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dapp {

namespace {
// Gives this file's strings one translation context.
struct EditsText
{
    Q_DECLARE_TR_FUNCTIONS(Edits)
};

// What an edit is made over: on a team database, the record as its editor showed it (someone
// else's change since is then refused with both); on a file nobody else changes, the record as
// it is now, so that an undo made while a field was being typed in never refuses the typing.
template <typename T>
std::optional<T> madeOver(const ProjectStore *store, const std::optional<T> &seen)
{
    return store->isTeam() ? seen : std::nullopt;
}
} // namespace

std::unique_ptr<EditCommand> setFigureCommand(ProjectStore *store, Id returnId, FigureField field,
                                              const Figure &figure)
{
    const ProjectData &data = store->data();
    if (!data.returns.contains(returnId))
        return nullptr;
    ProgrammeReturn updated = data.returns.value(returnId);
    updated.figure(field) = figure;
    auto command = updateReturnCommand(store, updated);
    command->setText(EditsText::tr("Set %1 of %2").arg(fieldLabel(field).toLower(), returnTitle(data, returnId)));
    return command;
}

std::unique_ptr<EditCommand> updateReturnCommand(ProjectStore *store, const ProgrammeReturn &updated)
{
    ProjectData before, after;
    before.returns.insert(updated.id, store->data().returns.value(updated.id));
    after.returns.insert(updated.id, updated);
    return std::make_unique<EditCommand>(store, EditsText::tr("Edit return"), before, after);
}

std::unique_ptr<EditCommand> updateReturnsCommand(ProjectStore *store, const QList<ProgrammeReturn> &updated,
                                                  const QString &text)
{
    ProjectData before, after;
    for (const ProgrammeReturn &r : updated) {
        before.returns.insert(r.id, store->data().returns.value(r.id));
        after.returns.insert(r.id, r);
    }
    return std::make_unique<EditCommand>(store, text, before, after);
}

QString returnTitle(const ProjectData &data, Id returnId)
{
    const ProgrammeReturn r = data.returns.value(returnId);
    return QStringLiteral("%1 · %2").arg(Areas::nameOf(data.letters.value(r.letterId).areaCode),
                                         data.programmes.value(r.programmeId).name);
}

std::unique_ptr<EditCommand> editReturnPartCommand(ProjectStore *store, const ProgrammeReturn &updated, ReturnPart part,
                                                   const std::optional<ProgrammeReturn> &shown)
{
    const std::optional<ProgrammeReturn> seen = madeOver(store, shown);
    const auto it = store->data().returns.constFind(updated.id);
    if (it == store->data().returns.constEnd() || seen.value_or(*it) == updated)
        return nullptr;
    const QString title = returnTitle(store->data(), updated.id);
    QString text;
    switch (part) {
    case ReturnPart::Referrers: text = EditsText::tr("Edit referrers of %1").arg(title); break;
    case ReturnPart::Funders: text = EditsText::tr("Edit funders of %1").arg(title); break;
    case ReturnPart::Caveats: text = EditsText::tr("Edit caveats of %1").arg(title); break;
    case ReturnPart::FigureNote: text = EditsText::tr("Edit a figure's note of %1").arg(title); break;
    case ReturnPart::FigureQuote: text = EditsText::tr("Edit a figure's quote of %1").arg(title); break;
    }
    ProjectData before, after;
    before.returns.insert(updated.id, seen.value_or(*it));
    after.returns.insert(updated.id, updated);
    return std::make_unique<EditCommand>(store, text, before, after);
}

std::unique_ptr<EditCommand> editProgrammeOfReturnCommand(ProjectStore *store, Id returnId, const Programme &updated,
                                                          const std::optional<Programme> &shown)
{
    const std::optional<Programme> seen = madeOver(store, shown);
    const auto it = store->data().programmes.constFind(updated.id);
    if (it == store->data().programmes.constEnd() || seen.value_or(*it) == updated)
        return nullptr;
    ProjectData before, after;
    before.programmes.insert(updated.id, seen.value_or(*it));
    after.programmes.insert(updated.id, updated);
    return std::make_unique<EditCommand>(
        store, EditsText::tr("Edit programme of %1").arg(returnTitle(store->data(), returnId)), before, after);
}

std::unique_ptr<EditCommand> addContextFigureCommand(ProjectStore *store, Id letterId, const QString &label)
{
    if (!store->data().letters.contains(letterId))
        return nullptr;
    ContextFigure c;
    c.id = store->allocateContextId();
    c.letterId = letterId;
    c.areaCode = store->data().letters.value(letterId).areaCode;
    c.label = label;
    ProjectData after;
    after.contextFigures.insert(c.id, c);
    return std::make_unique<EditCommand>(store, EditsText::tr("Add context figure “%1”").arg(label), ProjectData{}, after);
}

std::unique_ptr<EditCommand> updateContextFigureCommand(ProjectStore *store, const ContextFigure &updated,
                                                        const std::optional<ContextFigure> &shown)
{
    const std::optional<ContextFigure> seen = madeOver(store, shown);
    const auto it = store->data().contextFigures.constFind(updated.id);
    if (it == store->data().contextFigures.constEnd() || seen.value_or(*it) == updated)
        return nullptr;
    ProjectData before, after;
    before.contextFigures.insert(updated.id, seen.value_or(*it));
    after.contextFigures.insert(updated.id, updated);
    return std::make_unique<EditCommand>(store, EditsText::tr("Edit context figure “%1”").arg(updated.label), before, after);
}

std::unique_ptr<EditCommand> removeContextFigureCommand(ProjectStore *store, Id contextId)
{
    const auto it = store->data().contextFigures.constFind(contextId);
    if (it == store->data().contextFigures.constEnd())
        return nullptr;
    ProjectData before;
    before.contextFigures.insert(contextId, *it);
    return std::make_unique<EditCommand>(store, EditsText::tr("Remove context figure “%1”").arg(it->label), before,
                                         ProjectData{});
}

std::unique_ptr<EditCommand> updateLetterCommand(ProjectStore *store, const Letter &updated, const std::optional<Letter> &shown)
{
    const std::optional<Letter> seen = madeOver(store, shown);
    const ProjectData &data = store->data();
    const Letter old = data.letters.value(updated.id);
    ProjectData before, after;
    before.letters.insert(updated.id, seen.value_or(old));
    after.letters.insert(updated.id, updated);
    // Setting the area of a letter (e.g. from Unknown) takes what it answered about along, in
    // the same undo step, so area and programme never disagree: its programmes move, or, where
    // another letter also answered about one, that letter keeps it and this letter's returns
    // move to a copy in the new area. Its context figures move too.
    if (old.areaCode != updated.areaCode) {
        QHash<Id, Id> copies; // programme → its copy in the new area
        for (Id rid : data.returnIdsOfLetter(updated.id)) {
            const ProgrammeReturn ret = data.returns.value(rid);
            Programme p = data.programmes.value(ret.programmeId);
            if (p.areaCode != old.areaCode)
                continue;
            const bool shared = std::any_of(data.returns.cbegin(), data.returns.cend(), [&](const ProgrammeReturn &o) {
                return o.programmeId == p.id && o.letterId != updated.id;
            });
            if (!shared) {
                before.programmes.insert(p.id, p);
                p.areaCode = updated.areaCode;
                after.programmes.insert(p.id, p);
                continue;
            }
            if (!copies.contains(p.id)) {
                Programme copy = p;
                copy.id = store->allocateProgrammeId();
                copy.areaCode = updated.areaCode;
                after.programmes.insert(copy.id, copy);
                copies.insert(p.id, copy.id);
            }
            ProgrammeReturn moved = ret;
            moved.programmeId = copies.value(p.id);
            before.returns.insert(rid, ret);
            after.returns.insert(rid, moved);
        }
        for (Id cid : data.contextIdsOfLetter(updated.id)) {
            ContextFigure c = data.contextFigures.value(cid);
            if (c.areaCode != old.areaCode)
                continue;
            before.contextFigures.insert(cid, c);
            c.areaCode = updated.areaCode;
            after.contextFigures.insert(cid, c);
        }
    }
    return std::make_unique<EditCommand>(store, EditsText::tr("Edit letter"), before, after);
}

std::unique_ptr<EditCommand> updateProgrammeCommand(ProjectStore *store, const Programme &updated)
{
    ProjectData before, after;
    before.programmes.insert(updated.id, store->data().programmes.value(updated.id));
    after.programmes.insert(updated.id, updated);
    return std::make_unique<EditCommand>(store, EditsText::tr("Edit programme"), before, after);
}

std::unique_ptr<EditCommand> addLetterCommand(ProjectStore *store, Letter letter)
{
    letter.id = store->allocateLetterId();
    ProjectData after;
    after.letters.insert(letter.id, letter);
    return std::make_unique<EditCommand>(store, EditsText::tr("Add letter"), ProjectData{}, after);
}

std::unique_ptr<EditCommand> removeLetterCommand(ProjectStore *store, Id letterId)
{
    if (!store->data().letters.contains(letterId))
        return nullptr;
    return std::make_unique<EditCommand>(store, EditsText::tr("Remove letter"), store->data().letterWithDependants(letterId),
                                         ProjectData{});
}

std::unique_ptr<EditCommand> addProgrammeCommand(ProjectStore *store, Id letterId, const QString &name,
                                                 const QString &provider)
{
    if (!store->data().letters.contains(letterId))
        return nullptr;
    Programme programme;
    programme.id = store->allocateProgrammeId();
    programme.areaCode = store->data().letters.value(letterId).areaCode;
    programme.name = name;
    programme.provider = provider;
    ProgrammeReturn ret;
    ret.id = store->allocateReturnId();
    ret.letterId = letterId;
    ret.programmeId = programme.id;
    ProjectData after;
    after.programmes.insert(programme.id, programme);
    after.returns.insert(ret.id, ret);
    return std::make_unique<EditCommand>(store, EditsText::tr("Add programme"), ProjectData{}, after);
}

std::unique_ptr<EditCommand> removeReturnCommand(ProjectStore *store, Id returnId)
{
    const ProjectData &data = store->data();
    if (!data.returns.contains(returnId))
        return nullptr;
    const ProgrammeReturn ret = data.returns.value(returnId);
    ProjectData before;
    before.returns.insert(returnId, ret);
    const bool shared = std::any_of(data.returns.cbegin(), data.returns.cend(), [&](const ProgrammeReturn &o) {
        return o.id != returnId && o.programmeId == ret.programmeId;
    });
    if (!shared && data.programmes.contains(ret.programmeId))
        before.programmes.insert(ret.programmeId, data.programmes.value(ret.programmeId));
    return std::make_unique<EditCommand>(store, EditsText::tr("Remove programme"), before, ProjectData{});
}

} // namespace dapp
