#include "models/store/databasesession.h"

#include "models/store/sql.h"
#include <QAtomicInt>
#include <QCoreApplication>

namespace Ops {

namespace {

QAtomicInt s_live;

QString firstLine(const char* what)
{
    return QString::fromUtf8(what).trimmed().section(u'\n', 0, 0).trimmed();
}

} // namespace

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
    } catch (const Sql::BrokenConnection& error) {
        m_link.close();
        result.status = DatabaseResult::Status::Unavailable;
        result.error = QCoreApplication::translate("Ops::DatabaseSession", "cannot reach the database %1: %2")
                           .arg(params.displayName(), firstLine(error.what()));
    } catch (const Sql::SqlError& error) {
        result.sqlState = QString::fromStdString(error.sqlstate());
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
    } catch (const Sql::InDoubt& error) {
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
