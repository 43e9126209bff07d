#include "models/scaling/gradualdownscale.h"

#include "models/scaling/scaleoperation.h"

namespace Ops {

ScaleOperation* GradualDownscale::operation() const
{
    return m_operation;
}

GradualDownscale::GradualDownscale(ScaleOperation* operation, QObject* parent)
    : QObject(parent), m_operation(operation)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &GradualDownscale::runStep);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT waiting(secondsToNext()); });
}

QList<int> GradualDownscale::stepsFor(int from, int to)
{
    QList<int> steps;
    for (int n = from - 1; n >= to && n >= 0; --n)
        steps << n;
    return steps;
}

QString GradualDownscale::defaultCheck(const QJsonObject& metrics)
{
    const double errors = metrics.value(QStringLiteral("error_pct")).toDouble(0);
    if (errors > 5)
        return QCoreApplication::translate(
                   "Ops::GradualDownscale",
                   "The 5xx error rate is %1 % (above 5 %): the metrics are not stable.")
            .arg(errors, 0, 'f', 1);
    const double p95 = metrics.value(QStringLiteral("p95_ms")).toDouble(0);
    if (p95 > 2000)
        return QCoreApplication::translate(
                   "Ops::GradualDownscale",
                   "Response time p95 is %1 ms (above 2 s): the metrics are not stable.")
            .arg(p95, 0, 'f', 0);
    return QString();
}

int GradualDownscale::secondsToNext() const
{
    if (m_state == State::Paused)
        return (m_remainingMs + 999) / 1000;
    return m_wait.isActive() ? (m_wait.remainingTime() + 999) / 1000 : 0;
}

void GradualDownscale::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void GradualDownscale::save()
{
    if (!m_file.path().isEmpty())
        m_file.save(m_saved);
}

void GradualDownscale::connectOperation()
{
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_connections << connect(m_operation, &ScaleOperation::refused, this, [this](const QString& why) {
        if (m_state != State::Scaling)
            return;
        // Nothing ran: the step stays to do (a resume would try it again).
        m_saved.steps[m_next].state = GradualDownscaleState::StepState::Pending;
        m_saved.steps[m_next].note = why;
        Q_EMIT stepFinished(m_next, m_steps.value(m_next), false);
        end(State::Failed, why);
    });
    m_connections << connect(
        m_operation, &ScaleOperation::finished, this,
        [this](const OrchestratorResult& result, const AuditEntry&, bool, const QString&) {
            if (m_state != State::Scaling && m_state != State::Paused)
                return;
            const int index = m_next;
            GradualDownscaleState::Step& step = m_saved.steps[index];
            step.state = result.ok ? GradualDownscaleState::StepState::Done : GradualDownscaleState::StepState::Failed;
            step.endedAt = QDateTime::currentDateTimeUtc();
            step.note = result.error;
            save();
            Q_EMIT stepFinished(index, m_steps.value(index), result.ok);
            if (!result.ok) {
                end(State::Failed, result.error);
                return;
            }
            ++m_next;
            if (m_next >= m_steps.size()) {
                end(State::Done, QCoreApplication::translate("Ops::GradualDownscale", "%1 is down to %2.")
                                     .arg(m_service)
                                     .arg(m_steps.last()));
                return;
            }
            if (m_state == State::Paused) {
                m_remainingMs = m_intervalS * 1000;
                return;
            }
            waitFor(m_intervalS * 1000);
        });
}

void GradualDownscale::waitFor(int ms)
{
    setState(State::Waiting);
    m_wait.start(std::max(0, ms));
    m_tick.start();
    Q_EMIT waiting(secondsToNext());
}

void GradualDownscale::start(const QString& service, int from, int to, const QString& reason)
{
    if (m_state == State::Scaling || m_state == State::Waiting || m_state == State::Paused || !m_operation)
        return;
    m_service = service;
    m_reason = reason;
    m_steps = stepsFor(from, to);
    m_next = 0;
    m_saved = GradualDownscaleState::create(m_profile, service, from, to, reason, m_intervalS);
    connectOperation();
    if (m_steps.isEmpty()) {
        end(State::Done, QCoreApplication::translate("Ops::GradualDownscale", "Nothing to do.", "scaling: gradualdownscale"));
        return;
    }
    save();
    runStep();
}

void GradualDownscale::resumeSaved(const GradualDownscaleState& saved, Interrupted interrupted)
{
    if (m_state == State::Scaling || m_state == State::Waiting || m_state == State::Paused || !m_operation)
        return;
    m_saved = saved;
    m_saved.phase = GradualDownscaleState::Phase::Running;
    m_service = saved.service;
    m_reason = saved.reason;
    m_intervalS = saved.intervalSeconds;
    m_steps.clear();
    for (const GradualDownscaleState::Step& step : std::as_const(m_saved.steps))
        m_steps << step.target;
    connectOperation();
    m_next = m_saved.nextStep();
    if (m_next < m_saved.steps.size()) {
        GradualDownscaleState::Step& step = m_saved.steps[m_next];
        if (step.state == GradualDownscaleState::StepState::Running && interrupted == Interrupted::TreatAsDone) {
            step.state = GradualDownscaleState::StepState::Done;
            step.endedAt = QDateTime::currentDateTimeUtc();
            step.note = QCoreApplication::translate("Ops::GradualDownscale",
                                                    "interrupted by a crash; the operator confirmed it had happened");
            Q_EMIT stepFinished(m_next, step.target, true);
            m_next = m_saved.nextStep();
        } else {
            m_recheckInterrupted = step.state == GradualDownscaleState::StepState::Running;
            step.state = GradualDownscaleState::StepState::Pending;
        }
    }
    save();
    if (m_next >= m_steps.size()) {
        end(State::Done, QCoreApplication::translate("Ops::GradualDownscale", "%1 is down to %2.")
                             .arg(m_service)
                             .arg(m_steps.isEmpty() ? saved.from : m_steps.last()));
        return;
    }
    // The runbook's wait between two steps holds across the crash: what is left of it, no more.
    const QDateTime last = m_saved.lastStepEndedAt();
    const qint64 sinceMs = last.isValid() ? last.msecsTo(QDateTime::currentDateTimeUtc()) : -1;
    if (sinceMs < 0 || sinceMs >= qint64(m_intervalS) * 1000) {
        runStep();
        return;
    }
    waitFor(int(qint64(m_intervalS) * 1000 - sinceMs));
}

void GradualDownscale::runStep()
{
    m_tick.stop();
    if (m_state == State::Paused || m_state == State::Aborted)
        return;
    // Arming may expire between steps: the plan waits for the operator instead of failing half-way.
    if (const QString no = m_operation ? m_operation->gateRefusal() : QString(); !no.isEmpty()) {
        m_remainingMs = 0;
        setState(State::Paused);
        Q_EMIT held(no);
        return;
    }
    const QJsonObject metrics = m_metrics ? m_metrics() : QJsonObject();
    if (m_check) {
        const QString why = m_check(metrics);
        if (!why.isEmpty()) {
            end(State::Failed, why);
            return;
        }
    }
    const int target = m_steps.at(m_next);
    ScaleRequest r;
    r.service = m_service;
    r.current = m_replicas ? m_replicas(m_service) : target + 1;
    r.target = target;
    r.reason = m_reason;
    r.lastChange = m_lastChange ? m_lastChange(m_service) : QDateTime();
    if (std::exchange(m_recheckInterrupted, false) && r.current == target) {
        // Run again after a crash, but the service already runs the step's count: it happened before
        // the console died. No second scale command.
        GradualDownscaleState::Step& step = m_saved.steps[m_next];
        step.state = GradualDownscaleState::StepState::Done;
        step.endedAt = QDateTime::currentDateTimeUtc();
        step.note = QCoreApplication::translate("Ops::GradualDownscale",
                                                "found at %1 replicas after the crash: not scaled again")
                        .arg(target);
        save();
        Q_EMIT stepFinished(m_next, target, true);
        if (++m_next >= m_steps.size()) {
            end(State::Done, QCoreApplication::translate("Ops::GradualDownscale", "%1 is down to %2.")
                                 .arg(m_service)
                                 .arg(m_steps.last()));
            return;
        }
        waitFor(m_intervalS * 1000);
        return;
    }
    setState(State::Scaling);
    // Saved before the scale starts: a crash from here on finds the step "running" and asks.
    GradualDownscaleState::Step& step = m_saved.steps[m_next];
    step.state = GradualDownscaleState::StepState::Running;
    step.startedAt = QDateTime::currentDateTimeUtc();
    step.note.clear();
    save();
    Q_EMIT stepStarted(m_next, target);
    m_operation->start({r}, metrics);
}

void GradualDownscale::pause()
{
    if (m_state == State::Waiting) {
        m_remainingMs = m_wait.remainingTime();
        m_wait.stop();
        m_tick.stop();
        setState(State::Paused);
    } else if (m_state == State::Scaling) {
        setState(State::Paused); // the running step finishes; the next one waits for resume()
        m_remainingMs = m_intervalS * 1000;
    }
}

void GradualDownscale::resume()
{
    if (m_state != State::Paused)
        return;
    if (m_operation && m_operation->isRunning()) {
        setState(State::Scaling);
        return;
    }
    waitFor(m_remainingMs);
}

void GradualDownscale::abort()
{
    if (m_state == State::Idle || m_state == State::Done || m_state == State::Aborted ||
        m_state == State::Failed)
        return;
    end(State::Aborted,
        QCoreApplication::translate("Ops::GradualDownscale", "Aborted by the operator after %n step(s).",
                                    nullptr, m_next));
}

void GradualDownscale::end(State state, const QString& message)
{
    m_wait.stop();
    m_tick.stop();
    m_saved.phase = state == State::Done      ? GradualDownscaleState::Phase::Done
                    : state == State::Aborted ? GradualDownscaleState::Phase::Aborted
                                              : GradualDownscaleState::Phase::Failed;
    save();
    setState(state);
    Q_EMIT finished(state, message);
}

} // namespace Ops
