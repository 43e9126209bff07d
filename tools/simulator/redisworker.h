#pragma once

#include "snapshots.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

struct redisContext;
class QTimer;

namespace Sim {

/// Plays Celery against the real Redis on its own thread: producers LPUSH task messages to the
/// lists celery, llm and rl; simulated workers RPOP them at their throughput. Also reads LLEN,
/// INFO memory and clients. Every call has a 1 s socket timeout, so a frozen Redis costs this
/// thread a second, never the HTTP side.
class RedisWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisWorker)

public:
    RedisWorker(const QString& host, int port, QObject* parent = nullptr);
    ~RedisWorker() override;

    static QStringList queues();

public Q_SLOTS:
    void start();
    void setPlan(const Sim::QueuePlan& plan);

Q_SIGNALS:
    void snapshotReady(const Sim::RedisSnapshot& snapshot);

private:
    void tick();
    bool ensureConnected();
    void fail(const QString& error);
    bool produce(const QString& queue, int count);
    qint64 consume(const QString& queue, int count);
    bool refreshFigures();
    QByteArray taskMessage(const QString& queue) const;

    QString m_host;
    int m_port;
    redisContext* m_ctx = nullptr;
    QueuePlan m_plan;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_lastSnapshotMs = -1000000;
    qint64 m_retryAtMs = 0;
    QMap<QString, double> m_produceCarry;
    double m_llmCarry = 0;
    double m_rlCarry = 0;
    RedisSnapshot m_snap;
};

} // namespace Sim
