#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Ops {

/// Length of one Celery queue (a Redis list), from LLEN.
struct RedisQueueLength
{
    QString name;
    qint64 length = -1; ///< -1 when LLEN failed (error says why)
    QString error;
};

/// What one Redis check saw: PING, INFO and (on the queue interval) LLEN of the Celery queues.
struct RedisSnapshot
{
    qint64 pingMs = -1;
    QString version;               ///< redis_version
    QString role;                  ///< "master" or "slave"
    qint64 connectedClients = -1;
    qint64 usedMemory = -1;        ///< bytes
    qint64 maxMemory = -1;         ///< bytes; 0 means no limit
    qint64 evictedKeys = -1;
    qint64 rejectedConnections = -1;
    QVector<RedisQueueLength> queues; ///< as of queuesCheckedAt, which may be older than checkedAt
    QDateTime queuesCheckedAt;        ///< UTC; invalid when the queues were never read
    QDateTime checkedAt;              ///< UTC

    /// Length of one queue, -1 when unknown.
    qint64 queueLength(const QString& name) const;
    /// Queues above the runbook's WorkerQueueBacklog threshold.
    QStringList backloggedQueues() const;

    /// Runbook: "Worker queue length — every 5 min — alert > 100 items".
    static constexpr qint64 kQueueBacklogAlert = 100;

    /// Fills the INFO fields from the text of an INFO reply ("key:value" lines, "# Section" headers).
    /// Returns false when the text holds none of the expected fields.
    bool applyInfo(const QByteArray& infoText);
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::RedisSnapshot)
