#pragma once

#include "models/audit/auditentry.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ops {

class AuditStore;
class HealthMonitor;

/// The runbook's "Verify" after a scale: waits until the health checks see the new replica count
/// running (and wanted) or a deadline passes, captures the metrics after, and records what was measured
/// in a follow-up audit row ("scale-verify") that names the scale's own row — rows are write-once, and
/// the scale's row is written when the command ends, before the new replicas are up.
class ScaleVerification final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleVerification)

public:
    /// Neither is owned; `audit` may be null (nothing recorded).
    ScaleVerification(HealthMonitor* health, AuditStore* audit, QObject* parent = nullptr);
    ~ScaleVerification() override;

    /// Deadline (default 60 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    /// Starts watching for `replicas` of `service`; `scaleEntry` is the scale's audit row.
    void start(const AuditEntry& scaleEntry, const QString& service, int replicas, const QJsonObject& metricsBefore);
    void cancel();
    bool isRunning() const { return m_deadline.isActive(); }
    QJsonObject metricsAfter() const { return m_after; }
    AuditEntry record() const { return m_record; }

Q_SIGNALS:
    /// The new count runs; the follow-up row was appended.
    void verified(int running);
    /// The deadline passed; `reason` is translated and says how many run.
    void failed(const QString& reason, int running);

private:
    void check();
    void finish(bool ok, int running);

    QPointer<HealthMonitor> m_health;
    QPointer<AuditStore> m_audit;
    int m_timeoutMs = 60000;
    QTimer m_deadline;
    AuditEntry m_scale;
    QString m_service;
    int m_replicas = 0;
    QJsonObject m_before;
    QJsonObject m_after;
    AuditEntry m_record;
    QMetaObject::Connection m_watch;
};

} // namespace Ops
