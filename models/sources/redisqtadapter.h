#pragma once

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
class RedisQtAdapter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedisQtAdapter)

public:
    /// Creates an adapter owned by the context; returns false when the context already has hooks.
    static bool attach(redisAsyncContext* context);

private:
    explicit RedisQtAdapter(redisAsyncContext* context);
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
};

} // namespace Ops
