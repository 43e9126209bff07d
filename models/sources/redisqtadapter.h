#pragma once

#include "models/sources/redisreplyguard.h"

#include <QObject>
#include <QPointer>

struct redisAsyncContext;
class QSocketNotifier;

namespace Ops {

/// Drives a hiredis 0.14 async context from the Qt event loop with QSocketNotifiers.
/// Written here rather than using hiredis/adapters/qt.h (a Q_OBJECT class in a system header that
/// AUTOMOC does not see, with old-style connects).
///
/// Lifetime: attach() installs the hooks; hiredis calls the cleanup hook when it frees the context
/// (redisAsyncFree, a failed connect, a disconnect), and the adapter then deletes itself later —
/// possibly while one of its own notifiers is delivering, hence deleteLater().
///
/// Bounded input: the adapter owns the context's RedisReplyGuard (it lives exactly as long as the
/// context's reader), and closes the connection after a read that leaves more unread than the guard
/// allows; RedisReplyGuard::of(context) then says why.
class RedisQtAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisQtAdapter)

public:
    /// Creates an adapter owned by the context; returns false when the context already has hooks.
    static bool attach(redisAsyncContext* context,
                       const RedisReplyGuard::Limits& limits = RedisReplyGuard::Limits());

private:
    RedisQtAdapter(redisAsyncContext* context, const RedisReplyGuard::Limits& limits);
    ~RedisQtAdapter() override;

    static void addRead(void* self);
    static void delRead(void* self);
    static void addWrite(void* self);
    static void delWrite(void* self);
    static void cleanup(void* self);

    void onReadable();
    void onWritable();

    redisAsyncContext* m_context; ///< nulled by cleanup(): hiredis frees it right after
    QSocketNotifier* m_read = nullptr;
    QSocketNotifier* m_write = nullptr;
    RedisReplyGuard m_guard;
};

} // namespace Ops
