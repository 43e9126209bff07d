#include "redisworker.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>

#include <hiredis/hiredis.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {
constexpr int kTickMs = 200;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

RedisWorker::RedisWorker(const QString& host, int port, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
{
}

RedisWorker::~RedisWorker()
{
    if (m_ctx)
        redisFree(m_ctx);
}

QStringList RedisWorker::queues()
{
    return {u"celery"_s, u"llm"_s, u"rl"_s};
}

void RedisWorker::start()
{
    m_clock.start();
    m_timer = new QTimer(this);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &RedisWorker::tick);
    m_timer->start();
    tick();
}

void RedisWorker::setPlan(const QueuePlan& plan)
{
    m_plan = plan;
}

void RedisWorker::fail(const QString& error)
{
    if (m_ctx) {
        redisFree(m_ctx);
        m_ctx = nullptr;
    }
    m_snap.ok = false;
    m_snap.error = error;
    m_snap.queueLengths.clear();
    m_retryAtMs = m_clock.elapsed() + 1000;
}

bool RedisWorker::ensureConnected()
{
    if (m_ctx)
        return true;
    if (m_clock.elapsed() < m_retryAtMs)
        return false;
    const timeval tv{1, 0};
    m_ctx = redisConnectWithTimeout(m_host.toUtf8().constData(), m_port, tv);
    if (!m_ctx || m_ctx->err) {
        const QString err = m_ctx ? QString::fromUtf8(m_ctx->errstr) : u"cannot allocate redis context"_s;
        fail(err);
        return false;
    }
    redisSetTimeout(m_ctx, tv);
    return true;
}

QByteArray RedisWorker::taskMessage(const QString& queue) const
{
    // Celery protocol 2 as kombu puts it on a Redis list.
    static const QMap<QString, QString> tasks{{u"celery"_s, u"fragrance.tasks.send_notification"_s},
                                              {u"llm"_s, u"fragrance.tasks.generate_recipe"_s},
                                              {u"rl"_s, u"fragrance.tasks.train_policy_step"_s}};
    const QString id = uuid();
    const QJsonArray body{QJsonArray{QRandomGenerator::global()->bounded(1, 5000)},
                          QJsonObject{{u"locale"_s, u"ko"_s}},
                          QJsonObject{{u"callbacks"_s, QJsonValue()}, {u"chain"_s, QJsonValue()}}};
    const QJsonObject msg{
        {u"body"_s, QString::fromLatin1(QJsonDocument(body).toJson(QJsonDocument::Compact).toBase64())},
        {u"content-encoding"_s, u"utf-8"_s},
        {u"content-type"_s, u"application/json"_s},
        {u"headers"_s, QJsonObject{{u"lang"_s, u"py"_s},
                                   {u"task"_s, tasks.value(queue)},
                                   {u"id"_s, id},
                                   {u"root_id"_s, id},
                                   {u"retries"_s, 0}}},
        {u"properties"_s, QJsonObject{{u"correlation_id"_s, id},
                                      {u"delivery_mode"_s, 2},
                                      {u"delivery_info"_s, QJsonObject{{u"exchange"_s, u""_s},
                                                                       {u"routing_key"_s, queue}}},
                                      {u"priority"_s, 0},
                                      {u"body_encoding"_s, u"base64"_s},
                                      {u"delivery_tag"_s, uuid()}}}};
    return QJsonDocument(msg).toJson(QJsonDocument::Compact);
}

bool RedisWorker::produce(const QString& queue, int count)
{
    if (count <= 0)
        return true;
    std::vector<QByteArray> parts;
    parts.reserve(size_t(count) + 2);
    parts.push_back("LPUSH");
    parts.push_back(queue.toUtf8());
    for (int i = 0; i < count; ++i)
        parts.push_back(taskMessage(queue));
    std::vector<const char*> argv;
    std::vector<size_t> lens;
    for (const QByteArray& p : parts) {
        argv.push_back(p.constData());
        lens.push_back(size_t(p.size()));
    }
    auto* reply = static_cast<redisReply*>(redisCommandArgv(m_ctx, int(argv.size()), argv.data(), lens.data()));
    if (!reply) {
        fail(QString::fromUtf8(m_ctx->errstr));
        return false;
    }
    if (reply->type == REDIS_REPLY_INTEGER)
        m_snap.queueLengths.insert(queue, reply->integer);
    freeReplyObject(reply);
    m_snap.produced[queue] += count;
    return true;
}

qint64 RedisWorker::consume(const QString& queue, int count)
{
    if (count <= 0 || !m_ctx)
        return 0;
    auto* reply = static_cast<redisReply*>(
        redisCommand(m_ctx, "RPOP %s %d", queue.toUtf8().constData(), count));
    if (!reply) {
        fail(QString::fromUtf8(m_ctx->errstr));
        return -1;
    }
    const qint64 taken = reply->type == REDIS_REPLY_ARRAY ? qint64(reply->elements) : 0;
    freeReplyObject(reply);
    m_snap.consumed[queue] += taken;
    return taken;
}

bool RedisWorker::refreshFigures()
{
    for (const QString& q : queues()) {
        redisAppendCommand(m_ctx, "LLEN %s", q.toUtf8().constData());
    }
    redisAppendCommand(m_ctx, "INFO");
    for (const QString& q : queues()) {
        void* raw = nullptr;
        if (redisGetReply(m_ctx, &raw) != REDIS_OK) {
            fail(QString::fromUtf8(m_ctx->errstr));
            return false;
        }
        auto* reply = static_cast<redisReply*>(raw);
        if (reply->type == REDIS_REPLY_INTEGER)
            m_snap.queueLengths.insert(q, reply->integer);
        freeReplyObject(reply);
    }
    void* raw = nullptr;
    if (redisGetReply(m_ctx, &raw) != REDIS_OK) {
        fail(QString::fromUtf8(m_ctx->errstr));
        return false;
    }
    auto* reply = static_cast<redisReply*>(raw);
    if (reply->type == REDIS_REPLY_STRING) {
        const QList<QByteArray> lines = QByteArray(reply->str, qsizetype(reply->len)).split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("used_memory:"))
                m_snap.usedMemory = line.mid(12).trimmed().toLongLong();
            else if (line.startsWith("connected_clients:"))
                m_snap.connectedClients = line.mid(18).trimmed().toLongLong();
        }
    }
    freeReplyObject(reply);
    m_snap.ok = true;
    m_snap.error.clear();
    return true;
}

void RedisWorker::tick()
{
    const qint64 now = m_clock.elapsed();
    const double dt = m_lastTickMs == 0 ? kTickMs / 1000.0 : qBound(0.0, (now - m_lastTickMs) / 1000.0, 2.0);
    m_lastTickMs = now;

    if (m_plan.paused) {
        fail(u"redis service is stopped"_s);
    } else if (ensureConnected()) {
        bool ok = true;
        for (const QString& q : queues()) {
            double& carry = m_produceCarry[q];
            carry += m_plan.producePerSecond.value(q) * dt;
            const int n = int(carry);
            carry -= n;
            if (m_snap.queueLengths.value(q) >= m_plan.produceCap)
                continue;
            if (!(ok = produce(q, n)))
                break;
        }
        if (ok) {
            // LLM workers drain "llm" first, then the default "celery" queue.
            m_llmCarry += m_plan.llmWorkers * m_plan.llmTasksPerSecond * dt;
            int n = int(m_llmCarry);
            m_llmCarry -= n;
            const qint64 fromLlm = consume(u"llm"_s, n);
            if (fromLlm >= 0 && n - fromLlm > 0)
                consume(u"celery"_s, int(n - fromLlm));
            m_rlCarry += m_plan.rlWorkers * m_plan.rlTasksPerSecond * dt;
            n = int(m_rlCarry);
            m_rlCarry -= n;
            if (m_ctx)
                consume(u"rl"_s, n);
            if (m_ctx)
                refreshFigures();
        }
    }
    if (now - m_lastSnapshotMs >= 500 || !m_snap.ok) {
        m_lastSnapshotMs = now;
        m_snap.atMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT snapshotReady(m_snap);
    }
}

} // namespace Sim
