#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Ops {

/// Client backends connected to one database (pg_stat_database.numbackends).
struct PostgresDatabaseBackends
{
    QString database;
    int backends = 0;
};

/// The longest-running non-idle client query (pg_stat_activity), if any.
struct PostgresLongestQuery
{
    bool present = false;
    int pid = 0;
    QString database;
    QString user;
    QString state;          ///< "active", "idle in transaction", ...
    qint64 durationMs = 0;
    QString text;           ///< truncated to kMaxTextLength characters
    static constexpr int kMaxTextLength = 200;
};

/// One streaming replica as the primary sees it (pg_stat_replication).
struct PostgresReplica
{
    QString name;           ///< application_name
    QString clientAddress;
    QString state;          ///< "streaming", "catchup", ...
    qint64 replayLagMs = -1; ///< -1 when the server does not know (idle replica)
    qint64 replayLagBytes = -1;
};

/// What one PostgreSQL check saw. Filled by the worker thread, read on the GUI thread.
struct PostgresSnapshot
{
    bool acceptingConnections = false; ///< PQpingParams said PQPING_OK
    QString serverVersion;             ///< "15.5 (Debian 15.5-0+deb12u1)"
    int maxConnections = 0;
    QVector<PostgresDatabaseBackends> backends; ///< by database name
    int totalBackends = 0;
    PostgresLongestQuery longestQuery;
    bool isStandby = false;            ///< this server is itself a replica (pg_is_in_recovery)
    qint64 standbyReplayDelayMs = -1;  ///< for a standby: now() - last replayed transaction
    QVector<PostgresReplica> replicas; ///< empty: "no replicas"
    QDateTime checkedAt;               ///< UTC

    /// The runbook's pool-exhaustion ratio: backends / max_connections (0..1; 0 when unknown).
    double poolUsage() const;
    /// Runbook alert DatabaseConnectionPoolExhausted: more than 90 % of max_connections in use.
    bool poolExhausted() const { return poolUsage() > kPoolAlertRatio; }
    /// Backends of one database, -1 when the database was not listed.
    int backendsOf(const QString& database) const;

    static constexpr double kPoolAlertRatio = 0.9;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::PostgresSnapshot)
