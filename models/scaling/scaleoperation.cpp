#include "models/scaling/scaleoperation.h"

#include "models/audit/writeahead.h"
#include "models/stack/orchestrator.h"

#include <QMap>
#include <algorithm>

namespace Ops {

ScaleOperation::ScaleOperation(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                               QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_change(new GuardedChange(orchestrator, lock, audit, this))
{
    connect(m_change, &GuardedChange::stageChanged, this, &ScaleOperation::stageChanged);
    connect(m_change, &GuardedChange::refused, this, &ScaleOperation::refused);
    connect(m_change, &GuardedChange::finished, this, &ScaleOperation::finished);
    connect(m_change, &GuardedChange::proceedingWithoutLock, this, &ScaleOperation::proceedingWithoutLock);
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

void ScaleOperation::start(const QList<ScaleRequest>& requests, const QJsonObject& metricsBefore)
{
    if (isRunning()) {
        Q_EMIT refused(tr("a scaling operation is already running"));
        return;
    }
    if (!m_change->isConnected()) {
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

    QStringList what;
    QStringList services;
    for (const ScaleRequest& r : requests) {
        what.append(r.service + u'=' + QString::number(r.target));
        services.append(r.service);
    }
    GuardedChange::Request change;
    change.profile = m_profile;
    change.lockPurpose = QStringLiteral("scale ") + what.join(QStringLiteral(", "));
    change.action = QStringLiteral("scale");
    change.emergency = isEmergency();
    change.offersEmergency = true;
    change.gate = m_gate;
    const ScaleDecision decision = m_decision;
    change.intent = [this, requests, targets, services, metricsBefore, decision](const QString& noLock) {
        // The intent, before anything runs: who scales what to how many, why, with which commands.
        AuditEntry intent = AuditEntry::create(m_profile, AuditAction::Scale, services.join(u','),
                                               requests.first().reason.trimmed());
        intent.argv = WriteAhead::argvOf(m_orchestrator->scaleCommands(targets));
        intent.metricsBefore = metricsBefore;
        if (!noLock.isEmpty())
            intent.metricsBefore.insert(QStringLiteral("operatorLock"), QString(QStringLiteral("no lock: ") + noLock));
        QJsonObject after;
        for (const ScaleRequest& r : requests)
            after.insert(r.service,
                         QJsonObject{{QStringLiteral("from"), r.current}, {QStringLiteral("to"), r.target}});
        intent.metricsAfter = QJsonObject{{QStringLiteral("replicas"), after}};
        // An override ticked for an emergency is one, also when the guardrails would have let it pass.
        intent.override = decision.override || (!noLock.isEmpty() && isEmergency());
        return intent;
    };
    change.run = [targets](Orchestrator& orchestrator) { orchestrator.scale(targets); };
    m_change->start(std::move(change));
}

} // namespace Ops
