// The maintenance run's NGINX maintenance flag switch (MaintenanceFlagSwitch).
#include "models/maintenance/maintenanceflagswitch.h"

#include "models/audit/auditaction.h"
#include "models/audit/writeahead.h"
#include "models/stack/orchestrator.h"

namespace Ops {

MaintenanceFlagSwitch::MaintenanceFlagSwitch(Orchestrator* orchestrator, WriteAhead* writeAhead,
                                             QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_writeAhead(writeAhead)
{
}

QList<QStringList> MaintenanceFlagSwitch::argv(bool on)
{
    const QString flag = QString::fromLatin1(kFlagFile);
    return {on ? QStringList{QStringLiteral("touch"), flag}
               : QStringList{QStringLiteral("rm"), QStringLiteral("-f"), flag},
            QStringList{QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload")}};
}

void MaintenanceFlagSwitch::run(bool on, AuditEntry intent)
{
    m_on = on;
    m_result = OrchestratorResult();
    if (!m_orchestrator) {
        Q_EMIT failed(tr("the console is not connected to this stack"));
        return;
    }
    // The intent of both commands is recorded before the first one runs.
    QList<OrchestratorCommand> commands;
    for (const QStringList& command : argv(on))
        commands << m_orchestrator->execCommand(QStringLiteral("nginx"), command);
    intent.argv = WriteAhead::argvOf(commands);
    m_writeAhead->begin(
        intent, [this] { runCommand(0); }, [this](const QString& reason) { Q_EMIT failed(reason); });
}

void MaintenanceFlagSwitch::stop()
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}

void MaintenanceFlagSwitch::runCommand(int index)
{
    const QList<QStringList> commands = argv(m_on);
    if (index >= commands.size()) {
        m_result.ok = true;
        m_writeAhead->complete(m_result);
        Q_EMIT switched(m_on);
        return;
    }
    stop();
    const QString action = AuditActions::key(AuditAction::MaintenanceMode);
    m_connections << connect(m_orchestrator, &Orchestrator::refused, this,
                             [this, index](const QString& reason) {
                                 stop();
                                 if (index == 0) {
                                     m_writeAhead->cancel(reason);
                                 } else {
                                     m_result.error = reason;
                                     m_writeAhead->complete(m_result);
                                 }
                                 Q_EMIT failed(reason);
                             })
                  << connect(m_orchestrator, &Orchestrator::finished, this,
                             [this, index, action](const OrchestratorResult& result) {
                                 if (result.action != action)
                                     return;
                                 stop();
                                 m_result.commands += result.commands;
                                 m_result.exitCode = result.exitCode;
                                 m_result.output += result.output;
                                 m_result.timedOut = result.timedOut;
                                 m_result.cancelled = result.cancelled;
                                 Q_EMIT output(QStringLiteral("$ ") + result.auditArgv().join(u' '));
                                 if (!result.stderrText.trimmed().isEmpty())
                                     Q_EMIT output(result.stderrText.trimmed());
                                 if (!result.ok) {
                                     m_result.error = result.error;
                                     m_writeAhead->complete(m_result);
                                     Q_EMIT failed(result.error);
                                     return;
                                 }
                                 if (index == 0)
                                     Q_EMIT flagWritten(m_on); // NGINX reads it at the reload
                                 runCommand(index + 1);
                             });
    m_orchestrator->exec(QStringLiteral("nginx"), commands.at(index), action);
}

} // namespace Ops
