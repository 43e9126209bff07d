#include "models/sources/redissnapshot.h"

#include <QHash>
#include <QStringList>

namespace Ops {

qint64 RedisSnapshot::queueLength(const QString& name) const
{
    for (const RedisQueueLength& queue : queues) {
        if (queue.name == name)
            return queue.length;
    }
    return -1;
}

QStringList RedisSnapshot::backloggedQueues() const
{
    QStringList names;
    for (const RedisQueueLength& queue : queues) {
        if (queue.length > kQueueBacklogAlert)
            names.append(queue.name);
    }
    return names;
}

bool RedisSnapshot::applyInfo(const QByteArray& infoText)
{
    QHash<QByteArray, QByteArray> fields;
    const QList<QByteArray> lines = infoText.split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.insert(line.left(colon), line.mid(colon + 1));
    }
    const auto number = [&fields](const char* key) -> qint64 {
        bool ok = false;
        const qint64 value = fields.value(QByteArray(key)).toLongLong(&ok);
        return ok ? value : -1;
    };
    version = QString::fromLatin1(fields.value(QByteArrayLiteral("redis_version")));
    role = QString::fromLatin1(fields.value(QByteArrayLiteral("role")));
    connectedClients = number("connected_clients");
    usedMemory = number("used_memory");
    maxMemory = number("maxmemory");
    evictedKeys = number("evicted_keys");
    rejectedConnections = number("rejected_connections");
    return !role.isEmpty() || connectedClients >= 0 || usedMemory >= 0;
}

} // namespace Ops
