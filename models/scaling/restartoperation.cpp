#include "models/scaling/restartoperation.h"

#include "models/audit/writeahead.h"
#include "models/stack/orchestrator.h"

namespace Ops {

RestartOperation::RestartOperation(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                                   QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_change(new GuardedChange(orchestrator, lock, audit, this))
{
    connect(m_change, &GuardedChange::stageChanged, this, &RestartOperation::stageChanged);
    connect(m_change, &GuardedChange::refused, this, &RestartOperation::refused);
    connect(m_change, &GuardedChange::finished, this, &RestartOperation::finished);
}

QString RestartOperation::problem(const QString& service, const QString& reason) const
{
    if (isRunning())
        return tr("a restart is already running");
    if (!m_change->isConnected())
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
    GuardedChange::Request change;
    change.profile = m_profile.name;
    change.lockPurpose = QStringLiteral("restart ") + service;
    change.action = QStringLiteral("restart");
    change.gate = m_gate;
    change.intent = [this, service, reason = reason.trimmed(), metricsBefore](const QString&) {
        // The intent, before anything runs: who restarts which service, why, with which command.
        AuditEntry intent = AuditEntry::create(m_profile.name, AuditAction::Restart, service, reason);
        intent.argv = WriteAhead::argvOf(QList<OrchestratorCommand>{m_orchestrator->restartServiceCommand(service)});
        intent.metricsBefore = metricsBefore;
        return intent;
    };
    change.run = [service](Orchestrator& orchestrator) { orchestrator.restart(service); };
    m_change->start(std::move(change));
}

} // namespace Ops
