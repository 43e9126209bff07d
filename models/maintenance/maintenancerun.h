#pragma once

#include "models/audit/auditaction.h"
#include "models/audit/auditentry.h"
#include "models/net/httpclient.h"
#include "models/maintenance/maintenancechecklist.h"
#include "models/maintenance/maintenanceflagswitch.h"
#include "models/maintenance/maintenancerunstate.h"
#include "models/maintenance/maintenancewindow.h"
#include "models/stack/orchestratorcommand.h"
#include "models/profiles/connectionprofile.h"
#include "models/net/apirequest.h"

#include <QDateTime>
#include <QList>
#include "models/core/mutationgate.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace Ops {


class AuditStore;
class DrainWatcher;
class MaintenanceBackup;
class MaintenanceHealthChecks;
class MaintenanceSmokeTest;
class MaintenanceStore;
class OperatorLock;
class Orchestrator;
class WriteAhead;

/// The runbook's maintenance procedure as a guided run, one step at a time, each with its state and
/// output, retried where it failed, aborted back to normal mode at any point.
///
/// Scheduled: enable maintenance mode (touch the flag in nginx and `nginx -s reload`, through the
/// orchestrator), wait for the requests to drain (DrainWatcher, with a maximum wait), back up the
/// database (`pg_dump` through the orchestrator straight into backups/backup_YYYYMMDD_HHMMSS.sql, with
/// progress, fsync'd, renamed into place only when complete), the operator's own maintenance work (a
/// checklist confirmed by the operator), the smoke test, disable maintenance mode, then monitoring with a
/// countdown (/health every 30 s; default 30 min). Emergency: announce, fix, verify /health, post the
/// resolution. The run holds the stack's OperatorLock throughout; the start, every step and the end go to
/// the audit trail (maintenance-start / maintenance-step / maintenance-end) and to ops.maintenance_steps;
/// every command that changes the stack (the flag, the backup) has its intent recorded before it starts
/// and its outcome after (WriteAhead).
///
/// This class is the procedure: the steps' order, states, records and the lock. What each step does is
/// its own class: MaintenanceFlagSwitch, DrainWatcher, MaintenanceBackup, MaintenanceSmokeTest,
/// MaintenanceHealthChecks; their names and titles are MaintenanceSteps'.
///
/// The run is saved after every step (setStateFile): a console killed in the middle offers to resume it
/// (resume()) without repeating a finished step; a flag or backup step that was running when it died is
/// run again or taken as done as the operator says. A saved run that is not resumed is aborted through
/// resume() too, so maintenance mode is never left on without a record.
class MaintenanceRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceRun)

public:
    enum class Mode
    {
        Scheduled,
        Emergency
    };
    Q_ENUM(Mode)
    enum class StepState
    {
        Pending,
        Running,
        Waiting,
        Done,
        Failed,
        Skipped
    };
    Q_ENUM(StepState)
    /// What to do with a step that changes the stack and was running when the console died.
    enum class Interrupted
    {
        Repeat,      ///< run it again
        TreatAsDone, ///< the operator confirmed it had finished
    };
    Q_ENUM(Interrupted)
    enum class RunState
    {
        Idle,
        Locking,
        Running,
        Aborting,
        Completed,
        Aborted
    };
    Q_ENUM(RunState)

    struct Step
    {
        QString key;
        StepState state = StepState::Pending;
        QStringList output;
        qint64 progress = -1; ///< bytes of the backup; seconds left of the monitoring
        QDateTime startedAt;
        QDateTime endedAt;
    };

    static constexpr const char* kFlagFile = MaintenanceFlagSwitch::kFlagFile;

    /// None is owned; all must outlive the run. `store` may be null (no step rows, the audit only).
    MaintenanceRun(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit, MaintenanceStore* store,
                   HttpClient* http,
                   QObject* parent = nullptr);
    ~MaintenanceRun() override;

    void setProfile(const ConnectionProfile& profile) { m_profile = profile; }
    /// Asked before a run starts (production arming); none set: always allowed. A run that started
    /// armed finishes even when arming expires meanwhile: leaving the site behind the maintenance page
    /// half-way is worse.
    void setGate(MutationGate gate) { m_gate = std::move(gate); }
    /// The drain wait: the longest (default 120 s), the quiet rate (default 0.5 requests/s), the interval.
    void setDrain(int maxWaitMs, double threshold = 0.5, int intervalMs = 1000);
    /// The monitoring after the run (default 30 min, /health every 30 s).
    void setMonitoring(int seconds, int checkEverySeconds = 30);
    /// The operator's own maintenance work (default: the runbook's migrations, updates, configuration).
    void setWorkItems(const QStringList& items) { m_workItems = items; }
    QStringList workItems() const { return m_workItems; }

    static QStringList stepKeys(Mode mode);
    static QString stepTitle(const QString& key);
    static QString stepStateText(StepState state);
    /// backup_YYYYMMDD_HHMMSS.sql of a UTC time.
    static QString backupFileName(const QDateTime& utc);

    /// Starts a scheduled run: the checklist must be complete, or `overrideReason` given. refused()
    /// when not (nothing ran) or when the lock is held by someone else.
    void start(const MaintenanceWindow& window, const MaintenanceChecklist& checklist,
               const QString& overrideReason = QString());
    /// The emergency path: no checklist (no advance notice possible).
    void startEmergency(const MaintenanceWindow& window);
    /// Where the run is saved after every step; none (the default): not saved.
    void setStateFile(const MaintenanceStateFile& file) { m_file = file; }
    /// Continues a saved run (after a crash) with the operator lock taken again: finished steps never run
    /// again; an interrupted flag or backup step runs again only with Interrupted::Repeat. With
    /// `abortReason`, the run is aborted right after the lock is back (normal mode restored when the flag
    /// may be set) and recorded.
    void resume(const MaintenanceRunState& saved, Interrupted interrupted, const QString& abortReason = QString());
    /// NGINX's flag was found set (MaintenanceFlagProbe): an abort then restores normal mode whatever
    /// the saved run believed.
    void setFlagSeenOn(bool on) { m_flagSeenOn = on; }
    /// What would be saved now.
    MaintenanceRunState savedState() const;
    /// Runs the failed step again.
    void retry();
    /// The operator finished a step that waits for them (own work, announcement, resolution, or ends the
    /// monitoring early); `note` goes into the record.
    void confirm(const QString& note = QString());
    /// Stops what runs, restores normal mode when maintenance mode was enabled, records, releases the lock.
    void abort(const QString& reason);

    Mode mode() const { return m_mode; }
    RunState runState() const { return m_runState; }
    bool isActive() const
    {
        return m_runState == RunState::Locking || m_runState == RunState::Running ||
               m_runState == RunState::Aborting;
    }
    MaintenanceWindow window() const { return m_window; }
    QUuid runId() const { return m_runId; }
    QList<Step> steps() const { return m_steps; }
    int currentStep() const { return m_current; }
    QString backupPath() const { return m_backupPath; }
    int monitorSeconds() const { return m_monitorSeconds; }
    /// Whether this run has (as far as it knows) the flag set.
    bool maintenanceModeOn() const { return m_modeOn; }

Q_SIGNALS:
    void refused(const QString& reason);
    void runStateChanged(Ops::MaintenanceRun::RunState state);
    void stepChanged(int index);
    void outputAdded(int index, const QString& line);
    void progressChanged(int index, qint64 value);
    /// Completed or aborted; the lock is released.
    void finished(bool completed);
    /// An audit entry could not be recorded at all (neither database nor journal).
    void auditFailed(const QString& reason);

private:
    enum class After
    {
        Nothing,
        Abort
    };
    void begin(const MaintenanceWindow& window, Mode mode, const QString& reason, bool override);
    void acquireLock(const QString& what);
    void onLocked();
    void onResumed();
    void save();
    AuditEntry entryFor(AuditAction action, const QString& target, const QString& reason) const;
    void runCurrent();
    void runStepAction(const QString& key);
    /// Runs `then` once this console is known to hold the operator lock (confirmed with PostgreSQL, or
    /// taken again after a failed step); otherwise the current step fails and says why.
    void withLockConfirmed(const std::function<void()>& then);
    void advance();
    void setStepState(StepState state, const QString& detail = QString());
    void say(const QString& line);
    void setRunState(RunState state);

    void connectSteps();
    void runFlag(bool on, After after);
    void flagSwitched(bool on);
    void flagFailed(const QString& reason);
    void advanceOnceRecorded();
    void runDrain();
    void runBackup();
    void backupWritten(qint64 bytes, const OrchestratorResult& result);
    void finishRun(bool completed, const QString& reason);
    void release();

    void audit(AuditAction action, const QString& target, const QString& reason,
               const QList<QStringList>& commands = {}, int exitCode = -1, bool override = false,
               const QByteArray& output = QByteArray());
    void recordStep(const Step& step, const QString& detail);
    /// Stops listening to the orchestrator: the flag's or backup's command, if any, ends unseen.
    void disconnectOrchestrator();
    /// Runs `then` once the shared orchestrator has no command running (a cancelled one ends first).
    void whenOrchestratorIdle(const std::function<void()>& then);

    QPointer<Orchestrator> m_orchestrator;
    QPointer<OperatorLock> m_lock;
    QPointer<AuditStore> m_audit;
    QPointer<MaintenanceStore> m_store;
    ConnectionProfile m_profile;
    MutationGate m_gate;
    WriteAhead* m_writeAhead;
    MaintenanceFlagSwitch* m_flag;
    DrainWatcher* m_drain;
    MaintenanceBackup* m_backup;
    MaintenanceSmokeTest* m_smoke;
    MaintenanceHealthChecks* m_health;

    int m_drainMaxMs = 120000;
    double m_drainThreshold = 0.5;
    int m_drainIntervalMs = 1000;
    int m_monitorSeconds = 30 * 60;
    int m_monitorEvery = 30;
    QStringList m_workItems;

    Mode m_mode = Mode::Scheduled;
    RunState m_runState = RunState::Idle;
    MaintenanceWindow m_window;
    QUuid m_runId;
    QList<Step> m_steps;
    int m_current = -1;
    bool m_modeOn = false;
    QString m_startReason;
    bool m_startOverride = false;
    QString m_abortReason;
    MaintenanceStateFile m_file;
    QDateTime m_startedAt;
    bool m_resuming = false;
    bool m_flagSeenOn = false;
    Interrupted m_resumeInterrupted = Interrupted::Repeat;
    QString m_resumeAbortReason;

    QString m_backupPath;
    // The step that runs now.
    /// The commands of the last flag switch or backup; a flag step's audit entry lists them.
    QList<QStringList> m_stepCommands;
    After m_after = After::Nothing; ///< what follows the flag switch that runs
};

} // namespace Ops
