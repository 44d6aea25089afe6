// The empty table's words.
#include "emptytablemessage.h"

#include <QCoreApplication>

namespace dapp {

QString emptyTableMessage(const ProjectData &project, Id letterId, const QString &search)
{
    const auto tr = [](const char *text, int n = -1) { return QCoreApplication::translate("EmptyTable", text, nullptr, n); };
    if (!search.isEmpty())
        return tr("No return, and no letter of one, mentions “%1”.").arg(search);
    if (letterId != 0) {
        const int context = int(project.contextIdsOfLetter(letterId).size());
        return context > 0 ? tr("This letter has no programme returns. Its %n context figure(s) are in the Letter "
                                "panel, under Context figures.",
                                context)
                           : tr("This letter has no programme returns yet. Add one with Edit › Add Programme… "
                                "(Ctrl+Shift+P).");
    }
    if (project.letters.isEmpty())
        return tr("This project has no letters yet. Start with Edit › Add Letter… (Ctrl+Shift+L).");
    return tr("No programme returns here yet.");
}

} // namespace dapp
