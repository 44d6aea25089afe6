// The empty table's words.
#include "emptytablemessage.h"

#include <QCoreApplication>

namespace dapp {

namespace {
// The empty table's context. A class, not a lambda named tr: lupdate files a free tr() under the
// enclosing namespace, not the context it looks up.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(EmptyTable)
};
} // namespace

QString emptyTableMessage(const ProjectData &project, Id letterId, const QString &search)
{
    if (!search.isEmpty())
        return T::tr("No return, and no letter of one, mentions “%1”.").arg(search);
    if (letterId != 0) {
        const int context = int(project.contextIdsOfLetter(letterId).size());
        return context > 0 ? T::tr("This letter has no programme returns. Its %n context figure(s) are in the Letter "
                                   "panel, under Context figures.",
                                   nullptr, context)
                           : T::tr("This letter has no programme returns yet. Add one with Edit › Add Programme… "
                                   "(Ctrl+Shift+P).");
    }
    if (project.letters.isEmpty())
        return T::tr("This project has no letters yet. Start with Edit › Add Letter… (Ctrl+Shift+L).");
    return T::tr("No programme returns here yet.");
}

} // namespace dapp
