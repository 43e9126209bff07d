#pragma once

#include "models/audit/auditaction.h"
#include "models/audit/auditentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ops {

class AuditStore;
class HealthMonitor;
struct ServiceStatus;

/// The runbook's "Verify" after a change to one service (a scale, a restart): waits until the health
/// checks see the service as it should be, or a deadline passes, captures the metrics after, and records
/// what was measured in a follow-up audit row (ScaleVerify, RestartVerify) that names the change's own
/// row — rows are write-once, and the change's row is written when its command ends, before the new
/// containers are up.
///
/// What "as it should be" means: `replicas` containers running and wanted; with `requireHealthy` also
/// the service's health OK from a check that began after start() — a restart's verdict must not come
/// from an answer given before the containers went down.
class ServiceVerification final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceVerification)

public:
    struct Target
    {
        QString service;
        int replicas = 0; ///< -1: not known before; then all wanted replicas running (at least one)
        bool requireHealthy = false;
    };

    /// Neither is owned; `audit` may be null (nothing recorded).
    ServiceVerification(HealthMonitor* health, AuditStore* audit, QObject* parent = nullptr);
    ~ServiceVerification() override;

    /// Deadline (default 60 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    /// Starts watching `target`; `change` is the scale's or restart's audit row, `verifyAction` the
    /// follow-up row's action (ScaleVerify or RestartVerify).
    void start(const AuditEntry& change, AuditAction verifyAction, const Target& target,
               const QJsonObject& metricsBefore);
    void cancel();
    bool isRunning() const { return m_deadline.isActive(); }
    QJsonObject metricsAfter() const { return m_after; }
    AuditEntry record() const { return m_record; }

Q_SIGNALS:
    /// The service is as it should be; the follow-up row was appended.
    void verified(int running);
    /// The deadline passed; `reason` is translated and says what was seen.
    void failed(const QString& reason, int running);

private:
    bool replicasAsWanted(const ServiceStatus& s) const;
    void check();
    void finish(bool ok);

    QPointer<HealthMonitor> m_health;
    QPointer<AuditStore> m_audit;
    int m_timeoutMs = 60000;
    QTimer m_deadline;
    AuditEntry m_change;
    AuditAction m_verifyAction = AuditAction::ScaleVerify;
    Target m_target;
    QDateTime m_since;
    QJsonObject m_before;
    QJsonObject m_after;
    AuditEntry m_record;
    QMetaObject::Connection m_watch;
};

} // namespace Ops
