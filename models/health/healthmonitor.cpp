#include "models/health/healthmonitor.h"

#include "models/health/alertsmodel.h"
#include "models/metrics/runbookqueries.h"
#include "models/core/formatting.h"
#include "models/core/logging.h"
#include "models/health/servicestatusmodel.h"
#include "models/health/sourceset.h"
#include "models/sources/apisource.h"
#include "models/sources/hostsource.h"
#include "models/sources/orchestratorsource.h"
#include "models/sources/postgressource.h"
#include "models/net/prometheusclient.h"
#include "models/sources/prometheussource.h"
#include "models/sources/redissource.h"

#include <QCoreApplication>
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
// The orchestrator's view of one service: replicas, image tag, and whether its containers run.
ServiceStatus fromOrchestrator(const QString& service, const OrchestratorSnapshot& snap, bool have,
                               const CheckResult& orchResult)
{
    ServiceStatus s;
    s.service = service;
    if (!have || orchResult.health == Health::Down || orchResult.health == Health::Unknown) {
        s.health = Health::Unknown;
        if (orchResult.health == Health::Down)
            s.reason = QCoreApplication::translate("Ops::HealthMonitor", "Orchestrator: %1", "health: healthmonitor").arg(orchResult.reason);
        s.lastCheck = orchResult.checkedAt;
        return s;
    }
    const ServiceReplicas r = snap.service(service);
    s.lastCheck = snap.checkedAt;
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

// Overlays a direct check of the service on what the orchestrator said.
void overlay(ServiceStatus& s, const Source* source, int failures = -1)
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
    if (!s.lastCheck.isValid() || r.checkedAt > s.lastCheck)
        s.lastCheck = r.checkedAt;
    s.consecutiveFailures = failures >= 0 ? failures : (r.health == Health::Down ? std::max(1, s.consecutiveFailures) : 0);
}
} // namespace

void HealthMonitor::evaluateThresholds()
{
    const CheckResult orch = d->set.orchestrator ? d->set.orchestrator->lastResult() : CheckResult();
    QStringList names = runbookServices();
    for (const ServiceReplicas& r : std::as_const(d->orchestrator.services))
        if (!names.contains(r.service))
            names << r.service;

    for (const QString& name : std::as_const(names)) {
        ServiceStatus s = fromOrchestrator(name, d->orchestrator, d->haveOrchestrator, orch);
        const ServiceStatus previous = m_services->status(name);
        if (name == QLatin1String("app")) {
            overlay(s, d->set.api, d->set.api ? d->set.api->consecutiveFailures() : -1);
            if (d->haveApi) {
                if (!d->api.version.isEmpty())
                    s.version = d->api.version;
                s.detail = tr("API status: %1", "health: healthmonitor").arg(apiStatusText(d->api.status));
            }
        } else if (name == QLatin1String("postgres")) {
            overlay(s, d->set.postgres);
            if (d->havePostgres && d->postgres.maxConnections > 0)
                s.detail = tr("%1 of %2 connections in use (%3)")
                               .arg(d->postgres.totalBackends)
                               .arg(d->postgres.maxConnections)
                               .arg(Format::percent(100.0 * d->postgres.poolUsage()));
        } else if (name == QLatin1String("redis")) {
            overlay(s, d->set.redis);
            if (d->haveRedis) {
                QStringList queues;
                for (const RedisQueueLength& q : std::as_const(d->redis.queues))
                    queues << QStringLiteral("%1=%2").arg(q.name).arg(q.length);
                s.detail = tr("%1 clients, %2 used; queues %3", "health: healthmonitor")
                               .arg(d->redis.connectedClients)
                               .arg(Format::bytes(d->redis.usedMemory), queues.join(QStringLiteral(", ")));
            }
        } else if (name == QLatin1String("prometheus")) {
            overlay(s, d->set.prometheus);
            if (d->havePrometheus)
                s.detail = tr("%1 firing, %2 pending, %3 targets down")
                               .arg(d->prometheus.firingCount())
                               .arg(d->prometheus.pendingCount())
                               .arg(d->prometheus.targetsDown());
        } else if (name == QLatin1String("worker-llm") || name == QLatin1String("worker-rl")) {
            const QString pool = name.mid(7);
            if (d->haveApi && d->api.workers.contains(pool))
                s.detail = tr("%n worker(s) registered with the API", "health: healthmonitor", d->api.workers.value(pool));
        }
        // Keep the failure count of services without a direct check from their own history.
        if (s.consecutiveFailures == 0 && s.health == Health::Down && previous.health == Health::Down)
            s.consecutiveFailures = previous.consecutiveFailures + (s.lastCheck != previous.lastCheck ? 1 : 0);
        setStatus(s);
    }

    // The schedule's own thresholds, as console alerts.
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
    if (d->set.api && d->set.api->consecutiveFailures() > 0) {
        const int f = d->set.api->consecutiveFailures();
        add(QStringLiteral("ApiHealthCheckFailing"),
            f >= m_schedule.apiFailuresToAlert ? AlertEntry::State::Firing : AlertEntry::State::Pending,
            QStringLiteral("critical"), tr("API /health failed %n time(s) in a row.", nullptr, f),
            d->set.api->lastResult().reason, QStringLiteral("app"));
    }
    const auto sourceDown = [&](Source* src, const QString& alert, const QString& subject, const QString& summary) {
        if (src && src->lastResult().health == Health::Down)
            add(alert, AlertEntry::State::Firing, QStringLiteral("critical"), summary, src->lastResult().reason, subject);
    };
    sourceDown(d->set.postgres, QStringLiteral("DatabaseCheckFailing"), QStringLiteral("postgres"),
               tr("The database connection check failed."));
    sourceDown(d->set.redis, QStringLiteral("RedisCheckFailing"), QStringLiteral("redis"),
               tr("The Redis connection check failed."));
    if (d->haveRedis) {
        for (const RedisQueueLength& q : std::as_const(d->redis.queues))
            if (q.length > m_schedule.queueThreshold)
                add(QStringLiteral("QueueLengthHigh"), AlertEntry::State::Firing, QStringLiteral("warning"),
                    tr("Worker queue has more than %1 items.").arg(m_schedule.queueThreshold),
                    QString::number(q.length), q.name);
    }
    if (d->haveHost && d->host.hasDisk() && d->host.diskUsedPercent > m_schedule.diskThresholdPct)
        add(QStringLiteral("DiskSpaceHigh"), AlertEntry::State::Firing, QStringLiteral("warning"),
            tr("Disk more than %1 full.").arg(Format::percent(m_schedule.diskThresholdPct, 0)),
            Format::percent(d->host.diskUsedPercent), d->host.diskInstance);
    if (d->haveHost && d->host.hasMemory() && d->host.memoryUsedPercent > m_schedule.memoryThresholdPct)
        add(QStringLiteral("MemoryUsageHigh"), AlertEntry::State::Firing, QStringLiteral("warning"),
            tr("Memory more than %1 used.").arg(Format::percent(m_schedule.memoryThresholdPct, 0)),
            Format::percent(d->host.memoryUsedPercent), d->host.memoryInstance);
    m_alerts->setActive(AlertEntry::Origin::Console, console);

    if (d->havePrometheus && d->prometheus.alertsStatus.ok) {
        QList<AlertEntry> fromProm;
        for (const PromAlert& p : std::as_const(d->prometheus.alerts)) {
            if (p.state == PromAlert::State::Inactive)
                continue;
            AlertEntry a;
            a.name = p.name;
            a.state = p.state == PromAlert::State::Firing ? AlertEntry::State::Firing : AlertEntry::State::Pending;
            a.severity = p.labels.value(QStringLiteral("severity"));
            a.summary = p.summary;
            a.value = alertValueText(p.name, p.value);
            a.subject = p.labels.value(QStringLiteral("queue"),
                                       p.labels.value(QStringLiteral("service"), p.labels.value(QStringLiteral("instance"))));
            a.since = p.activeAt;
            fromProm << a;
        }
        m_alerts->setActive(AlertEntry::Origin::Prometheus, fromProm);
    }

    // The runbook's "When to scale" signals.
    QList<ScaleHint> hints;
    const auto hint = [&hints](ScaleHint::Kind kind, const QString& service, double value, double threshold) {
        if (!std::isnan(value) && value > threshold)
            hints << ScaleHint{kind, service, value, threshold};
    };
    hint(ScaleHint::Kind::AppLatency, QStringLiteral("app"), d->p95Ms, m_schedule.scaleP95Ms);
    hint(ScaleHint::Kind::AppCpu, QStringLiteral("app"), d->cpuPct, m_schedule.scaleCpuPct);
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
    // A source whose last good answer is older than its interval allows is shown as Stale,
    // never as current.
    m_services->refreshAges();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_services->rowCount(); ++row) {
        ServiceStatus s = m_services->index(row, 0).data(ServiceStatusModel::StatusRole).value<ServiceStatus>();
        if (s.health != Health::Ok || !s.lastCheck.isValid())
            continue;
        const qint64 limitMs = 3LL * std::max({m_schedule.apiIntervalSec, m_schedule.databaseIntervalSec,
                                               m_schedule.orchestratorIntervalSec}) * 1000;
        if (s.lastCheck.msecsTo(now) > limitMs) {
            s.health = Health::Stale;
            s.reason = tr("Last answer %1; no newer one since.").arg(Format::age(s.lastCheck, now));
            setStatus(s);
        }
    }
}

void HealthMonitor::runComprehensiveCheck()
{
    const quint64 generation = ++d->comprehensiveGeneration;
    struct Step
    {
        QString id;
        QString title;
        QPointer<Source> source;
    };
    const QList<Step> plan = {
        {QStringLiteral("services"), tr("1. Check all services status (compose ps)"), d->set.orchestrator},
        {QStringLiteral("database"), tr("2. Check database (pg_isready)"), d->set.postgres},
        {QStringLiteral("redis"), tr("3. Check Redis (PING)"), d->set.redis},
        {QStringLiteral("queues"), tr("4. Check worker queues (INFO, LLEN)"), d->set.redis},
        {QStringLiteral("api"), tr("5. Check API endpoints (/health)"), d->set.api},
        {QStringLiteral("metrics"), tr("6. Check monitoring (Prometheus)"), d->set.prometheus},
    };
    auto results = std::make_shared<QList<CheckStep>>();
    auto remaining = std::make_shared<int>(int(plan.size()));
    auto finishOne = [this, generation, results, remaining](const CheckStep& step) {
        if (generation != d->comprehensiveGeneration)
            return;
        results->append(step);
        Q_EMIT comprehensiveCheckProgress(step);
        if (--*remaining == 0)
            Q_EMIT comprehensiveCheckFinished(*results);
    };
    QList<Source*> toRefresh;
    for (const Step& st : plan) {
        if (!st.source) {
            CheckStep step{st.id, st.title, {Health::Unknown, tr("not configured", "health: healthmonitor: error or status fragment, shown after “…: ” in a longer message"), QDateTime::currentDateTimeUtc(), -1}, {}};
            finishOne(step);
            continue;
        }
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(st.source, &Source::checked, this, [this, st, connection, finishOne](const CheckResult& r) {
            disconnect(*connection);
            CheckStep step{st.id, st.title, r, {}};
            if (st.id == QLatin1String("services") && d->haveOrchestrator)
                step.detail = tr("%n service(s) listed", "health: healthmonitor", int(d->orchestrator.services.size()));
            else if (st.id == QLatin1String("database") && d->havePostgres)
                step.detail = d->postgres.acceptingConnections ? tr("accepting connections", "health: healthmonitor: error or status fragment, shown after “…: ” in a longer message") : tr("not accepting connections", "health: healthmonitor: error or status fragment, shown after “…: ” in a longer message");
            else if (st.id == QLatin1String("redis") && d->haveRedis)
                step.detail = tr("PONG in %1", "health: healthmonitor").arg(Format::duration(d->redis.pingMs));
            else if (st.id == QLatin1String("queues") && d->haveRedis) {
                QStringList q;
                for (const RedisQueueLength& l : std::as_const(d->redis.queues))
                    q << QStringLiteral("%1=%2").arg(l.name).arg(l.length);
                step.detail = tr("connected_clients %1, used_memory %2; %3")
                                  .arg(d->redis.connectedClients)
                                  .arg(Format::bytes(d->redis.usedMemory), q.join(QStringLiteral(", ")));
            } else if (st.id == QLatin1String("api") && d->haveApi)
                step.detail = tr("status %1, version %2", "health: healthmonitor: error or status fragment, shown after “…: ” in a longer message").arg(apiStatusText(d->api.status), d->api.version);
            else if (st.id == QLatin1String("metrics") && d->havePrometheus)
                step.detail = tr("%1 targets down", "health: healthmonitor").arg(d->prometheus.targetsDown());
            finishOne(step);
        });
        if (!toRefresh.contains(st.source.data()))
            toRefresh << st.source.data();
    }
    for (Source* s : std::as_const(toRefresh))
        s->refresh();
}

} // namespace Ops
