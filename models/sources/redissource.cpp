#include "models/core/formatting.h"
#include "models/sources/redissource.h"

#include "models/core/hostaddress.h"

#include "models/core/logging.h"
#include "models/profiles/connectionprofile.h"
#include "models/sources/redisqtadapter.h"
#include "models/sources/redisreplyguard.h"

#include <QHostInfo>
#include <QLocale>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <memory>

namespace Ops {

namespace {

QString replyText(const redisReply* reply)
{
    return QString::fromUtf8(reply->str, int(reply->len)).trimmed();
}

QString contextError(const redisAsyncContext* context)
{
    // A reply over the console's limits ends in hiredis' "Out of memory" or a plain close: say what it was.
    if (const RedisReplyGuard* guard = RedisReplyGuard::of(context); guard && guard->exceeded())
        return guard->reason();
    return QString::fromUtf8(context->errstr).trimmed();
}

} // namespace

RedisSource::RedisSource(QObject* parent)
    : Source(QStringLiteral("redis"), parent)
    , m_schedule(60000)
{
    qRegisterMetaType<Ops::RedisSnapshot>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_running)
            fail(tr("no answer within %1 s").arg(Format::seconds(m_deadlineMs)), Close::Free);
    });
    connect(&m_schedule, &PollSchedule::due, this, &RedisSource::runCheck);
    m_queueTimer.setInterval(5 * 60 * 1000);
    connect(&m_queueTimer, &QTimer::timeout, this, [this] {
        m_queuesDue = true;
        if (!m_running)
            runCheck();
    });
}

RedisSource::~RedisSource()
{
    stop();
    closeConnection(Close::Free);
}

void RedisSource::setProfile(const ConnectionProfile& profile, const QString& password)
{
    setServer(profile.redisHost, profile.redisPort);
    setPlaintextAuthAllowed(profile.redisAllowPlaintextAuth);
    setPassword(password);
    setQueues(profile.celeryQueues);
}

void RedisSource::setPlaintextAuthAllowed(bool allowed)
{
    if (allowed == m_plaintextAuthAllowed)
        return;
    m_plaintextAuthAllowed = allowed;
    closeConnection(Close::Free);
}

QString RedisSource::passwordWithheldReason() const
{
    if (m_password.isEmpty() || m_plaintextAuthAllowed || isLoopbackHost(m_host))
        return QString();
    return tr("the password was not sent: %1 is not on this machine and Redis has no TLS here; allow it in the "
              "profile (\"send the Redis password without TLS\") only over a network you trust")
        .arg(m_host);
}

void RedisSource::setServer(const QString& host, int port)
{
    if (host == m_host && port == m_port)
        return;
    m_host = host;
    m_port = port;
    closeConnection(Close::Free); // the next check connects to the new server
}

void RedisSource::setPassword(const QString& password)
{
    if (password == m_password)
        return;
    m_password = password;
    closeConnection(Close::Free);
}

void RedisSource::setQueues(const QStringList& queues)
{
    m_queues = queues;
    m_queuesDue = true;
}

void RedisSource::setInterval(int ms)
{
    m_schedule.setInterval(ms);
}

void RedisSource::setQueueInterval(int ms)
{
    m_queueTimer.setInterval(std::max(10, ms));
}

void RedisSource::setDeadline(int ms)
{
    m_deadlineMs = std::max(50, ms);
}

void RedisSource::start()
{
    m_queuesDue = true;
    m_queueTimer.start();
    m_schedule.start();
}

void RedisSource::stop()
{
    m_schedule.stop();
    m_queueTimer.stop();
    m_deadline.stop();
    if (m_running) {
        m_running = false;
        ++m_generation;
        if (m_lookupId >= 0)
            QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        // Replies of the abandoned check would arrive out of step: start clean next time.
        closeConnection(Close::Free);
    }
}

void RedisSource::refresh()
{
    runCheck();
}

void RedisSource::runCheck()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_current = RedisSnapshot();
    m_includeQueues = m_queuesDue && !m_queues.isEmpty();
    m_elapsed.start();
    m_deadline.start(m_deadlineMs);
    if (m_context) {
        sendCommands();
        return;
    }
    const quint64 generation = m_generation;
    m_lookupId = QHostInfo::lookupHost(m_host, this,
                                       [this, generation](const QHostInfo& info) { onResolved(generation, info); });
}

void RedisSource::onResolved(quint64 generation, const QHostInfo& info)
{
    if (!m_running || generation != m_generation)
        return;
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(tr("cannot resolve %1: %2", "sources: redissource: error or status fragment, shown after “…: ” in a longer message").arg(m_host, info.errorString()), Close::Keep);
        return;
    }
    connectTo(info.addresses().constFirst().toString());
}

void RedisSource::connectTo(const QString& address)
{
    // An address, never a name: redisAsyncConnect would resolve a name synchronously.
    redisAsyncContext* context = redisAsyncConnect(address.toLatin1().constData(), m_port);
    if (!context) {
        fail(tr("cannot create a Redis connection (out of memory)"), Close::Keep);
        return;
    }
    if (context->err) {
        const QString reason = contextError(context);
        redisAsyncFree(context);
        fail(tr("cannot connect to %1:%2: %3").arg(m_host).arg(m_port).arg(reason), Close::Keep);
        return;
    }
    context->data = this;
    // Hooks first: setting the connect callback arms the first write event through them.
    RedisQtAdapter::attach(context);
    redisAsyncSetConnectCallback(context, &RedisSource::connectCallback);
    redisAsyncSetDisconnectCallback(context, &RedisSource::disconnectCallback);
    m_context = context;
    m_authenticated = false;
    qCDebug(lcRedis) << "connecting to" << m_host << address << m_port;
    // hiredis buffers the commands until the connection is up.
    sendCommands();
}

void RedisSource::sendCommands()
{
    m_outstanding = 0;
    if (!m_password.isEmpty() && !m_authenticated && passwordWithheldReason().isEmpty()) {
        if (!send(Step::Auth, 0, "AUTH %b", m_password.toUtf8()))
            return;
    }
    m_pingSentAt = m_elapsed.elapsed();
    if (!send(Step::Ping, 0, "PING") || !send(Step::Info, 0, "INFO"))
        return;
    if (m_includeQueues) {
        m_current.queues.clear();
        for (int i = 0; i < m_queues.size(); ++i) {
            m_current.queues.append(RedisQueueLength{m_queues.at(i), -1, QString()});
            if (!send(Step::Llen, i, "LLEN %b", m_queues.at(i).toUtf8()))
                return;
        }
    }
}

bool RedisSource::send(Step step, int index, const char* format, const QByteArray& argument)
{
    auto tag = std::make_unique<ReplyTag>(ReplyTag{m_generation, step, index});
    // Data only ever travels as a %b argument, never formatted into the command text.
    const int status = argument.isNull()
                           ? redisAsyncCommand(m_context, &RedisSource::replyCallback, tag.get(), format)
                           : redisAsyncCommand(m_context, &RedisSource::replyCallback, tag.get(), format,
                                               argument.constData(), size_t(argument.size()));
    if (status != REDIS_OK) {
        fail(tr("cannot send a command to %1:%2: %3").arg(m_host).arg(m_port).arg(contextError(m_context)),
             Close::Free);
        return false;
    }
    tag.release(); // owned by hiredis until replyCallback, which every command gets exactly once
    ++m_outstanding;
    return true;
}

void RedisSource::replyCallback(redisAsyncContext* context, void* reply, void* privdata)
{
    const std::unique_ptr<ReplyTag> tag(static_cast<ReplyTag*>(privdata));
    auto* self = static_cast<RedisSource*>(context->data);
    if (!self)
        return; // a context we already let go of
    if (!reply) {
        // hiredis is freeing the context (connection lost): it is no longer ours to free.
        context->data = nullptr;
        self->m_context = nullptr;
        if (self->m_running && tag->generation == self->m_generation)
            self->fail(tr("connection to %1:%2 lost: %3").arg(self->m_host).arg(self->m_port).arg(contextError(context)),
                       Close::Keep);
        return;
    }
    self->onReply(*tag, static_cast<redisReply*>(reply));
}

void RedisSource::connectCallback(const redisAsyncContext* context, int status)
{
    auto* self = static_cast<RedisSource*>(context->data);
    if (!self || status == REDIS_OK)
        return;
    // hiredis frees the context after this callback and then fails the queued commands with NULL
    // replies: let go of it first (data is our own field, hence the const_cast).
    const_cast<redisAsyncContext*>(context)->data = nullptr;
    self->m_context = nullptr;
    if (self->m_running)
        self->fail(tr("cannot connect to %1:%2: %3").arg(self->m_host).arg(self->m_port).arg(contextError(context)),
                   Close::Keep);
}

void RedisSource::disconnectCallback(const redisAsyncContext* context, int status)
{
    auto* self = static_cast<RedisSource*>(context->data);
    if (!self)
        return;
    const_cast<redisAsyncContext*>(context)->data = nullptr;
    self->m_context = nullptr; // freed by hiredis right after this callback
    const RedisReplyGuard* guard = RedisReplyGuard::of(context);
    if (self->m_running)
        self->fail(status == REDIS_OK && !(guard && guard->exceeded())
                       ? tr("the connection to %1:%2 was closed").arg(self->m_host).arg(self->m_port)
                                      : tr("connection to %1:%2 lost: %3")
                                            .arg(self->m_host)
                                            .arg(self->m_port)
                                            .arg(contextError(context)),
                   Close::Keep);
}

void RedisSource::onReply(const ReplyTag& tag, redisReply* reply)
{
    if (!m_running || tag.generation != m_generation)
        return;
    const bool isError = reply->type == REDIS_REPLY_ERROR;
    switch (tag.step) {
    case Step::Auth:
        if (isError) {
            fail(tr("Redis refused the password: %1").arg(replyText(reply)), Close::Free);
            return;
        }
        m_authenticated = true;
        break;
    case Step::Ping:
        if (isError) {
            fail(tr("Redis answered PING with an error: %1").arg(replyText(reply)), Close::Free);
            return;
        }
        m_current.pingMs = m_elapsed.elapsed() - m_pingSentAt;
        break;
    case Step::Info:
        if (isError || reply->type != REDIS_REPLY_STRING
            || !m_current.applyInfo(QByteArray(reply->str, qsizetype(reply->len)))) {
            fail(isError ? tr("Redis answered INFO with an error: %1").arg(replyText(reply))
                         : tr("Redis answered INFO with something that is not INFO text"),
                 Close::Free);
            return;
        }
        break;
    case Step::Llen:
        if (tag.index >= 0 && tag.index < m_current.queues.size()) {
            RedisQueueLength& queue = m_current.queues[tag.index];
            if (reply->type == REDIS_REPLY_INTEGER)
                queue.length = reply->integer;
            else
                queue.error = isError ? replyText(reply) : tr("unexpected reply type %1", "sources: redissource: error or status fragment, shown after “…: ” in a longer message").arg(reply->type);
        }
        break;
    }
    if (--m_outstanding == 0)
        succeed();
}

void RedisSource::succeed()
{
    m_running = false;
    m_deadline.stop();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RedisSnapshot snapshot = m_current;
    snapshot.checkedAt = now;
    if (m_includeQueues) {
        snapshot.queuesCheckedAt = now;
        m_queuesDue = false;
    } else {
        snapshot.queues = m_lastSnapshot.queues;
        snapshot.queuesCheckedAt = m_lastSnapshot.queuesCheckedAt;
    }
    m_lastSnapshot = snapshot;

    CheckResult result;
    result.health = Health::Ok;
    result.checkedAt = now;
    result.latencyMs = m_elapsed.elapsed();
    QStringList problems;
    for (const RedisQueueLength& queue : snapshot.queues) {
        if (!queue.error.isEmpty())
            problems.append(tr("queue %1 cannot be read: %2").arg(queue.name, queue.error));
        else if (queue.length > RedisSnapshot::kQueueBacklogAlert)
            problems.append(tr("queue %1 holds %2 items (alert above %3)")
                                .arg(queue.name)
                                .arg(queue.length)
                                .arg(RedisSnapshot::kQueueBacklogAlert));
    }
    if (snapshot.maxMemory > 0 && snapshot.usedMemory > snapshot.maxMemory * 9 / 10)
        problems.append(tr("memory %1 % of maxmemory").arg(snapshot.usedMemory * 100 / snapshot.maxMemory));
    if (!problems.isEmpty()) {
        result.health = Health::Degraded;
        result.reason = problems.join(QStringLiteral("; "));
    }
    Q_EMIT snapshotReady(snapshot);
    report(result);
    m_schedule.checkFinished(true);
}

void RedisSource::fail(const QString& reason, Close close)
{
    m_running = false;
    ++m_generation;
    m_deadline.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    closeConnection(close);
    qCInfo(lcRedis) << m_host << m_port << "down:" << reason;

    CheckResult result;
    result.health = Health::Down;
    result.reason = reason;
    // "NOAUTH" alone would hide that the console kept the password back on purpose.
    if (const QString withheld = passwordWithheldReason(); !withheld.isEmpty())
        result.reason = withheld + QStringLiteral(" — ") + reason;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    report(result);
    m_schedule.checkFinished(false);
}

void RedisSource::closeConnection(Close close)
{
    if (close == Close::Keep || !m_context)
        return;
    redisAsyncContext* context = m_context;
    m_context = nullptr;
    context->data = nullptr; // its callbacks, run by the free below, must not reach us
    if (close == Close::Free)
        redisAsyncFree(context); // deferred by hiredis when we are inside one of its callbacks
}

} // namespace Ops
