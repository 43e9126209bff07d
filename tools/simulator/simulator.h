#pragma once

#include "scenarioprofile.h"
#include "simstate.h"
#include "snapshots.h"
#include "trafficmodel.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace Sim {

class PgProbe;
class RedisWorker;

struct SimConfig
{
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = 58000;
    quint16 adminPort = 58001;
    QString stateDir;
    QString pgHost = QStringLiteral("127.0.0.1");
    int pgPort = 55432;
    QString pgUser = QStringLiteral("fragrance_user");
    QString pgDatabase = QStringLiteral("fragrance_ai");
    QString redisHost = QStringLiteral("127.0.0.1");
    int redisPort = 56379;
    QString scenario; ///< empty: keep the state file's
    double requestsPerSecond = 20.0;
};

/// The simulated Fragrance AI API. Serves /health, /version, /docs, /metrics and /admin/* on the
/// API port, and the same routes on the admin port, which stays up while the API port refuses
/// or hangs. Follows the shared state file (scenario, replicas, versions) that the docker double
/// also writes.
class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)

public:
    explicit Simulator(const SimConfig& config, QObject* parent = nullptr);
    ~Simulator() override;

    /// Binds the ports and starts the probes; false with a message when a port is taken.
    bool start(QString* error);

private:
    void installRoutes(QHttpServer& server);
    void reloadState();
    void applyState(const StackState& state);
    void setApiMode(ScenarioProfile::ApiMode mode);
    void onTrafficTick();
    /// Share of the configured public traffic that reaches the API (0 behind the maintenance page).
    double publicTrafficShare() const;
    static constexpr double kDrainSeconds = 3.0;
    bool setScenario(const QString& name, QString* error);

    QHttpServerResponse health();
    QHttpServerResponse metrics();
    QHttpServerResponse adminState();
    QHttpServerResponse adminScenario(const QHttpServerRequest& request);
    QHttpServerResponse adminConfig(const QHttpServerRequest& request);

    bool databaseHealthy(QString* reason) const;
    bool redisHealthy(QString* reason) const;
    QJsonObject workersJson() const;

    SimConfig m_config;
    StateFile m_stateFile;
    StackState m_state;
    ScenarioProfile m_profile;
    ScenarioProfile::ApiMode m_apiMode = ScenarioProfile::ApiMode::Refusing;
    TrafficModel m_traffic;

    QHttpServer m_api;
    QHttpServer m_admin;
    QTcpServer* m_apiTcp = nullptr;
    QTcpServer* m_hangTcp = nullptr;
    QList<QPointer<QTcpSocket>> m_hungSockets;

    QThread m_pgThread;
    QThread m_redisThread;
    PgProbe* m_pgProbe = nullptr;
    RedisWorker* m_redisWorker = nullptr;
    PgSnapshot m_pg;
    RedisSnapshot m_redis;

    QTimer* m_stateTimer = nullptr;
    QTimer* m_trafficTimer = nullptr;
    QElapsedTimer m_trafficClock;
    qint64 m_lastTrafficMs = 0;
    qint64 m_startedMs = 0;
};

} // namespace Sim
