#pragma once

#include "models/audit/auditentry.h"
#include "models/scaling/gradualdownscalestate.h"
#include "models/stack/orchestratorcommand.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace Ops {

class ScaleOperation;

/// The runbook's Gradual Downscale as a plan: one replica at a time (app 5 -> 4 -> 3 -> 2), waiting
/// between steps (5 minutes by default) and checking the metrics before each step; it can be paused,
/// resumed and aborted. Each step is a guarded ScaleOperation (policy, lock, intent, command, outcome).
/// The plan is saved before and after every step (setStateFile): a console killed in the middle offers
/// to resume it (resumeSaved), and a step whose scale ran is never run again.
class GradualDownscale final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GradualDownscale)

public:
    /// What to do with a step whose scale was running when the console died.
    enum class Interrupted
    {
        Repeat,      ///< scale to its target again (refused as "no change" when it is there already)
        TreatAsDone, ///< the operator confirmed it had happened
    };
    Q_ENUM(Interrupted)

    enum class State
    {
        Idle,
        Scaling,
        Waiting,
        Paused,
        Done,
        Aborted,
        Failed
    };
    Q_ENUM(State)

    /// Returns why the metrics do not allow the next step (translated), or an empty string.
    using MetricsCheck = std::function<QString(const QJsonObject& metrics)>;
    using MetricsSource = std::function<QJsonObject()>;
    /// Replicas running now (-1 unknown).
    using ReplicaSource = std::function<int(const QString& service)>;

    /// `operation` is not owned and must outlive the plan.
    GradualDownscale(ScaleOperation* operation, QObject* parent = nullptr);
    /// The scale operation each step runs (its policy is the profile's).
    ScaleOperation* operation() const;

    void setIntervalSeconds(int seconds) { m_intervalS = seconds; }
    int intervalSeconds() const { return m_intervalS; }
    void setMetricsSource(MetricsSource source) { m_metrics = std::move(source); }
    void setMetricsCheck(MetricsCheck check) { m_check = std::move(check); }
    void setReplicaSource(ReplicaSource source) { m_replicas = std::move(source); }
    /// The last change of a service for the cool-down (from the audit trail).
    void setLastChangeSource(std::function<QDateTime(const QString&)> source)
    {
        m_lastChange = std::move(source);
    }

    /// The steps from `from` down to `to`, one replica each: {4, 3, 2} for 5 -> 2.
    static QList<int> stepsFor(int from, int to);

    /// Where the plan is saved after every step; none (the default): not saved.
    void setStateFile(const GradualDownscaleStateFile& file) { m_file = file; }
    void setProfileName(const QString& name) { m_profile = name; }

    void start(const QString& service, int from, int to, const QString& reason);
    /// Continues a saved plan: done steps never run again; an interrupted one runs again only with
    /// Interrupted::Repeat. The next step waits for what is left of the interval since the last one.
    void resumeSaved(const GradualDownscaleState& saved, Interrupted interrupted);
    const GradualDownscaleState& savedState() const { return m_saved; }
    void pause();
    void resume();
    void abort();
    State state() const { return m_state; }
    QString service() const { return m_service; }
    QList<int> steps() const { return m_steps; }
    int nextStep() const { return m_next; }
    int secondsToNext() const;

    /// The default check: stop when the 5xx rate is above 5 % or p95 above 2 s (the runbook's alerts).
    static QString defaultCheck(const QJsonObject& metrics);

Q_SIGNALS:
    void stateChanged(Ops::GradualDownscale::State state);
    void stepStarted(int index, int target);
    void stepFinished(int index, int target, bool ok);
    /// Once a second while waiting.
    void waiting(int secondsLeft);
    /// The plan paused itself before a step because the operation's gate said no (production arming
    /// expired); resume() after arming again. reason is translated.
    void held(const QString& reason);
    /// The plan ended (Done, Aborted or Failed); message is translated.
    void finished(Ops::GradualDownscale::State state, const QString& message);

private:
    void setState(State state);
    void runStep();
    void end(State state, const QString& message);
    void connectOperation();
    void save();
    void waitFor(int ms);

    QPointer<ScaleOperation> m_operation;
    int m_intervalS = 300;
    MetricsSource m_metrics;
    MetricsCheck m_check = &GradualDownscale::defaultCheck;
    ReplicaSource m_replicas;
    std::function<QDateTime(const QString&)> m_lastChange;

    GradualDownscaleStateFile m_file;
    QString m_profile;
    GradualDownscaleState m_saved;
    bool m_recheckInterrupted = false; ///< the next step was interrupted and is to run again
    State m_state = State::Idle;
    QString m_service;
    QString m_reason;
    QList<int> m_steps;
    int m_next = 0;
    QTimer m_wait;
    QTimer m_tick;
    int m_remainingMs = 0; ///< while paused in a wait
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Ops
