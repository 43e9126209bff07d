#include "models/metrics/runbookqueries.h"

namespace Ops::RunbookQueries {

QString errorPercent(const QString& window)
{
    // `or vector(0)`: a stack that never answered 5xx has no such series; its share is 0 %, not unknown.
    return QStringLiteral("100 * (sum(rate(http_requests_total{status=~\"5..\"}[%1])) or vector(0)) / "
                          "sum(rate(http_requests_total[%1]))")
        .arg(window);
}

QString latencyQuantile(double quantile, const QString& window)
{
    return QStringLiteral("histogram_quantile(%1, sum by (le) (rate(http_request_duration_seconds_bucket[%2])))")
        .arg(quantile)
        .arg(window);
}

QString p95Milliseconds(const QString& window)
{
    return QStringLiteral("1000 * ") + latencyQuantile(0.95, window);
}

QString cpuPercent(const QString& window)
{
    return QStringLiteral("100 * sum(rate(process_cpu_seconds_total{job=\"fragrance-ai-api\"}[%1]))").arg(window);
}

QString requestRateByStatus(const QString& window)
{
    return QStringLiteral("sum by (status) (rate(http_requests_total[%1]))").arg(window);
}

QString servedRequestRateNow()
{
    // irate: the last two samples of each replica, so a stop shows after two scrapes, not after a window.
    // `and` the series as they are now: a range keeps the samples of a series that has ended (a replica
    // restarted: its counters are new series) for the whole window, and irate over them read a minute
    // of traffic nobody was sending — a drain right after an app restart timed out at "6 requests/s"
    // behind the maintenance page. An ended series is stale now, so the instant selector drops it.
    return QStringLiteral("sum(irate(http_requests_total{handler!~\"/metrics|/health\"}[1m]) "
                          "and http_requests_total{handler!~\"/metrics|/health\"})");
}

QString queueLength()
{
    return QStringLiteral("celery_queue_length");
}

QString databaseConnections()
{
    return QStringLiteral("sum(pg_stat_database_numbackends)");
}

QString redisMemory()
{
    return QStringLiteral("redis_memory_used_bytes");
}

QString appReplicasUp()
{
    return QStringLiteral("count(up{job=\"fragrance-ai-api\"} == 1)");
}

QString workersByQueue()
{
    // Every replica reports the same heartbeats: one figure per queue.
    return QStringLiteral("max by (queue) (fragrance_workers)");
}

QString appBuildInfo()
{
    return QStringLiteral("build_info{service=\"app\"}");
}

// A subquery evaluates on a grid aligned to its step: a build that answered for less than one step
// (a bad deploy rolled back within seconds) can fall between two points of a 15 s grid and never be
// seen. The last 10 minutes are read on a 1 s grid, the 6 h before on the coarse one.
QString previousBuildLastSeen(const QString& version)
{
    // One series per replica (instance): the latest of them all, not the first one listed. A series seen
    // in the last 10 minutes takes its precise time (the left side of `or` wins).
    const QString series = QStringLiteral("timestamp(build_info{service=\"app\",version!=\"%1\"})").arg(version);
    return QStringLiteral("max(max_over_time(%1[10m:1s]) or max_over_time(%1[6h:15s]))").arg(series);
}

QString buildFirstSeen(const QString& version)
{
    // The first sample on the coarse grid when it has one; a build younger than its step only on the fine one.
    const QString series = QStringLiteral("timestamp(build_info{service=\"app\",version=\"%1\"})").arg(version);
    return QStringLiteral("min(min_over_time(%1[6h:15s]) or min_over_time(%1[10m:1s]))").arg(series);
}

} // namespace Ops::RunbookQueries
