#include "models/sources/redisqtadapter.h"

#include <QSocketNotifier>
#include <hiredis/async.h>

namespace Ops {

bool RedisQtAdapter::attach(redisAsyncContext* context, const RedisReplyGuard::Limits& limits)
{
    if (!context || context->ev.data)
        return false;
    auto* adapter = new RedisQtAdapter(context, limits);
    adapter->m_guard.install(context);
    context->ev.data = adapter;
    context->ev.addRead = &RedisQtAdapter::addRead;
    context->ev.delRead = &RedisQtAdapter::delRead;
    context->ev.addWrite = &RedisQtAdapter::addWrite;
    context->ev.delWrite = &RedisQtAdapter::delWrite;
    context->ev.cleanup = &RedisQtAdapter::cleanup;
    return true;
}

RedisQtAdapter::RedisQtAdapter(redisAsyncContext* context, const RedisReplyGuard::Limits& limits)
    : m_context(context)
    , m_guard(limits)
{
    const qintptr fd = context->c.fd;
    m_read = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    m_read->setEnabled(false);
    connect(m_read, &QSocketNotifier::activated, this, &RedisQtAdapter::onReadable);
    m_write = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    m_write->setEnabled(false);
    connect(m_write, &QSocketNotifier::activated, this, &RedisQtAdapter::onWritable);
}

RedisQtAdapter::~RedisQtAdapter() = default;

void RedisQtAdapter::addRead(void* self)
{
    auto* adapter = static_cast<RedisQtAdapter*>(self);
    if (adapter->m_context)
        adapter->m_read->setEnabled(true);
}

void RedisQtAdapter::delRead(void* self)
{
    static_cast<RedisQtAdapter*>(self)->m_read->setEnabled(false);
}

void RedisQtAdapter::addWrite(void* self)
{
    auto* adapter = static_cast<RedisQtAdapter*>(self);
    if (adapter->m_context)
        adapter->m_write->setEnabled(true);
}

void RedisQtAdapter::delWrite(void* self)
{
    static_cast<RedisQtAdapter*>(self)->m_write->setEnabled(false);
}

void RedisQtAdapter::cleanup(void* self)
{
    auto* adapter = static_cast<RedisQtAdapter*>(self);
    // The context (and its socket) is freed right after this returns: stop watching the fd now.
    adapter->m_context = nullptr;
    adapter->m_read->setEnabled(false);
    adapter->m_write->setEnabled(false);
    adapter->deleteLater();
}

void RedisQtAdapter::onReadable()
{
    if (!m_context)
        return;
    redisAsyncHandleRead(m_context);
    // A reply still arriving is held whole by hiredis: past the guard's limit, the connection goes (the
    // pending commands get no reply, the disconnect callback runs, and cleanup() nulls m_context).
    if (m_context && m_guard.checkBuffered(m_context))
        redisAsyncFree(m_context);
}

void RedisQtAdapter::onWritable()
{
    if (m_context)
        redisAsyncHandleWrite(m_context);
}

} // namespace Ops
