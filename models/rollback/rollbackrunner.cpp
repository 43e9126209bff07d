#include "models/rollback/rollbackrunner.h"

#include "models/core/logging.h"
#include "models/audit/auditstore.h"
#include "models/audit/writeahead.h"
#include "models/store/operatorlock.h"
#include "models/stack/orchestrator.h"
#include "models/rollback/backupcatalog.h"

#include <QFutureWatcher>

#include <memory>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace Ops {

namespace {
// The orchestrator labels a step's commands with the audit key of its row.
const QString kStepAction = AuditActions::key(AuditAction::RollbackStep);
}

RollbackRunner::RollbackRunner(Orchestrator* orchestrator, OperatorLock* lock, AuditStore* audit,
                               QObject* parent)
    : QObject(parent), m_orchestrator(orchestrator), m_lock(lock), m_audit(audit),
      m_writeAhead(new WriteAhead(audit, this))
{
    qRegisterMetaType<Ops::RollbackRunState>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RollbackRunner::runAttempt);
    m_auditDeadline.setSingleShot(true);
    connect(&m_auditDeadline, &QTimer::timeout, this, &RollbackRunner::releaseAndFinish);
}

void RollbackRunner::setDatabaseWait(int timeoutMs, int intervalMs)
{
    m_waitTimeoutMs = timeoutMs;
    m_waitIntervalMs = intervalMs;
}

void RollbackRunner::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void RollbackRunner::disconnectAll()
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
}

void RollbackRunner::refuse(const QString& reason)
{
    disconnectAll();
    for (const auto& c : std::as_const(m_lockConnections))
        disconnect(c);
    m_lockConnections.clear();
    setStage(Stage::Idle);
    Q_EMIT refused(reason);
}

void RollbackRunner::start(const RollbackRunState& state)
{
    if (isActive()) {
        Q_EMIT refused(tr("a rollback is already running"));
        return;
    }
    m_state = state;
    begin(true);
}

void RollbackRunner::resume(const RollbackRunState& state, Interrupted interrupted)
{
    if (isActive()) {
        Q_EMIT refused(tr("a rollback is already running"));
        return;
    }
    m_state = state;
    const int next = m_state.nextStep();
    if (next < m_state.steps.size()) {
        RollbackRunState::Step& step = m_state.steps[next];
        if (step.state == RollbackRunState::StepState::Running && interrupted == Interrupted::TreatAsDone &&
            m_state.interruptedDestructive()) {
            step.state = RollbackRunState::StepState::Done;
            step.note = tr("interrupted by a crash; the operator confirmed it had finished");
        } else if (step.state != RollbackRunState::StepState::Pending) {
            step.state = RollbackRunState::StepState::Pending;
        }
    }
    m_state.phase = RollbackRunState::Phase::Running;
    begin(false);
}

void RollbackRunner::begin(bool fresh)
{
    if (!m_orchestrator || !m_lock) {
        Q_EMIT refused(tr("the console is not connected to this stack"));
        return;
    }
    if (const QString no = m_gate ? m_gate() : QString(); !no.isEmpty()) {
        Q_EMIT refused(no);
        return;
    }
    QString error;
    m_steps = RollbackPlan::build(m_state.request, *m_orchestrator, &error);
    if (m_steps.isEmpty()) {
        Q_EMIT refused(error);
        return;
    }
    if (m_steps.size() != m_state.steps.size()) {
        Q_EMIT refused(tr("the saved rollback does not match its plan any more"));
        return;
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).kind != m_state.steps.at(i).kind) {
            Q_EMIT refused(tr("the saved rollback does not match its plan any more"));
            return;
        }
    }
    if (m_state.request.path == RollbackPath::Full) {
        // Checked again right before the run: the file may have changed since the wizard looked at it.
        // Its whole content is read (psql meta-commands): gigabytes on a worker thread, never the GUI's.
        setStage(Stage::CheckingBackup);
        const QString folder = m_profile.backupsDirectory;
        const QString file = m_state.request.backupFile;
        auto* watcher = new QFutureWatcher<BackupCheck>(this);
        connect(watcher, &QFutureWatcher<BackupCheck>::finished, this, [this, watcher, fresh] {
            watcher->deleteLater();
            if (m_stage != Stage::CheckingBackup)
                return;
            const BackupCheck check = watcher->result();
            if (!check.ok) {
                setStage(Stage::Idle);
                Q_EMIT refused(check.reason);
                return;
            }
            lockAndRun(fresh);
        });
        watcher->setFuture(QtConcurrent::run([folder, file] {
            return BackupCatalog::check(folder, file, BackupCatalog::kDefaultMaxBytes, BackupCatalog::Content::Read);
        }));
        return;
    }
    lockAndRun(fresh);
}

void RollbackRunner::lockAndRun(bool fresh)
{
    m_abortRequested = false;
    m_current = -1;
    if (fresh)
        save();
    setStage(Stage::Locking);
    m_lockConnections << connect(m_lock, &OperatorLock::acquired, this, &RollbackRunner::onLocked)
                      << connect(m_lock, &OperatorLock::refused, this,
                                 [this](const LockHolder&, const QString& reason) {
                                     if (m_stage == Stage::Locking)
                                         refuse(reason);
                                 })
                      << connect(m_lock, &OperatorLock::failed, this, [this](const QString& reason) {
                             if (m_stage == Stage::Locking)
                                 refuse(reason);
                             else if (m_stage == Stage::Finishing)
                                 releaseAndFinish();
                         });
    m_lock->acquire(m_profile.name, tr("rollback to %1", "rollback: rollbackrunner: error or status fragment, shown after “…: ” in a longer message").arg(m_state.request.version));
}

void RollbackRunner::onLocked()
{
    if (m_stage != Stage::Locking)
        return;
    setStage(Stage::Running);
    m_connections << connect(m_orchestrator, &Orchestrator::finished, this, &RollbackRunner::onResult)
                  << connect(m_orchestrator, &Orchestrator::refused, this,
                             [this](const QString& reason) {
                                 if (m_stage != Stage::Running || m_current < 0)
                                     return;
                                 OrchestratorResult r;
                                 r.error = reason;
                                 completeStep(false, reason, r);
                             })
                  << connect(m_orchestrator, &Orchestrator::outputLine, this,
                             [this](const QByteArray& line) {
                                 if (m_current >= 0)
                                     Q_EMIT stepOutput(m_current, line);
                             })
                  << connect(m_orchestrator, &Orchestrator::inputProgress, this,
                             [this](qint64 written, qint64 total) {
                                 if (m_current >= 0)
                                     Q_EMIT stepProgress(m_current, written, total);
                             });
    runNext();
}

void RollbackRunner::save()
{
    QString error;
    if (!m_file.path().isEmpty() && !m_file.save(m_state, &error))
        qCWarning(lcOrchestrator) << "rollback state not saved:" << error;
    Q_EMIT stateChanged(m_state);
}

void RollbackRunner::runNext()
{
    if (m_abortRequested) {
        end(RollbackRunState::Phase::Aborted);
        return;
    }
    const int next = m_state.nextStep();
    if (next >= m_state.steps.size()) {
        end(RollbackRunState::Phase::Done);
        return;
    }
    if (!m_lock) {
        runStep(next);
        return;
    }
    // Before every step: a lock lost meanwhile (PostgreSQL restarted, the connection dropped) means
    // another console may be acting on the stack. The run stops before the step, resumable, and says why.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_lock, &OperatorLock::confirmed, this, [this, next, once](bool held, const QString& reason) {
        disconnect(*once);
        if (m_stage != Stage::Running)
            return;
        if (held) {
            runStep(next);
            return;
        }
        m_state.steps[next].note = tr("not started: %1").arg(reason);
        Q_EMIT lockLost(reason);
        end(RollbackRunState::Phase::Failed);
    });
    m_lockConnections << *once;
    m_lock->confirm();
}

void RollbackRunner::runStep(int index)
{
    m_current = index;
    RollbackRunState::Step& step = m_state.steps[index];
    step.state = RollbackRunState::StepState::Running;
    step.startedAt = QDateTime::currentDateTimeUtc();
    step.durationMs = -1;
    step.exitCode = -1;
    step.note.clear();
    m_state.phase = RollbackRunState::Phase::Running;
    // Saved before the command starts: a crash from here on finds the step "running" and asks.
    save();
    setStage(Stage::Running);
    m_stepTimer.start();
    m_stepOutput.clear();
    Q_EMIT stepStarted(index);
    if (!m_audit) {
        runAttempt();
        return;
    }
    // The step's intent is in the audit trail (or its journal) before its first command starts.
    const RollbackStep& planned = m_steps.at(index);
    AuditEntry intent = AuditEntry::create(m_profile.name, AuditAction::RollbackStep,
                                           RollbackStep::key(step.kind), m_state.reason);
    intent.argv = WriteAhead::argvOf(planned.commands);
    intent.override = m_state.chosenWithoutAdvice();
    intent.metricsAfter = QJsonObject{{QStringLiteral("run"), m_state.id},
                                      {QStringLiteral("step"), index + 1},
                                      {QStringLiteral("of"), int(m_state.steps.size())},
                                      {QStringLiteral("version"), m_state.request.version}};
    m_writeAhead->begin(
        intent,
        [this, index] {
            if (m_stage == Stage::Running && m_current == index)
                runAttempt();
        },
        [this, index](const QString& reason) {
            if (m_stage != Stage::Running || m_current != index)
                return;
            OrchestratorResult r;
            r.error = reason;
            completeStep(false, reason, r);
        });
}

void RollbackRunner::runAttempt()
{
    if (m_current < 0 || !m_orchestrator)
        return;
    const RollbackStep& step = m_steps.at(m_current);
    m_orchestrator->runCommands(kStepAction, step.names, step.commands);
}

void RollbackRunner::onResult(const OrchestratorResult& result)
{
    if (m_stage != Stage::Running || m_current < 0 || result.action != kStepAction)
        return;
    const RollbackStep& step = m_steps.at(m_current);
    if (step.kind == RollbackStep::Kind::WaitDatabase && !result.ok) {
        // Not ready yet: ask again until the deadline — a readiness check, not a fixed sleep.
        if (m_stepTimer.elapsed() + m_waitIntervalMs < m_waitTimeoutMs && !m_abortRequested) {
            m_retryTimer.start(m_waitIntervalMs);
            return;
        }
        completeStep(false,
                     tr("PostgreSQL did not accept connections within %1 s: %2")
                         .arg(m_waitTimeoutMs / 1000)
                         .arg(result.error),
                     result);
        return;
    }
    if (!result.ok) {
        completeStep(false, result.error, result);
        return;
    }
    if (step.kind == RollbackStep::Kind::CheckTables) {
        // The backup may be gigabytes: its CREATE TABLE lines are read off the GUI thread.
        auto* watcher = new QFutureWatcher<QSet<QString>>(this);
        const int index = m_current;
        connect(watcher, &QFutureWatcher<QSet<QString>>::finished, this, [this, watcher, result, index] {
            watcher->deleteLater();
            if (m_stage == Stage::Running && m_current == index)
                checkTables(result, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(&RollbackPlan::tablesInDump, m_state.request.backupFile));
        return;
    }
    completeStep(true, QString(), result);
}

void RollbackRunner::checkTables(const OrchestratorResult& result, const QSet<QString>& expected)
{
    QSet<QString> present;
    for (const QByteArray& line : result.output.split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (!name.isEmpty())
            present.insert(name);
    }
    QStringList missing;
    for (const QString& table : expected) {
        if (!present.contains(table))
            missing << table;
    }
    missing.sort();
    if (!missing.isEmpty()) {
        completeStep(
            false,
            tr("tables of the backup missing after the restore: %1").arg(missing.join(QStringLiteral(", "))),
            result);
        return;
    }
    if (present.isEmpty()) {
        completeStep(false, tr("the database has no tables after the restore"), result);
        return;
    }
    completeStep(true,
                 tr("%n table(s) present, all %1 of the backup among them", nullptr, int(present.size()))
                     .arg(expected.size()),
                 result);
}

void RollbackRunner::completeStep(bool ok, const QString& note, const OrchestratorResult& result)
{
    m_retryTimer.stop();
    const int index = m_current;
    RollbackRunState::Step& step = m_state.steps[index];
    step.durationMs = m_stepTimer.isValid() ? m_stepTimer.elapsed() : -1;
    step.exitCode = result.exitCode;
    step.note = note;
    step.state = ok ? RollbackRunState::StepState::Done : RollbackRunState::StepState::Failed;
    if (!ok)
        m_state.phase = RollbackRunState::Phase::Failed;
    save();
    auditStep(index, result);
    Q_EMIT stepFinished(index, ok);
    if (ok) {
        runNext();
        return;
    }
    if (m_abortRequested) {
        end(RollbackRunState::Phase::Aborted);
        return;
    }
    setStage(Stage::WaitingForDecision);
    Q_EMIT stepFailed(index, note);
}

void RollbackRunner::auditStep(int index, const OrchestratorResult& result)
{
    if (!m_audit)
        return;
    const RollbackRunState::Step& step = m_state.steps.at(index);
    if (m_writeAhead->isOpen()) {
        // The outcome of the intent written before the step's commands started.
        m_writeAhead->complete(result,
                               QJsonObject{{QStringLiteral("state"), RollbackRunState::stepStateKey(step.state)},
                                           {QStringLiteral("durationMs"), step.durationMs},
                                           {QStringLiteral("note"), step.note}});
        return;
    }
    // A decision without a command (a skipped step): a row of its own.
    AuditEntry entry =
        AuditEntry::create(m_profile.name, AuditAction::RollbackStep, RollbackStep::key(step.kind),
                           step.state == RollbackRunState::StepState::Skipped ? step.note : m_state.reason);
    entry.argv = result.auditArgv();
    if (result.exitCode >= 0 && !result.timedOut && !result.cancelled)
        entry.setExitCode(result.exitCode);
    entry.outputDigest = result.outputDigest();
    entry.override = m_state.chosenWithoutAdvice();
    entry.metricsAfter = QJsonObject{{QStringLiteral("run"), m_state.id},
                                     {QStringLiteral("step"), index + 1},
                                     {QStringLiteral("of"), int(m_state.steps.size())},
                                     {QStringLiteral("state"), RollbackRunState::stepStateKey(step.state)},
                                     {QStringLiteral("durationMs"), step.durationMs},
                                     {QStringLiteral("note"), step.note},
                                     {QStringLiteral("version"), m_state.request.version}};
    m_audit->append(entry);
}

void RollbackRunner::retry()
{
    if (m_stage != Stage::WaitingForDecision)
        return;
    setStage(Stage::Running);
    runStep(m_current);
}

void RollbackRunner::skip(const QString& reason)
{
    if (m_stage != Stage::WaitingForDecision || reason.trimmed().isEmpty())
        return;
    RollbackRunState::Step& step = m_state.steps[m_current];
    step.state = RollbackRunState::StepState::Skipped;
    step.note = tr("skipped: %1", "rollback: rollbackrunner: error or status fragment, shown after “…: ” in a longer message").arg(reason.trimmed());
    m_state.phase = RollbackRunState::Phase::Running;
    save();
    auditStep(m_current, OrchestratorResult());
    setStage(Stage::Running);
    runNext();
}

void RollbackRunner::abort()
{
    if (m_stage == Stage::WaitingForDecision) {
        end(RollbackRunState::Phase::Aborted);
        return;
    }
    if (m_stage == Stage::Running)
        m_abortRequested = true; // between steps: the running one is not cut off half-way
}

void RollbackRunner::end(RollbackRunState::Phase phase)
{
    disconnectAll();
    m_retryTimer.stop();
    m_current = -1;
    m_state.phase = phase;
    m_state.finishedAt = QDateTime::currentDateTimeUtc();
    save();
    setStage(Stage::Finishing);
    if (!m_audit) {
        releaseAndFinish();
        return;
    }
    AuditEntry entry = AuditEntry::create(m_profile.name, AuditAction::Rollback, m_state.request.version,
                                          m_state.reason);
    QJsonArray steps;
    for (const RollbackRunState::Step& s : std::as_const(m_state.steps))
        steps.append(QJsonObject{{QStringLiteral("step"), RollbackStep::key(s.kind)},
                                 {QStringLiteral("state"), RollbackRunState::stepStateKey(s.state)},
                                 {QStringLiteral("durationMs"), s.durationMs}});
    entry.metricsBefore =
        QJsonObject{{QStringLiteral("version"), m_state.fromVersion},
                    {QStringLiteral("recommended"), m_state.recommendationKey()}};
    if (!m_state.decided)
        entry.metricsBefore.insert(QStringLiteral("missing"), QJsonArray::fromStringList(m_state.missing));
    entry.metricsAfter =
        QJsonObject{{QStringLiteral("run"), m_state.id},
                    {QStringLiteral("path"), RollbackDecisionTree::pathKey(m_state.request.path)},
                    {QStringLiteral("version"), m_state.request.version},
                    {QStringLiteral("phase"), RollbackRunState::phaseKey(phase)},
                    {QStringLiteral("backup"), m_state.request.backupFile},
                    {QStringLiteral("steps"), steps}};
    entry.override = m_state.chosenWithoutAdvice();
    m_finalAuditId = entry.id;
    m_connections << connect(m_audit, &AuditStore::appended, this, [this](const QUuid& id, bool) {
        if (id == m_finalAuditId)
            releaseAndFinish();
    }) << connect(m_audit, &AuditStore::appendFailed, this, [this](const QUuid& id, const QString&) {
        if (id == m_finalAuditId)
            releaseAndFinish();
    });
    m_auditDeadline.start(15000);
    m_audit->append(entry);
}

void RollbackRunner::releaseAndFinish()
{
    if (m_stage != Stage::Finishing)
        return;
    m_auditDeadline.stop();
    disconnectAll();
    if (m_lock && m_lock->isHeld() && !m_releasing) {
        m_releasing = true;
        // Finished once the lock is back (or could not be given back: it ends with its connection).
        m_lockConnections << connect(m_lock, &OperatorLock::released, this,
                                     &RollbackRunner::releaseAndFinish);
        m_lock->release();
        return;
    }
    for (const auto& c : std::as_const(m_lockConnections))
        disconnect(c);
    m_lockConnections.clear();
    m_releasing = false;
    setStage(Stage::Idle);
    qCInfo(lcOrchestrator) << "rollback" << m_state.id << RollbackRunState::phaseKey(m_state.phase);
    Q_EMIT finished(m_state);
}

} // namespace Ops
