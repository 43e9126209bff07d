#include "models/store/databasesession.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <pqxx/pqxx>

namespace Ops {

struct DatabaseSession::Connection
{
    explicit Connection(const std::string& conninfo) : pq(conninfo) {}
    pqxx::connection pq;
};

namespace {

QString firstLine(const char* what)
{
    return QString::fromUtf8(what).trimmed().section(u'\n', 0, 0).trimmed();
}

} // namespace

QString sqlStateOf(const pqxx::sql_error& error)
{
    if (!error.sqlstate().empty())
        return QString::fromStdString(error.sqlstate());
    if (dynamic_cast<const pqxx::insufficient_privilege*>(&error))
        return QStringLiteral("42501");
    if (dynamic_cast<const pqxx::unique_violation*>(&error))
        return QStringLiteral("23505");
    if (dynamic_cast<const pqxx::foreign_key_violation*>(&error))
        return QStringLiteral("23503");
    if (dynamic_cast<const pqxx::not_null_violation*>(&error))
        return QStringLiteral("23502");
    if (dynamic_cast<const pqxx::check_violation*>(&error))
        return QStringLiteral("23514");
    if (dynamic_cast<const pqxx::undefined_table*>(&error))
        return QStringLiteral("42P01");
    if (dynamic_cast<const pqxx::undefined_column*>(&error))
        return QStringLiteral("42703");
    if (dynamic_cast<const pqxx::syntax_error*>(&error))
        return QStringLiteral("42601");
    if (dynamic_cast<const pqxx::deadlock_detected*>(&error))
        return QStringLiteral("40P01");
    if (dynamic_cast<const pqxx::serialization_failure*>(&error))
        return QStringLiteral("40001");
    return QString();
}

DatabaseSession::DatabaseSession() = default;

DatabaseSession::~DatabaseSession()
{
    // Runs on the database thread after it finished: closing may block on a frozen server, never the GUI.
    try {
        m_connection.reset();
    } catch (...) {
    }
}

void DatabaseSession::run(quint64 id, const DatabaseJob& job, const PostgresConnectionParams& params)
{
    DatabaseResult result;
    try {
        const QByteArray conninfo = params.conninfo();
        if (!m_connection || conninfo != m_connectedWith || !m_connection->pq.is_open()) {
            m_connection.reset();
            qCDebug(lcStore) << "connecting to" << params.displayName();
            m_connection = std::make_unique<Connection>(conninfo.toStdString());
            m_connectedWith = conninfo;
        }
        result.value = job(m_connection->pq);
    } catch (const pqxx::broken_connection& error) {
        m_connection.reset();
        result.status = DatabaseResult::Status::Unavailable;
        result.error = QCoreApplication::translate("Ops::DatabaseSession", "cannot reach the database %1: %2")
                           .arg(params.displayName(), firstLine(error.what()));
    } catch (const pqxx::sql_error& error) {
        result.sqlState = sqlStateOf(error);
        // 57014 = query_canceled: our statement_timeout (pqxx 6.4 has no class for it).
        if (result.sqlState == QLatin1String("57014")) {
            result.status = DatabaseResult::Status::TimedOut;
            result.error = QCoreApplication::translate("Ops::DatabaseSession",
                                                       "the statement exceeded the timeout of %1 ms")
                               .arg(params.statementTimeoutMs);
        } else {
            result.status = DatabaseResult::Status::Failed;
            result.error = QCoreApplication::translate("Ops::DatabaseSession", "the database refused: %1")
                               .arg(firstLine(error.what()));
        }
        if (m_connection && !m_connection->pq.is_open())
            m_connection.reset();
    } catch (const pqxx::in_doubt_error& error) {
        m_connection.reset();
        result.status = DatabaseResult::Status::Unavailable;
        result.error = QCoreApplication::translate("Ops::DatabaseSession",
                                                   "the connection was lost while committing: %1")
                           .arg(firstLine(error.what()));
    } catch (const std::exception& error) {
        if (m_connection && !m_connection->pq.is_open())
            m_connection.reset();
        result.status = DatabaseResult::Status::Failed;
        result.error = QCoreApplication::translate("Ops::DatabaseSession", "database job failed: %1")
                           .arg(firstLine(error.what()));
    }
    Q_EMIT finished(id, result);
}

} // namespace Ops
