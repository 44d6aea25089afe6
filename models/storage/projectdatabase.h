// Reads a whole project from its database and writes one edit (a before/after slice) to it.
// Plain functions over a QSqlDatabase, so the same code serves SQLite and PostgreSQL.
#pragma once

#include "domain/progress.h"
#include "domain/project.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dapp {

std::optional<ProjectData> loadProject(QSqlDatabase &db, QString *error);
// Deletes what `before` has and `after` lacks, and writes what `after` has that differs,
// in one transaction. Nothing is written when it fails, or when `progress` cancels it.
bool writeChange(QSqlDatabase &db, const ProjectData &before, const ProjectData &after, QString *error,
                 const Progress &progress = {});

} // namespace dapp
