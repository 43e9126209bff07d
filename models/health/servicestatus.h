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
    QDateTime lastCheck;      ///< UTC, of the last check of this service by its own source
    QString checkedBy;        ///< that source's id ("postgres", "api", "orchestrator", …)
    QDateTime lastAnswer;     ///< UTC, the last time that source's server answered (invalid: never)
    int expectedEverySec = 0; ///< that source's schedule: a new answer is due this often (0: unknown)
    int staleAfterSec = 0;    ///< an answer older than this is overdue (schedule + deadline + grace)
    int consecutiveFailures = 0;
    QString detail;           ///< one short line of figures ("12 backends of 100", "used 2.1 MiB")

    bool operator==(const ServiceStatus&) const = default;
};

/// The runbook's services, in the order the dashboard shows them.
QStringList runbookServices();

/// The last answer of a service's own source is older than its schedule allows.
bool answerOverdue(const ServiceStatus& status, const QDateTime& now = QDateTime::currentDateTimeUtc());
/// The age of the service's own last answer in words, for its tile: "Answered 12 s ago",
/// "No answer for 2 min 5 s (expected every 60 s)", "No answer yet" (translated).
QString answerAgeText(const ServiceStatus& status, const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ServiceStatus)
