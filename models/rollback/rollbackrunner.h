#pragma once

#include "models/audit/auditentry.h"
#include "models/stack/orchestratorcommand.h"
#include "models/profiles/connectionprofile.h"
#include "models/rollback/rollbackplan.h"
#include "models/rollback/rollbackrunstate.h"

#include <QElapsedTimer>
#include <QList>
#include "models/core/mutationgate.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Ops {

class AuditStore;
class OperatorLock;
class Orchestrator;
class WriteAhead;

/// Drives a rollback run step by step: takes the stack's operator lock for the whole run, runs each
/// step's commands through the orchestrator, saves the run state after every change (so a crash can be
/// resumed), audits every step ("rollback-step": its intent before its commands start, its outcome
/// after, through WriteAhead) and the run ("rollback"), and stops at a failing step
/// until the operator retries, skips (with a reason) or aborts. Never blocks.
class RollbackRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackRunner)

public:
    enum class Stage
    {
        Idle,
        CheckingBackup, ///< a full rollback's backup is read and checked (off the GUI thread)
        Locking,
        Running,            ///< a step runs
        WaitingForDecision, ///< a step failed: retry, skip or abort
        Finishing,          ///< recording the run, releasing the lock
    };
    Q_ENUM(Stage)

    /// What to do with a destructive step that was running when the console died.
    enum class Interrupted
    {
        Repeat,      ///< run it again
        TreatAsDone, ///< the operator confirmed it had finished
    };
    Q_ENUM(Interrupted)

    /// None is owned; all must outlive the runner. `audit` may be null (tests of the steps alone).
    RollbackRunner(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                   QObject* parent = nullptr);

    void setProfile(const ConnectionProfile& profile) { m_profile = profile; }
    /// Asked before a run starts or resumes (production arming); none set: always allowed. A run that
    /// started armed finishes even when arming expires meanwhile: stopping a rollback half-way is worse.
    void setGate(MutationGate gate) { m_gate = std::move(gate); }
    void setStateFile(const RollbackStateFile& file) { m_file = file; }
    /// How long WaitDatabase polls pg_isready (default 120 s), and how often (default 1 s).
    void setDatabaseWait(int timeoutMs, int intervalMs);

    /// A new run; refused() when the plan cannot be built or the lock is held by someone else.
    void start(const RollbackRunState& state);
    /// Continues a saved run from its first unfinished step. Done steps never run again; a destructive
    /// step that was interrupted runs again only with Interrupted::Repeat.
    void resume(const RollbackRunState& state, Interrupted interrupted);
    void retry();
    void skip(const QString& reason);
    /// Now when waiting for a decision, else after the running step ends.
    void abort();

    Stage stage() const { return m_stage; }
    bool isActive() const { return m_stage != Stage::Idle; }
    const RollbackRunState& state() const { return m_state; }
    const QList<RollbackStep>& steps() const { return m_steps; }

Q_SIGNALS:
    void stageChanged(Ops::RollbackRunner::Stage stage);
    /// Nothing ran (invalid plan, lock held, no database for the lock); reason is translated.
    void refused(const QString& reason);
    void stepStarted(int index);
    void stepOutput(int index, const QByteArray& line);
    /// A restore: bytes of the backup given to psql so far.
    void stepProgress(int index, qint64 written, qint64 total);
    void stepFinished(int index, bool ok);
    /// The saved state changed (after every step and decision).
    void stateChanged(const Ops::RollbackRunState& state);
    /// A step failed; the run waits for retry(), skip() or abort().
    void stepFailed(int index, const QString& reason);
    /// The operator lock was found lost before a step: the run stopped there (failed, resumable) and
    /// finished() follows. reason is translated.
    void lockLost(const QString& reason);
    /// The run ended (done, aborted, or stopped by a lost lock), was recorded and the lock is released.
    void finished(const Ops::RollbackRunState& state);

private:
    void setStage(Stage stage);
    void begin(bool fresh);
    /// After the checks: takes the operator lock, then runs the steps.
    void lockAndRun(bool fresh);
    void onLocked();
    void runNext();
    void runStep(int index);
    void runAttempt();
    void onResult(const Ops::OrchestratorResult& result);
    void checkTables(const Ops::OrchestratorResult& result, const QSet<QString>& expected);
    void completeStep(bool ok, const QString& note, const OrchestratorResult& result);
    void save();
    void auditStep(int index, const OrchestratorResult& result);
    void end(RollbackRunState::Phase phase);
    void releaseAndFinish();
    void refuse(const QString& reason);
    void disconnectAll();

    QPointer<Orchestrator> m_orchestrator;
    QPointer<OperatorLock> m_lock;
    QPointer<AuditStore> m_audit;
    WriteAhead* m_writeAhead;
    ConnectionProfile m_profile;
    MutationGate m_gate;
    RollbackStateFile m_file;
    bool m_releasing = false;
    int m_waitTimeoutMs = 120000;
    int m_waitIntervalMs = 1000;

    Stage m_stage = Stage::Idle;
    RollbackRunState m_state;
    QList<RollbackStep> m_steps;
    int m_current = -1;
    bool m_abortRequested = false;
    QElapsedTimer m_stepTimer;
    QTimer m_retryTimer;
    QByteArray m_stepOutput;
    QList<QMetaObject::Connection> m_connections;
    QList<QMetaObject::Connection> m_lockConnections;
    QUuid m_finalAuditId;
    QTimer m_auditDeadline;
};

} // namespace Ops
