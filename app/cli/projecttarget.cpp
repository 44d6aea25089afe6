#include "cli/projecttarget.h"
#include "storage/teamaddress.h"

#include <QDir>
#include <QFileInfo>

namespace dapp::cli {

bool openTarget(ProjectStore &store, const QString &target, bool readOnly, QString *error)
{
    if (looksLikeTeamAddress(target))
        return store.openTeam(target, error); // a password comes from .pgpass or PGPASSWORD, as for psql
    if (!target.isEmpty() && QFileInfo::exists(target))
        return store.open(target, error, readOnly ? OpenAccess::ReadOnly : OpenAccess::Exclusive);
    return store.createNew(error);
}

bool keepTarget(ProjectStore &store, const QString &target, QString *error)
{
    return store.isTeam() || store.saveAs(target, error);
}

QString targetName(const ProjectStore &store, const QString &target)
{
    return store.isTeam() ? store.teamDescription() : QDir::toNativeSeparators(target);
}

} // namespace dapp::cli
