#include "models/audit/auditaction.h"

#include <QList>

namespace Ops {

namespace {

struct ActionInfo
{
    AuditAction action;
    const char* key;
    AuditFamily family;
    struct
    {
        const char* source; ///< in the "Ops::AuditAction" context
        const char* comment;
    } title;
};

// One table: key, family and words of every action.
constexpr ActionInfo kActions[] = {
    {AuditAction::Scale, "scale", AuditFamily::Scale, QT_TRANSLATE_NOOP3("Ops::AuditAction", "Scale", "audit action: filter choice and Action column")},
    {AuditAction::ScaleVerify, "scale-verify", AuditFamily::Scale,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Scale verification", "audit action: filter choice and Action column")},
    {AuditAction::Restart, "restart", AuditFamily::Restart, QT_TRANSLATE_NOOP3("Ops::AuditAction", "Restart", "audit action: filter choice and Action column")},
    {AuditAction::RestartVerify, "restart-verify", AuditFamily::Restart,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Restart verification", "audit action: filter choice and Action column")},
    {AuditAction::Rollback, "rollback", AuditFamily::Rollback, QT_TRANSLATE_NOOP3("Ops::AuditAction", "Rollback", "audit action: filter choice and Action column")},
    {AuditAction::RollbackStep, "rollback-step", AuditFamily::Rollback,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Rollback step", "audit action: filter choice and Action column")},
    {AuditAction::RollbackOverride, "rollback-override", AuditFamily::Rollback,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Rollback verification overridden", "audit action: filter choice and Action column")},
    {AuditAction::Deploy, "deploy", AuditFamily::Other, QT_TRANSLATE_NOOP3("Ops::AuditAction", "Deploy", "audit action: filter choice and Action column")},
    {AuditAction::MaintenanceStart, "maintenance-start", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Maintenance started", "audit action: filter choice and Action column")},
    {AuditAction::MaintenanceStep, "maintenance-step", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Maintenance step", "audit action: filter choice and Action column")},
    {AuditAction::MaintenanceMode, "maintenance-mode", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Maintenance mode", "audit action: filter choice and Action column")},
    {AuditAction::MaintenanceBackup, "maintenance-backup", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Maintenance backup", "audit action: filter choice and Action column")},
    {AuditAction::MaintenanceEnd, "maintenance-end", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Maintenance ended", "audit action: filter choice and Action column")},
    {AuditAction::MaintenanceCancel, "maintenance-cancel", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Maintenance cancelled", "audit action: filter choice and Action column")},
    {AuditAction::MaintenanceChecklist, "maintenance-checklist", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Maintenance checklist", "audit action: filter choice and Action column")},
    {AuditAction::MaintenanceSchedule, "maintenance-schedule", AuditFamily::Maintenance,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Maintenance schedule", "audit action: filter choice and Action column")},
    {AuditAction::PolicyChange, "policy-change", AuditFamily::Other,
     QT_TRANSLATE_NOOP3("Ops::AuditAction", "Guardrails changed", "audit action: filter choice and Action column")},
    {AuditAction::Arm, "arm", AuditFamily::Other, QT_TRANSLATE_NOOP3("Ops::AuditAction", "Production armed", "audit action: filter choice and Action column")},
    {AuditAction::Disarm, "disarm", AuditFamily::Other, QT_TRANSLATE_NOOP3("Ops::AuditAction", "Production disarmed", "audit action: filter choice and Action column")},
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
    return QCoreApplication::translate("Ops::AuditAction", info(action).title.source, info(action).title.comment);
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
    struct
    {
        const char* source;
        const char* comment;
    } title;
};
constexpr StepInfo kSteps[] = {
    {RollbackStepKind::Down, "down", QT_TRANSLATE_NOOP3("Ops::RollbackStep", "Stop the services", "rollback step: wizard, audit Target column, incident timeline")},
    {RollbackStepKind::StartDatabase, "start-database", QT_TRANSLATE_NOOP3("Ops::RollbackStep", "Start only PostgreSQL", "rollback step: wizard, audit Target column, incident timeline")},
    {RollbackStepKind::WaitDatabase, "wait-database",
     QT_TRANSLATE_NOOP3("Ops::RollbackStep", "Wait until PostgreSQL accepts connections", "rollback step: wizard, audit Target column, incident timeline")},
    {RollbackStepKind::Restore, "restore", QT_TRANSLATE_NOOP3("Ops::RollbackStep", "Restore the backup", "rollback step: wizard, audit Target column, incident timeline")},
    {RollbackStepKind::CheckTables, "check-tables", QT_TRANSLATE_NOOP3("Ops::RollbackStep", "Check the restored tables", "rollback step: wizard, audit Target column, incident timeline")},
    {RollbackStepKind::StartVersion, "start-version",
     QT_TRANSLATE_NOOP3("Ops::RollbackStep", "Start the services on the target version", "rollback step: wizard, audit Target column, incident timeline")},
    {RollbackStepKind::StartWorkers, "start-workers",
     QT_TRANSLATE_NOOP3("Ops::RollbackStep", "Start the workers on the target version", "rollback step: wizard, audit Target column, incident timeline")},
    {RollbackStepKind::StopApplication, "stop-application",
     QT_TRANSLATE_NOOP3("Ops::RollbackStep", "Stop the application's services", "rollback step: wizard, audit Target column, incident timeline")},
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
            return QCoreApplication::translate("Ops::RollbackStep", s.title.source, s.title.comment);
    return QString();
}

} // namespace RollbackSteps

} // namespace Ops
