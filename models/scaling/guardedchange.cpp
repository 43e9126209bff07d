#include "models/scaling/guardedchange.h"

#include "models/audit/auditstore.h"
#include "models/audit/writeahead.h"
#include "models/core/logging.h"
#include "models/stack/orchestrator.h"
#include "models/store/operatorlock.h"

namespace Ops {

GuardedChange::GuardedChange(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit, QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_lock(lock), m_audit(audit),
      m_writeAhead(new WriteAhead(audit, this))
{
}

bool GuardedChange::isConnected() const
{
    return m_orchestrator && m_lock && m_audit;
}

void GuardedChange::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void GuardedChange::disconnectAll()
{
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
}

void GuardedChange::start(Request request)
{
    if (isRunning()) {
        Q_EMIT refused(tr("another change of the stack is still running"));
        return;
    }
    if (!isConnected()) {
        Q_EMIT refused(tr("the console is not connected to this stack"));
        return;
    }
    m_request = std::move(request);
    m_result = OrchestratorResult();
    m_entry = AuditEntry();
    m_journaled = false;
    m_lockless = false;
    m_lockProblem.clear();
    m_auditError.clear();
    m_pendingRefusal.clear();
    setStage(Stage::Locking);
    m_connections << connect(m_lock, &OperatorLock::acquired, this, &GuardedChange::onLocked)
                  << connect(m_lock, &OperatorLock::refused, this,
                             [this](const LockHolder&, const QString& reason) {
                                 if (m_stage == Stage::Locking)
                                     refuse(reason);
                             })
                  << connect(m_lock, &OperatorLock::failed, this,
                             [this](const QString& reason) {
                                 if (m_stage == Stage::Locking && m_lock->lastFailureUnreachable() &&
                                     m_request.emergency) {
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
                                     refuse(m_lock->lastFailureUnreachable() && m_request.offersEmergency
                                                ? tr("%1. Without PostgreSQL no operator lock can be taken; only an "
                                                     "emergency override with a reason may act without it.")
                                                      .arg(reason)
                                                : reason);
                                 } else if (m_stage == Stage::Releasing) {
                                     release(); // could not release cleanly: the lock ends with its connection
                                 }
                             })
                  << connect(m_lock, &OperatorLock::released, this, [this] {
                         if (m_stage == Stage::Releasing)
                             release();
                     });
    m_lock->acquire(m_request.profile, m_request.lockPurpose);
}

void GuardedChange::onLocked()
{
    if (m_stage != Stage::Locking)
        return;
    // Arming may have expired while the lock was being taken.
    if (const QString no = m_request.gate ? m_request.gate() : QString(); !no.isEmpty()) {
        refuse(no);
        return;
    }
    setStage(Stage::Running);
    const AuditEntry intent = m_request.intent(m_lockless ? m_lockProblem : QString());
    // Without the lock the database is known to be away: straight to the journal, no second deadline.
    m_writeAhead->setJournalOnly(m_lockless);
    m_writeAhead->begin(
        intent, [this] { runCommand(); },
        [this](const QString& reason) {
            if (m_stage == Stage::Running)
                refuse(reason);
        });
}

void GuardedChange::runCommand()
{
    if (m_stage != Stage::Running)
        return;
    m_connections << connect(m_orchestrator, &Orchestrator::refused, this, [this](const QString& reason) {
        if (m_stage != Stage::Running)
            return;
        // Nothing ran after all (unknown service, busy): the intent is closed as "not run".
        setStage(Stage::Recording);
        m_writeAhead->cancel(reason, [this, reason](const AuditEntry&, bool, const QString&) { refuse(reason); });
    }) << connect(m_orchestrator, &Orchestrator::finished, this, &GuardedChange::onCommandFinished);
    m_request.run(*m_orchestrator);
}

void GuardedChange::onCommandFinished(const OrchestratorResult& result)
{
    if (m_stage != Stage::Running || result.action != m_request.action)
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

void GuardedChange::releaseLock()
{
    setStage(Stage::Releasing);
    if (m_lockless)
        release(); // there is nothing to give back
    else
        m_lock->release();
}

void GuardedChange::refuse(const QString& reason)
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

void GuardedChange::release()
{
    disconnectAll();
    setStage(Stage::Idle);
    if (!m_pendingRefusal.isEmpty()) {
        Q_EMIT refused(std::exchange(m_pendingRefusal, QString()));
        return;
    }
    qCInfo(lcOrchestrator) << m_request.action << "finished:" << (m_result.ok ? "ok" : "failed") << m_entry.argv;
    Q_EMIT finished(m_result, m_entry, m_journaled, m_auditError);
}

} // namespace Ops
