#include "simulator.h"

#include "pgprobe.h"
#include "redisworker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "opsconsole.stacksim")

namespace Sim {

namespace {

constexpr qint64 kStaleMs = 5000;

QByteArray gauge(const char* name, const char* help, const char* type = "gauge")
{
    return QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

QByteArray label(const QString& v)
{
    QByteArray out = v.toUtf8();
    out.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return out;
}

double processCpuSeconds()
{
    QFile f(u"/proc/self/stat"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray all = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = all.mid(all.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

qint64 residentBytes()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = f.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QHttpServerResponse json(const QJsonObject& o, QHttpServerResponse::StatusCode code = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse("application/json", QJsonDocument(o).toJson(QJsonDocument::Compact), code);
}

} // namespace

Simulator::Simulator(const SimConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_stateFile(config.stateDir)
{
    qRegisterMetaType<PgSnapshot>();
    qRegisterMetaType<RedisSnapshot>();
    qRegisterMetaType<QueuePlan>();
}

Simulator::~Simulator()
{
    m_pgThread.quit();
    m_redisThread.quit();
    // The probes use short deadlines, so their threads end within a few seconds at most.
    m_pgThread.wait(5000);
    m_redisThread.wait(3000);
}

bool Simulator::start(QString* error)
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    installRoutes(m_api);
    installRoutes(m_admin);

    if (!m_admin.listen(m_config.host, m_config.adminPort)) {
        *error = u"cannot listen on admin port %1"_s.arg(m_config.adminPort);
        return false;
    }
    m_apiTcp = new QTcpServer(this);
    if (!m_apiTcp->listen(m_config.host, m_config.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_config.host.toString()).arg(m_config.port).arg(m_apiTcp->errorString());
        return false;
    }
    m_api.bind(m_apiTcp);
    m_apiMode = ScenarioProfile::ApiMode::Serving;
    m_hangTcp = new QTcpServer(this);
    connect(m_hangTcp, &QTcpServer::newConnection, this, [this] {
        // Accept and never answer: the client's own deadline is all that saves it.
        while (QTcpSocket* s = m_hangTcp->nextPendingConnection())
            m_hungSockets.append(QPointer<QTcpSocket>(s));
    });

    QString stateError;
    if (!m_config.scenario.isEmpty() && !setScenario(m_config.scenario, &stateError)) {
        *error = stateError;
        return false;
    }
    m_stateFile.ensureExists(&stateError);

    const QByteArray conninfo = u"host=%1 port=%2 user=%3 dbname=%4 application_name=opsconsole-stacksim"_s
                                    .arg(m_config.pgHost)
                                    .arg(m_config.pgPort)
                                    .arg(m_config.pgUser, m_config.pgDatabase)
                                    .toUtf8();
    m_pgProbe = new PgProbe(conninfo, m_config.pgDatabase);
    m_pgProbe->moveToThread(&m_pgThread);
    connect(&m_pgThread, &QThread::started, m_pgProbe, &PgProbe::start);
    connect(&m_pgThread, &QThread::finished, m_pgProbe, &QObject::deleteLater);
    connect(m_pgProbe, &PgProbe::snapshotReady, this, [this](const PgSnapshot& s) { m_pg = s; });
    m_pgThread.start();

    m_redisWorker = new RedisWorker(m_config.redisHost, m_config.redisPort);
    m_redisWorker->moveToThread(&m_redisThread);
    connect(&m_redisThread, &QThread::started, m_redisWorker, &RedisWorker::start);
    connect(&m_redisThread, &QThread::finished, m_redisWorker, &QObject::deleteLater);
    connect(m_redisWorker, &RedisWorker::snapshotReady, this, [this](const RedisSnapshot& s) { m_redis = s; });
    m_redisThread.start();

    reloadState();
    m_stateTimer = new QTimer(this);
    m_stateTimer->setInterval(250);
    connect(m_stateTimer, &QTimer::timeout, this, &Simulator::reloadState);
    m_stateTimer->start();

    m_trafficClock.start();
    m_trafficTimer = new QTimer(this);
    m_trafficTimer->setInterval(250);
    connect(m_trafficTimer, &QTimer::timeout, this, &Simulator::onTrafficTick);
    m_trafficTimer->start();
    qCInfo(lcSim) << "serving on" << m_config.host.toString() << m_config.port << "admin" << m_config.adminPort;
    return true;
}

void Simulator::installRoutes(QHttpServer& server)
{
    const bool counted = &server == &m_api;
    auto timed = [this, counted](const QString& handler, auto fn) {
        return [this, counted, handler, fn](const QHttpServerRequest& req) {
            QElapsedTimer t;
            t.start();
            QHttpServerResponse resp = fn(req);
            if (counted) {
                const QString method = req.method() == QHttpServerRequest::Method::Post ? u"POST"_s : u"GET"_s;
                m_traffic.record(method, handler, int(resp.statusCode()), double(t.nsecsElapsed()) / 1e9);
            }
            return resp;
        };
    };
    server.route(u"/health"_s, timed(u"/health"_s, [this](const QHttpServerRequest&) { return health(); }));
    server.route(u"/version"_s, timed(u"/version"_s, [this](const QHttpServerRequest&) {
                     return json(QJsonObject{{u"version"_s, m_state.version()}});
                 }));
    server.route(u"/docs"_s, timed(u"/docs"_s, [](const QHttpServerRequest&) {
                     return QHttpServerResponse(
                         "text/html; charset=utf-8",
                         "<!DOCTYPE html><html><head><title>Fragrance AI API - Swagger UI</title></head>"
                         "<body><h1>Fragrance AI API</h1><p>OpenAPI 3.1 (simulated)</p><ul>"
                         "<li>GET /health</li><li>GET /version</li><li>GET /metrics</li>"
                         "<li>GET /api/v1/fragrances</li><li>GET /api/v1/search</li>"
                         "<li>POST /api/v1/generate</li><li>POST /api/v1/feedback</li></ul></body></html>");
                 }));
    server.route(u"/metrics"_s, timed(u"/metrics"_s, [this](const QHttpServerRequest&) { return metrics(); }));
    server.route(u"/admin/state"_s, [this](const QHttpServerRequest&) { return adminState(); });
    server.route(u"/admin/scenario"_s, [this](const QHttpServerRequest& req) { return adminScenario(req); });
    server.route(u"/admin/config"_s, [this](const QHttpServerRequest& req) { return adminConfig(req); });
}

void Simulator::reloadState()
{
    QString error;
    const std::optional<StackState> state = m_stateFile.read(&error);
    if (!state) {
        qCWarning(lcSim) << "cannot read state:" << error;
        return;
    }
    applyState(*state);
}

void Simulator::applyState(const StackState& state)
{
    m_state = state;
    m_profile = ScenarioProfile::forScenario(state.scenario, state.badDeployActive());
    ScenarioProfile::ApiMode mode = m_profile.apiMode;
    // `docker compose stop app` or `down` takes the API away like the scenario does.
    if (state.runningReplicas(u"app"_s) == 0)
        mode = ScenarioProfile::ApiMode::Refusing;
    setApiMode(mode);

    QueuePlan plan;
    plan.llmWorkers = state.runningReplicas(u"worker-llm"_s);
    plan.rlWorkers = state.runningReplicas(u"worker-rl"_s);
    plan.paused = state.runningReplicas(u"redis"_s) == 0;
    if (m_profile.queueBacklog) {
        plan.producePerSecond = {{u"celery"_s, 12.0}, {u"llm"_s, 25.0}, {u"rl"_s, 4.0}};
        plan.llmTasksPerSecond = 0.3; // stuck on a slow model
        plan.rlTasksPerSecond = 0.1;
        plan.produceCap = 180;
    } else if (mode == ScenarioProfile::ApiMode::Serving) {
        plan.producePerSecond = {{u"celery"_s, 1.0}, {u"llm"_s, 2.5}, {u"rl"_s, 0.4}};
    }
    QMetaObject::invokeMethod(m_redisWorker, [w = m_redisWorker, plan] { w->setPlan(plan); }, Qt::QueuedConnection);
    const int hold = state.runningReplicas(u"postgres"_s) > 0 ? m_profile.holdDbPercent : 0;
    QMetaObject::invokeMethod(m_pgProbe, [p = m_pgProbe, hold] { p->setHoldPercent(hold); }, Qt::QueuedConnection);
}

void Simulator::setApiMode(ScenarioProfile::ApiMode mode)
{
    if (mode == m_apiMode)
        return;
    qCInfo(lcSim) << "api mode" << int(m_apiMode) << "->" << int(mode);
    if (m_apiMode == ScenarioProfile::ApiMode::Serving) {
        m_apiTcp->close();
        // Keep-alive connections (Prometheus keeps one) must end too, or scrapes go on.
        const QList<QTcpSocket*> open = m_apiTcp->findChildren<QTcpSocket*>();
        for (QTcpSocket* s : open)
            s->abort();
    } else if (m_apiMode == ScenarioProfile::ApiMode::Hanging) {
        m_hangTcp->close();
        for (const QPointer<QTcpSocket>& s : std::as_const(m_hungSockets)) {
            if (s) {
                s->abort();
                s->deleteLater();
            }
        }
        m_hungSockets.clear();
    }
    m_apiMode = mode;
    if (mode == ScenarioProfile::ApiMode::Serving) {
        if (!m_apiTcp->listen(m_config.host, m_config.port))
            qCWarning(lcSim) << "cannot listen again:" << m_apiTcp->errorString();
    } else if (mode == ScenarioProfile::ApiMode::Hanging) {
        if (!m_hangTcp->listen(m_config.host, m_config.port))
            qCWarning(lcSim) << "cannot listen for the hang:" << m_hangTcp->errorString();
    }
}

void Simulator::onTrafficTick()
{
    const qint64 now = m_trafficClock.elapsed();
    const double dt = m_lastTrafficMs == 0 ? 0.25 : qBound(0.0, (now - m_lastTrafficMs) / 1000.0, 2.0);
    m_lastTrafficMs = now;
    ScenarioProfile p = m_profile;
    if (m_apiMode != ScenarioProfile::ApiMode::Serving)
        p.apiMode = m_apiMode;
    m_traffic.tick(dt, m_config.requestsPerSecond * publicTrafficShare(), p);
}

double Simulator::publicTrafficShare() const
{
    // The synthetic traffic is the public one, which comes through NGINX. Once NGINX serves the
    // maintenance page (flag set, then reloaded) new requests stop reaching the API; those already in
    // flight finish over a few seconds, so the rate falls rather than drops. The API's own port
    // (:8000, where the runbook's smoke test, /health checks and Prometheus go) keeps answering.
    if (!m_state.maintenanceServing)
        return 1.0;
    const double since = double(QDateTime::currentMSecsSinceEpoch() - m_state.maintenanceChangedMs) / 1000.0;
    return qBound(0.0, 1.0 - since / kDrainSeconds, 1.0);
}

bool Simulator::setScenario(const QString& name, QString* error)
{
    if (!scenarioNames().contains(name)) {
        *error = u"unknown scenario \"%1\"; known: %2"_s.arg(name, scenarioNames().join(u", "_s));
        return false;
    }
    if (!m_stateFile.update([&name](StackState& s) { s.setScenario(name); }, error))
        return false;
    if (m_redisWorker)
        reloadState();
    return true;
}

bool Simulator::databaseHealthy(QString* reason) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_state.runningReplicas(u"postgres"_s) == 0) {
        *reason = u"postgres service is not running"_s;
        return false;
    }
    if (m_profile.databaseErrors) {
        *reason = u"QueuePool limit reached; connection timed out (psycopg2.OperationalError)"_s;
        return false;
    }
    if (m_pg.atMs == 0 || now - m_pg.atMs > kStaleMs) {
        *reason = u"no answer from PostgreSQL"_s;
        return false;
    }
    if (!m_pg.ok) {
        *reason = m_pg.error;
        return false;
    }
    return true;
}

bool Simulator::redisHealthy(QString* reason) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_redis.atMs == 0 || now - m_redis.atMs > kStaleMs) {
        *reason = u"no answer from Redis"_s;
        return false;
    }
    if (!m_redis.ok) {
        *reason = m_redis.error;
        return false;
    }
    return true;
}

QJsonObject Simulator::workersJson() const
{
    return QJsonObject{{u"llm"_s, m_state.runningReplicas(u"worker-llm"_s)},
                       {u"rl"_s, m_state.runningReplicas(u"worker-rl"_s)}};
}

QHttpServerResponse Simulator::health()
{
    QString dbReason;
    QString redisReason;
    const bool db = databaseHealthy(&dbReason);
    const bool redis = redisHealthy(&redisReason);
    QString status = u"healthy"_s;
    if (!db)
        status = u"unhealthy"_s;
    else if (!redis || m_state.runningReplicas(u"worker-llm"_s) == 0)
        status = u"degraded"_s;
    QJsonObject services{{u"database"_s, db ? u"healthy"_s : u"unhealthy"_s},
                         {u"redis"_s, redis ? u"healthy"_s : u"unhealthy"_s},
                         {u"workers"_s, workersJson()}};
    QJsonObject body{{u"status"_s, status},
                     {u"version"_s, m_state.version()},
                     {u"timestamp"_s, isoNow()},
                     {u"services"_s, services}};
    if (!db || !redis) {
        QJsonObject errors;
        if (!db)
            errors.insert(u"database"_s, dbReason);
        if (!redis)
            errors.insert(u"redis"_s, redisReason);
        body.insert(u"errors"_s, errors);
    }
    return json(body, db ? QHttpServerResponse::StatusCode::Ok : QHttpServerResponse::StatusCode::ServiceUnavailable);
}

QHttpServerResponse Simulator::metrics()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray out = m_traffic.metricsText();

    const bool redisFresh = m_redis.ok && now - m_redis.atMs <= kStaleMs;
    out += gauge("redis_up", "Whether the last Redis check succeeded.");
    out += "redis_up " + QByteArray(redisFresh ? "1" : "0") + '\n';
    if (redisFresh) {
        out += gauge("celery_queue_length", "Tasks waiting in the Celery queue (LLEN of its Redis list).");
        for (auto it = m_redis.queueLengths.cbegin(); it != m_redis.queueLengths.cend(); ++it)
            out += "celery_queue_length{queue=\"" + label(it.key()) + "\"} " + QByteArray::number(it.value()) + '\n';
        out += gauge("redis_memory_used_bytes", "used_memory from Redis INFO.");
        out += "redis_memory_used_bytes " + QByteArray::number(m_redis.usedMemory) + '\n';
        out += gauge("redis_connected_clients", "connected_clients from Redis INFO.");
        out += "redis_connected_clients " + QByteArray::number(m_redis.connectedClients) + '\n';
    }
    out += gauge("celery_tasks_published_total", "Tasks pushed to the Celery queues.", "counter");
    for (auto it = m_redis.produced.cbegin(); it != m_redis.produced.cend(); ++it)
        out += "celery_tasks_published_total{queue=\"" + label(it.key()) + "\"} " + QByteArray::number(it.value()) + '\n';
    out += gauge("celery_tasks_consumed_total", "Tasks taken from the Celery queues by workers.", "counter");
    for (auto it = m_redis.consumed.cbegin(); it != m_redis.consumed.cend(); ++it)
        out += "celery_tasks_consumed_total{queue=\"" + label(it.key()) + "\"} " + QByteArray::number(it.value()) + '\n';

    out += gauge("fragrance_workers", "Running worker replicas per service.");
    for (const QString& svc : {u"worker-llm"_s, u"worker-rl"_s})
        out += "fragrance_workers{service=\"" + label(svc) + "\"} " +
               QByteArray::number(m_state.runningReplicas(svc)) + '\n';
    out += gauge("fragrance_app_replicas", "Running API replicas.");
    out += "fragrance_app_replicas " + QByteArray::number(m_state.runningReplicas(u"app"_s)) + '\n';

    const bool pgFresh = m_pg.ok && now - m_pg.atMs <= kStaleMs;
    out += gauge("pg_up", "Whether the last PostgreSQL check succeeded.");
    out += "pg_up " + QByteArray(pgFresh ? "1" : "0") + '\n';
    if (pgFresh) {
        out += gauge("pg_stat_database_numbackends", "Backends connected to each database (pg_stat_database).");
        for (auto it = m_pg.backends.cbegin(); it != m_pg.backends.cend(); ++it)
            out += "pg_stat_database_numbackends{datname=\"" + label(it.key()) + "\"} " +
                   QByteArray::number(it.value()) + '\n';
        // Also repeated per database: the runbook's rule divides one by the other one-to-one,
        // which only matches series with the same labels.
        out += gauge("pg_settings_max_connections", "Server setting max_connections.");
        out += "pg_settings_max_connections " + QByteArray::number(m_pg.maxConnections) + '\n';
        for (auto it = m_pg.backends.cbegin(); it != m_pg.backends.cend(); ++it)
            out += "pg_settings_max_connections{datname=\"" + label(it.key()) + "\"} " +
                   QByteArray::number(m_pg.maxConnections) + '\n';
    }

    out += gauge("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter");
    out += "process_cpu_seconds_total " + QByteArray::number(processCpuSeconds(), 'f', 2) + '\n';
    out += gauge("process_resident_memory_bytes", "Resident memory size in bytes.");
    out += "process_resident_memory_bytes " + QByteArray::number(residentBytes()) + '\n';
    out += gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.");
    out += "process_start_time_seconds " + QByteArray::number(m_startedMs / 1000) + '\n';
    out += gauge("build_info", "The deployed build.");
    out += "build_info{version=\"" + label(m_state.version()) + "\",service=\"app\"} 1\n";
    return QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8", out);
}

QHttpServerResponse Simulator::adminState()
{
    const char* modes[] = {"serving", "refusing", "hanging"};
    QJsonObject queues;
    for (auto it = m_redis.queueLengths.cbegin(); it != m_redis.queueLengths.cend(); ++it)
        queues.insert(it.key(), it.value());
    QJsonObject backends;
    for (auto it = m_pg.backends.cbegin(); it != m_pg.backends.cend(); ++it)
        backends.insert(it.key(), it.value());
    QJsonObject o{{u"scenario"_s, m_state.scenario},
                  {u"scenarios"_s, QJsonArray::fromStringList(scenarioNames())},
                  {u"version"_s, m_state.version()},
                  {u"badVersion"_s, m_state.badVersion},
                  {u"badDeployActive"_s, m_state.badDeployActive()},
                  {u"apiMode"_s, QString::fromLatin1(modes[int(m_apiMode)])},
                  {u"workers"_s, workersJson()},
                  {u"requestsPerSecond"_s, m_config.requestsPerSecond},
                  {u"requestsTotal"_s, m_traffic.totalRequests()},
                  {u"queues"_s, queues},
                  {u"postgres"_s, QJsonObject{{u"ok"_s, m_pg.ok},
                                              {u"error"_s, m_pg.error},
                                              {u"backends"_s, backends},
                                              {u"maxConnections"_s, m_pg.maxConnections},
                                              {u"heldConnections"_s, m_pg.held}}},
                  {u"redis"_s, QJsonObject{{u"ok"_s, m_redis.ok},
                                           {u"error"_s, m_redis.error},
                                           {u"usedMemory"_s, m_redis.usedMemory}}},
                  {u"logRate"_s, m_state.logRate},
                  {u"maintenance"_s, QJsonObject{{u"flag"_s, m_state.maintenanceFlag},
                                                 {u"serving"_s, m_state.maintenanceServing},
                                                 {u"publicTrafficShare"_s, publicTrafficShare()}}},
                  {u"stateFile"_s, m_stateFile.path()}};
    return json(o);
}

QHttpServerResponse Simulator::adminScenario(const QHttpServerRequest& req)
{
    if (req.method() != QHttpServerRequest::Method::Post)
        return json(QJsonObject{{u"scenario"_s, m_state.scenario}});
    QString name = req.query().queryItemValue(u"name"_s);
    if (name.isEmpty()) {
        const QByteArray body = req.body().trimmed();
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (doc.isObject())
            name = doc.object().value(u"name"_s).toString();
        else if (body.startsWith("name="))
            name = QUrlQuery(QString::fromUtf8(body)).queryItemValue(u"name"_s);
        else
            name = QString::fromUtf8(body);
    }
    QString error;
    if (!setScenario(name, &error))
        return json(QJsonObject{{u"error"_s, error}}, QHttpServerResponse::StatusCode::BadRequest);
    return adminState();
}

QHttpServerResponse Simulator::adminConfig(const QHttpServerRequest& req)
{
    if (req.method() == QHttpServerRequest::Method::Post) {
        const QUrlQuery q = req.query().isEmpty() ? QUrlQuery(QString::fromUtf8(req.body())) : req.query();
        bool ok = false;
        const double rps = q.queryItemValue(u"rps"_s).toDouble(&ok);
        if (ok && rps >= 0 && rps <= 5000)
            m_config.requestsPerSecond = rps;
        const int logRate = q.queryItemValue(u"logRate"_s).toInt(&ok);
        if (ok && logRate > 0 && logRate <= 100000) {
            QString error;
            m_stateFile.update([logRate](StackState& s) { s.logRate = logRate; }, &error);
            reloadState();
        }
    }
    return adminState();
}

} // namespace Sim
