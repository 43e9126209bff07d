#include "models/maintenance/maintenanceflagprobe.h"

#include "models/maintenance/maintenancerun.h"
#include "models/stack/orchestrator.h"

namespace Ops {

namespace {
const QString kAction = QStringLiteral("maintenance-flag-check");
}

MaintenanceFlagProbe::MaintenanceFlagProbe(Orchestrator* orchestrator, QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator)
{
}

void MaintenanceFlagProbe::answer(Flag flag, const QString& detail)
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_busy = false;
    Q_EMIT answered(flag, detail);
}

void MaintenanceFlagProbe::probe()
{
    if (m_busy)
        return;
    if (!m_orchestrator) {
        answer(Flag::Unknown, tr("the console is not connected to this stack"));
        return;
    }
    m_busy = true;
    m_connections << connect(m_orchestrator, &Orchestrator::finished, this, [this](const OrchestratorResult& r) {
        if (r.action != kAction)
            return;
        if (r.ok)
            answer(Flag::On, QString());
        else if (r.exitCode == 1 && !r.timedOut && !r.cancelled && r.stderrText.trimmed().isEmpty())
            answer(Flag::Off, QString()); // test(1): the file is not there
        else
            answer(Flag::Unknown, r.error);
    }) << connect(m_orchestrator, &Orchestrator::refused, this,
                  [this](const QString& reason) { answer(Flag::Unknown, reason); });
    m_orchestrator->exec(QStringLiteral("nginx"),
                         {QStringLiteral("test"), QStringLiteral("-e"), QString::fromLatin1(MaintenanceRun::kFlagFile)},
                         kAction);
}

} // namespace Ops
