#pragma once

#include "models/audit/auditentry.h"
#include "models/core/mutationgate.h"
#include "models/profiles/connectionprofile.h"
#include "models/scaling/guardedchange.h"
#include "models/stack/orchestratorcommand.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Ops {

class AuditStore;
class OperatorLock;
class Orchestrator;

/// The runbook's first P0 mitigation, "restart the service" (`docker-compose restart app`,
/// `kubectl rollout restart deployment/app`), guarded like a scale and through the same flow
/// (GuardedChange): a reason, production arming, one of the profile's application services, the stack's
/// operator lock, the intent in the audit trail (database or journal) before the command, its outcome
/// after, then the lock is given back. Nothing runs when any of them says no; a command that ran is
/// always audited, also when it failed. Whether the service is healthy again is ServiceVerification's.
class RestartOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestartOperation)

public:
    using Stage = GuardedChange::Stage;

    /// None is owned; all must outlive this operation.
    RestartOperation(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit, QObject* parent = nullptr);

    /// The profile's name goes into the audit entry; its applicationServices are what may be restarted.
    void setProfile(const ConnectionProfile& profile) { m_profile = profile; }
    /// Asked before anything runs (production arming); none set: always allowed.
    void setGate(MutationGate gate) { m_gate = std::move(gate); }

    /// Why restart(service, reason) would be refused before anything runs (translated), or empty.
    QString problem(const QString& service, const QString& reason) const;
    /// Restarts every container of `service`; `metricsBefore` goes into the audit entry as it is.
    void start(const QString& service, const QString& reason, const QJsonObject& metricsBefore = QJsonObject());
    bool isRunning() const { return m_change->isRunning(); }
    Stage stage() const { return m_change->stage(); }
    QString service() const { return m_service; }

Q_SIGNALS:
    void stageChanged(Ops::GuardedChange::Stage stage);
    /// Nothing ran; reason is translated.
    void refused(const QString& reason);
    /// The command ran (ok or not) and `entry`, its outcome row (entry.intentId names the intent written
    /// before it ran), went to the audit trail (`journaled`: to the offline journal; `auditError`: it
    /// could not be recorded at all); the lock is back.
    void finished(const Ops::OrchestratorResult& result, const Ops::AuditEntry& entry, bool journaled,
                  const QString& auditError);

private:
    QPointer<Orchestrator> m_orchestrator;
    GuardedChange* m_change;
    ConnectionProfile m_profile;
    MutationGate m_gate;
    QString m_service;
};

} // namespace Ops
