// The step vocabulary of the guided maintenance run (MaintenanceSteps).
#include "models/maintenance/maintenancesteps.h"

namespace Ops {

QStringList MaintenanceSteps::keys(MaintenanceRun::Mode mode)
{
    if (mode == MaintenanceRun::Mode::Emergency)
        return {kAnnounce, kFix, kVerify, kResolve};
    return {kEnable, kDrain, kBackup, kWork, kSmoke, kDisable, kMonitor};
}

QString MaintenanceSteps::title(const QString& key)
{
    if (key == kEnable)
        return tr("Enable maintenance mode", "maintenance: maintenancerun: state or name word");
    if (key == kDrain)
        return tr("Wait for active requests to complete");
    if (key == kBackup)
        return tr("Back up the database");
    if (key == kWork)
        return tr("Perform maintenance", "maintenance: maintenancerun: state or name word");
    if (key == kSmoke)
        return tr("Run the smoke test");
    if (key == kDisable)
        return tr("Disable maintenance mode", "maintenance: maintenancerun: state or name word");
    if (key == kMonitor)
        return tr("Monitor", "maintenance: maintenancerun: state or name word");
    if (key == kAnnounce)
        return tr("Quick announcement (status page / Slack)");
    if (key == kFix)
        return tr("Execute the fix", "maintenance: maintenancerun: state or name word");
    if (key == kVerify)
        return tr("Verify /health", "maintenance: maintenancerun: state or name word");
    if (key == kResolve)
        return tr("Post the resolution notice");
    return key;
}

QString MaintenanceSteps::stateText(MaintenanceRun::StepState state)
{
    switch (state) {
    case MaintenanceRun::StepState::Pending:
        return tr("pending", "maintenance step");
    case MaintenanceRun::StepState::Running:
        return tr("running", "maintenance step");
    case MaintenanceRun::StepState::Waiting:
        return tr("waiting for you", "maintenance step");
    case MaintenanceRun::StepState::Done:
        return tr("done", "maintenance step");
    case MaintenanceRun::StepState::Failed:
        return tr("failed", "maintenance step");
    case MaintenanceRun::StepState::Skipped:
        return tr("skipped", "maintenance step");
    }
    return QString();
}

QString MaintenanceSteps::stateKey(MaintenanceRun::StepState state)
{
    switch (state) {
    case MaintenanceRun::StepState::Pending:
        return QStringLiteral("pending");
    case MaintenanceRun::StepState::Running:
        return QStringLiteral("running");
    case MaintenanceRun::StepState::Waiting:
        return QStringLiteral("waiting");
    case MaintenanceRun::StepState::Done:
        return QStringLiteral("done");
    case MaintenanceRun::StepState::Failed:
        return QStringLiteral("failed");
    case MaintenanceRun::StepState::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

MaintenanceRun::StepState MaintenanceSteps::stateFromKey(const QString& key)
{
    for (const auto state : {MaintenanceRun::StepState::Pending, MaintenanceRun::StepState::Running,
                             MaintenanceRun::StepState::Waiting, MaintenanceRun::StepState::Done,
                             MaintenanceRun::StepState::Failed, MaintenanceRun::StepState::Skipped})
        if (stateKey(state) == key)
            return state;
    return MaintenanceRun::StepState::Pending;
}

} // namespace Ops
