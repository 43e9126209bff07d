#include "models/audit/auditsummary.h"

#include "models/rollback/rollbackplan.h"

#include <QJsonObject>

namespace Ops {

namespace {

QString scaleWhat(const AuditEntry& entry)
{
    const QJsonObject replicas = entry.metricsAfter.value(QLatin1String("replicas")).toObject();
    QStringList parts;
    for (auto it = replicas.constBegin(); it != replicas.constEnd(); ++it) {
        const QJsonObject change = it.value().toObject();
        parts.append(AuditSummary::tr("%1 from %2 to %3")
                         .arg(it.key())
                         .arg(change.value(QLatin1String("from")).toInt())
                         .arg(change.value(QLatin1String("to")).toInt()));
    }
    if (parts.isEmpty())
        return AuditSummary::tr("Scaled %1").arg(entry.target);
    return AuditSummary::tr("Scaled %1 replicas").arg(parts.join(QLatin1String(", ")));
}

QString rollbackStepTitle(const QString& key)
{
    RollbackStep::Kind kind;
    return RollbackStep::kindFromKey(key, &kind) ? RollbackStep::title(kind) : key;
}

} // namespace

QString AuditSummary::kind(const AuditEntry& entry)
{
    static const QStringList known{QStringLiteral("scale"), QStringLiteral("restart"), QStringLiteral("rollback"),
                                   QStringLiteral("maintenance")};
    // "rollback-step", "maintenance-start": the family is what comes before the first dash.
    const QString family = entry.action.section(u'-', 0, 0);
    return known.contains(family) ? family : QStringLiteral("other");
}

bool AuditSummary::isEvent(const AuditEntry& entry)
{
    // Follow-ups of another row, and the bookkeeping before a maintenance window, are not actions on
    // the stack: no marker, no timeline line.
    static const QStringList quiet{QStringLiteral("maintenance-checklist"), QStringLiteral("maintenance-schedule")};
    return !entry.action.endsWith(QLatin1String("-verify")) && !quiet.contains(entry.action);
}

QString AuditSummary::describe(const AuditEntry& entry)
{
    QString what;
    if (entry.action == QLatin1String("scale"))
        what = scaleWhat(entry);
    else if (entry.action == QLatin1String("rollback"))
        what = tr("Rolled back to %1").arg(entry.target);
    else if (entry.action == QLatin1String("rollback-step"))
        what = tr("Rollback step: %1").arg(rollbackStepTitle(entry.target));
    else if (entry.action == QLatin1String("maintenance-start"))
        what = tr("Maintenance started: %1").arg(entry.target);
    else if (entry.action == QLatin1String("maintenance-step"))
        what = tr("Maintenance step");
    else if (entry.action == QLatin1String("maintenance-end"))
        what = tr("Maintenance ended: %1").arg(entry.target);
    else if (entry.action == QLatin1String("maintenance-cancel"))
        what = tr("Maintenance cancelled: %1").arg(entry.target);
    else if (entry.action == QLatin1String("policy-change"))
        what = tr("Changed the scaling guardrails");
    else if (entry.action == QLatin1String("restart"))
        what = tr("Restarted %1").arg(entry.target);
    else if (entry.target.isEmpty())
        what = entry.action;
    else
        what = tr("%1 on %2").arg(entry.action, entry.target);

    if (entry.hasExitCode && entry.exitCode != 0)
        what = tr("%1 — failed (exit code %2)").arg(what).arg(entry.exitCode);
    else if (!entry.hasExitCode && !entry.argv.isEmpty())
        what = tr("%1 — did not finish").arg(what);
    if (entry.override)
        what = tr("%1 — guardrail overridden").arg(what);
    if (!entry.reason.trimmed().isEmpty())
        what = tr("%1 — “%2”").arg(what, entry.reason.trimmed());
    return tr("%1 (%2@%3)").arg(what, entry.osUser, entry.host);
}

} // namespace Ops
