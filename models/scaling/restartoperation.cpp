#include "models/scaling/restartoperation.h"

#include "models/audit/auditstore.h"
#include "models/stack/orchestrator.h"
#include "models/store/operatorlock.h"

namespace Ops {

RestartOperation::RestartOperation(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                                   QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_lock(lock), m_audit(audit)
{
}

void RestartOperation::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void RestartOperation::disconnectAll()
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

QString RestartOperation::problem(const QString& service, const QString& reason) const
{
    if (isRunning())
        return tr("a restart is already running");
    if (!m_orchestrator || !m_lock || !m_audit)
        return tr("the console is not connected to this stack");
    if (!Orchestrator::isValidServiceName(service))
        return tr("\"%1\" is not a valid service name").arg(service);
    // The database, the broker, the proxy and monitoring are not restarted from here: PostgreSQL holds
    // the operator lock and the console's records, and the others are not what the runbook restarts.
    if (!m_profile.applicationServices.contains(service))
        return tr("Only the application's services can be restarted here (%1); %2 is not one of them.")
            .arg(m_profile.applicationServices.join(QStringLiteral(", ")), service);
    if (reason.trimmed().isEmpty())
        return tr("A restart needs a reason: it goes into the audit trail.");
    if (m_gate)
        return m_gate();
    return QString();
}

void RestartOperation::start(const QString& service, const QString& reason, const QJsonObject& metricsBefore)
{
    if (const QString why = problem(service, reason); !why.isEmpty()) {
        Q_EMIT refused(why);
        return;
    }
    m_service = service;
    m_reason = reason.trimmed();
    m_metricsBefore = metricsBefore;
    m_result = OrchestratorResult();
    m_entry = AuditEntry();
    m_journaled = false;
    m_auditError.clear();
    m_pendingRefusal.clear();
    setStage(Stage::Locking);
    m_connections << connect(m_lock, &OperatorLock::acquired, this, &RestartOperation::onLocked)
                  << connect(m_lock, &OperatorLock::refused, this,
                             [this](const LockHolder&, const QString& why) {
                                 if (m_stage == Stage::Locking)
                                     refuse(why);
                             })
                  << connect(m_lock, &OperatorLock::failed, this,
                             [this](const QString& why) {
                                 if (m_stage == Stage::Locking)
                                     refuse(why);
                                 else if (m_stage == Stage::Releasing)
                                     done(); // the lock ends with its connection
                             })
                  << connect(m_lock, &OperatorLock::released, this, [this] {
                         if (m_stage == Stage::Releasing)
                             done();
                     });
    m_lock->acquire(m_profile.name, QStringLiteral("restart ") + service);
}

void RestartOperation::refuse(const QString& reason)
{
    if (m_lock && m_lock->isHeld()) {
        m_pendingRefusal = reason;
        setStage(Stage::Releasing);
        m_lock->release();
        return;
    }
    disconnectAll();
    setStage(Stage::Idle);
    Q_EMIT refused(reason);
}

void RestartOperation::onLocked()
{
    if (m_stage != Stage::Locking)
        return;
    // Arming may have expired while the lock was being taken.
    if (const QString no = m_gate ? m_gate() : QString(); !no.isEmpty()) {
        refuse(no);
        return;
    }
    setStage(Stage::Running);
    m_connections << connect(m_orchestrator, &Orchestrator::refused, this,
                             [this](const QString& why) {
                                 if (m_stage == Stage::Running)
                                     refuse(why);
                             })
                  << connect(m_orchestrator, &Orchestrator::finished, this, &RestartOperation::onCommandFinished);
    m_orchestrator->restart(m_service);
}

void RestartOperation::onCommandFinished(const OrchestratorResult& result)
{
    if (m_stage != Stage::Running || result.action != QLatin1String("restart"))
        return;
    record(result);
}

void RestartOperation::record(const OrchestratorResult& result)
{
    m_result = result;
    setStage(Stage::Recording);
    m_entry = AuditEntry::create(m_profile.name, AuditAction::Restart, m_service, m_reason);
    m_entry.argv = result.auditArgv();
    if (result.exitCode >= 0 && !result.timedOut && !result.cancelled)
        m_entry.setExitCode(result.exitCode);
    m_entry.outputDigest = result.outputDigest();
    m_entry.metricsBefore = m_metricsBefore;
    const QUuid id = m_entry.id;
    const auto release = [this] {
        setStage(Stage::Releasing);
        m_lock->release();
    };
    m_connections << connect(m_audit, &AuditStore::appended, this,
                             [this, id, release](const QUuid& appended, bool journaled) {
                                 if (appended != id || m_stage != Stage::Recording)
                                     return;
                                 m_journaled = journaled;
                                 release();
                             })
                  << connect(m_audit, &AuditStore::appendFailed, this,
                             [this, id, release](const QUuid& failed, const QString& why) {
                                 if (failed != id || m_stage != Stage::Recording)
                                     return;
                                 m_auditError = why;
                                 release();
                             });
    m_audit->append(m_entry);
}

void RestartOperation::done()
{
    disconnectAll();
    setStage(Stage::Idle);
    if (!m_pendingRefusal.isEmpty()) {
        const QString why = m_pendingRefusal;
        m_pendingRefusal.clear();
        Q_EMIT refused(why);
        return;
    }
    Q_EMIT finished(m_result, m_entry, m_journaled, m_auditError);
}

} // namespace Ops
