#include "tools/simulator/simulator.h"

#include "tools/simulator/pgprobe.h"
#include "tools/simulator/redisprobe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "opsconsole.stacksim")

namespace Sim {

namespace {

constexpr qint64 kStaleMs = 5000;

// The production API's routes as the load generator calls them through NGINX.
constexpr Endpoint kFragrances{"GET", "/api/v1/fragrances", 0.040, true, 200};
constexpr Endpoint kSearch{"GET", "/api/v1/search", 0.060, true, 200};
constexpr Endpoint kGenerate{"POST", "/api/v1/generate", 0.300, false, 202};
constexpr Endpoint kFeedback{"POST", "/api/v1/feedback", 0.030, true, 201};

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

const char* methodName(const QHttpServerRequest& req)
{
    switch (req.method()) {
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "GET";
    }
}

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 404: return "Not Found";
    case 422: return "Unprocessable Entity";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "";
    }
}

QByteArray apiBody(const Endpoint& ep, int status)
{
    if (status >= 500)
        return R"({"detail":"Internal Server Error"})";
    if (status >= 400)
        return status == 404 ? R"({"detail":"Not Found"})" : R"({"detail":"validation error"})";
    if (QLatin1String(ep.handler) == "/api/v1/generate"_L1)
        return QJsonDocument(QJsonObject{{u"task_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                         {u"status"_s, u"queued"_s}})
            .toJson(QJsonDocument::Compact);
    if (QLatin1String(ep.handler) == "/api/v1/feedback"_L1)
        return R"({"status":"recorded"})";
    return R"({"items":[{"id":1,"name":"Seoul Rain","rating":4.6},{"id":2,"name":"Jeju Dawn","rating":4.35},)"
           R"({"id":3,"name":"Hanok Evening","rating":4.72}],"total":3})";
}

} // namespace

Simulator::Simulator(const SimConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<PgSnapshot>();
    qRegisterMetaType<RedisSnapshot>();
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
    installRoutes();
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(m_config.host, m_config.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_config.host.toString()).arg(m_config.port).arg(m_tcp->errorString());
        return false;
    }
    m_server.bind(m_tcp);

    QUrl db(QString::fromUtf8(m_config.databaseUrl));
    QUrlQuery q(db);
    q.addQueryItem(u"application_name"_s, u"fragrance-api"_s);
    db.setQuery(q);
    const QString database = db.path().mid(1);
    m_pgProbe = new PgProbe(db.toEncoded(), database);
    m_pgProbe->moveToThread(&m_pgThread);
    connect(&m_pgThread, &QThread::started, m_pgProbe, &PgProbe::start);
    connect(&m_pgThread, &QThread::finished, m_pgProbe, &QObject::deleteLater);
    connect(m_pgProbe, &PgProbe::snapshotReady, this, [this](const PgSnapshot& s) { m_pg = s; });
    m_pgThread.start();

    m_redisProbe = new RedisProbe(m_config.redisHost, m_config.redisPort);
    m_redisProbe->moveToThread(&m_redisThread);
    connect(&m_redisThread, &QThread::started, m_redisProbe, &RedisProbe::start);
    connect(&m_redisThread, &QThread::finished, m_redisProbe, &QObject::deleteLater);
    connect(m_redisProbe, &RedisProbe::snapshotReady, this, [this](const RedisSnapshot& s) { m_redis = s; });
    m_redisThread.start();

    readSwitch();
    m_switchTimer = new QTimer(this);
    m_switchTimer->setInterval(250);
    connect(m_switchTimer, &QTimer::timeout, this, &Simulator::readSwitch);
    m_switchTimer->start();
    qCInfo(lcSim) << "version" << m_config.version << "defect" << (m_config.defect.isEmpty() ? u"none"_s : m_config.defect)
                  << "serving on" << m_config.host.toString() << m_config.port;
    return true;
}

void Simulator::installRoutes()
{
    // Synchronous routes: answered at once, counted with the time they really took.
    auto timed = [this](const char* handler, auto fn) {
        return [this, handler, fn](const QHttpServerRequest& req) {
            QElapsedTimer t;
            t.start();
            QHttpServerResponse resp = fn();
            const double seconds = double(t.nsecsElapsed()) / 1e9;
            m_traffic.record(QString::fromLatin1(methodName(req)), QString::fromLatin1(handler),
                             int(resp.statusCode()), seconds);
            logRequest(req.remoteAddress().toString(), methodName(req), handler, int(resp.statusCode()), seconds);
            return resp;
        };
    };
    m_server.route(u"/health"_s, timed("/health", [this] { return health(); }));
    m_server.route(u"/version"_s, timed("/version", [this] {
                       return json(QJsonObject{{u"version"_s, m_config.version}});
                   }));
    m_server.route(u"/docs"_s, timed("/docs", [] {
                       return QHttpServerResponse(
                           "text/html; charset=utf-8",
                           "<!DOCTYPE html><html><head><title>Fragrance AI API - Swagger UI</title></head>"
                           "<body><h1>Fragrance AI API</h1><p>OpenAPI 3.1 (local stand-in)</p><ul>"
                           "<li>GET /health</li><li>GET /version</li><li>GET /metrics</li>"
                           "<li>GET /api/v1/fragrances</li><li>GET /api/v1/search</li>"
                           "<li>POST /api/v1/generate</li><li>POST /api/v1/feedback</li></ul></body></html>");
                   }));
    m_server.route(u"/metrics"_s, timed("/metrics", [this] { return metrics(); }));

    // The API's own routes take their time (timers, never a blocked event loop).
    for (const Endpoint* ep : {&kFragrances, &kSearch, &kGenerate, &kFeedback}) {
        m_server.route(QString::fromLatin1(ep->handler),
                       [this, ep](const QHttpServerRequest& req, QHttpServerResponder&& responder) {
                           serveApi(*ep, req, std::move(responder));
                       });
    }
}

void Simulator::serveApi(const Endpoint& ep, const QHttpServerRequest& req, QHttpServerResponder&& responder)
{
    QString dbReason;
    const bool dbDown = !databaseHealthy(&dbReason);
    const Outcome outcome = m_traffic.decide(ep, profile(), dbDown);
    // The responder outlives this call; its socket may not (a client that gave up): guard it.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    const QByteArray method = methodName(req);
    const QString peer = req.remoteAddress().toString();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QTimer::singleShot(int(outcome.seconds * 1000), this, [this, ep, outcome, pending, socket, method, peer, clock] {
        const double seconds = double(clock->nsecsElapsed()) / 1e9;
        m_traffic.record(QString::fromLatin1(method), QString::fromLatin1(ep.handler), outcome.status, seconds);
        logRequest(peer, method.constData(), ep.handler, outcome.status, seconds);
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        pending->write(apiBody(ep, outcome.status), "application/json",
                       QHttpServerResponder::StatusCode(outcome.status));
    });
}

void Simulator::logRequest(const QString& peer, const char* method, const char* handler, int status, double seconds)
{
    // One access line per request, as uvicorn writes them: `docker-compose logs -f app` streams these.
    std::fprintf(stdout, "INFO:     %s - \"%s %s HTTP/1.1\" %d %s (%.0f ms)\n", qPrintable(peer), method, handler,
                 status, reasonPhrase(status), seconds * 1000);
}

void Simulator::readSwitch()
{
    QString name = u"normal"_s;
    QFile f(m_config.switchFile);
    if (!m_config.switchFile.isEmpty() && f.open(QIODevice::ReadOnly))
        name = QString::fromUtf8(f.read(64)).trimmed();
    if (name == m_switch)
        return;
    qCInfo(lcSim) << "switch" << m_switch << "->" << name;
    m_switch = name;
    const int hold = profile().holdDbPercent;
    QMetaObject::invokeMethod(m_pgProbe, [p = m_pgProbe, hold] { p->setHoldPercent(hold); }, Qt::QueuedConnection);
}

ScenarioProfile Simulator::profile() const
{
    return ScenarioProfile::forDefect(m_config.defect).worst(ScenarioProfile::forSwitch(m_switch));
}

bool Simulator::databaseHealthy(QString* reason) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (profile().databaseErrors) {
        *reason = u"QueuePool limit reached; connection timed out (psycopg2.OperationalError)"_s;
        return false;
    }
    if (m_pg.atMs == 0 || now - m_pg.atMs > kStaleMs) {
        *reason = u"no answer from PostgreSQL"_s;
        return false;
    }
    if (!m_pg.ok) {
        *reason = m_pg.error.isEmpty() ? u"PostgreSQL check failed"_s : m_pg.error;
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
        *reason = m_redis.error.isEmpty() ? u"Redis check failed"_s : m_redis.error;
        return false;
    }
    return true;
}

QJsonObject Simulator::workersJson() const
{
    QString reason;
    const bool fresh = redisHealthy(&reason);
    return QJsonObject{{u"llm"_s, fresh ? m_redis.workers.value(u"llm"_s) : 0},
                       {u"rl"_s, fresh ? m_redis.workers.value(u"rl"_s) : 0}};
}

QHttpServerResponse Simulator::health()
{
    QString dbReason;
    QString redisReason;
    const bool db = databaseHealthy(&dbReason);
    const bool redis = redisHealthy(&redisReason);
    const QJsonObject workers = workersJson();
    QString status = u"healthy"_s;
    if (!db)
        status = u"unhealthy"_s;
    else if (!redis || workers.value(u"llm"_s).toInt() == 0)
        status = u"degraded"_s;
    QJsonObject services{{u"database"_s, db ? u"healthy"_s : u"unhealthy"_s},
                         {u"redis"_s, redis ? u"healthy"_s : u"unhealthy"_s},
                         {u"workers"_s, workers}};
    QJsonObject body{{u"status"_s, status},
                     {u"version"_s, m_config.version},
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
    // Only what this replica knows first-hand: its requests and its process. PostgreSQL, Redis and
    // the Celery queues come from their exporters (postgres_exporter, redis_exporter).
    QByteArray out = m_traffic.metricsText();
    out += gauge("process_cpu_seconds_total", "Total user and system CPU time spent in seconds.", "counter");
    out += "process_cpu_seconds_total " + QByteArray::number(processCpuSeconds(), 'f', 2) + '\n';
    out += gauge("process_resident_memory_bytes", "Resident memory size in bytes.");
    out += "process_resident_memory_bytes " + QByteArray::number(residentBytes()) + '\n';
    out += gauge("process_start_time_seconds", "Start time of the process since unix epoch in seconds.");
    out += "process_start_time_seconds " + QByteArray::number(m_startedMs / 1000) + '\n';
    // The Celery workers this replica sees alive (their heartbeats in Redis), as its /health reports them.
    const QJsonObject workers = workersJson();
    out += gauge("fragrance_workers", "Celery workers with a fresh heartbeat in Redis, per queue.");
    for (auto it = workers.constBegin(); it != workers.constEnd(); ++it)
        out += "fragrance_workers{queue=\"" + label(it.key()) + "\"} " + QByteArray::number(it.value().toInt()) + '\n';
    out += gauge("build_info", "The deployed build.");
    out += "build_info{version=\"" + label(m_config.version) + "\",service=\"app\"} 1\n";
    return QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8", out);
}

} // namespace Sim
