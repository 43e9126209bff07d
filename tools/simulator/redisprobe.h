#pragma once

#include "tools/simulator/snapshots.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

struct redisContext;
class QTimer;

namespace Sim {

/// Probes the real Redis once a second on its own thread: PING, and the Celery workers' heartbeat
/// keys counted per kind. Every call has a 1 s socket timeout, so a frozen Redis costs this thread
/// a second, never the HTTP side.
class RedisProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisProbe)

public:
    RedisProbe(const QString& host, int port, QObject* parent = nullptr);
    ~RedisProbe() override;

    /// The heartbeat keys' prefix; a key is PREFIX + kind + ':' + worker hostname.
    static QByteArray heartbeatPrefix() { return QByteArrayLiteral("fragrance:workers:"); }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void snapshotReady(const Sim::RedisSnapshot& snapshot);

private:
    void probe();
    bool ensureConnected(QString* error);
    void drop();

    QString m_host;
    int m_port;
    redisContext* m_ctx = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace Sim
