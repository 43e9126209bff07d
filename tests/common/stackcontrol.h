#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Fault injection on the local stack's servers for the database source tests.
/// Every fault is undone by a guard, even when the test fails half way.
namespace StackControl {

/// The postmaster and all its children (backends, checkpointer, ...).
QList<qint64> postgresClusterPids();
qint64 redisPid();
/// A loopback port nobody listens on right now.
int freeTcpPort();
/// Threads of this process (/proc/self/task).
int threadCount();

QString pgDataDir();
/// pg_ctl arguments (after `runuser -u postgres --`) that start the cluster as scripts/stack.sh does.
QStringList pgCtlStartArguments();
QStringList pgCtlStopArguments();
/// redis-server arguments exactly as scripts/stack.sh start_redis uses them.
QStringList redisServerArguments();
bool postgresRunning();
bool redisRunning();

/// SIGSTOPs processes for a short while; SIGCONTs them on release() or destruction. A detached
/// watchdog wakes them after `watchdogSeconds` even if this test process dies.
class FreezeGuard
{
public:
    FreezeGuard(const QList<qint64>& pids, int watchdogSeconds);
    ~FreezeGuard();
    void release();
    FreezeGuard(const FreezeGuard&) = delete;
    FreezeGuard& operator=(const FreezeGuard&) = delete;

private:
    QList<qint64> m_pids;
};

/// Restarts PostgreSQL (synchronously, only at the end of a failed test) if it is not running.
struct PostgresRunningGuard
{
    ~PostgresRunningGuard();
};
/// Restarts Redis if it is not running.
struct RedisRunningGuard
{
    ~RedisRunningGuard();
};

} // namespace StackControl
