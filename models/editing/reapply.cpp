// Reapplying a refused edit over someone else's change, field by field.
#include "editing/reapply.h"
#include "domain/recorddiff.h"

#include <QCoreApplication>
#include <QSet>

namespace dapp {

namespace {
struct ReapplyText
{
    Q_DECLARE_TR_FUNCTIONS(Edits)
};

template <typename T>
void reapplyRecords(const QMap<Id, T> &seen, const QMap<Id, T> &mine, const QMap<Id, T> &now, QMap<Id, T> &before,
                    QMap<Id, T> &after, int &gone)
{
    QSet<Id> ids;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        ids.insert(it.key());
    for (auto it = mine.cbegin(); it != mine.cend(); ++it)
        ids.insert(it.key());
    for (Id id : std::as_const(ids)) {
        const bool wasThere = seen.contains(id);
        const bool staysMine = mine.contains(id);
        const bool isThere = now.contains(id);
        if (staysMine && !wasThere) {
            if (!isThere)
                after.insert(id, mine[id]); // my new record: added as it was
            continue;
        }
        if (!isThere) {
            if (staysMine && !(seen[id] == mine[id]))
                ++gone; // I changed it, they removed it: nothing to change any more
            continue;
        }
        before.insert(id, now[id]);
        if (staysMine)
            after.insert(id, reapplied(seen[id], mine[id], now[id])); // else: my removal, over their version
    }
}
} // namespace

ReappliedChange reapplyOnTop(const ProjectData &seen, const ProjectData &mine, const ProjectData &now)
{
    ReappliedChange c;
    reapplyRecords(seen.letters, mine.letters, now.letters, c.before.letters, c.after.letters, c.gone);
    reapplyRecords(seen.programmes, mine.programmes, now.programmes, c.before.programmes, c.after.programmes, c.gone);
    reapplyRecords(seen.returns, mine.returns, now.returns, c.before.returns, c.after.returns, c.gone);
    reapplyRecords(seen.contextFigures, mine.contextFigures, now.contextFigures, c.before.contextFigures,
                   c.after.contextFigures, c.gone);
    return c;
}

std::unique_ptr<EditCommand> reapplyCommand(ProjectStore *store, const ReappliedChange &change)
{
    if (change.isEmpty())
        return nullptr;
    return std::make_unique<EditCommand>(store, ReapplyText::tr("Reapply My Change"), change.before, change.after);
}

} // namespace dapp
