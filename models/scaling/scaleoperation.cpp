#include "models/scaling/scaleoperation.h"

#include "models/core/logging.h"
#include "models/audit/auditstore.h"
#include "models/store/operatorlock.h"
#include "models/stack/orchestrator.h"

#include <QMap>
#include <algorithm>

namespace Ops {

ScaleOperation::ScaleOperation(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                               QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_lock(lock), m_audit(audit),
      m_writeAhead(new WriteAhead(audit, this))
{
}

bool ScaleOperation::isEmergency() const
{
    // The policy already refused an override without a reason: a ticked override here has one.
    return std::any_of(m_requests.cbegin(), m_requests.cend(),
                       [](const ScaleRequest& r) { return r.override && !r.reason.trimmed().isEmpty(); });
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
                             if (m_stage == Stage::Locking && m_lock->lastFailureUnreachable() && isEmergency()) {
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
    QStringList targets;
    for (const ScaleRequest& r : std::as_const(m_requests)) {
        replicas.insert(r.service, r.target);
        targets.append(r.service);
    }
    // The intent, before anything runs: who scales what to how many, why, with which commands.
    AuditEntry intent = AuditEntry::create(m_profile, AuditAction::Scale, targets.join(u','),
                                           m_requests.first().reason.trimmed());
    intent.argv = WriteAhead::argvOf(m_orchestrator->scaleCommands(replicas));
    intent.metricsBefore = m_metricsBefore;
    if (m_lockless)
        intent.metricsBefore.insert(QStringLiteral("operatorLock"),
                                    QString(QStringLiteral("no lock: ") + m_lockProblem));
    QJsonObject after;
    for (const ScaleRequest& r : std::as_const(m_requests))
        after.insert(r.service,
                     QJsonObject{{QStringLiteral("from"), r.current}, {QStringLiteral("to"), r.target}});
    intent.metricsAfter = QJsonObject{{QStringLiteral("replicas"), after}};
    // An override ticked for an emergency is one, also when the guardrails would have let it pass.
    intent.override = m_decision.override || (m_lockless && isEmergency());
    // Without the lock the database is known to be away: straight to the journal, no second deadline.
    m_writeAhead->setJournalOnly(m_lockless);
    m_writeAhead->begin(
        intent, [this] { runCommand(); },
        [this](const QString& reason) {
            if (m_stage == Stage::Running)
                refuse(reason);
        });
}

void ScaleOperation::runCommand()
{
    if (m_stage != Stage::Running)
        return;
    QMap<QString, int> replicas;
    for (const ScaleRequest& r : std::as_const(m_requests))
        replicas.insert(r.service, r.target);
    m_connections << connect(m_orchestrator, &Orchestrator::refused, this, [this](const QString& reason) {
        if (m_stage != Stage::Running)
            return;
        // Nothing ran after all (unknown service, busy): the intent is closed as "not run".
        setStage(Stage::Recording);
        m_writeAhead->cancel(reason, [this, reason](const AuditEntry&, bool, const QString&) { refuse(reason); });
    }) << connect(m_orchestrator, &Orchestrator::finished, this, &ScaleOperation::onCommandFinished);
    m_orchestrator->scale(replicas);
}

void ScaleOperation::onCommandFinished(const OrchestratorResult& result)
{
    if (m_stage != Stage::Running || result.action != QLatin1String("scale"))
        return;
    m_result = result;
    setStage(Stage::Recording);
    m_writeAhead->complete(result, QJsonObject(),
                           [this](const AuditEntry& entry, bool journaled, const QString& error) {
                               if (m_stage != Stage::Recording)
                                   return;
                               m_entry = entry;
                               m_journaled = journaled;
                               m_auditError = error;
                               releaseLock();
                           });
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
