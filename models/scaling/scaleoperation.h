#pragma once

#include "models/audit/auditentry.h"
#include "models/core/mutationgate.h"
#include "models/scaling/guardedchange.h"
#include "models/stack/orchestratorcommand.h"
#include "models/scaling/scalepolicy.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Ops {

class AuditStore;
class OperatorLock;
class Orchestrator;

/// The guarded one-click scale, in the order the runbook asks for it: the policy's guardrails, then
/// the flow every change shares (GuardedChange): the stack's operator lock, the intent in the audit trail
/// (database or journal; WriteAhead), the orchestrator command, its outcome, the lock released. Nothing runs when a
/// guardrail or the lock says no, or when the intent cannot be recorded; a command that ran is always
/// audited, also when it failed, and a console killed while it ran leaves its intent behind.
///
/// Without PostgreSQL no lock can be taken: an emergency (a request with the override ticked and a
/// reason, or the emergency downscale) acts anyway, its rows journaled with "operatorLock: no lock: …"
/// and replayed into ops.audit when the database is back. The scale dialog drives this.
class ScaleOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScaleOperation)

public:
    using Stage = GuardedChange::Stage;

    /// None is owned; all must outlive this operation.
    ScaleOperation(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                   QObject* parent = nullptr);

    void setProfileName(const QString& name) { m_profile = name; }
    /// Asked before anything runs (production arming); none set: always allowed.
    void setGate(MutationGate gate) { m_gate = std::move(gate); }
    /// Why the gate says no now (translated), or empty.
    QString gateRefusal() const { return m_gate ? m_gate() : QString(); }
    void setPolicy(const ScalePolicy& policy) { m_policy = policy; }
    ScalePolicy policy() const { return m_policy; }

    /// Every request is one service (several at once: the emergency downscale); they share one reason
    /// and one override flag. `metricsBefore` goes into the audit entry as it is.
    void start(const QList<ScaleRequest>& requests, const QJsonObject& metricsBefore = QJsonObject());
    bool isRunning() const { return m_change->isRunning(); }
    Stage stage() const { return m_change->stage(); }

    /// The policy's verdict on a set of requests (what start() checks first).
    ScaleDecision evaluate(const QList<ScaleRequest>& requests) const;

Q_SIGNALS:
    void stageChanged(Ops::GuardedChange::Stage stage);
    /// Nothing ran: a guardrail, the lock (held by someone else, or no database) or the orchestrator
    /// (unknown service) said no. reason is translated.
    void refused(const QString& reason);
    /// The command ran (ok or not) and `entry` (its outcome row; entry.intentId names the intent written
    /// before it ran) was appended to the audit trail; `journaled` when it went to the offline journal,
    /// `auditError` when it could not be recorded at all.
    void finished(const Ops::OrchestratorResult& result, const Ops::AuditEntry& entry, bool journaled,
                  const QString& auditError);
    /// PostgreSQL is unreachable, so no lock could be taken: an emergency override goes on without it
    /// (the audit entry, journaled, says so). reason is translated.
    void proceedingWithoutLock(const QString& reason);

private:
    /// An operator's emergency: the override ticked with a reason (what may act without the lock).
    bool isEmergency() const;

    QPointer<Orchestrator> m_orchestrator;
    GuardedChange* m_change;
    QString m_profile;
    MutationGate m_gate;
    ScalePolicy m_policy;
    QList<ScaleRequest> m_requests;
    ScaleDecision m_decision;
};

} // namespace Ops
