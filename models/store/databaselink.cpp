#include "models/store/databaselink.h"

#include "models/core/logging.h"

#include <pqxx/pqxx>

namespace Ops {

struct DatabaseLink::Connection
{
    explicit Connection(const std::string& conninfo) : pq(conninfo) {}
    pqxx::connection pq;
};

DatabaseLink::DatabaseLink() = default;

DatabaseLink::~DatabaseLink()
{
    close();
}

pqxx::connection_base& DatabaseLink::connection()
{
    const QByteArray conninfo = m_params.conninfo();
    if (!m_connection || conninfo != m_connectedWith || !m_connection->pq.is_open()) {
        close();
        qCDebug(lcStore) << "connecting to" << m_params.displayName();
        m_connection = std::make_unique<Connection>(conninfo.toStdString());
        m_connectedWith = conninfo;
    }
    return m_connection->pq;
}

void DatabaseLink::close()
{
    try {
        m_connection.reset();
    } catch (...) {
    }
    m_connectedWith.clear();
}

void DatabaseLink::closeIfBroken()
{
    if (m_connection && !m_connection->pq.is_open())
        close();
}

} // namespace Ops
