#pragma once

#include "tools/simulator/scenarioprofile.h"
#include "tools/simulator/snapshots.h"
#include "tools/simulator/trafficmodel.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QThread>

class QTcpServer;
class QTimer;

namespace Sim {

class PgProbe;
class RedisProbe;

struct SimConfig
{
    QHostAddress host{QHostAddress::AnyIPv4};
    quint16 port = 8000;
    QByteArray databaseUrl = "postgresql://fragrance_user@postgres:5432/fragrance_ai"; ///< libpq URI
    QString redisHost = QStringLiteral("redis");
    int redisPort = 6379;
    QString version;     ///< the build's version (the image's APP_VERSION)
    QString defect;      ///< the build's defect (the image's APP_DEFECT), empty for a good build
    QString switchFile;  ///< the simulator's switch, shared by every replica; missing = normal
};

/// The Fragrance AI API as one replica of the local stack's `app` service plays it: the runbook's
/// /health, /version, /docs and /metrics, and the API routes the load generator calls through
/// NGINX. Requests, their statuses and their durations are real; how the handlers behave comes
/// from the build's defect and the shared switch file. /health asks the real PostgreSQL and Redis
/// (and counts the Celery workers' heartbeats there).
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(const SimConfig& config, QObject* parent = nullptr);
    ~Simulator() override;

    /// Binds the port and starts the probes; false with a message when the port is taken.
    bool start(QString* error);

private:
    void installRoutes();
    void serveApi(const Endpoint& endpoint, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void readSwitch();
    ScenarioProfile profile() const;
    static void logRequest(const QString& peer, const char* method, const char* handler, int status, double seconds);

    QHttpServerResponse health();
    QHttpServerResponse metrics();

    bool databaseHealthy(QString* reason) const;
    bool redisHealthy(QString* reason) const;
    QJsonObject workersJson() const;

    SimConfig m_config;
    QString m_switch = QStringLiteral("normal");
    TrafficModel m_traffic;
    QHttpServer m_server;
    QTcpServer* m_tcp = nullptr;

    QThread m_pgThread;
    QThread m_redisThread;
    PgProbe* m_pgProbe = nullptr;
    RedisProbe* m_redisProbe = nullptr;
    PgSnapshot m_pg;
    RedisSnapshot m_redis;

    QTimer* m_switchTimer = nullptr;
    qint64 m_startedMs = 0;
};

} // namespace Sim
