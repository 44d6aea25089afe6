// Where a team database is, written as psql takes it: a postgresql:// URI
// ("postgresql://alice@db.example/dapp", "postgresql://postgres@/dapp?host=/run/postgresql&port=5433"),
// a libpq service ("service=dapp"), or keywords ("host=db.example dbname=dapp user=alice"). It is
// read by libpq's own parser (PQconninfoParse), so every form and escape psql accepts works, and
// what QtSql's PostgreSQL driver needs is taken from it. A password is never kept: libpq's
// .pgpass and service file are read at connect time, and one asked for is used for that connection only.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace dapp {

struct TeamAddress
{
    QString host;     // a name, an address or a Unix socket folder; empty: libpq's default
    int port = -1;    // -1: libpq's default (5432, or the service's)
    QString database; // empty: libpq's default (the user's name, or the service's)
    QString user;     // empty: libpq's default (the login name, or the service's)
    QString service;  // a pg_service.conf entry, or empty
    // Every other keyword (sslmode, connect_timeout, …) as QtSql's connect options
    // ("sslmode=require;connect_timeout=5"), values quoted as libpq reads them.
    QString connectOptions;
    // The address as given, less any password: what Open Recent and --project show.
    QString text;
    // A password written into the address itself (discouraged; used, never stored).
    QString passwordInAddress;

    // "dapp on db.example" — "as alice" is added once connected (the server says who).
    QString describe() const;
};

// Whether `text` names a team database rather than a file: a postgresql:// or postgres:// URI,
// or libpq keywords ("service=…", "host=… dbname=…").
bool looksLikeTeamAddress(const QString &text);

// Reads `text` by libpq's rules; a malformed address is refused with libpq's reason.
std::optional<TeamAddress> parseTeamAddress(const QString &text, QString *error);

// Adds a QPSQL connection named `connectionName` for `address` and opens it, with `password`
// when one is given. On failure the connection is removed again; `needsPassword` says whether
// the server asked for a password that was not there (ask the user, then try again).
bool connectTeamDatabase(const TeamAddress &address, const QString &connectionName, const QString &password,
                         QString *error, bool *needsPassword = nullptr);

} // namespace dapp
