#include "models/scaling/scaleoperation.h"

#include "models/core/logging.h"
#include "models/audit/auditstore.h"
#include "models/store/operatorlock.h"
#include "models/stack/orchestrator.h"

#include <QMap>

namespace Ops {

ScaleOperation::ScaleOperation(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                               QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_lock(lock), m_audit(audit)
{
}

ScaleDecision ScaleOperation::evaluate(const QList<ScaleRequest>& requests) const
{
    ScaleDecision all;
    all.allowed = !requests.isEmpty();
    for (const ScaleRequest& request : requests) {
        const ScaleDecision one = m_policy.evaluate(request);
        all.allowed = all.allowed && one.allowed;
        all.override = all.override || one.override;
        all.violations += one.violations;
    }
    if (!all.allowed)
        all.override = false;
    return all;
}

void ScaleOperation::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ScaleOperation::disconnectAll()
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

void ScaleOperation::start(const QList<ScaleRequest>& requests, const QJsonObject& metricsBefore)
{
    if (isRunning()) {
        Q_EMIT refused(tr("a scaling operation is already running"));
        return;
    }
    if (!m_orchestrator || !m_lock || !m_audit) {
        Q_EMIT refused(tr("the console is not connected to this stack"));
        return;
    }
    if (const QString no = gateRefusal(); !no.isEmpty()) {
        Q_EMIT refused(no);
        return;
    }
    m_decision = evaluate(requests);
    if (!m_decision.allowed) {
        Q_EMIT refused(requests.isEmpty() ? tr("nothing to scale", "scaling: scaleoperation: error or status fragment, shown after “…: ” in a longer message") : m_decision.summary());
        return;
    }
    QMap<QString, int> targets;
    QMap<QString, int> current;
    for (const ScaleRequest& r : requests) {
        targets.insert(r.service, r.target);
        current.insert(r.service, r.current);
    }
    if (const QString problem = m_orchestrator->scaleProblem(targets, current); !problem.isEmpty()) {
        Q_EMIT refused(problem);
        return;
    }
    m_requests = requests;
    m_metricsBefore = metricsBefore;
    m_result = OrchestratorResult();
    m_entry = AuditEntry();
    m_journaled = false;
    m_lockless = false;
    m_lockProblem.clear();
    m_auditError.clear();
    m_pendingRefusal.clear();

    QStringList what;
    for (const ScaleRequest& r : requests)
        what.append(r.service + u'=' + QString::number(r.target));
    setStage(Stage::Locking);
    m_connections << connect(m_lock, &OperatorLock::acquired, this, &ScaleOperation::onLocked)
                  << connect(m_lock, &OperatorLock::refused, this,
                             [this](const LockHolder&, const QString& reason) { refuse(reason); })
                  << connect(
                         m_lock, &OperatorLock::failed, this,
                         [this](const QString& reason) {
                             if (m_stage == Stage::Locking && m_lock->lastFailureUnreachable() && m_decision.override) {
                                 // The runbook's emergencies happen when things are down, the database
                                 // too: an override may act without the lock rather than not at all.
                                 m_lockless = true;
                                 m_lockProblem = reason;
                                 Q_EMIT proceedingWithoutLock(
                                     tr("%1 — going on without the operator lock (emergency override); the "
                                        "audit entry records it.")
                                         .arg(reason));
                                 onLocked();
                             } else if (m_stage == Stage::Locking) {
                                 refuse(m_lock->lastFailureUnreachable()
                                            ? tr("%1. Without PostgreSQL no operator lock can be taken; only an "
                                                 "emergency override with a reason may act without it.")
                                                  .arg(reason)
                                            : reason);
                             }
                             else if (m_stage == Stage::Releasing)
                                 release(); // could not release cleanly: the lock ends with its connection
                         })
                  << connect(m_lock, &OperatorLock::released, this, [this] {
                         if (m_stage == Stage::Releasing)
                             release();
                     });
    m_lock->acquire(m_profile, QStringLiteral("scale ") + what.join(QStringLiteral(", ")));
}

void ScaleOperation::releaseLock()
{
    setStage(Stage::Releasing);
    if (m_lockless)
        release(); // there is nothing to give back
    else
        m_lock->release();
}

void ScaleOperation::refuse(const QString& reason)
{
    if (m_lock && m_lock->isHeld()) {
        // Give the lock back first; refused() follows when it is.
        m_pendingRefusal = reason;
        setStage(Stage::Releasing);
        m_lock->release();
        return;
    }
    disconnectAll();
    setStage(Stage::Idle);
    Q_EMIT refused(reason);
}

void ScaleOperation::onLocked()
{
    if (m_stage != Stage::Locking)
        return;
    setStage(Stage::Running);
    QMap<QString, int> replicas;
    for (const ScaleRequest& r : std::as_const(m_requests))
        replicas.insert(r.service, r.target);
    m_connections << connect(m_orchestrator, &Orchestrator::refused, this, [this](const QString& reason) {
        if (m_stage == Stage::Running)
            refuse(reason);
    }) << connect(m_orchestrator, &Orchestrator::finished, this, &ScaleOperation::onCommandFinished);
    m_orchestrator->scale(replicas);
}

void ScaleOperation::onCommandFinished(const OrchestratorResult& result)
{
    if (m_stage != Stage::Running || result.action != QLatin1String("scale"))
        return;
    m_result = result;
    setStage(Stage::Recording);

    QStringList targets;
    for (const ScaleRequest& r : std::as_const(m_requests))
        targets.append(r.service);
    m_entry = AuditEntry::create(m_profile, AuditAction::Scale, targets.join(u','),
                                 m_requests.first().reason.trimmed());
    m_entry.argv = result.auditArgv();
    if (result.exitCode >= 0 && !result.timedOut && !result.cancelled)
        m_entry.setExitCode(result.exitCode);
    m_entry.outputDigest = result.outputDigest();
    m_entry.metricsBefore = m_metricsBefore;
    if (m_lockless)
        m_entry.metricsBefore.insert(QStringLiteral("operatorLock"), QString(QStringLiteral("not taken: ") + m_lockProblem));
    QJsonObject after;
    for (const ScaleRequest& r : std::as_const(m_requests))
        after.insert(r.service,
                     QJsonObject{{QStringLiteral("from"), r.current}, {QStringLiteral("to"), r.target}});
    m_entry.metricsAfter = QJsonObject{{QStringLiteral("replicas"), after}};
    m_entry.override = m_decision.override;

    const QUuid id = m_entry.id;
    m_connections << connect(m_audit, &AuditStore::appended, this,
                             [this, id](const QUuid& appended, bool journaled) {
                                 if (appended != id || m_stage != Stage::Recording)
                                     return;
                                 m_journaled = journaled;
                                 releaseLock();
                             })
                  << connect(m_audit, &AuditStore::appendFailed, this,
                             [this, id](const QUuid& failed, const QString& reason) {
                                 if (failed != id || m_stage != Stage::Recording)
                                     return;
                                 m_auditError = reason;
                                 releaseLock();
                             });
    m_audit->append(m_entry);
}

void ScaleOperation::release()
{
    disconnectAll();
    setStage(Stage::Idle);
    if (!m_pendingRefusal.isEmpty()) {
        Q_EMIT refused(std::exchange(m_pendingRefusal, QString()));
        return;
    }
    qCInfo(lcOrchestrator) << "scale finished:" << (m_result.ok ? "ok" : "failed") << m_entry.argv;
    Q_EMIT finished(m_result, m_entry, m_journaled, m_auditError);
}

} // namespace Ops
