#include "models/audit/auditsummary.h"

#include "models/audit/auditaction.h"

#include <QJsonObject>

namespace Ops {

namespace {

QString scaleWhat(const AuditEntry& entry)
{
    const QJsonObject replicas = entry.metricsAfter.value(QLatin1String("replicas")).toObject();
    QStringList parts;
    for (auto it = replicas.constBegin(); it != replicas.constEnd(); ++it) {
        const QJsonObject change = it.value().toObject();
        parts.append(AuditSummary::tr("%1 from %2 to %3", "audit: auditsummary")
                         .arg(it.key())
                         .arg(change.value(QLatin1String("from")).toInt())
                         .arg(change.value(QLatin1String("to")).toInt()));
    }
    if (parts.isEmpty())
        return AuditSummary::tr("Scaled %1", "audit: auditsummary").arg(entry.target);
    return AuditSummary::tr("Scaled %1 replicas", "audit: auditsummary").arg(parts.join(QLatin1String(", ")));
}

QString rollbackStepTitle(const QString& key)
{
    const std::optional<RollbackStepKind> kind = RollbackSteps::fromKey(key);
    return kind ? RollbackSteps::title(*kind) : key;
}

} // namespace

QString AuditSummary::kind(const AuditEntry& entry)
{
    return AuditActions::familyKey(AuditActions::familyOfKey(entry.action));
}

bool AuditSummary::isEvent(const AuditEntry& entry)
{
    // Follow-ups of another row, and the bookkeeping before a maintenance window, are not actions on
    // the stack: no marker, no timeline line. A command's intent is followed by its outcome row, which
    // is the event (one marker per command, with its result).
    if (entry.isIntent())
        return false;
    const std::optional<AuditAction> action = entry.kind();
    if (!action)
        return !entry.action.endsWith(QLatin1String("-verify"));
    switch (*action) {
    case AuditAction::ScaleVerify:
    case AuditAction::RestartVerify:
    case AuditAction::MaintenanceChecklist:
    case AuditAction::MaintenanceSchedule:
        return false;
    default:
        return true;
    }
}

QString AuditSummary::describe(const AuditEntry& entry)
{
    QString what;
    switch (entry.kind().value_or(AuditAction::Deploy)) {
    case AuditAction::Scale:
        what = scaleWhat(entry);
        break;
    case AuditAction::Rollback:
        what = tr("Rolled back to %1", "audit: auditsummary").arg(entry.target);
        break;
    case AuditAction::RollbackStep:
        what = tr("Rollback step: %1", "audit: auditsummary").arg(rollbackStepTitle(entry.target));
        break;
    case AuditAction::MaintenanceStart:
        what = tr("Maintenance started: %1", "audit: auditsummary").arg(entry.target);
        break;
    case AuditAction::MaintenanceStep:
        what = tr("Maintenance step", "audit: auditsummary");
        break;
    case AuditAction::MaintenanceEnd:
        what = tr("Maintenance ended: %1", "audit: auditsummary").arg(entry.target);
        break;
    case AuditAction::MaintenanceCancel:
        what = tr("Maintenance cancelled: %1", "audit: auditsummary").arg(entry.target);
        break;
    case AuditAction::PolicyChange:
        what = tr("Changed the scaling guardrails");
        break;
    case AuditAction::Restart:
        what = tr("Restarted %1", "audit: auditsummary").arg(entry.target);
        break;
    default:
        // Anything else (also a key of another console's version): its action's name and target.
        const std::optional<AuditAction> known = entry.kind();
        const QString name = known ? AuditActions::title(*known) : entry.action;
        what = entry.target.isEmpty() ? name : tr("%1 on %2", "audit: auditsummary").arg(name, entry.target);
        break;
    }

    if (entry.hasExitCode && entry.exitCode != 0)
        what = tr("%1 — failed (exit code %2)").arg(what).arg(entry.exitCode);
    else if (!entry.hasExitCode && !entry.argv.isEmpty())
        what = tr("%1 — did not finish").arg(what);
    if (entry.override)
        what = tr("%1 — guardrail overridden", "audit: auditsummary").arg(what);
    if (!entry.reason.trimmed().isEmpty())
        what = tr("%1 — “%2”", "audit: auditsummary").arg(what, entry.reason.trimmed());
    return tr("%1 (%2@%3)", "audit: auditsummary").arg(what, entry.osUser, entry.host);
}

} // namespace Ops
