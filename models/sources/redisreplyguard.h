#pragma once

#include <QCoreApplication>
#include <QString>

struct redisAsyncContext;
struct redisReadTask;
struct redisReplyObjectFunctions;

namespace Ops {

/// Bounds on what one Redis connection reads, enforced inside hiredis 0.14's reply reader, which has
/// none of its own: a bulk string is buffered whole before it becomes a reply, however long the length
/// the server announced (`$1000000000`), and an array's element table is allocated at the announced
/// count at once (`*2000000000` asks for 16 GB). The console's commands (AUTH, PING, INFO, LLEN) get
/// a status, a few KiB of INFO text or an integer; a server that sends more is not Redis as the console
/// knows it, and the connection is closed with a translated reason instead of growing without end.
///
/// install() puts the guard's object functions into the context's reader (its privdata points here),
/// so every reply object hiredis builds is counted first: more than maxElements objects or maxReplyBytes
/// of strings in one reply and the reader fails (hiredis then closes the connection and fails the
/// pending commands). What is still arriving is checked after each read (checkBuffered): more than
/// maxBufferedBytes unread and the owner closes the connection. The guard must outlive the context's
/// reader: RedisQtAdapter owns one per context.
class RedisReplyGuard
{
    Q_DECLARE_TR_FUNCTIONS(Ops::RedisReplyGuard)

public:
    struct Limits
    {
        qint64 maxBufferedBytes = 1024 * 1024; ///< unread bytes hiredis holds (a reply still arriving)
        qint64 maxReplyBytes = 1024 * 1024;    ///< string bytes of one reply, its elements' included
        qint64 maxElements = 1024;             ///< objects of one reply (arrays, their elements, nested)
    };

    RedisReplyGuard() = default;
    explicit RedisReplyGuard(const Limits& limits) : m_limits(limits) {}
    Q_DISABLE_COPY_MOVE(RedisReplyGuard)

    /// Counts every reply object of `context` from now on.
    void install(redisAsyncContext* context);
    /// After a read: true (and exceeded() from then on) when the reader holds more unread bytes than
    /// maxBufferedBytes; the caller then closes the connection.
    bool checkBuffered(const redisAsyncContext* context);
    /// True once a limit was hit; reason() says which, in words.
    bool exceeded() const { return !m_reason.isEmpty(); }
    QString reason() const { return m_reason; }
    const Limits& limits() const { return m_limits; }

    /// The guard installed in `context`'s reader, or null.
    static const RedisReplyGuard* of(const redisAsyncContext* context);

private:
    bool admit(const redisReadTask* task, qint64 bytes);

    static void* createString(const redisReadTask* task, char* str, size_t len);
    static void* createArray(const redisReadTask* task, int elements);
    static void* createInteger(const redisReadTask* task, long long value);
    static void* createNil(const redisReadTask* task);
    static void freeObject(void* object);

    Limits m_limits;
    redisReplyObjectFunctions* m_original = nullptr; ///< hiredis' own (its default functions)
    qint64 m_replyElements = 0;
    qint64 m_replyBytes = 0;
    QString m_reason;
};

} // namespace Ops
