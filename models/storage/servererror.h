// The words for what a database server refused: what its SQLSTATE means to the analyst who made
// the change ("The server refused the change: your role may only read this database…"), with
// the server's own short text kept at the end for whoever looks after the server.
#pragma once

#include <QSqlError>
#include <QString>

#include <optional>

namespace dapp {

// What was asked of the server when it refused: the words for a missing right differ.
enum class ServerRequest { Change, Read };

// The words for an error whose SQLSTATE (PostgreSQL's five-character code, which QPSQL puts in
// nativeErrorCode()) is one this knows: what happened and what to do, then `consequence` when
// given ("Nothing of the change was written."), then "(Server: <its first line>; SQLSTATE
// <code>)". Never the query. nullopt for any other error, SQLite's included (its codes are
// numbers of at most four digits).
std::optional<QString> describeKnownServerError(
    const QSqlError &e, ServerRequest request = ServerRequest::Change, const QString &consequence = QString());

// describeKnownServerError's words for a change, or for any other error "Database error: <its
// text>", with `consequence` after it.
QString describeServerError(const QSqlError &e, const QString &consequence = QString());

// Whether the server refused for want of a right (SQLSTATE 42501, insufficient_privilege): the
// role may only read, or an administrator took the right away.
bool isPermissionRefused(const QSqlError &e);

} // namespace dapp
