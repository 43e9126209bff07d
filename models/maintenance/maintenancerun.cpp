#include "models/maintenance/maintenancerun.h"

#include "models/core/logging.h"
#include "models/maintenance/drainwatcher.h"
#include "models/maintenance/maintenancebackup.h"
#include "models/maintenance/maintenancehealthchecks.h"
#include "models/maintenance/maintenancesmoketest.h"
#include "models/maintenance/maintenancesteps.h"
#include "models/maintenance/maintenancestore.h"
#include "models/audit/auditentry.h"
#include "models/audit/auditstore.h"
#include "models/audit/writeahead.h"
#include "models/store/operatorlock.h"
#include "models/stack/orchestrator.h"

namespace Ops {

MaintenanceRun::MaintenanceRun(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                               MaintenanceStore* store, HttpClient* http, QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_lock(lock), m_audit(audit), m_store(store),
      m_writeAhead(new WriteAhead(audit, this)), m_flag(new MaintenanceFlagSwitch(orchestrator, m_writeAhead, this)),
      m_drain(new DrainWatcher(http, this)), m_backup(new MaintenanceBackup(orchestrator, m_writeAhead, this)),
      m_smoke(new MaintenanceSmokeTest(this)), m_health(new MaintenanceHealthChecks(http, this)),
      m_workItems{tr("Database migrations", "maintenance: maintenancerun"), tr("System updates", "maintenance: maintenancerun"),
                  tr("Configuration changes", "maintenance: maintenancerun")}
{
    connectSteps();
}

MaintenanceRun::~MaintenanceRun()
{
    disconnectOrchestrator();
    m_backup->discard();
}

// Each step's outcome moves the procedure on: Done then the next step, Failed waits for retry or abort.
void MaintenanceRun::connectSteps()
{
    connect(m_flag, &MaintenanceFlagSwitch::output, this, &MaintenanceRun::say);
    connect(m_flag, &MaintenanceFlagSwitch::flagWritten, this, [this](bool on) {
        m_modeOn = on; // the flag is as wanted; NGINX reads it at the reload
        save();
    });
    connect(m_flag, &MaintenanceFlagSwitch::switched, this, &MaintenanceRun::flagSwitched);
    connect(m_flag, &MaintenanceFlagSwitch::failed, this, &MaintenanceRun::flagFailed);

    connect(m_drain, &DrainWatcher::sampled, this, [this](double rate, qint64 ms) {
        say(tr("%1 s: %2 requests/s", "maintenance: maintenancerun").arg(ms / 1000.0, 0, 'f', 1).arg(rate, 0, 'f', 1));
    });
    connect(m_drain, &DrainWatcher::drained, this, [this](double rate, qint64 ms) {
        setStepState(
            StepState::Done,
            tr("drained after %1 s (%2 requests/s)").arg(ms / 1000.0, 0, 'f', 1).arg(rate, 0, 'f', 1));
        advance();
    });
    connect(m_drain, &DrainWatcher::timedOut, this,
            [this](const QString& message) { setStepState(StepState::Failed, message); });

    connect(m_backup, &MaintenanceBackup::output, this, &MaintenanceRun::say);
    connect(m_backup, &MaintenanceBackup::progress, this, [this](qint64 bytes) {
        m_steps[m_current].progress = bytes;
        Q_EMIT progressChanged(m_current, bytes);
    });
    connect(m_backup, &MaintenanceBackup::written, this, &MaintenanceRun::backupWritten);
    connect(m_backup, &MaintenanceBackup::failed, this,
            [this](const QString& reason) { setStepState(StepState::Failed, reason); });

    connect(m_smoke, &MaintenanceSmokeTest::output, this, &MaintenanceRun::say);
    connect(m_smoke, &MaintenanceSmokeTest::passed, this, [this](const QString& detail) {
        setStepState(StepState::Done, detail);
        advance();
    });
    connect(m_smoke, &MaintenanceSmokeTest::failed, this,
            [this](const QString& reason) { setStepState(StepState::Failed, reason); });

    connect(m_health, &MaintenanceHealthChecks::output, this, &MaintenanceRun::say);
    connect(m_health, &MaintenanceHealthChecks::secondsLeft, this, [this](qint64 left) {
        if (m_current < 0 || m_steps.at(m_current).key != MaintenanceSteps::kMonitor)
            return;
        m_steps[m_current].progress = left;
        Q_EMIT progressChanged(m_current, left);
    });
    connect(m_health, &MaintenanceHealthChecks::monitored, this, [this](int checks, int failures) {
        setStepState(StepState::Done, tr("%1 checks of /health, %2 failed").arg(checks).arg(failures));
        advance();
    });
    connect(m_health, &MaintenanceHealthChecks::verified, this, [this](const QString& detail) {
        setStepState(StepState::Done, detail);
        advance();
    });
    connect(m_health, &MaintenanceHealthChecks::failed, this,
            [this](const QString& reason) { setStepState(StepState::Failed, reason); });
}

void MaintenanceRun::setDrain(int maxWaitMs, double threshold, int intervalMs)
{
    m_drainMaxMs = maxWaitMs;
    m_drainThreshold = threshold;
    m_drainIntervalMs = intervalMs;
}

void MaintenanceRun::setMonitoring(int seconds, int checkEverySeconds)
{
    m_monitorSeconds = std::max(0, seconds);
    m_monitorEvery = std::max(1, checkEverySeconds);
}

QStringList MaintenanceRun::stepKeys(Mode mode)
{
    return MaintenanceSteps::keys(mode);
}

QString MaintenanceRun::stepTitle(const QString& key)
{
    return MaintenanceSteps::title(key);
}

QString MaintenanceRun::stepStateText(StepState state)
{
    return MaintenanceSteps::stateText(state);
}

QString MaintenanceRun::backupFileName(const QDateTime& utc)
{
    return MaintenanceBackup::fileName(utc);
}

void MaintenanceRun::start(const MaintenanceWindow& window, const MaintenanceChecklist& checklist,
                           const QString& overrideReason)
{
    const ChecklistGate gate = checklist.gate(overrideReason);
    if (!gate.allowed) {
        Q_EMIT refused(gate.reason);
        return;
    }
    QString reason = window.description.trimmed();
    if (gate.override)
        reason = tr("checklist overridden (%1 not ticked): %2")
                     .arg(gate.missing.join(QStringLiteral(", ")), overrideReason.trimmed());
    begin(window, Mode::Scheduled, reason, gate.override);
}

void MaintenanceRun::startEmergency(const MaintenanceWindow& window)
{
    begin(window, Mode::Emergency, window.description.trimmed(), false);
}

void MaintenanceRun::setRunState(RunState state)
{
    if (m_runState == state)
        return;
    m_runState = state;
    Q_EMIT runStateChanged(state);
}

void MaintenanceRun::begin(const MaintenanceWindow& window, Mode mode, const QString& reason, bool override)
{
    if (isActive()) {
        Q_EMIT refused(tr("a maintenance run is already in progress"));
        return;
    }
    if (!m_orchestrator || !m_lock || !m_audit) {
        Q_EMIT refused(tr("the console is not connected to this stack"));
        return;
    }
    if (!window.isValid()) {
        Q_EMIT refused(tr("no maintenance window selected"));
        return;
    }
    if (const QString no = m_gate ? m_gate() : QString(); !no.isEmpty()) {
        Q_EMIT refused(no);
        return;
    }
    m_mode = mode;
    m_window = window;
    m_runId = QUuid::createUuid();
    m_startReason = reason;
    m_startOverride = override;
    m_abortReason.clear();
    m_resuming = false;
    m_resumeAbortReason.clear();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_modeOn = false;
    m_backupPath.clear();
    m_current = -1;
    m_steps.clear();
    for (const QString& key : stepKeys(mode))
        m_steps.append(Step{key, StepState::Pending, {}, -1, {}, {}});
    for (int i = 0; i < m_steps.size(); ++i)
        Q_EMIT stepChanged(i);
    setRunState(RunState::Locking);
    acquireLock(QStringLiteral("maintenance ") + window.title);
}

void MaintenanceRun::acquireLock(const QString& what)
{
    auto* context = new QObject(this); // owns the lock connections of this acquire
    connect(m_lock, &OperatorLock::acquired, context, [this, context] {
        context->deleteLater();
        onLocked();
    });
    connect(m_lock, &OperatorLock::refused, context, [this, context](const LockHolder&, const QString& why) {
        context->deleteLater();
        setRunState(RunState::Idle);
        Q_EMIT refused(why);
    });
    connect(m_lock, &OperatorLock::failed, context, [this, context](const QString& why) {
        context->deleteLater();
        setRunState(RunState::Idle);
        Q_EMIT refused(why);
    });
    m_lock->acquire(m_profile.name, what);
}

void MaintenanceRun::onLocked()
{
    if (m_runState != RunState::Locking) {
        release(); // aborted while waiting for the lock: give it back at once
        return;
    }
    if (m_resuming) {
        onResumed();
        return;
    }
    setRunState(RunState::Running);
    m_window.status = MaintenanceWindow::Status::Running;
    m_window.updatedBy = AuditEntry::currentOsUser();
    if (m_store)
        m_store->saveWindow(m_window);
    audit(AuditAction::MaintenanceStart, m_window.title, m_startReason, {}, -1, m_startOverride);
    m_current = 0;
    save();
    runCurrent();
}

void MaintenanceRun::say(const QString& line)
{
    if (m_current < 0 || m_current >= m_steps.size())
        return;
    m_steps[m_current].output.append(line);
    Q_EMIT outputAdded(m_current, line);
}

void MaintenanceRun::setStepState(StepState state, const QString& detail)
{
    if (m_current < 0 || m_current >= m_steps.size())
        return;
    Step& step = m_steps[m_current];
    step.state = state;
    if (state == StepState::Running && !step.startedAt.isValid())
        step.startedAt = QDateTime::currentDateTimeUtc();
    if (state == StepState::Done || state == StepState::Failed || state == StepState::Skipped)
        step.endedAt = QDateTime::currentDateTimeUtc();
    if (!detail.isEmpty())
        say(detail);
    Q_EMIT stepChanged(m_current);
    recordStep(step, detail);
    save(); // before the step's work starts, and once it ended: a crash finds it as it was
    if (state == StepState::Done || state == StepState::Failed || state == StepState::Skipped) {
        const QList<QStringList> commands =
            MaintenanceSteps::isFlag(step.key) ? m_stepCommands : QList<QStringList>{};
        audit(AuditAction::MaintenanceStep, step.key,
              stepTitle(step.key) + QStringLiteral(": ") + MaintenanceSteps::stateKey(state) +
                  (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail),
              commands, state == StepState::Failed ? 1 : (commands.isEmpty() ? -1 : 0));
    }
}

void MaintenanceRun::advance()
{
    if (m_runState != RunState::Running)
        return;
    ++m_current;
    if (m_current >= m_steps.size()) {
        m_current = int(m_steps.size()) - 1;
        finishRun(true, QString());
        return;
    }
    runCurrent();
}

void MaintenanceRun::runCurrent()
{
    const QString key = m_steps.at(m_current).key;
    m_steps[m_current].output.clear();
    m_steps[m_current].progress = -1;
    // The step's audit row names only the commands this step ran: a flag step refused before its first
    // command (the lock lost) must not carry the previous step's pg_dump.
    m_stepCommands.clear();
    setStepState(StepState::Running);
    // The steps that change the stack (or read the database for the backup) run only under the lock,
    // checked right before: one lost meanwhile means another console may be acting on this stack.
    if (m_lock && MaintenanceSteps::changesStack(key)) {
        withLockConfirmed([this, key] { runStepAction(key); });
        return;
    }
    runStepAction(key);
}

void MaintenanceRun::withLockConfirmed(const std::function<void()>& then)
{
    const int step = m_current;
    auto* context = new QObject(this); // owns this check's connections
    const auto stillHere = [this, step] { return m_runState == RunState::Running && m_current == step; };
    const auto stop = [this, stillHere](const QString& why) {
        if (stillHere())
            setStepState(StepState::Failed, tr("stopped before this step: %1. Retry takes the operator lock "
                                               "again.")
                                                .arg(why));
    };
    if (m_lock->isHeld()) {
        connect(m_lock, &OperatorLock::confirmed, context,
                [context, then, stillHere, stop](bool held, const QString& why) {
                    context->deleteLater();
                    if (!stillHere())
                        return;
                    if (held)
                        then();
                    else
                        stop(why);
                });
        m_lock->confirm();
        return;
    }
    // Lost before (a failed step said so): Retry takes it again.
    connect(m_lock, &OperatorLock::acquired, context, [context, then, stillHere] {
        context->deleteLater();
        if (stillHere())
            then();
    });
    connect(m_lock, &OperatorLock::refused, context, [context, stop](const LockHolder&, const QString& why) {
        context->deleteLater();
        stop(why);
    });
    connect(m_lock, &OperatorLock::failed, context, [context, stop](const QString& why) {
        context->deleteLater();
        stop(why);
    });
    m_lock->acquire(m_profile.name, QStringLiteral("maintenance ") + m_window.title);
}

void MaintenanceRun::runStepAction(const QString& key)
{
    if (key == MaintenanceSteps::kEnable) {
        runFlag(true, After::Nothing);
    } else if (key == MaintenanceSteps::kDisable) {
        runFlag(false, After::Nothing);
    } else if (key == MaintenanceSteps::kDrain) {
        runDrain();
    } else if (key == MaintenanceSteps::kBackup) {
        runBackup();
    } else if (key == MaintenanceSteps::kSmoke) {
        m_smoke->run(m_profile);
    } else if (key == MaintenanceSteps::kMonitor) {
        m_health->startMonitoring(m_monitorSeconds, m_monitorEvery);
    } else if (key == MaintenanceSteps::kVerify) {
        m_health->verify();
    } else {
        if (key == MaintenanceSteps::kWork)
            for (const QString& item : std::as_const(m_workItems))
                say(QStringLiteral("☐ ") + item);
        setStepState(StepState::Waiting);
    }
}

void MaintenanceRun::retry()
{
    if (m_runState != RunState::Running || m_current < 0 || m_steps.at(m_current).state != StepState::Failed)
        return;
    runCurrent();
}

void MaintenanceRun::confirm(const QString& note)
{
    if (m_runState != RunState::Running || m_current < 0)
        return;
    const Step& step = m_steps.at(m_current);
    if (step.state == StepState::Waiting) {
        setStepState(StepState::Done, note.trimmed().isEmpty()
                                          ? tr("confirmed by %1", "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message").arg(AuditEntry::currentOsUser())
                                          : note.trimmed());
        advance();
    } else if (step.key == MaintenanceSteps::kMonitor && step.state == StepState::Running) {
        m_health->stop();
        setStepState(StepState::Done, tr("ended early by %1 after %2 checks (%3 failed): %4")
                                          .arg(AuditEntry::currentOsUser())
                                          .arg(m_health->checks())
                                          .arg(m_health->failures())
                                          .arg(note.trimmed()));
        advance();
    } else if (step.key == MaintenanceSteps::kDrain && step.state == StepState::Failed) {
        // The operator decides to go on although requests did not drain.
        setStepState(StepState::Skipped, tr("continued without a full drain: %1").arg(note.trimmed()));
        advance();
    }
}

void MaintenanceRun::disconnectOrchestrator()
{
    m_flag->stop();
    m_backup->stop();
}

void MaintenanceRun::whenOrchestratorIdle(const std::function<void()>& then)
{
    if (!m_orchestrator || !m_orchestrator->isBusy()) {
        then();
        return;
    }
    // A cancelled command ends in finished(); one cancelled while the service list ran, in refused().
    auto* context = new QObject(this);
    auto fired = std::make_shared<bool>(false);
    const auto once = [context, then, fired] {
        if (*fired)
            return;
        *fired = true;
        context->deleteLater();
        then();
    };
    connect(m_orchestrator, &Orchestrator::finished, context, once);
    connect(m_orchestrator, &Orchestrator::refused, context, once);
}

void MaintenanceRun::runFlag(bool on, After after)
{
    m_after = after;
    m_stepCommands.clear();
    m_flag->run(on, entryFor(AuditAction::MaintenanceMode, QStringLiteral("nginx"),
                             on ? QStringLiteral("maintenance mode on")
                                : (after == After::Abort
                                       ? QStringLiteral("maintenance mode off (abort: %1)").arg(m_abortReason)
                                       : QStringLiteral("maintenance mode off"))));
}

void MaintenanceRun::flagSwitched(bool on)
{
    m_stepCommands = m_flag->commands();
    m_modeOn = on;
    save();
    if (m_after == After::Abort) {
        say(tr("normal mode restored", "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message"));
        finishRun(false, m_abortReason);
        return;
    }
    setStepState(StepState::Done, on ? tr("NGINX serves the maintenance page") : tr("NGINX serves the API again"));
    advanceOnceRecorded();
}

void MaintenanceRun::advanceOnceRecorded()
{
    // The next step may wait for the operator: the command's outcome is safe before that.
    const int step = m_current;
    m_writeAhead->whenSettled([this, step] {
        if (m_runState == RunState::Running && m_current == step)
            advance();
    });
}

void MaintenanceRun::flagFailed(const QString& reason)
{
    m_stepCommands = m_flag->commands();
    if (m_after == After::Abort) {
        say(tr("could not restore normal mode: %1").arg(reason));
        finishRun(false, m_abortReason);
    } else {
        setStepState(StepState::Failed, reason);
    }
}

void MaintenanceRun::runDrain()
{
    m_drain->setMaxWait(m_drainMaxMs);
    m_drain->setThreshold(m_drainThreshold);
    m_drain->setInterval(m_drainIntervalMs);
    say(tr("watching the request rate (at most %1 s, drained at ≤ %2 requests/s)")
            .arg(m_drainMaxMs / 1000)
            .arg(m_drainThreshold, 0, 'f', 1));
    m_drain->start();
}

void MaintenanceRun::runBackup()
{
    QString error;
    const QString path = m_backup->prepare(m_profile, &error);
    if (!path.isEmpty())
        m_backupPath = path;
    if (!error.isEmpty()) {
        setStepState(StepState::Failed, error);
        return;
    }
    save(); // the backup's name, before pg_dump starts: a resume knows which file this run writes
    m_backup->run(entryFor(AuditAction::MaintenanceBackup, QStringLiteral("postgres"),
                           QStringLiteral("backup to %1").arg(m_backupPath)));
}

void MaintenanceRun::backupWritten(qint64 size, const OrchestratorResult& result)
{
    m_stepCommands = result.commands;
    const QList<QStringList> commands = result.commands;
    Step& step = m_steps[m_current];
    step.progress = size;
    Q_EMIT progressChanged(m_current, size);
    // The step's audit entry carries the pg_dump argv.
    step.state = StepState::Done;
    step.endedAt = QDateTime::currentDateTimeUtc();
    const QString detail = tr("%1 written (%2 bytes)", "maintenance: maintenancerun").arg(m_backupPath).arg(size);
    say(detail);
    Q_EMIT stepChanged(m_current);
    recordStep(step, detail);
    save();
    audit(AuditAction::MaintenanceStep, step.key,
          stepTitle(step.key) + QStringLiteral(": done — ") + detail, commands, result.exitCode);
    advanceOnceRecorded();
}

void MaintenanceRun::abort(const QString& reason)
{
    if (!isActive() || m_runState == RunState::Aborting)
        return;
    m_abortReason =
        reason.trimmed().isEmpty() ? tr("aborted by %1", "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message").arg(AuditEntry::currentOsUser()) : reason.trimmed();
    if (m_runState == RunState::Locking) {
        // Nothing ran yet: nothing to restore or record. The lock, if it still comes, goes back.
        setRunState(RunState::Aborted);
        Q_EMIT finished(false);
        return;
    }
    setRunState(RunState::Aborting);
    m_drain->stop();
    m_health->stop();
    m_smoke->cancel();
    disconnectOrchestrator();
    if (m_orchestrator && m_orchestrator->isBusy())
        m_orchestrator->cancel();
    // A command cut off here ends unseen: its intent gets an outcome that says so.
    m_writeAhead->abandon(m_abortReason);
    if (m_current >= 0 && m_current < m_steps.size()) {
        Step& step = m_steps[m_current];
        if (step.state == StepState::Running || step.state == StepState::Waiting ||
            step.state == StepState::Failed) {
            step.state = StepState::Failed;
            step.endedAt = QDateTime::currentDateTimeUtc();
            say(tr("aborted: %1", "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message").arg(m_abortReason));
            Q_EMIT stepChanged(m_current);
            recordStep(step, QStringLiteral("aborted: ") + m_abortReason);
            save();
        }
    }
    const bool mayBeOn =
        m_modeOn || m_flagSeenOn || (m_current >= 0 && m_steps.at(m_current).key == MaintenanceSteps::kEnable);
    whenOrchestratorIdle([this, mayBeOn] {
        m_backup->discard();
        if (mayBeOn && m_mode == Mode::Scheduled) {
            say(tr("restoring normal mode", "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message"));
            runFlag(false, After::Abort);
        } else {
            finishRun(false, m_abortReason);
        }
    });
}

void MaintenanceRun::finishRun(bool completed, const QString& reason)
{
    m_drain->stop();
    m_health->stop();
    disconnectOrchestrator();
    m_window.status = completed ? MaintenanceWindow::Status::Completed : MaintenanceWindow::Status::Aborted;
    m_window.updatedBy = AuditEntry::currentOsUser();
    if (m_store)
        m_store->saveWindow(m_window);
    if (!m_file.path().isEmpty() && !m_runId.isNull()) {
        // The phase: an ended run is never offered for resuming.
        MaintenanceRunState ended = savedState();
        ended.phase = completed ? QStringLiteral("completed") : QStringLiteral("aborted");
        QString error;
        if (!m_file.save(ended, &error))
            qCWarning(lcOrchestrator) << "maintenance run not saved:" << error;
    }
    audit(AuditAction::MaintenanceEnd, m_window.title,
          completed ? tr("completed", "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message") : tr("aborted: %1", "maintenance: maintenancerun: error or status fragment, shown after “…: ” in a longer message").arg(reason));
    // The run is over only once the operator lock is given back: another console may act from then on.
    const auto done = [this, completed] {
        setRunState(completed ? RunState::Completed : RunState::Aborted);
        Q_EMIT finished(completed);
    };
    if (m_lock && (m_lock->isHeld() || m_lock->isBusy())) {
        auto connections = std::make_shared<QList<QMetaObject::Connection>>();
        const auto once = [this, done, connections] {
            for (const auto& c : std::as_const(*connections))
                disconnect(c);
            done();
        };
        *connections << connect(m_lock, &OperatorLock::released, this, once)
                     << connect(m_lock, &OperatorLock::failed, this, once);
        release();
        return;
    }
    done();
}

void MaintenanceRun::release()
{
    if (m_lock && (m_lock->isHeld() || m_lock->isBusy()))
        m_lock->release();
}

void MaintenanceRun::audit(AuditAction action, const QString& target, const QString& reason,
                           const QList<QStringList>& commands, int exitCode, bool override,
                           const QByteArray& output)
{
    if (!m_audit)
        return;
    AuditEntry entry = entryFor(action, target, reason);
    OrchestratorResult r;
    r.commands = commands;
    entry.argv = r.auditArgv();
    if (exitCode >= 0)
        entry.setExitCode(exitCode);
    if (!output.isEmpty())
        entry.outputDigest = AuditEntry::digestOf(output);
    entry.override = override;
    const QUuid id = entry.id;
    auto* context = new QObject(this);
    connect(m_audit, &AuditStore::appended, context, [context, id](const QUuid& appended, bool) {
        if (appended == id)
            context->deleteLater();
    });
    connect(m_audit, &AuditStore::appendFailed, context,
            [this, context, id](const QUuid& failed, const QString& why) {
                if (failed != id)
                    return;
                context->deleteLater();
                Q_EMIT auditFailed(why);
            });
    m_audit->append(entry);
}

AuditEntry MaintenanceRun::entryFor(AuditAction action, const QString& target, const QString& reason) const
{
    AuditEntry entry = AuditEntry::create(m_profile.name, action, target, reason);
    entry.metricsAfter =
        QJsonObject{{QStringLiteral("maintenance"),
                     QJsonObject{{QStringLiteral("window"), m_window.id.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("run"), m_runId.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("kind"), MaintenanceWindow::kindKey(m_window.kind)},
                                 {QStringLiteral("backup"), m_backupPath}}}};
    return entry;
}

MaintenanceRunState MaintenanceRun::savedState() const
{
    MaintenanceRunState s;
    s.runId = m_runId.toString(QUuid::WithoutBraces);
    s.profile = m_profile.name;
    s.emergency = m_mode == Mode::Emergency;
    s.phase = m_runState == RunState::Completed ? QStringLiteral("completed")
              : m_runState == RunState::Aborted ? QStringLiteral("aborted")
                                                : QStringLiteral("running");
    s.window = m_window;
    s.startReason = m_startReason;
    s.startOverride = m_startOverride;
    s.modeOn = m_modeOn;
    s.backupPath = m_backupPath;
    s.startedAt = m_startedAt;
    s.current = std::max(0, m_current);
    for (const Step& step : m_steps)
        s.steps.append({step.key, MaintenanceSteps::stateKey(step.state), step.startedAt, step.endedAt, step.output.value(step.output.size() - 1)});
    return s;
}

void MaintenanceRun::save()
{
    if (m_file.path().isEmpty() || m_runId.isNull())
        return;
    QString error;
    if (!m_file.save(savedState(), &error))
        qCWarning(lcOrchestrator) << "maintenance run not saved:" << error;
}

void MaintenanceRun::resume(const MaintenanceRunState& saved, Interrupted interrupted, const QString& abortReason)
{
    if (isActive()) {
        Q_EMIT refused(tr("a maintenance run is already in progress"));
        return;
    }
    if (!m_orchestrator || !m_lock || !m_audit) {
        Q_EMIT refused(tr("the console is not connected to this stack"));
        return;
    }
    const QStringList keys = stepKeys(saved.emergency ? Mode::Emergency : Mode::Scheduled);
    QStringList savedKeys;
    for (const MaintenanceRunState::Step& step : saved.steps)
        savedKeys << step.key;
    if (savedKeys != keys || saved.isEnded()) {
        Q_EMIT refused(tr("the saved maintenance run does not match this console's steps"));
        return;
    }
    m_mode = saved.emergency ? Mode::Emergency : Mode::Scheduled;
    m_window = saved.window;
    m_runId = QUuid::fromString(saved.runId);
    m_startReason = saved.startReason;
    m_startOverride = saved.startOverride;
    m_startedAt = saved.startedAt;
    m_modeOn = saved.modeOn;
    m_backupPath = saved.backupPath;
    m_abortReason.clear();
    m_steps.clear();
    for (const MaintenanceRunState::Step& step : saved.steps)
        m_steps.append(Step{step.key, MaintenanceSteps::stateFromKey(step.state),
                            step.note.isEmpty() ? QStringList() : QStringList{step.note}, -1, step.startedAt,
                            step.endedAt});
    m_current = saved.current;
    for (int i = 0; i < m_steps.size(); ++i)
        Q_EMIT stepChanged(i);
    m_resuming = true;
    m_resumeInterrupted = interrupted;
    m_resumeAbortReason = abortReason.trimmed();
    setRunState(RunState::Locking);
    acquireLock(QStringLiteral("maintenance ") + m_window.title + QStringLiteral(" (resumed)"));
}

void MaintenanceRun::onResumed()
{
    m_resuming = false;
    setRunState(RunState::Running);
    Step& step = m_steps[m_current];
    const bool interruptedCommand = step.state == StepState::Running && MaintenanceSteps::changesStack(step.key);
    audit(AuditAction::MaintenanceStep, QStringLiteral("resume"),
          m_resumeAbortReason.isEmpty()
              ? QStringLiteral("resumed after the console stopped at \"%1\" (%2)%3")
                    .arg(step.key, MaintenanceSteps::stateKey(step.state),
                         interruptedCommand ? (m_resumeInterrupted == Interrupted::Repeat ? QStringLiteral(": run again")
                                                                                         : QStringLiteral(": taken as done"))
                                            : QString())
              : QStringLiteral("aborted after the console stopped at \"%1\": %2").arg(step.key, m_resumeAbortReason));
    if (!m_resumeAbortReason.isEmpty()) {
        abort(m_resumeAbortReason);
        return;
    }
    // A backup cut off half way left its hidden part file: never mistaken for a backup, removed.
    if (step.key == MaintenanceSteps::kBackup && step.state == StepState::Running && !m_backupPath.isEmpty())
        MaintenanceBackup::removeLeftover(m_backupPath);
    switch (step.state) {
    case StepState::Done:
    case StepState::Skipped:
        save();
        advance(); // it ended; the next one had not started
        return;
    case StepState::Waiting:
        setStepState(StepState::Waiting); // the operator's confirmation, as before
        return;
    case StepState::Failed:
        Q_EMIT stepChanged(m_current); // retry or abort, as before
        save();
        return;
    case StepState::Running:
        if (interruptedCommand && m_resumeInterrupted == Interrupted::TreatAsDone) {
            if (MaintenanceSteps::isFlag(step.key))
                m_modeOn = step.key == MaintenanceSteps::kEnable;
            setStepState(StepState::Done, tr("interrupted by a crash; the operator confirmed it had finished"));
            advance();
            return;
        }
        runCurrent();
        return;
    case StepState::Pending:
        runCurrent();
        return;
    }
}

void MaintenanceRun::recordStep(const Step& step, const QString& detail)
{
    if (!m_store)
        return;
    MaintenanceStepRecord r;
    r.id = QUuid::createUuid();
    r.windowId = m_window.id;
    r.runId = m_runId;
    r.step = step.key;
    r.state = MaintenanceSteps::stateKey(step.state);
    r.detail = detail;
    r.by = AuditEntry::currentOsUser();
    r.at = QDateTime::currentDateTimeUtc();
    m_store->recordStep(r);
}

} // namespace Ops
