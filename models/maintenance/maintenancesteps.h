// The step vocabulary of the guided maintenance run: step keys of both plans, titles, state words.
#pragma once

#include "models/maintenance/maintenancerun.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Ops {

/// The steps of MaintenanceRun by name. The keys and state keys are saved with a run, written to the
/// audit trail and to ops.maintenance_steps: a renamed key would orphan every record and saved run.
class MaintenanceSteps final
{
    Q_DECLARE_TR_FUNCTIONS(Ops::MaintenanceSteps)

public:
    // The scheduled plan.
    static inline const QString kEnable = QStringLiteral("enable-mode");
    static inline const QString kDrain = QStringLiteral("drain");
    static inline const QString kBackup = QStringLiteral("backup");
    static inline const QString kWork = QStringLiteral("work");
    static inline const QString kSmoke = QStringLiteral("smoke-test");
    static inline const QString kDisable = QStringLiteral("disable-mode");
    static inline const QString kMonitor = QStringLiteral("monitor");
    // The emergency plan.
    static inline const QString kAnnounce = QStringLiteral("announce");
    static inline const QString kFix = QStringLiteral("fix");
    static inline const QString kVerify = QStringLiteral("verify");
    static inline const QString kResolve = QStringLiteral("resolve");

    /// The plan of a mode, in order.
    static QStringList keys(MaintenanceRun::Mode mode);
    /// Translated; an unknown key is returned as it is.
    static QString title(const QString& key);
    /// NGINX's maintenance flag on or off.
    static bool isFlag(const QString& key) { return key == kEnable || key == kDisable; }
    /// The steps that change the stack (or read the database): they run only under a confirmed operator
    /// lock, and after a crash the operator says whether they had finished.
    static bool changesStack(const QString& key) { return isFlag(key) || key == kBackup; }

    /// Translated, for the run's view.
    static QString stateText(MaintenanceRun::StepState state);
    /// "pending", "running", "waiting", "done", "failed", "skipped": as saved and recorded.
    static QString stateKey(MaintenanceRun::StepState state);
    /// The state of a saved key; Pending when unknown.
    static MaintenanceRun::StepState stateFromKey(const QString& key);
};

} // namespace Ops
