#include "models/health/healthmonitor.h"

#include "models/health/alertsmodel.h"
#include "models/metrics/runbookqueries.h"
#include "models/core/formatting.h"
#include "models/core/logging.h"
#include "models/health/servicestatusmodel.h"
#include "models/health/sourceset.h"
#include "models/health/stackalerts.h"
#include "models/net/httpclient.h"
#include "models/sources/alertmanagersource.h"
#include "models/sources/apisource.h"
#include "models/sources/hostsource.h"
#include "models/sources/orchestratorsource.h"
#include "models/sources/postgressource.h"
#include "models/net/prometheusclient.h"
#include "models/sources/prometheussource.h"
#include "models/sources/redissource.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <climits>
#include <QLocale>
#include <QPointer>
#include <cmath>

namespace Ops {

struct HealthMonitor::Private
{
    SourceSet set;
    ApiHealthSnapshot api;
    PostgresSnapshot postgres;
    RedisSnapshot redis;
    PrometheusSnapshot prometheus;
    HostSnapshot host;
    OrchestratorSnapshot orchestrator;
    AlertmanagerSnapshot alertmanager;
    bool haveAlertmanager = false;
    bool haveApi = false, havePostgres = false, haveRedis = false, havePrometheus = false, haveHost = false,
         haveOrchestrator = false;
    double p95Ms = std::nan("");
    double cpuPct = std::nan("");
    double errorPct = std::nan("");
    QTimer metricsTimer;
    quint64 comprehensiveGeneration = 0;
};

HealthMonitor::HealthMonitor(QObject* parent)
    : QObject(parent)
    , m_services(new ServiceStatusModel(this))
    , m_alerts(new AlertsModel(this))
    , d(std::make_unique<Private>())
{
    m_ageTimer.setInterval(5000);
    connect(&m_ageTimer, &QTimer::timeout, this, &HealthMonitor::ageTick);
    d->metricsTimer.setInterval(30000);
    connect(&d->metricsTimer, &QTimer::timeout, this, [this] {
        // The runbook's "when to scale" figures that only Prometheus knows.
        if (!d->set.promClient)
            return;
        const auto figure = [this](const QString& promql, double* out) {
            d->set.promClient->query(promql, QDateTime(), this, [this, out](const PromQueryResult& r) {
                *out = (r.status.ok && !r.series.isEmpty() && !r.series.first().points.isEmpty())
                           ? r.series.first().points.last().y()
                           : std::nan("");
                evaluateThresholds();
            });
        };
        figure(RunbookQueries::p95Milliseconds(), &d->p95Ms);
        figure(RunbookQueries::cpuPercent(), &d->cpuPct);
        figure(RunbookQueries::errorPercent(), &d->errorPct);
    });
}

HealthMonitor::~HealthMonitor()
{
    clearSources();
}

void HealthMonitor::clearSources()
{
    // The sources belong to the session that built them: stopped and forgotten here, deleted there.
    for (Source* s : std::as_const(m_sources))
        if (s) {
            s->stop();
            disconnect(s, nullptr, this, nullptr);
        }
    m_sources.clear();
    d->set = SourceSet();
    const auto keepTimer = &d->metricsTimer; // timers live on; only the data goes
    Q_UNUSED(keepTimer);
    d->haveApi = d->havePostgres = d->haveRedis = d->havePrometheus = d->haveHost = d->haveOrchestrator = false;
    d->haveAlertmanager = false;
    d->p95Ms = d->cpuPct = d->errorPct = std::nan("");
    m_firstDataAnnounced = false;
}

void HealthMonitor::setSources(const SourceSet& set, const HealthSchedule& schedule)
{
    clearSources();
    m_services->reset();
    m_alerts->clear();
    m_schedule = schedule;
    d->set = set;
    m_sources = set.all();
    m_hasProfile = !m_sources.isEmpty();

    connect(d->set.api, &ApiSource::snapshotReady, this, [this](const ApiHealthSnapshot& s) {
        d->api = s;
        d->haveApi = true;
    });
    connect(d->set.postgres, &PostgresSource::snapshotReady, this, [this](const PostgresSnapshot& s) {
        d->postgres = s;
        d->havePostgres = true;
    });
    connect(d->set.redis, &RedisSource::snapshotReady, this, [this](const RedisSnapshot& s) {
        d->redis = s;
        d->haveRedis = true;
    });
    connect(d->set.prometheus, &PrometheusSource::snapshotReady, this, [this](const PrometheusSnapshot& s) {
        d->prometheus = s;
        d->havePrometheus = true;
    });
    connect(d->set.host, &HostSource::snapshotReady, this, [this](const HostSnapshot& s) {
        d->host = s;
        d->haveHost = true;
    });
    connect(d->set.orchestrator, &OrchestratorSource::snapshotReady, this, [this](const OrchestratorSnapshot& s) {
        d->orchestrator = s;
        d->haveOrchestrator = true;
    });
    if (d->set.alertmanager)
        connect(d->set.alertmanager, &AlertmanagerSource::snapshotReady, this, [this](const AlertmanagerSnapshot& s) {
            d->alertmanager = s;
            d->haveAlertmanager = true;
        });
    // Every outcome (snapshot or failure) ends in `checked`: recompute the rows then.
    for (Source* s : std::as_const(m_sources))
        connect(s, &Source::checked, this, [this] {
            evaluateThresholds();
            if (!m_firstDataAnnounced && hasFirstData()) {
                m_firstDataAnnounced = true;
                Q_EMIT firstDataArrived();
            }
        });

    if (m_running)
        start();
}

void HealthMonitor::clear()
{
    clearSources();
    m_services->reset();
    m_alerts->clear();
    m_hasProfile = false;
}

bool HealthMonitor::hasFirstData() const
{
    if (m_sources.isEmpty())
        return !m_hasProfile;
    for (const Source* s : m_sources)
        if (!s->lastResult().checkedAt.isValid())
            return false;
    return true;
}

void HealthMonitor::start()
{
    m_running = true;
    for (Source* s : std::as_const(m_sources))
        s->start();
    m_ageTimer.start();
    d->metricsTimer.start();
    QTimer::singleShot(0, &d->metricsTimer, [this] { Q_EMIT d->metricsTimer.timeout({}); });
}

void HealthMonitor::stop()
{
    m_running = false;
    for (Source* s : std::as_const(m_sources))
        s->stop();
    m_ageTimer.stop();
    d->metricsTimer.stop();
}

QJsonObject HealthMonitor::scaleMetrics() const
{
    QJsonObject m;
    const auto put = [&m](const QString& key, double value) {
        if (!std::isnan(value))
            m.insert(key, std::round(value * 10) / 10);
    };
    put(QStringLiteral("p95_ms"), d->p95Ms);
    put(QStringLiteral("cpu_pct"), d->cpuPct);
    put(QStringLiteral("error_pct"), d->errorPct);
    if (d->haveRedis) {
        for (const RedisQueueLength& q : std::as_const(d->redis.queues))
            if (q.length >= 0)
                m.insert(QStringLiteral("queue_") + q.name, double(q.length));
    }
    for (int row = 0; row < m_services->rowCount(); ++row) {
        const ServiceStatus s = m_services->index(row, 0).data(ServiceStatusModel::StatusRole).value<ServiceStatus>();
        if (s.running >= 0)
            m.insert(QStringLiteral("running_") + s.service, s.running);
    }
    return m;
}

void HealthMonitor::checkNow()
{
    for (Source* s : std::as_const(m_sources))
        s->refresh();
}

void HealthMonitor::setStatus(const ServiceStatus& status)
{
    const ServiceStatus before = m_services->status(status.service);
    m_services->update(status);
    const bool wasHealthy = before.health != Health::Down && before.health != Health::Degraded;
    const bool isUnhealthy = status.health == Health::Down || status.health == Health::Degraded;
    if (wasHealthy && isUnhealthy)
        Q_EMIT serviceTurnedUnhealthy(status);
}

namespace {

/// How often a source's server should answer, by the profile's schedule (seconds; 0: not scheduled).
int intervalOf(const QString& sourceId, const HealthSchedule& schedule)
{
    if (sourceId == QLatin1String("api"))
        return schedule.apiIntervalSec;
    if (sourceId == QLatin1String("postgres"))
        return schedule.databaseIntervalSec;
    if (sourceId == QLatin1String("redis"))
        return schedule.redisIntervalSec;
    if (sourceId == QLatin1String("prometheus") || sourceId == QLatin1String("alertmanager"))
        return schedule.prometheusIntervalSec;
    if (sourceId == QLatin1String("orchestrator"))
        return schedule.orchestratorIntervalSec;
    if (sourceId == QLatin1String("host"))
        return std::min(schedule.diskIntervalSec, schedule.memoryIntervalSec);
    return 0;
}

/// Says which source speaks for the service, and how old that source's own answer is: never the time
/// of another source's poll.
void attribute(ServiceStatus& s, const Source* source, const HealthSchedule& schedule)
{
    if (!source)
        return;
    s.checkedBy = source->id();
    s.lastCheck = source->lastResult().checkedAt;
    s.lastAnswer = source->lastAnswerAt();
    s.expectedEverySec = intervalOf(source->id(), schedule);
    // A check may take its whole deadline (the orchestrator's is at least 10 s); a little grace for a
    // busy machine on top, so a punctual answer is never called overdue.
    const int deadlineSec = source->id() == QLatin1String("orchestrator") ? std::max(schedule.deadlineSec, 10)
                                                                          : schedule.deadlineSec;
    s.staleAfterSec = s.expectedEverySec > 0 ? s.expectedEverySec + deadlineSec + 5 : 0;
}

// The orchestrator's view of one service: replicas, image tag, and whether its containers run.
ServiceStatus fromOrchestrator(const QString& service, const OrchestratorSnapshot& snap, bool have,
                               const Source* orchestrator, const HealthSchedule& schedule)
{
    const CheckResult orchResult = orchestrator ? orchestrator->lastResult() : CheckResult();
    ServiceStatus s;
    s.service = service;
    attribute(s, orchestrator, schedule);
    if (!have || orchResult.health == Health::Down || orchResult.health == Health::Unknown) {
        s.health = Health::Unknown;
        if (orchResult.health == Health::Down)
            s.reason = QCoreApplication::translate("Ops::HealthMonitor", "Orchestrator: %1", "health: healthmonitor").arg(orchResult.reason);
        return s;
    }
    const ServiceReplicas r = snap.service(service);
    s.running = r.running;
    s.desired = r.total;
    s.version = r.imageTag;
    if (r.total == 0) {
        s.health = Health::NoData;
        s.reason = QCoreApplication::translate("Ops::HealthMonitor", "No container for this service.");
    } else if (r.running == 0) {
        s.health = Health::Down;
        s.reason = QCoreApplication::translate("Ops::HealthMonitor", "No container is running (%1).").arg(r.states.keys().join(QStringLiteral(", ")));
    } else if (r.health == QLatin1String("unhealthy")) {
        s.health = Health::Degraded;
        s.reason = QCoreApplication::translate("Ops::HealthMonitor", "A container reports unhealthy.");
    } else if (r.running < r.total) {
        s.health = Health::Degraded;
        s.reason = QCoreApplication::translate("Ops::HealthMonitor", "Only %1 of %2 containers running.").arg(r.running).arg(r.total);
    } else {
        s.health = Health::Ok;
    }
    return s;
}

// Overlays a direct check of the service on what the orchestrator said; from then on the tile's time
// is that check's own.
void overlay(ServiceStatus& s, const Source* source, const HealthSchedule& schedule, int failures = -1)
{
    if (!source)
        return;
    const CheckResult r = source->lastResult();
    if (!r.checkedAt.isValid())
        return;
    s.health = s.health == Health::Unknown || s.health == Health::NoData ? r.health : worstOf(s.health, r.health);
    if (r.health != Health::Ok && !r.reason.isEmpty())
        s.reason = r.reason;
    s.latencyMs = r.latencyMs;
    attribute(s, source, schedule);
    s.consecutiveFailures = failures >= 0 ? failures : (r.health == Health::Down ? std::max(1, s.consecutiveFailures) : 0);
}

/// An Ok (or not yet judged) row whose own source has not answered within its schedule is Stale, with
/// the words that say for how long: an old answer is never shown as current.
void applyOverdue(ServiceStatus& s, const QDateTime& now)
{
    if (!answerOverdue(s, now) || healthSeverity(s.health) > healthSeverity(Health::Stale))
        return;
    s.health = Health::Stale;
    s.reason = answerAgeText(s, now);
}

} // namespace

void HealthMonitor::evaluateThresholds()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // The alerts first: the Prometheus tile below counts exactly what the alerts list holds.
    QList<AlertEntry> console;
    const auto add = [&console](const QString& name, AlertEntry::State state, const QString& severity,
                                const QString& summary, const QString& value, const QString& subject) {
        AlertEntry a;
        a.name = name;
        a.origin = AlertEntry::Origin::Console;
        a.state = state;
        a.severity = severity;
        a.summary = summary;
        a.value = value;
        a.subject = subject;
        console << a;
    };
    // A check's failure is a sentence (the summary), not a figure: the Value column stays for numbers.
    if (d->set.api && d->set.api->consecutiveFailures() > 0) {
        const int f = d->set.api->consecutiveFailures();
        add(QStringLiteral("ApiHealthCheckFailing"),
            f >= m_schedule.apiFailuresToAlert ? AlertEntry::State::Firing : AlertEntry::State::Pending,
            QStringLiteral("critical"),
            tr("API /health failed %n time(s) in a row: %1", nullptr, f).arg(d->set.api->lastResult().reason),
            QString(), QStringLiteral("app"));
    }
    const auto sourceDown = [&](Source* src, const QString& alert, const QString& subject, const QString& summary) {
        if (src && src->lastResult().health == Health::Down)
            add(alert, AlertEntry::State::Firing, QStringLiteral("critical"), summary.arg(src->lastResult().reason),
                QString(), subject);
    };
    sourceDown(d->set.postgres, QStringLiteral("DatabaseCheckFailing"), QStringLiteral("postgres"),
               tr("The database connection check failed: %1"));
    sourceDown(d->set.redis, QStringLiteral("RedisCheckFailing"), QStringLiteral("redis"),
               tr("The Redis connection check failed: %1"));
    if (d->haveRedis) {
        for (const RedisQueueLength& q : std::as_const(d->redis.queues))
            if (q.length > m_schedule.queueThreshold)
                add(QStringLiteral("QueueLengthHigh"), AlertEntry::State::Firing, QStringLiteral("warning"),
                    tr("Worker queue has more than %1 items.").arg(m_schedule.queueThreshold),
                    tr("%n item(s)", "alert value: length of a worker queue", int(std::min<qint64>(q.length, INT_MAX))), q.name);
    }
    if (d->haveHost && d->host.hasDisk() && d->host.diskUsedPercent > m_schedule.diskThresholdPct)
        add(QStringLiteral("DiskSpaceHigh"), AlertEntry::State::Firing, QStringLiteral("warning"),
            tr("Disk more than %1 full.").arg(Format::percent(m_schedule.diskThresholdPct, 0)),
            Format::percent(d->host.diskUsedPercent), d->host.diskInstance);
    if (d->haveHost && d->host.hasMemory() && d->host.memoryUsedPercent > m_schedule.memoryThresholdPct)
        add(QStringLiteral("MemoryUsageHigh"), AlertEntry::State::Firing, QStringLiteral("warning"),
            tr("Memory more than %1 used.").arg(Format::percent(m_schedule.memoryThresholdPct, 0)),
            Format::percent(d->host.memoryUsedPercent), d->host.memoryInstance);

    // The stack's rules: Prometheus' alerts, silenced ones as Alertmanager says. Without any answer the
    // list keeps what it had (the Prometheus tile then says why).
    const bool promAnswered = d->havePrometheus && d->prometheus.alertsStatus.ok &&
                              d->set.prometheus && d->set.prometheus->lastResult().health != Health::Down;
    const bool amAnswered = d->haveAlertmanager && d->set.alertmanager &&
                            d->set.alertmanager->lastResult().health == Health::Ok;
    QList<AlertEntry> stack;
    if (promAnswered || amAnswered)
        stack = stackAlerts(promAnswered ? &d->prometheus : nullptr, amAnswered ? &d->alertmanager : nullptr);
    mergeQueueAlerts(console, stack);
    m_alerts->setActive(AlertEntry::Origin::Console, console, now);
    if (promAnswered || amAnswered)
        m_alerts->setActive(AlertEntry::Origin::Prometheus, stack, now);

    QStringList names = runbookServices();
    for (const ServiceReplicas& r : std::as_const(d->orchestrator.services))
        if (!names.contains(r.service))
            names << r.service;

    for (const QString& name : std::as_const(names)) {
        ServiceStatus s = fromOrchestrator(name, d->orchestrator, d->haveOrchestrator, d->set.orchestrator, m_schedule);
        const ServiceStatus previous = m_services->status(name);
        if (name == QLatin1String("app")) {
            overlay(s, d->set.api, m_schedule, d->set.api ? d->set.api->consecutiveFailures() : -1);
            if (d->haveApi) {
                if (!d->api.version.isEmpty())
                    s.version = d->api.version;
                s.detail = tr("API status: %1", "health: healthmonitor").arg(apiStatusText(d->api.status));
            }
        } else if (name == QLatin1String("postgres")) {
            overlay(s, d->set.postgres, m_schedule);
            if (d->havePostgres && d->postgres.maxConnections > 0)
                s.detail = tr("%1 of %2 connections in use (%3)")
                               .arg(d->postgres.totalBackends)
                               .arg(d->postgres.maxConnections)
                               .arg(Format::percent(100.0 * d->postgres.poolUsage()));
        } else if (name == QLatin1String("redis")) {
            overlay(s, d->set.redis, m_schedule);
            if (d->haveRedis) {
                // One figure per queue, even if the profile lists a queue twice.
                QStringList queues;
                QSet<QString> seen;
                for (const RedisQueueLength& q : std::as_const(d->redis.queues)) {
                    if (seen.contains(q.name))
                        continue;
                    seen.insert(q.name);
                    queues << (q.length >= 0 ? QStringLiteral("%1=%2").arg(q.name).arg(q.length)
                                             : QStringLiteral("%1=?").arg(q.name));
                }
                s.detail = tr("%1 clients, %2 used; queues %3", "health: healthmonitor")
                               .arg(d->redis.connectedClients)
                               .arg(Format::bytes(d->redis.usedMemory), queues.join(QStringLiteral(", ")));
            }
        } else if (name == QLatin1String("prometheus")) {
            overlay(s, d->set.prometheus, m_schedule);
            if (d->havePrometheus) {
                // The same alerts the banner and the alerts list count.
                const AlertCounts c = m_alerts->counts(AlertEntry::Origin::Prometheus);
                s.detail = c.silenced > 0 ? tr("%1 firing, %2 pending, %3 silenced, %4 targets down",
                                               "health: the Prometheus tile")
                                                .arg(c.firing)
                                                .arg(c.pending)
                                                .arg(c.silenced)
                                                .arg(d->prometheus.targetsDown())
                                          : tr("%1 firing, %2 pending, %3 targets down")
                                                .arg(c.firing)
                                                .arg(c.pending)
                                                .arg(d->prometheus.targetsDown());
            }
        } else if (name == QLatin1String("alertmanager")) {
            overlay(s, d->set.alertmanager, m_schedule);
            if (d->haveAlertmanager)
                s.detail = tr("%n alert(s) held", "health: the Alertmanager tile", int(d->alertmanager.alerts.size()));
        } else if (name == QLatin1String("worker-llm") || name == QLatin1String("worker-rl")) {
            const QString pool = name.mid(7);
            if (d->haveApi && d->api.workers.contains(pool))
                s.detail = tr("%n worker(s) registered with the API", "health: healthmonitor", d->api.workers.value(pool));
        }
        applyOverdue(s, now);
        // Keep the failure count of services without a direct check from their own history.
        if (s.consecutiveFailures == 0 && s.health == Health::Down && previous.health == Health::Down)
            s.consecutiveFailures = previous.consecutiveFailures + (s.lastCheck != previous.lastCheck ? 1 : 0);
        setStatus(s);
    }

    // The runbook's "When to scale" signals. Scaling does not help an API that does not answer: no
    // "scale up app" while the API is down (its latency and CPU figures are then not the app's load).
    const bool apiDown = m_services->status(QStringLiteral("app")).health == Health::Down ||
                         (d->set.api && d->set.api->lastResult().health == Health::Down);
    QList<ScaleHint> hints;
    const auto hint = [&hints](ScaleHint::Kind kind, const QString& service, double value, double threshold) {
        if (!std::isnan(value) && value > threshold)
            hints << ScaleHint{kind, service, value, threshold};
    };
    if (!apiDown) {
        hint(ScaleHint::Kind::AppLatency, QStringLiteral("app"), d->p95Ms, m_schedule.scaleP95Ms);
        hint(ScaleHint::Kind::AppCpu, QStringLiteral("app"), d->cpuPct, m_schedule.scaleCpuPct);
    }
    if (d->haveRedis) {
        hint(ScaleHint::Kind::LlmQueue, QStringLiteral("worker-llm"), double(d->redis.queueLength(QStringLiteral("llm"))),
             m_schedule.scaleLlmQueue);
        hint(ScaleHint::Kind::TrainingBacklog, QStringLiteral("worker-rl"),
             double(d->redis.queueLength(QStringLiteral("rl"))), m_schedule.scaleTrainingBacklog);
    }
    if (hints != m_hints) {
        m_hints = hints;
        Q_EMIT scaleHintsChanged(m_hints);
    }
}

void HealthMonitor::ageTick()
{
    // Ages move on without new data; a source silent beyond its schedule turns Stale in words.
    m_services->refreshAges();
    if (!m_sources.isEmpty())
        evaluateThresholds();
}

void HealthMonitor::runComprehensiveCheck()
{
    const quint64 generation = ++d->comprehensiveGeneration;
    struct Step
    {
        QString id;
        QString title;
        QList<QPointer<Source>> sources;
    };
    // The runbook's Comprehensive Health Check, in its order (1–5), then the alerts the runbook's rules raise.
    const QList<Step> plan = {
        {QStringLiteral("services"), tr("1. Check all services status (compose ps)"), {d->set.orchestrator}},
        {QStringLiteral("database"), tr("2. Check database (pg_isready)"), {d->set.postgres}},
        {QStringLiteral("redis"), tr("3. Check Redis (PING)"), {d->set.redis}},
        {QStringLiteral("queues"), tr("4. Check worker queues (INFO, LLEN)"), {d->set.redis}},
        {QStringLiteral("api"), tr("5. Check API endpoints (/health, /docs, /metrics)"), {d->set.api}},
        {QStringLiteral("alerts"), tr("6. Check alerts (Prometheus, Alertmanager)"), {d->set.prometheus, d->set.alertmanager}},
    };
    auto steps = std::make_shared<QList<CheckStep>>();
    for (const Step& st : plan)
        steps->append(CheckStep{st.id, st.title, {}, {}, false});
    Q_EMIT comprehensiveCheckStarted(*steps);

    auto finishStep = [this, generation, steps](int index, const CheckResult& result, const QString& detail) {
        if (generation != d->comprehensiveGeneration)
            return;
        CheckStep& step = (*steps)[index];
        step.result = result;
        step.detail = detail;
        step.done = true;
        Q_EMIT comprehensiveCheckProgress(step);
        if (std::all_of(steps->cbegin(), steps->cend(), [](const CheckStep& s) { return s.done; }))
            Q_EMIT comprehensiveCheckFinished(*steps);
    };
    const auto detailOf = [this](const QString& id) -> QString {
        if (id == QLatin1String("services") && d->haveOrchestrator)
            return tr("%n service(s) listed", "health: healthmonitor", int(d->orchestrator.services.size()));
        if (id == QLatin1String("database") && d->havePostgres)
            return d->postgres.acceptingConnections ? tr("accepting connections", "health: healthmonitor: error or status fragment, shown after “…: ” in a longer message") : tr("not accepting connections", "health: healthmonitor: error or status fragment, shown after “…: ” in a longer message");
        if (id == QLatin1String("redis") && d->haveRedis)
            return tr("PONG in %1", "health: healthmonitor").arg(Format::duration(d->redis.pingMs));
        if (id == QLatin1String("queues") && d->haveRedis) {
            QStringList q;
            for (const RedisQueueLength& l : std::as_const(d->redis.queues))
                q << QStringLiteral("%1=%2").arg(l.name).arg(l.length);
            return tr("connected_clients %1, used_memory %2; %3")
                .arg(d->redis.connectedClients)
                .arg(Format::bytes(d->redis.usedMemory), q.join(QStringLiteral(", ")));
        }
        if (id == QLatin1String("api") && d->haveApi)
            return tr("status %1, version %2", "health: healthmonitor: error or status fragment, shown after “…: ” in a longer message").arg(apiStatusText(d->api.status), d->api.version);
        return QString();
    };

    QList<Source*> toRefresh;
    for (int index = 0; index < plan.size(); ++index) {
        const Step& st = plan.at(index);
        QList<Source*> sources;
        for (const QPointer<Source>& s : st.sources)
            if (s)
                sources << s.data();
        if (sources.isEmpty()) {
            finishStep(index, {Health::Unknown, tr("not configured", "health: healthmonitor: error or status fragment, shown after “…: ” in a longer message"), QDateTime::currentDateTimeUtc(), -1}, {});
            continue;
        }
        // A step ends when each of its sources has answered this round (each has its own deadline).
        auto waiting = std::make_shared<QList<QPointer<Source>>>();
        for (Source* s : sources)
            waiting->append(s);
        auto results = std::make_shared<QList<CheckResult>>();
        for (Source* source : sources) {
            auto connection = std::make_shared<QMetaObject::Connection>();
            *connection = connect(source, &Source::checked, this,
                                  [this, index, id = st.id, source, waiting, results, connection, finishStep,
                                   detailOf](const CheckResult& r) {
                disconnect(*connection);
                waiting->removeAll(source);
                results->append(r);
                if (!waiting->isEmpty())
                    return;
                if (id == QLatin1String("api"))
                    return checkApiEndpoints(index, r, detailOf(id), finishStep);
                if (id == QLatin1String("alerts"))
                    return finishStep(index, alertsStepResult(*results), alertsStepDetail());
                CheckResult result = r;
                finishStep(index, result, detailOf(id));
            });
            if (!toRefresh.contains(source))
                toRefresh << source;
        }
    }
    for (Source* s : std::as_const(toRefresh))
        s->refresh();
}

CheckResult HealthMonitor::alertsStepResult(const QList<CheckResult>& sourceResults) const
{
    CheckResult r;
    r.checkedAt = QDateTime::currentDateTimeUtc();
    QStringList problems;
    for (const CheckResult& s : sourceResults)
        if (s.health == Health::Down && !s.reason.isEmpty())
            problems << s.reason;
    const AlertCounts c = m_alerts->counts();
    if (!problems.isEmpty() && c.firing == 0) {
        r.health = Health::Unknown;
        r.reason = tr("the alerts cannot be read: %1", "health: comprehensive check").arg(problems.join(QStringLiteral("; ")));
    } else if (c.criticalFiring > 0) {
        r.health = Health::Down;
        r.reason = tr("%n critical alert(s) firing", "health: comprehensive check", c.criticalFiring);
    } else if (c.firing > 0) {
        r.health = Health::Degraded;
        r.reason = tr("%n alert(s) firing", "health: comprehensive check", c.firing);
    } else {
        r.health = Health::Ok;
    }
    r.latencyMs = 0;
    return r;
}

QString HealthMonitor::alertsStepDetail() const
{
    const AlertCounts c = m_alerts->counts();
    return tr("%1 firing, %2 pending, %3 silenced", "health: comprehensive check: alert counts")
        .arg(c.firing)
        .arg(c.pending)
        .arg(c.silenced);
}

void HealthMonitor::checkApiEndpoints(int index, const CheckResult& health, const QString& detail,
                                      const std::function<void(int, const CheckResult&, const QString&)>& done)
{
    // The runbook's step 5: `curl -f /docs` and `curl -f /metrics`, after /health.
    HttpClient* http = d->set.http;
    if (!http) {
        done(index, health, detail);
        return;
    }
    struct Pending
    {
        int left = 2;
        QStringList failed;
        QStringList answered;
    };
    auto pending = std::make_shared<Pending>();
    const quint64 generation = d->comprehensiveGeneration;
    const int deadlineMs = m_schedule.deadlineSec * 1000;
    for (const QString& path : {QStringLiteral("/docs"), QStringLiteral("/metrics")}) {
        ApiRequest* request = http->get(HttpService::Api, path, {}, this, deadlineMs, 4 * 1024 * 1024);
        connect(request, &ApiRequest::finished, this,
                [this, request, path, pending, generation, index, health, detail, done](const HttpOutcome& o) {
                    request->deleteLater();
                    if (generation != d->comprehensiveGeneration)
                        return;
                    if (!o.transferred())
                        pending->failed << tr("%1: %2", "an API path: what went wrong").arg(path, o.reason);
                    else if (o.httpStatus >= 400)
                        pending->failed << tr("%1: HTTP %2", "an API path: its HTTP status").arg(path).arg(o.httpStatus);
                    else
                        pending->answered << path;
                    if (--pending->left > 0)
                        return;
                    CheckResult r = health;
                    if (!pending->failed.isEmpty()) {
                        r.health = worstOf(r.health, Health::Degraded);
                        QStringList reasons;
                        if (!r.reason.isEmpty())
                            reasons << r.reason;
                        reasons << pending->failed;
                        r.reason = reasons.join(QStringLiteral("; "));
                    }
                    QString seen = detail;
                    if (!pending->answered.isEmpty())
                        seen += (seen.isEmpty() ? QString() : QStringLiteral("; ")) +
                                tr("%1 answered", "API paths that answered").arg(pending->answered.join(QStringLiteral(", ")));
                    done(index, r, seen);
                });
    }
}

} // namespace Ops
