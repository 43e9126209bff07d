#pragma once

#include "models/store/postgresconnectionparams.h"

#include <QByteArray>
#include <memory>

namespace Ops::Sql {
class Connection;
}

namespace Ops {

/// The one connection of a database thread, as a DatabaseTask sees it: opened on first use, reopened
/// when it was closed, lost or the parameters changed. Lives and dies on that thread only (closing may
/// block on a frozen server).
class DatabaseLink final
{
public:
    DatabaseLink();
    ~DatabaseLink();
    DatabaseLink(const DatabaseLink&) = delete;
    DatabaseLink& operator=(const DatabaseLink&) = delete;

    /// The parameters of the current job: the worker's, with the timeouts its deadline derives.
    const PostgresConnectionParams& params() const { return m_params; }
    /// The connection, opened now if there is none (loading the driver the first time); throws
    /// Sql::BrokenConnection.
    Sql::Connection& connection();
    /// Closes the connection: the next connection() opens a fresh one.
    void close();
    /// Closes the connection if libpq already knows it is gone (after an error).
    void closeIfBroken();

private:
    friend class DatabaseSession;
    void setParams(const PostgresConnectionParams& params) { m_params = params; }

    std::unique_ptr<Sql::Connection> m_connection;
    QByteArray m_connectedWith; ///< conninfo of m_connection: reconnect when the profile changes
    PostgresConnectionParams m_params;
};

} // namespace Ops
