#pragma once

#include <QString>

namespace Ops::RunbookQueries {

/// The runbook's Prometheus queries, in one place: the health monitor's "when to scale" figures, the
/// rollback decision tree and its verification, and the default chart panels read them from here, so
/// that a change of a metric name or a window changes every reader at once.

/// Share of 5xx answers in percent over `window` ("5m"); 0 % (not unknown) for a stack that never
/// answered a 5xx.
QString errorPercent(const QString& window = QStringLiteral("5m"));
/// The `quantile` (0.95) of the request duration over `window`, in seconds.
QString latencyQuantile(double quantile, const QString& window = QStringLiteral("5m"));
/// p95 in milliseconds (the health monitor's scale signal).
QString p95Milliseconds(const QString& window = QStringLiteral("5m"));
/// CPU of the app's processes in percent of one core.
QString cpuPercent(const QString& window = QStringLiteral("5m"));
/// Request rate per status code.
QString requestRateByStatus(const QString& window = QStringLiteral("5m"));
/// Requests per second the app replicas serve right now (the last two scrapes of every replica), without
/// the handlers monitoring and load balancers keep calling: what "active requests" drain to.
QString servedRequestRateNow();
/// The runbook's "Worker queue length".
QString queueLength();
/// The runbook's "Database connections".
QString databaseConnections();
/// The runbook's "Redis memory usage".
QString redisMemory();

/// App replicas that answer Prometheus' scrape.
QString appReplicasUp();
/// Celery workers alive per queue, as the API sees their heartbeats.
QString workersByQueue();

/// The running build of the app (build_info{version}).
QString appBuildInfo();
/// When another build than `version` last answered within 6 h (the previous build's last sample).
QString previousBuildLastSeen(const QString& version);
/// When `version` was first seen within 6 h.
QString buildFirstSeen(const QString& version);

} // namespace Ops::RunbookQueries
