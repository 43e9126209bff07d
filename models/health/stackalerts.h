#pragma once

#include "models/health/alertentry.h"

#include <QList>

namespace Ops {

struct AlertmanagerSnapshot;
struct PrometheusSnapshot;

/// The stack's rule alerts as one list, the same for the dashboard, the tray, the status bar and
/// `--check`, so every place counts the same alerts:
/// - Prometheus' pending and firing alerts (`/api/v1/alerts`), one entry per series, with its value
///   and unit;
/// - Alertmanager's view of them (`/api/v2/alerts`, when the profile names one): a firing alert it
///   silences or inhibits is Silenced, not firing; one it holds that Prometheus did not list (Prometheus
///   unreachable, another Prometheus) is listed as firing.
/// Either snapshot may be null (not configured or no answer).
QList<AlertEntry> stackAlerts(const PrometheusSnapshot* prometheus, const AlertmanagerSnapshot* alertmanager);

/// One row per queue: the console's own QueueLengthHigh (the runbook's schedule) and the rule
/// WorkerQueueBacklog speak of the same queue. The firing one stays; when both fire, the rule's.
void mergeQueueAlerts(QList<AlertEntry>& console, QList<AlertEntry>& stack);

/// What the operator counts at a glance.
struct AlertCounts
{
    int firing = 0;
    int criticalFiring = 0;
    int pending = 0;
    int silenced = 0;
};
AlertCounts countAlerts(const QList<AlertEntry>& alerts);

} // namespace Ops
