#include "models/audit/auditaction.h"

#include <QList>

namespace Ops {

namespace {

struct ActionInfo
{
    AuditAction action;
    const char* key;
    AuditFamily family;
    const char* title; ///< source text in the "Ops::AuditAction" context
};

// One table: key, family and words of every action.
constexpr ActionInfo kActions[] = {
    {AuditAction::Scale, "scale", AuditFamily::Scale, QT_TRANSLATE_NOOP("Ops::AuditAction", "Scale")},
    {AuditAction::ScaleVerify, "scale-verify", AuditFamily::Scale,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Scale verification")},
    {AuditAction::Restart, "restart", AuditFamily::Restart, QT_TRANSLATE_NOOP("Ops::AuditAction", "Restart")},
    {AuditAction::RestartVerify, "restart-verify", AuditFamily::Restart,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Restart verification")},
    {AuditAction::Rollback, "rollback", AuditFamily::Rollback, QT_TRANSLATE_NOOP("Ops::AuditAction", "Rollback")},
    {AuditAction::RollbackStep, "rollback-step", AuditFamily::Rollback,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Rollback step")},
    {AuditAction::RollbackOverride, "rollback-override", AuditFamily::Rollback,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Rollback verification overridden")},
    {AuditAction::Deploy, "deploy", AuditFamily::Other, QT_TRANSLATE_NOOP("Ops::AuditAction", "Deploy")},
    {AuditAction::MaintenanceStart, "maintenance-start", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Maintenance started")},
    {AuditAction::MaintenanceStep, "maintenance-step", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Maintenance step")},
    {AuditAction::MaintenanceMode, "maintenance-mode", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Maintenance mode")},
    {AuditAction::MaintenanceBackup, "maintenance-backup", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Maintenance backup")},
    {AuditAction::MaintenanceEnd, "maintenance-end", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Maintenance ended")},
    {AuditAction::MaintenanceCancel, "maintenance-cancel", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Maintenance cancelled")},
    {AuditAction::MaintenanceChecklist, "maintenance-checklist", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Maintenance checklist")},
    {AuditAction::MaintenanceSchedule, "maintenance-schedule", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Maintenance schedule")},
    {AuditAction::PolicyChange, "policy-change", AuditFamily::Other,
     QT_TRANSLATE_NOOP("Ops::AuditAction", "Guardrails changed")},
    {AuditAction::Arm, "arm", AuditFamily::Other, QT_TRANSLATE_NOOP("Ops::AuditAction", "Production armed")},
    {AuditAction::Disarm, "disarm", AuditFamily::Other, QT_TRANSLATE_NOOP("Ops::AuditAction", "Production disarmed")},
};

const ActionInfo& info(AuditAction action)
{
    for (const ActionInfo& i : kActions)
        if (i.action == action)
            return i;
    Q_UNREACHABLE();
}

} // namespace

namespace AuditActions {

QString key(AuditAction action)
{
    return QString::fromLatin1(info(action).key);
}

std::optional<AuditAction> fromKey(const QString& key)
{
    for (const ActionInfo& i : kActions)
        if (key == QLatin1String(i.key))
            return i.action;
    return std::nullopt;
}

AuditFamily family(AuditAction action)
{
    return info(action).family;
}

AuditFamily familyOfKey(const QString& key)
{
    if (const auto action = fromKey(key))
        return family(*action);
    const QString head = key.section(u'-', 0, 0);
    for (AuditFamily f : {AuditFamily::Scale, AuditFamily::Restart, AuditFamily::Rollback, AuditFamily::Maintenance})
        if (head == familyKey(f))
            return f;
    return AuditFamily::Other;
}

QString familyKey(AuditFamily family)
{
    switch (family) {
    case AuditFamily::Scale:
        return QStringLiteral("scale");
    case AuditFamily::Restart:
        return QStringLiteral("restart");
    case AuditFamily::Rollback:
        return QStringLiteral("rollback");
    case AuditFamily::Maintenance:
        return QStringLiteral("maintenance");
    case AuditFamily::Other:
        break;
    }
    return QStringLiteral("other");
}

QString title(AuditAction action)
{
    return QCoreApplication::translate("Ops::AuditAction", info(action).title);
}

QList<AuditAction> all()
{
    QList<AuditAction> out;
    for (const ActionInfo& i : kActions)
        out.append(i.action);
    return out;
}

} // namespace AuditActions

namespace RollbackSteps {

namespace {
struct StepInfo
{
    RollbackStepKind kind;
    const char* key;
    const char* title;
};
constexpr StepInfo kSteps[] = {
    {RollbackStepKind::Down, "down", QT_TRANSLATE_NOOP("Ops::RollbackStep", "Stop the services")},
    {RollbackStepKind::StartDatabase, "start-database", QT_TRANSLATE_NOOP("Ops::RollbackStep", "Start only PostgreSQL")},
    {RollbackStepKind::WaitDatabase, "wait-database",
     QT_TRANSLATE_NOOP("Ops::RollbackStep", "Wait until PostgreSQL accepts connections")},
    {RollbackStepKind::Restore, "restore", QT_TRANSLATE_NOOP("Ops::RollbackStep", "Restore the backup")},
    {RollbackStepKind::CheckTables, "check-tables", QT_TRANSLATE_NOOP("Ops::RollbackStep", "Check the restored tables")},
    {RollbackStepKind::StartVersion, "start-version",
     QT_TRANSLATE_NOOP("Ops::RollbackStep", "Start the services on the target version")},
    {RollbackStepKind::StartWorkers, "start-workers",
     QT_TRANSLATE_NOOP("Ops::RollbackStep", "Start the workers on the target version")},
    {RollbackStepKind::StopApplication, "stop-application",
     QT_TRANSLATE_NOOP("Ops::RollbackStep", "Stop the application's services")},
};
} // namespace

QString key(RollbackStepKind kind)
{
    for (const StepInfo& s : kSteps)
        if (s.kind == kind)
            return QString::fromLatin1(s.key);
    return QString();
}

std::optional<RollbackStepKind> fromKey(const QString& key)
{
    for (const StepInfo& s : kSteps)
        if (key == QLatin1String(s.key))
            return s.kind;
    return std::nullopt;
}

QString title(RollbackStepKind kind)
{
    for (const StepInfo& s : kSteps)
        if (s.kind == kind)
            return QCoreApplication::translate("Ops::RollbackStep", s.title);
    return QString();
}

} // namespace RollbackSteps

} // namespace Ops
