#include "models/sources/postgresworker.h"

#include "models/core/logging.h"

#include <QThread>
#include <libpq-fe.h>
#include <pqxx/pqxx>

namespace Ops {

QAtomicInt PostgresWorker::s_live;

struct PostgresWorker::Connection
{
    explicit Connection(const std::string& conninfo)
        : pq(conninfo)
    {
    }
    pqxx::connection pq;
};

namespace {

QString firstLine(const char* what)
{
    const QString text = QString::fromUtf8(what).trimmed();
    return text.section(u'\n', 0, 0).trimmed();
}

QString str(const pqxx::field& field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

qint64 int64(const pqxx::field& field, qint64 fallback = -1)
{
    return field.is_null() ? fallback : field.as<qint64>();
}

} // namespace

PostgresWorker::PostgresWorker()
{
    s_live.ref();
}

PostgresWorker::~PostgresWorker()
{
    // Closing the connection may block on a frozen server; we are on the worker thread here
    // (deleted after its thread finished), never on the GUI thread.
    try {
        m_connection.reset();
    } catch (...) {
    }
    s_live.deref();
}

void PostgresWorker::check(quint64 generation, const PostgresConnectionParams& params)
{
    PostgresSnapshot snapshot;
    snapshot.checkedAt = QDateTime::currentDateTimeUtc();

    // Readiness exactly like pg_isready: does not need valid credentials.
    const auto pairs = params.keywordValues();
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : pairs) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    const PGPing ping = PQpingParams(keywords.data(), values.data(), 0);
    if (ping != PQPING_OK) {
        m_connection.reset();
        QString reason;
        switch (ping) {
        case PQPING_REJECT:
            reason = tr("the server rejects connections (starting up, shutting down or in crash recovery)");
            break;
        case PQPING_NO_ATTEMPT:
            reason = tr("the connection parameters are invalid");
            break;
        default:
            reason = tr("no response from %1:%2 (refused, unreachable or timed out)")
                         .arg(params.host)
                         .arg(params.port);
            break;
        }
        Q_EMIT finished(generation, snapshot, Health::Down, reason);
        return;
    }
    snapshot.acceptingConnections = true;

    try {
        const QByteArray conninfo = params.conninfo();
        if (!m_connection || conninfo != m_connectedWith || !m_connection->pq.is_open()) {
            m_connection.reset();
            qCDebug(lcPostgres) << "connecting to" << params.displayName();
            m_connection = std::make_unique<Connection>(conninfo.toStdString());
            m_connectedWith = conninfo;
        }
        query(snapshot);
    } catch (const pqxx::broken_connection& error) {
        m_connection.reset();
        Q_EMIT finished(generation, snapshot, Health::Down,
                        tr("connection failed: %1").arg(firstLine(error.what())));
        return;
    } catch (const pqxx::sql_error& error) {
        // 57014 = query_canceled: our statement_timeout.
        const bool timedOut = error.sqlstate() == "57014";
        m_connection.reset();
        Q_EMIT finished(generation, snapshot, Health::Down,
                        timedOut ? tr("the status queries exceeded the statement timeout of %1 ms")
                                       .arg(params.statementTimeoutMs)
                                 : tr("status query failed: %1").arg(firstLine(error.what())));
        return;
    } catch (const std::exception& error) {
        m_connection.reset();
        Q_EMIT finished(generation, snapshot, Health::Down, tr("check failed: %1").arg(firstLine(error.what())));
        return;
    }

    if (snapshot.poolExhausted()) {
        Q_EMIT finished(generation, snapshot, Health::Degraded,
                        tr("connection pool %1 % used (%2 of %3 connections)")
                            .arg(qRound(snapshot.poolUsage() * 100))
                            .arg(snapshot.totalBackends)
                            .arg(snapshot.maxConnections));
        return;
    }
    Q_EMIT finished(generation, snapshot, Health::Ok, QString());
}

void PostgresWorker::query(PostgresSnapshot& snapshot)
{
    // Read-only, fixed statements: no parameters at all, so nothing to concatenate.
    pqxx::read_transaction tx(m_connection->pq);

    const pqxx::result settings = tx.exec(
        "SELECT current_setting('server_version'), current_setting('max_connections')::int, pg_is_in_recovery(),"
        " CASE WHEN pg_is_in_recovery() THEN"
        "   (EXTRACT(EPOCH FROM (now() - pg_last_xact_replay_timestamp())) * 1000)::bigint END");
    snapshot.serverVersion = str(settings[0][0]);
    snapshot.maxConnections = settings[0][1].as<int>();
    snapshot.isStandby = settings[0][2].as<bool>();
    snapshot.standbyReplayDelayMs = int64(settings[0][3]);

    const pqxx::result databases = tx.exec(
        "SELECT datname, numbackends FROM pg_stat_database WHERE datname IS NOT NULL ORDER BY datname");
    for (const auto& row : databases) {
        PostgresDatabaseBackends entry;
        entry.database = str(row[0]);
        entry.backends = row[1].as<int>();
        snapshot.totalBackends += entry.backends;
        snapshot.backends.append(entry);
    }

    const pqxx::result longest = tx.exec(
        "SELECT pid, datname, usename, state,"
        " (EXTRACT(EPOCH FROM (clock_timestamp() - query_start)) * 1000)::bigint,"
        " left(query, " + std::to_string(PostgresLongestQuery::kMaxTextLength) + ")"
        " FROM pg_stat_activity"
        " WHERE backend_type = 'client backend' AND state IS NOT NULL AND state <> 'idle'"
        " AND pid <> pg_backend_pid() AND query_start IS NOT NULL"
        " ORDER BY query_start ASC LIMIT 1");
    if (!longest.empty()) {
        const auto row = longest[0];
        snapshot.longestQuery.present = true;
        snapshot.longestQuery.pid = row[0].as<int>();
        snapshot.longestQuery.database = str(row[1]);
        snapshot.longestQuery.user = str(row[2]);
        snapshot.longestQuery.state = str(row[3]);
        snapshot.longestQuery.durationMs = int64(row[4], 0);
        snapshot.longestQuery.text = str(row[5]).simplified();
    }

    // pg_current_wal_lsn() fails on a standby: only a primary lists its replicas' byte lag.
    const pqxx::result replicas = tx.exec(
        snapshot.isStandby
            ? "SELECT application_name, client_addr::text, state,"
              " (EXTRACT(EPOCH FROM replay_lag) * 1000)::bigint, NULL::bigint FROM pg_stat_replication"
            : "SELECT application_name, client_addr::text, state,"
              " (EXTRACT(EPOCH FROM replay_lag) * 1000)::bigint,"
              " pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint FROM pg_stat_replication"
              " ORDER BY application_name");
    for (const auto& row : replicas) {
        PostgresReplica replica;
        replica.name = str(row[0]);
        replica.clientAddress = str(row[1]);
        replica.state = str(row[2]);
        replica.replayLagMs = int64(row[3]);
        replica.replayLagBytes = int64(row[4]);
        snapshot.replicas.append(replica);
    }
    tx.commit();
}

} // namespace Ops
