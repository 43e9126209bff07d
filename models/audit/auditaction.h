#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Ops {

/// What an audit row records. The stored key ("scale", "rollback-step", …) is the audit trail's
/// vocabulary, shared with other consoles and with the SQL filters: it is written here only.
enum class AuditAction
{
    Scale,               ///< "scale": a replica count changed
    ScaleVerify,         ///< "scale-verify": what was measured after a scale (names the scale row)
    Restart,             ///< "restart"
    RestartVerify,       ///< "restart-verify"
    Rollback,            ///< "rollback": a whole rollback run, target version and outcome
    RollbackStep,        ///< "rollback-step": one step of it (the target is the step's key)
    RollbackOverride,    ///< "rollback-override": a failed verification accepted with a reason
    Deploy,              ///< "deploy"
    MaintenanceStart,    ///< "maintenance-start"
    MaintenanceStep,     ///< "maintenance-step"
    MaintenanceMode,     ///< "maintenance-mode": NGINX's maintenance flag on or off
    MaintenanceBackup,   ///< "maintenance-backup"
    MaintenanceEnd,      ///< "maintenance-end"
    MaintenanceCancel,   ///< "maintenance-cancel"
    MaintenanceChecklist,///< "maintenance-checklist": an item ticked
    MaintenanceSchedule, ///< "maintenance-schedule": a window planned or changed
    PolicyChange,        ///< "policy-change": the scaling guardrails changed
    Arm,                 ///< "arm": a production profile armed for changes
    Disarm,              ///< "disarm"
};

/// The marker families of the charts and the audit page's filter.
enum class AuditFamily
{
    Scale,
    Restart,
    Rollback,
    Maintenance,
    Other,
};

namespace AuditActions {

/// The stored key of an action.
QString key(AuditAction action);
/// The action of a stored key; nullopt for a key this console does not know (another version's).
std::optional<AuditAction> fromKey(const QString& key);
AuditFamily family(AuditAction action);
/// The family of a stored key (unknown keys: by what comes before their first dash, else Other).
AuditFamily familyOfKey(const QString& key);
QString familyKey(AuditFamily family);
/// Translated name of an action for the audit page ("Scale", "Rollback step", …).
QString title(AuditAction action);
/// Every action, in the order above.
QList<AuditAction> all();

} // namespace AuditActions

/// The steps a rollback can run; their keys are the target of "rollback-step" rows.
enum class RollbackStepKind
{
    Down,          ///< stop and remove the stack (older runs only: a rollback no longer does it)
    StartDatabase, ///< `up -d postgres`
    WaitDatabase,  ///< pg_isready until it accepts connections (polled, with a deadline)
    Restore,       ///< psql reading the backup
    CheckTables,   ///< the backup's tables are there
    StartVersion,  ///< `VERSION=… up -d`
    StartWorkers,  ///< `VERSION=… up -d worker-…`
    StopApplication, ///< stop the application's services (PostgreSQL, Redis and the rest keep running)
};

namespace RollbackSteps {
QString key(RollbackStepKind kind);
std::optional<RollbackStepKind> fromKey(const QString& key);
/// Translated, for the wizard, the audit trail and the incident timeline.
QString title(RollbackStepKind kind);
} // namespace RollbackSteps

} // namespace Ops
