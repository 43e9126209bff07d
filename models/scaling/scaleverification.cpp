#include "models/scaling/scaleverification.h"

#include "models/audit/auditstore.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"

namespace Ops {

ScaleVerification::ScaleVerification(HealthMonitor* health, AuditStore* audit, QObject* parent)
    : QObject(parent), m_health(health), m_audit(audit)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const int running = m_health ? m_health->services()->status(m_service).running : -1;
        finish(false, running);
    });
}

ScaleVerification::~ScaleVerification() = default;

void ScaleVerification::start(const AuditEntry& scaleEntry, const QString& service, int replicas,
                              const QJsonObject& metricsBefore)
{
    cancel();
    m_scale = scaleEntry;
    m_service = service;
    m_replicas = replicas;
    m_before = metricsBefore;
    m_after = QJsonObject();
    m_record = AuditEntry();
    if (!m_health) {
        finish(false, -1);
        return;
    }
    m_watch = connect(m_health->services(), &QAbstractItemModel::dataChanged, this, &ScaleVerification::check);
    m_deadline.start(m_timeoutMs);
    m_health->checkNow();
    check();
}

void ScaleVerification::cancel()
{
    m_deadline.stop();
    disconnect(m_watch);
}

void ScaleVerification::check()
{
    if (!m_deadline.isActive() || !m_health)
        return;
    const ServiceStatus s = m_health->services()->status(m_service);
    if (s.running == m_replicas && s.desired == m_replicas)
        finish(true, s.running);
}

void ScaleVerification::finish(bool ok, int running)
{
    cancel();
    m_after = m_health ? m_health->scaleMetrics() : QJsonObject();
    AuditEntry entry = AuditEntry::create(m_scale.profile, AuditAction::ScaleVerify, m_service,
                                          ok ? QStringLiteral("verified") : QStringLiteral("not verified"));
    entry.metricsBefore = m_before;
    QJsonObject after = m_after;
    after.insert(QStringLiteral("verifies"), m_scale.id.toString(QUuid::WithoutBraces));
    after.insert(QStringLiteral("replicasRunning"), running);
    after.insert(QStringLiteral("replicasWanted"), m_replicas);
    entry.metricsAfter = after;
    m_record = entry;
    if (m_audit)
        m_audit->append(entry);
    if (ok)
        Q_EMIT verified(running);
    else
        Q_EMIT failed(tr("The command ran, but %1 of %2 replicas of %3 are running after %4 s.")
                          .arg(running)
                          .arg(m_replicas)
                          .arg(m_service)
                          .arg(m_timeoutMs / 1000),
                      running);
}

} // namespace Ops
