#include "models/scaling/serviceverification.h"

#include "models/audit/auditstore.h"
#include "models/health/healthmonitor.h"
#include "models/health/servicestatusmodel.h"

#include <QMetaEnum>

namespace Ops {

ServiceVerification::ServiceVerification(HealthMonitor* health, AuditStore* audit, QObject* parent)
    : QObject(parent), m_health(health), m_audit(audit)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(false); });
}

ServiceVerification::~ServiceVerification() = default;

void ServiceVerification::start(const AuditEntry& change, AuditAction verifyAction, const Target& target,
                                const QJsonObject& metricsBefore)
{
    cancel();
    m_change = change;
    m_verifyAction = verifyAction;
    m_target = target;
    m_since = QDateTime::currentDateTimeUtc();
    m_before = metricsBefore;
    m_after = QJsonObject();
    m_record = AuditEntry();
    if (!m_health) {
        finish(false);
        return;
    }
    m_watch = connect(m_health->services(), &QAbstractItemModel::dataChanged, this, &ServiceVerification::check);
    m_deadline.start(m_timeoutMs);
    m_health->checkNow();
    check();
}

void ServiceVerification::cancel()
{
    m_deadline.stop();
    disconnect(m_watch);
}

void ServiceVerification::check()
{
    if (!m_deadline.isActive() || !m_health)
        return;
    const ServiceStatus s = m_health->services()->status(m_target.service);
    if (!replicasAsWanted(s))
        return;
    if (m_target.requireHealthy && (s.health != Health::Ok || !s.lastCheck.isValid() || s.lastCheck < m_since))
        return;
    finish(true);
}

bool ServiceVerification::replicasAsWanted(const ServiceStatus& s) const
{
    if (m_target.replicas < 0) // the count before was not known: any, as long as all that are wanted run
        return s.running >= 1 && s.running == s.desired;
    return s.running == m_target.replicas && s.desired == m_target.replicas;
}

void ServiceVerification::finish(bool ok)
{
    cancel();
    const ServiceStatus s = m_health ? m_health->services()->status(m_target.service) : ServiceStatus();
    m_after = m_health ? m_health->scaleMetrics() : QJsonObject();
    AuditEntry entry = AuditEntry::create(m_change.profile, m_verifyAction, m_target.service,
                                          ok ? QStringLiteral("verified") : QStringLiteral("not verified"));
    entry.metricsBefore = m_before;
    QJsonObject after = m_after;
    after.insert(QStringLiteral("verifies"), m_change.id.toString(QUuid::WithoutBraces));
    after.insert(QStringLiteral("replicasRunning"), s.running);
    after.insert(QStringLiteral("replicasWanted"), m_target.replicas);
    if (m_target.requireHealthy)
        after.insert(QStringLiteral("health"), QString::fromLatin1(QMetaEnum::fromType<Health>().valueToKey(int(s.health))));
    entry.metricsAfter = after;
    m_record = entry;
    if (m_audit)
        m_audit->append(entry);
    if (ok) {
        Q_EMIT verified(s.running);
        return;
    }
    const int seconds = m_timeoutMs / 1000;
    if (!replicasAsWanted(s) && m_target.replicas < 0)
        Q_EMIT failed(tr("The command ran, but %1 of %2 wanted replicas of %3 are running after %4 s.")
                          .arg(s.running)
                          .arg(s.desired)
                          .arg(m_target.service)
                          .arg(seconds),
                      s.running);
    else if (!replicasAsWanted(s))
        Q_EMIT failed(tr("The command ran, but %1 of %2 replicas of %3 are running after %4 s.")
                          .arg(s.running)
                          .arg(m_target.replicas)
                          .arg(m_target.service)
                          .arg(seconds),
                      s.running);
    else
        Q_EMIT failed(tr("The command ran, but %1 is not healthy %2 s later: %3")
                          .arg(m_target.service)
                          .arg(seconds)
                          .arg(s.reason.isEmpty() ? healthText(s.health) : s.reason),
                      s.running);
}

} // namespace Ops
