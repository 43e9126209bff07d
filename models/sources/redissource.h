#pragma once

#include "models/sources/pollschedule.h"
#include "models/sources/redissnapshot.h"
#include "models/sources/source.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

struct redisAsyncContext;
struct redisReply;
class QHostInfo;

namespace Ops {

struct ConnectionProfile;

/// Redis reachability and load (id "redis"): AUTH (optional), PING, INFO and LLEN of the Celery queues.
///
/// hiredis 0.14's async API runs on the GUI thread, driven by RedisQtAdapter: Redis answers in
/// microseconds, the socket is non-blocking, and the one blocking step of hiredis — name resolution
/// in redisAsyncConnect — is avoided by resolving with QHostInfo first and connecting to the address.
/// No thread, so nothing can be left stuck. hiredis 0.14 has no timeouts of its own: every check runs
/// under a QTimer deadline that hard-closes the context (redisAsyncFree); the next check reconnects,
/// with PollSchedule's backoff and jitter after failures.
class RedisSource final : public Source
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisSource)

public:
    explicit RedisSource(QObject* parent = nullptr);
    ~RedisSource() override;

    /// Host, port and Celery queues from the profile; the password comes from the keychain.
    void setProfile(const ConnectionProfile& profile, const QString& password = QString());
    void setServer(const QString& host, int port);
    void setPassword(const QString& password);
    /// The profile's recorded choice to send the password (AUTH) to a host that is not this machine over
    /// a connection without TLS (hiredis 0.14 has none). Off (the default): AUTH goes to loopback only.
    void setPlaintextAuthAllowed(bool allowed);
    /// Why the password was not sent (translated), or empty.
    QString passwordWithheldReason() const;
    void setQueues(const QStringList& queues);
    QStringList queues() const { return m_queues; }

    /// Time between checks while healthy (default 60 s, the runbook's Redis connection check).
    void setInterval(int ms);
    int interval() const { return m_schedule.interval(); }
    /// How often LLEN of the queues is read (default 5 min, the runbook's queue-length check).
    /// Checks in between carry the last queue figures with their own time (queuesCheckedAt).
    void setQueueInterval(int ms);
    int queueInterval() const { return m_queueTimer.interval(); }
    /// Client-side deadline for one check, connection included (default 5 s).
    void setDeadline(int ms);
    int deadline() const { return m_deadlineMs; }
    void setMinimumBackoff(int ms) { m_schedule.setMinimumBackoff(ms); }

    void start() override;
    void stop() override;
    void refresh() override;

    bool isConnected() const { return m_context != nullptr; }
    RedisSnapshot lastSnapshot() const { return m_lastSnapshot; }

Q_SIGNALS:
    void snapshotReady(const Ops::RedisSnapshot& snapshot);

private:
    enum class Step { Auth, Ping, Info, Llen };
    struct ReplyTag
    {
        quint64 generation;
        Step step;
        int index;
    };

    void runCheck();
    void onResolved(quint64 generation, const QHostInfo& info);
    void connectTo(const QString& address);
    void sendCommands();
    bool send(Step step, int index, const char* format, const QByteArray& argument = QByteArray());
    void onReply(const ReplyTag& tag, redisReply* reply);
    void succeed();
    enum class Close { Keep, Detach, Free };
    void fail(const QString& reason, Close close);
    void closeConnection(Close close);

    static void replyCallback(redisAsyncContext* context, void* reply, void* privdata);
    static void connectCallback(const redisAsyncContext* context, int status);
    static void disconnectCallback(const redisAsyncContext* context, int status);

    QString m_host = QStringLiteral("localhost");
    bool m_plaintextAuthAllowed = false;
    int m_port = 6379;
    QString m_password;
    QStringList m_queues = {QStringLiteral("celery")};

    PollSchedule m_schedule;
    QTimer m_queueTimer;
    QTimer m_deadline;
    int m_deadlineMs = 5000;
    QElapsedTimer m_elapsed;
    qint64 m_pingSentAt = 0;

    redisAsyncContext* m_context = nullptr;
    bool m_authenticated = false;
    int m_lookupId = -1;

    quint64 m_generation = 0;
    bool m_running = false;
    bool m_queuesDue = true;
    bool m_includeQueues = false;
    int m_outstanding = 0;
    RedisSnapshot m_current;
    RedisSnapshot m_lastSnapshot;
};

} // namespace Ops
