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
    int held = 0; ///< idle connections the db-pool-exhausted scenario holds open
    qint64 atMs = 0;
};

/// What the real Redis said, and what the simulated Celery traffic did.
struct RedisSnapshot
{
    bool ok = false;
    QString error;
    QMap<QString, qint64> queueLengths; ///< LLEN per queue
    QMap<QString, qint64> produced;     ///< totals since start, per queue
    QMap<QString, qint64> consumed;
    qint64 usedMemory = 0;
    qint64 connectedClients = 0;
    qint64 atMs = 0;
};

/// How much Celery work to push and how fast the simulated workers take it.
struct QueuePlan
{
    QMap<QString, double> producePerSecond; ///< per queue
    int llmWorkers = 2;                    ///< take from "llm", then "celery"
    int rlWorkers = 1;                     ///< take from "rl"
    double llmTasksPerSecond = 4.0;        ///< per worker
    double rlTasksPerSecond = 1.0;
    qint64 produceCap = 5000; ///< stop producing to a queue this long
    bool paused = false;      ///< redis "stopped" through the double
};

} // namespace Sim

Q_DECLARE_METATYPE(Sim::PgSnapshot)
Q_DECLARE_METATYPE(Sim::RedisSnapshot)
Q_DECLARE_METATYPE(Sim::QueuePlan)
