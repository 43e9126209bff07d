#include "models/scaling/gradualdownscale.h"

#include "models/scaling/scaleoperation.h"

namespace Ops {

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

void GradualDownscale::start(const QString& service, int from, int to, const QString& reason)
{
    if (m_state == State::Scaling || m_state == State::Waiting || m_state == State::Paused || !m_operation)
        return;
    m_service = service;
    m_reason = reason;
    m_steps = stepsFor(from, to);
    m_next = 0;
    for (const auto& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_connections << connect(m_operation, &ScaleOperation::refused, this, [this](const QString& why) {
        if (m_state != State::Scaling)
            return;
        Q_EMIT stepFinished(m_next, m_steps.value(m_next), false);
        end(State::Failed, why);
    });
    m_connections << connect(
        m_operation, &ScaleOperation::finished, this,
        [this](const OrchestratorResult& result, const AuditEntry&, bool, const QString&) {
            if (m_state != State::Scaling && m_state != State::Paused)
                return;
            const int index = m_next;
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
            setState(State::Waiting);
            m_wait.start(m_intervalS * 1000);
            m_tick.start();
            Q_EMIT waiting(secondsToNext());
        });
    if (m_steps.isEmpty()) {
        end(State::Done, QCoreApplication::translate("Ops::GradualDownscale", "Nothing to do.", "scaling: gradualdownscale"));
        return;
    }
    runStep();
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
    setState(State::Scaling);
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
    setState(State::Waiting);
    m_wait.start(std::max(0, m_remainingMs));
    m_tick.start();
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
    setState(state);
    Q_EMIT finished(state, message);
}

} // namespace Ops
