#include "tools/simulator/pgwire.h"

#include <cerrno>
#include <chrono>
#include <poll.h>

using namespace Qt::StringLiterals;

namespace Sim::PgWire {

namespace {

using Clock = std::chrono::steady_clock;

int remainingMs(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? int(left) : 0;
}

/// Waits for the socket; false on timeout or error.
bool waitSocket(int fd, short events, Clock::time_point deadline)
{
    for (;;) {
        const int left = remainingMs(deadline);
        if (left <= 0)
            return false;
        pollfd p{fd, events, 0};
        const int r = ::poll(&p, 1, left);
        if (r < 0 && errno == EINTR)
            continue;
        return r > 0;
    }
}

QString lastError(PGconn* conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

} // namespace

PGconn* connect(const QByteArray& conninfo, int timeoutMs, QString* error)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    PGconn* conn = PQconnectStart(conninfo.constData());
    if (!conn) {
        *error = u"out of memory"_s;
        return nullptr;
    }
    if (PQstatus(conn) == CONNECTION_BAD) {
        *error = lastError(conn);
        PQfinish(conn);
        return nullptr;
    }
    PostgresPollingStatusType st = PGRES_POLLING_WRITING;
    for (;;) {
        if (st == PGRES_POLLING_OK)
            return conn;
        if (st == PGRES_POLLING_FAILED) {
            *error = lastError(conn);
            PQfinish(conn);
            return nullptr;
        }
        if (!waitSocket(PQsocket(conn), st == PGRES_POLLING_READING ? POLLIN : POLLOUT, deadline)) {
            *error = u"timeout connecting to PostgreSQL"_s;
            PQfinish(conn);
            return nullptr;
        }
        st = PQconnectPoll(conn);
    }
}

PGresult* exec(PGconn* conn, const char* sql, int timeoutMs, QString* error)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    if (!PQsendQuery(conn, sql)) {
        *error = lastError(conn);
        return nullptr;
    }
    PGresult* last = nullptr;
    for (;;) {
        while (PQisBusy(conn)) {
            if (!waitSocket(PQsocket(conn), POLLIN, deadline)) {
                *error = u"timeout waiting for PostgreSQL"_s;
                PQclear(last);
                return nullptr;
            }
            if (!PQconsumeInput(conn)) {
                *error = lastError(conn);
                PQclear(last);
                return nullptr;
            }
        }
        PGresult* r = PQgetResult(conn);
        if (!r)
            break;
        PQclear(last);
        last = r;
    }
    if (!last) {
        *error = lastError(conn);
        return nullptr;
    }
    const ExecStatusType st = PQresultStatus(last);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        *error = QString::fromUtf8(PQresultErrorMessage(last)).trimmed();
        PQclear(last);
        return nullptr;
    }
    return last;
}

} // namespace Sim::PgWire
