// Backups: "backup/kind" (none, single, numbered) and "backup/keep".
#include "preferences.h"

#include <QSettings>

namespace dapp {

BackupPolicy loadBackupPolicy()
{
    const QSettings settings;
    BackupPolicy policy;
    const QString kind = settings.value(QStringLiteral("backup/kind"), QStringLiteral("single")).toString();
    policy.kind = kind == QLatin1String("none")       ? BackupPolicy::Kind::None
                  : kind == QLatin1String("numbered") ? BackupPolicy::Kind::Numbered
                                                      : BackupPolicy::Kind::Single;
    policy.keep = std::clamp(settings.value(QStringLiteral("backup/keep"), 5).toInt(), 1, 99);
    return policy;
}

void storeBackupPolicy(const BackupPolicy &policy)
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/kind"), policy.kind == BackupPolicy::Kind::None       ? QStringLiteral("none")
                                                     : policy.kind == BackupPolicy::Kind::Numbered ? QStringLiteral("numbered")
                                                                                                   : QStringLiteral("single"));
    settings.setValue(QStringLiteral("backup/keep"), policy.keep);
}

} // namespace dapp
