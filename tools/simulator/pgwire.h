#pragma once

#include <QByteArray>
#include <QString>

#include <libpq-fe.h>

/// libpq calls with a client-side deadline: a frozen server (SIGSTOP) never blocks the caller
/// longer than the deadline, which neither connect_timeout nor statement_timeout guarantee.
namespace Sim::PgWire {

/// Connects without blocking past timeoutMs; nullptr and an error on failure.
PGconn* connect(const QByteArray& conninfo, int timeoutMs, QString* error);
/// Runs one statement; nullptr and an error on failure or timeout (then drop the connection).
PGresult* exec(PGconn* conn, const char* sql, int timeoutMs, QString* error);

} // namespace Sim::PgWire
