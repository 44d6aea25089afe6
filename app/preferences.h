// The preferences kept between sessions (QSettings), read and written in one place.
#pragma once

#include "storage/projectfile.h"

namespace dapp {

BackupPolicy loadBackupPolicy();
void storeBackupPolicy(const BackupPolicy &policy);

} // namespace dapp
