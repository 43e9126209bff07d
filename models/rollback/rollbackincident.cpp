#include "models/rollback/rollbackincident.h"

#include "models/core/formatting.h"
#include "models/audit/auditentry.h"

namespace Ops {

Incident RollbackIncident::create(const RollbackRunState& run)
{
    Incident incident = Incident::create(
        tr("Rollback from %1 to %2", "rollback: rollbackincident")
            .arg(run.fromVersion.isEmpty() ? tr("unknown version", "rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message") : run.fromVersion, run.request.version),
        run.request.path == RollbackPath::Full ? Severity::P1 : Severity::P2);
    incident.status = IncidentStatus::Monitoring;
    if (run.startedAt.isValid())
        incident.startedAt = QDateTime::fromSecsSinceEpoch(run.startedAt.toSecsSinceEpoch(), Qt::UTC);
    incident.detectedBy = tr("rollback wizard", "rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message");
    const QString author = AuditEntry::currentOsUser();
    const auto add = [&incident, &author](const QDateTime& at, const QString& text) {
        TimelineEntry entry;
        entry.id = QUuid::createUuid();
        entry.at = at.isValid() ? at : QDateTime::currentDateTimeUtc();
        entry.author = author;
        entry.text = text;
        incident.timeline.append(entry);
    };
    QString started =
        tr("%1 to %2 started", "rollback: rollbackincident").arg(RollbackDecisionTree::pathName(run.request.path), run.request.version);
    if (!run.decided)
        started += u' ' + tr("(the decision tree could not decide: %1; the operator's reason: %2)")
                              .arg(run.missing.join(QStringLiteral("; ")), run.reason);
    else if (run.recommended != RollbackPath::None && run.recommended != run.request.path)
        started += u' ' + tr("(recommended: %1; reason for the other path: %2)")
                              .arg(RollbackDecisionTree::pathName(run.recommended), run.reason);
    add(run.startedAt, started);
    for (const RollbackRunState::Step& step : run.steps) {
        if (step.state == RollbackRunState::StepState::Pending)
            continue;
        QString text = RollbackStep::title(step.kind) + QStringLiteral(": ");
        switch (step.state) {
        case RollbackRunState::StepState::Done:
            text += tr("done", "rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message");
            break;
        case RollbackRunState::StepState::Failed:
            text += tr("failed", "rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message");
            break;
        case RollbackRunState::StepState::Skipped:
            text += tr("skipped", "rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message");
            break;
        default:
            text += tr("interrupted", "rollback: rollbackincident: error or status fragment, shown after “…: ” in a longer message");
            break;
        }
        if (step.durationMs >= 0)
            text += QStringLiteral(" (") + Format::duration(step.durationMs) + u')';
        if (!step.note.isEmpty())
            text += QStringLiteral(" — ") + step.note;
        add(step.startedAt, text);
        incident.actionsTaken << step.commandLines;
    }
    if (run.finishedAt.isValid())
        add(run.finishedAt,
            run.phase == RollbackRunState::Phase::Done ? tr("Rollback finished", "rollback: rollbackincident") : tr("Rollback aborted", "rollback: rollbackincident"));
    if (run.request.path == RollbackPath::Full && !run.request.backupFile.isEmpty())
        incident.impact = tr("Database restored from %1", "rollback: rollbackincident").arg(run.request.backupFile);
    incident.nextSteps = {tr("Monitor for 30 minutes"), tr("Schedule the postmortem", "rollback: rollbackincident"),
                          tr("Fix the issues in staging"), tr("Plan the re-deployment", "rollback: rollbackincident")};
    return incident;
}

} // namespace Ops
