#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Ops {

/// One alert the operator should know about: from Prometheus' rules, or from the console's own
/// health schedule (the runbook's thresholds: API failing twice, queue > 100, disk > 85 %, …).
struct AlertEntry
{
    enum class Origin { Prometheus, Console };
    /// Silenced: firing, but Alertmanager suppresses it (a silence or an inhibition): listed, never
    /// counted as firing.
    enum class State { Pending, Firing, Resolved, Silenced };

    QString name;        ///< e.g. HighErrorRate, WorkerQueueBacklog
    Origin origin = Origin::Prometheus;
    State state = State::Pending;
    QString severity;    ///< critical, warning, …
    QString summary;     ///< the rule's summary annotation, or the console's words
    QString value;       ///< the value that crossed the threshold, formatted
    QString subject;     ///< what it is about (a service, a queue, an instance)
    QString labels;      ///< the rest of a rule alert's labels ("instance=…, status=500"); part of its identity
    QDateTime since;     ///< UTC: when it became pending or firing
    QDateTime resolvedAt;
    bool expected = false; ///< inside an active maintenance window

    /// Identity across refreshes: same name, subject and labels from the same origin (two series of one
    /// rule are two alerts, as Prometheus counts them).
    QString key() const;
    bool operator==(const AlertEntry&) const = default;
};

QString alertStateText(AlertEntry::State state);
/// Counted as firing: firing and not silenced.
inline bool isFiring(const AlertEntry& a) { return a.state == AlertEntry::State::Firing; }
/// The rule's severity is critical.
bool isCritical(const AlertEntry& a);
/// A rule's severity label in words: critical → "Critical", warning → "Warning", info → "Info";
/// a label the console does not know is shown as the server wrote it.
QString alertSeverityText(const QString& severity);
/// The value of one of the runbook's Prometheus alerts with its unit (the unit of the rule's
/// expression): HighResponseTime 4.039 → "4.04 s", DatabaseConnectionPoolExhausted 0.93 → "93.0 %",
/// HighErrorRate 0.0714 → "0.071 req/s" (the rule compares a rate of 5xx responses per second),
/// WorkerQueueBacklog 412 → "412"; other alerts: the number, four significant digits.
QString alertValueText(const QString& alertName, double value);

} // namespace Ops

Q_DECLARE_METATYPE(Ops::AlertEntry)
