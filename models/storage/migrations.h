// The project schema, in code: ordered migrations keyed on PRAGMA user_version.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dapp {

// "DAPP" in ASCII: PRAGMA application_id marks a SQLite file as a DAPP Analyst project.
inline constexpr qint32 kApplicationId = 0x44415050;

int latestSchemaVersion();
int schemaVersion(QSqlDatabase &db, QString *error = nullptr);
// Brings the schema up to `target` (default: latest), all the migrations in one transaction.
// Returns false with `error` set, leaving the database as it was.
bool migrate(QSqlDatabase &db, QString *error, int target = -1);

} // namespace dapp
