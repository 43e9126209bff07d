#include "tools/simulator/redisprobe.h"

#include <QDateTime>
#include <QTimer>

#include <hiredis/hiredis.h>

using namespace Qt::StringLiterals;

namespace Sim {

RedisProbe::RedisProbe(const QString& host, int port, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
{
}

RedisProbe::~RedisProbe()
{
    drop();
}

void RedisProbe::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RedisProbe::probe);
    m_timer->start();
    probe();
}

void RedisProbe::drop()
{
    if (m_ctx) {
        redisFree(m_ctx);
        m_ctx = nullptr;
    }
}

bool RedisProbe::ensureConnected(QString* error)
{
    if (m_ctx)
        return true;
    const timeval tv{1, 0};
    m_ctx = redisConnectWithTimeout(m_host.toUtf8().constData(), m_port, tv);
    if (!m_ctx || m_ctx->err) {
        *error = m_ctx ? QString::fromUtf8(m_ctx->errstr) : u"cannot allocate a redis context"_s;
        drop();
        return false;
    }
    redisSetTimeout(m_ctx, tv);
    return true;
}

void RedisProbe::probe()
{
    RedisSnapshot snap;
    QString error;
    if (ensureConnected(&error)) {
        auto* pong = static_cast<redisReply*>(redisCommand(m_ctx, "PING"));
        snap.ok = pong && pong->type == REDIS_REPLY_STATUS;
        if (pong)
            freeReplyObject(pong);
        // SCAN, never KEYS: the broker is shared with the workers. A handful of keys, a few rounds.
        QByteArray cursor = "0";
        const QByteArray pattern = heartbeatPrefix() + '*';
        int rounds = 0;
        while (snap.ok && rounds++ < 100) {
            auto* r = static_cast<redisReply*>(redisCommand(m_ctx, "SCAN %b MATCH %b COUNT 200", cursor.constData(),
                                                            size_t(cursor.size()), pattern.constData(),
                                                            size_t(pattern.size())));
            if (!r || r->type != REDIS_REPLY_ARRAY || r->elements != 2) {
                snap.ok = false;
                if (r)
                    freeReplyObject(r);
                break;
            }
            cursor = QByteArray(r->element[0]->str, qsizetype(r->element[0]->len));
            const redisReply* keys = r->element[1];
            for (size_t i = 0; i < keys->elements; ++i) {
                const QByteArray key(keys->element[i]->str, qsizetype(keys->element[i]->len));
                const QByteArray rest = key.mid(heartbeatPrefix().size());
                const qsizetype colon = rest.indexOf(':');
                if (colon > 0)
                    snap.workers[QString::fromUtf8(rest.left(colon))] += 1;
            }
            freeReplyObject(r);
            if (cursor == "0")
                break;
        }
        if (!snap.ok) {
            error = m_ctx && m_ctx->err ? QString::fromUtf8(m_ctx->errstr) : u"unexpected answer from Redis"_s;
            snap.workers.clear();
            drop(); // a broken or timed-out connection is never used again
        }
    }
    snap.error = error;
    snap.atMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT snapshotReady(snap);
}

} // namespace Sim
