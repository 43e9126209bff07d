#include "models/rollback/rollbacktargetversions.h"

#include "models/core/formatting.h"

#include "models/audit/auditstore.h"
#include "models/net/httpclient.h"
#include "models/sources/orchestratorsource.h"
#include "models/stack/orchestrator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Ops {

RollbackTargetVersions::RollbackTargetVersions(HttpClient* http, OrchestratorSource* status, AuditStore* auditReader,
                                               QObject* parent)
    : QObject(parent), m_http(http), m_status(status), m_audit(auditReader)
{
    if (m_status)
        connect(m_status, &OrchestratorSource::snapshotReady, this,
                [this](const OrchestratorSnapshot& s) { merge(fromSnapshot(s)); });
    if (m_audit)
        connect(m_audit, &AuditStore::listed, this,
                [this](const QList<AuditEntry>& entries) { merge(fromAudit(entries)); });
}

RollbackTargetVersions::~RollbackTargetVersions() = default;

void RollbackTargetVersions::refresh()
{
    const quint64 generation = ++m_generation;
    m_candidates.clear();
    if (m_http) {
        ApiRequest* request = m_http->get(HttpService::Api, QStringLiteral("/version"), {}, this, 5000, 64 * 1024);
        connect(request, &ApiRequest::finished, this, [this, generation](const HttpOutcome& outcome) {
            if (generation != m_generation)
                return;
            const QString version =
                QJsonDocument::fromJson(outcome.body).object().value(QStringLiteral("version")).toString();
            m_current = Orchestrator::isValidVersion(version) ? version : QString();
            Q_EMIT currentVersionChanged(m_current);
        });
    }
    if (m_status && m_status->lastSnapshot().checkedAt.isValid())
        merge(fromSnapshot(m_status->lastSnapshot()));
    if (m_audit) {
        AuditFilter filter;
        filter.profile = m_profile;
        filter.limit = 200;
        filter.action = QStringLiteral("rollback");
        m_audit->list(filter);
    }
    Q_EMIT candidatesChanged(m_candidates);
}

void RollbackTargetVersions::merge(const Candidates& more)
{
    bool added = false;
    for (const auto& c : more) {
        const bool known = std::any_of(m_candidates.cbegin(), m_candidates.cend(),
                                       [&c](const auto& mine) { return mine.first == c.first; });
        if (!known) {
            m_candidates.append(c);
            added = true;
        }
    }
    if (added)
        Q_EMIT candidatesChanged(m_candidates);
}

RollbackTargetVersions::Candidates RollbackTargetVersions::fromAudit(const QList<AuditEntry>& entries)
{
    Candidates out;
    const auto add = [&out](const QString& version, const QString& source) {
        if (version.isEmpty() || !Orchestrator::isValidVersion(version))
            return;
        for (const auto& c : std::as_const(out))
            if (c.first == version)
                return;
        out.append({version, source});
    };
    for (const AuditEntry& e : entries) {
        const QString when = Format::utcAndLocal(e.at, Format::Precision::Minutes);
        if (e.action == QLatin1String("rollback")) {
            add(e.metricsBefore.value(QStringLiteral("version")).toString(),
                tr("deployed before the rollback of %1").arg(when));
            add(e.metricsAfter.value(QStringLiteral("version")).toString(), tr("rolled back to on %1").arg(when));
        } else if (e.action == QLatin1String("deploy")) {
            add(e.target, tr("deployed on %1", "rollback: rollbacktargetversions: error or status fragment, shown after “…: ” in a longer message").arg(when));
        }
    }
    return out;
}

RollbackTargetVersions::Candidates RollbackTargetVersions::fromSnapshot(const OrchestratorSnapshot& snapshot)
{
    Candidates out;
    for (const ServiceReplicas& svc : snapshot.services) {
        const bool versioned = svc.service == QLatin1String("app") || svc.service.startsWith(QLatin1String("worker"));
        if (versioned && !svc.imageTag.isEmpty() && !svc.imageTag.contains(u',') &&
            Orchestrator::isValidVersion(svc.imageTag) &&
            std::none_of(out.cbegin(), out.cend(), [&svc](const auto& c) { return c.first == svc.imageTag; }))
            out.append({svc.imageTag, tr("running image tag of %1").arg(svc.service)});
    }
    return out;
}

} // namespace Ops
