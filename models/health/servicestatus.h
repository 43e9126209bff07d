#pragma once

#include "models/core/health.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Ops {

/// What the console knows about one service of the stack, merged from every source that
/// speaks of it (the orchestrator's replicas and image tag, the service's own check).
struct ServiceStatus
{
    QString service;          ///< compose service name: app, nginx, postgres, redis, worker-llm, …
    Health health = Health::Unknown;
    QString reason;           ///< translated; why it is not OK
    int running = -1;         ///< replicas running now; -1 unknown
    int desired = -1;         ///< replicas the orchestrator was asked for; -1 unknown
    QString version;          ///< image tag or reported version
    qint64 latencyMs = -1;    ///< of the last direct check; -1 none
    QDateTime lastCheck;      ///< UTC, of the last answer about this service
    int consecutiveFailures = 0;
    QString detail;           ///< one short line of figures ("12 backends of 100", "used 2.1 MiB")

    bool operator==(const ServiceStatus&) const = default;
};

/// The runbook's services, in the order the dashboard shows them.
QStringList runbookServices();

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ServiceStatus)
