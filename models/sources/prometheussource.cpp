#include "models/sources/prometheussource.h"

#include "models/core/logging.h"
#include "models/sources/pollschedule.h"
#include "models/profiles/connectionprofile.h"

#include <QStringList>

namespace Ops {

PrometheusSource::PrometheusSource(HttpClient* http, QObject* parent)
    : Source(QStringLiteral("prometheus"), parent)
    , m_client(new PrometheusClient(http, this))
    , m_schedule(new PollSchedule(kDefaultIntervalMs, this))
{
    qRegisterMetaType<Ops::PrometheusSnapshot>();
    m_client->setDeadline(kDefaultDeadlineMs);
    connect(m_schedule, &PollSchedule::due, this, &PrometheusSource::check);
}

PrometheusSource::~PrometheusSource()
{
    cancelRequests();
}

void PrometheusSource::setInterval(int ms) { m_schedule->setInterval(ms); }
void PrometheusSource::setMinimumBackoff(int ms) { m_schedule->setMinimumBackoff(ms); }
void PrometheusSource::start() { m_schedule->start(); }

void PrometheusSource::stop()
{
    m_schedule->stop();
    cancelRequests();
}

void PrometheusSource::refresh()
{
    if (!isChecking())
        check();
}

void PrometheusSource::cancelRequests()
{
    ++m_generation;
    m_pending = 0;
    for (const auto id : std::as_const(m_requests))
        m_client->cancel(id);
    m_requests.clear();
}

void PrometheusSource::check()
{
    if (isChecking())
        return;
    const quint64 generation = ++m_generation;
    m_requests.clear();
    m_building = PrometheusSnapshot();
    m_readyStatus = PromStatus();
    // All three at once: the verdict needs readiness, the page needs the lists; each has its deadline.
    m_pending = 3;
    m_requests.append(m_client->ready(this, [this, generation](const PromStatus& status) {
        if (generation != m_generation)
            return;
        m_readyStatus = status;
        --m_pending;
        finishIfDone(generation);
    }));
    m_requests.append(m_client->alerts(this, [this, generation](const PromAlertsResult& r) {
        if (generation != m_generation)
            return;
        m_building.alertsStatus = r.status;
        m_building.alerts = r.alerts;
        --m_pending;
        finishIfDone(generation);
    }));
    m_requests.append(m_client->targets(this, [this, generation](const PromTargetsResult& r) {
        if (generation != m_generation)
            return;
        m_building.targetsStatus = r.status;
        m_building.targets = r.targets;
        --m_pending;
        finishIfDone(generation);
    }));
}

void PrometheusSource::finishIfDone(quint64 generation)
{
    if (generation != m_generation || m_pending > 0)
        return;
    m_requests.clear();
    PrometheusSnapshot snapshot = m_building;
    snapshot.ready = m_readyStatus.ok;
    snapshot.checkedAt = QDateTime::currentDateTimeUtc();
    snapshot.latencyMs = m_readyStatus.latencyMs;

    CheckResult result;
    result.checkedAt = snapshot.checkedAt;
    result.latencyMs = m_readyStatus.ok ? m_readyStatus.latencyMs : -1;
    if (!m_readyStatus.ok) {
        result.health = Health::Down;
        result.reason = m_readyStatus.error;
    } else {
        QStringList problems;
        if (!snapshot.alertsStatus.ok)
            problems.append(tr("alerts unavailable: %1", "sources: prometheussource: error or status fragment, shown after “…: ” in a longer message").arg(snapshot.alertsStatus.error));
        if (!snapshot.targetsStatus.ok)
            problems.append(tr("targets unavailable: %1", "sources: prometheussource: error or status fragment, shown after “…: ” in a longer message").arg(snapshot.targetsStatus.error));
        QStringList down;
        for (const PromTarget& t : std::as_const(snapshot.targets)) {
            if (t.health == PromTarget::State::Down)
                down.append(t.lastError.isEmpty() ? tr("%1 (%2)", "job (instance)").arg(t.job, t.instance)
                                                  : tr("%1 (%2): %3", "job (instance): error").arg(t.job, t.instance, t.lastError));
        }
        if (!down.isEmpty())
            problems.append(tr("%n of %1 scrape target(s) down: %2", nullptr, int(down.size()))
                                .arg(snapshot.targets.size())
                                .arg(down.join(QStringLiteral("; "))));
        result.health = problems.isEmpty() ? Health::Ok : Health::Degraded;
        result.reason = problems.join(QStringLiteral("; "));
    }
    if (result.health != Health::Ok)
        qCDebug(lcPrometheus) << "Prometheus check:" << result.health << result.reason;
    m_schedule->checkFinished(result.health != Health::Down);
    Q_EMIT snapshotReady(snapshot);
    report(result);
}

} // namespace Ops
