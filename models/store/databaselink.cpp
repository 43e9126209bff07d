#include "models/store/databaselink.h"

#include "models/core/logging.h"

#include "models/store/sqlconnect.h"

namespace Ops {

DatabaseLink::DatabaseLink() = default;

DatabaseLink::~DatabaseLink()
{
    close();
}

Sql::Connection& DatabaseLink::connection()
{
    const QByteArray conninfo = m_params.conninfo();
    if (!m_connection || conninfo != m_connectedWith || !m_connection->is_open()) {
        close();
        qCDebug(lcStore) << "connecting to" << m_params.displayName();
        m_connection = Sql::connect(conninfo.toStdString());
        m_connectedWith = conninfo;
    }
    return *m_connection;
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
    if (m_connection && !m_connection->is_open())
        close();
}

} // namespace Ops
