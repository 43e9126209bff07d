// The maintenance run's NGINX maintenance flag: the commands that set or clear it, and their records.
#pragma once

#include "models/audit/auditentry.h"
#include "models/stack/orchestratorcommand.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Ops {

class Orchestrator;
class WriteAhead;

/// Enables or disables maintenance mode (MaintenanceRun's first and last stack step, and the abort's
/// restoration): touches or removes NGINX's flag file in its container, then `nginx -s reload`, through
/// the orchestrator. The intent of both commands is recorded before the first starts, their outcome as one
/// row after (WriteAhead): the audit trail never holds half a switch.
class MaintenanceFlagSwitch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceFlagSwitch)

public:
    static constexpr const char* kFlagFile = "/tmp/maintenance.flag";

    /// Neither is owned; both must outlive this switch. `writeAhead` is the run's, one intent at a time.
    MaintenanceFlagSwitch(Orchestrator* orchestrator, WriteAhead* writeAhead, QObject* parent = nullptr);

    /// The two commands in the nginx container: the flag touched (on) or removed (off), then the reload.
    static QList<QStringList> argv(bool on);

    /// Records `intent` with both commands' argv, then runs them one after the other.
    void run(bool on, AuditEntry intent);
    /// Stops listening to the orchestrator: a command cut off (an abort) ends unseen.
    void stop();
    /// The commands that ran since run() (a failure stops the rest).
    QList<QStringList> commands() const { return m_result.commands; }

Q_SIGNALS:
    void output(const QString& line);
    /// The flag file is as asked; NGINX reads it at the reload that follows.
    void flagWritten(bool on);
    /// Both commands ran; their outcome is handed to the write-ahead record.
    void switched(bool on);
    void failed(const QString& reason);

private:
    void runCommand(int index);

    QPointer<Orchestrator> m_orchestrator;
    WriteAhead* m_writeAhead;
    QList<QMetaObject::Connection> m_connections;
    OrchestratorResult m_result; ///< both commands, for their outcome row
    bool m_on = false;
};

} // namespace Ops
