// What the returns table says when it shows no row: why, and where to look instead.
#pragma once

#include "domain/project.h"

#include <QString>

namespace dapp {

// `letterId`: the letter the table is narrowed to (0: none); `search`: the find text.
QString emptyTableMessage(const ProjectData &project, Id letterId, const QString &search);

} // namespace dapp
