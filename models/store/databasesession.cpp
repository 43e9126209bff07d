#include "models/store/databasesession.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <pqxx/pqxx>

namespace Ops {

namespace {

QAtomicInt s_live;

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

DatabaseSession::DatabaseSession()
{
    s_live.ref();
}

DatabaseSession::~DatabaseSession()
{
    // Runs on the database thread after it finished: closing may block on a frozen server, never the GUI.
    m_link.close();
    s_live.deref();
}

int DatabaseSession::liveCount()
{
    return s_live.loadRelaxed();
}

void DatabaseSession::run(quint64 id, const DatabaseTask& task, const PostgresConnectionParams& params)
{
    DatabaseResult result;
    m_link.setParams(params);
    try {
        result.value = task(m_link);
    } catch (const pqxx::broken_connection& error) {
        m_link.close();
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
            result.error = QCoreApplication::translate("Ops::DatabaseSession", "the database refused: %1", "store: databasesession: error or status fragment, shown after “…: ” in a longer message")
                               .arg(firstLine(error.what()));
        }
        m_link.closeIfBroken();
    } catch (const pqxx::in_doubt_error& error) {
        m_link.close();
        result.status = DatabaseResult::Status::Unavailable;
        result.error = QCoreApplication::translate("Ops::DatabaseSession",
                                                   "the connection was lost while committing: %1")
                           .arg(firstLine(error.what()));
    } catch (const std::exception& error) {
        m_link.closeIfBroken();
        result.status = DatabaseResult::Status::Failed;
        result.error = QCoreApplication::translate("Ops::DatabaseSession", "database job failed: %1", "store: databasesession: error or status fragment, shown after “…: ” in a longer message")
                           .arg(firstLine(error.what()));
    }
    Q_EMIT finished(id, result);
}

} // namespace Ops
