#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

/// Value types the simulator's probe threads hand to its main thread.
namespace Sim {

/// What the real PostgreSQL said on the last probe.
struct PgSnapshot
{
    bool ok = false;
    QString error;
    QMap<QString, qint64> backends; ///< pg_stat_database.numbackends per datname
    qint64 maxConnections = 0;
    int held = 0; ///< idle connections the db-pool-exhausted switch holds open
    qint64 atMs = 0;
};

/// What the real Redis said on the last probe.
struct RedisSnapshot
{
    bool ok = false;
    QString error;
    /// Celery workers alive per kind ("llm", "rl"): their heartbeat keys in Redis
    /// (fragrance:workers:KIND:HOSTNAME, refreshed every 2 s with a 6 s expiry by each worker).
    QMap<QString, int> workers;
    qint64 atMs = 0;
};

} // namespace Sim

Q_DECLARE_METATYPE(Sim::PgSnapshot)
Q_DECLARE_METATYPE(Sim::RedisSnapshot)
