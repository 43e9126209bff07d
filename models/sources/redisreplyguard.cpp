#include "models/sources/redisreplyguard.h"

#include "models/core/formatting.h"

#include <hiredis/async.h>
#include <hiredis/hiredis.h>

namespace Ops {

namespace {

/// One table for every guard: the functions find their guard through the task's privdata.
redisReplyObjectFunctions guardedFunctions = {};

} // namespace

void RedisReplyGuard::install(redisAsyncContext* context)
{
    redisReader* reader = context ? context->c.reader : nullptr;
    if (!reader || reader->privdata == this)
        return;
    m_original = reader->fn;
    guardedFunctions = {&RedisReplyGuard::createString, &RedisReplyGuard::createArray,
                        &RedisReplyGuard::createInteger, &RedisReplyGuard::createNil,
                        &RedisReplyGuard::freeObject};
    reader->fn = &guardedFunctions;
    reader->privdata = this;
}

const RedisReplyGuard* RedisReplyGuard::of(const redisAsyncContext* context)
{
    const redisReader* reader = context ? context->c.reader : nullptr;
    return reader && reader->fn == &guardedFunctions ? static_cast<const RedisReplyGuard*>(reader->privdata) : nullptr;
}

bool RedisReplyGuard::checkBuffered(const redisAsyncContext* context)
{
    const redisReader* reader = context ? context->c.reader : nullptr;
    if (!reader || exceeded())
        return exceeded();
    const qint64 unread = qint64(reader->len) - qint64(reader->pos);
    if (unread <= m_limits.maxBufferedBytes)
        return false;
    m_reason = tr("Redis sent a reply of more than %1 (the most the console reads): the connection was closed")
                   .arg(Format::bytes(m_limits.maxBufferedBytes));
    return true;
}

bool RedisReplyGuard::admit(const redisReadTask* task, qint64 bytes)
{
    if (exceeded())
        return false;
    // A top-level object starts a new reply: replies are read one after the other.
    if (!task->parent) {
        m_replyElements = 0;
        m_replyBytes = 0;
    }
    ++m_replyElements;
    m_replyBytes += bytes;
    if (m_replyElements > m_limits.maxElements) {
        m_reason = tr("Redis sent a reply of more than %n element(s) (the most the console reads): the "
                      "connection was closed",
                      nullptr, int(m_limits.maxElements));
        return false;
    }
    if (m_replyBytes > m_limits.maxReplyBytes) {
        m_reason = tr("Redis sent a reply of more than %1 (the most the console reads): the connection was closed")
                       .arg(Format::bytes(m_limits.maxReplyBytes));
        return false;
    }
    return true;
}

// Returning null makes hiredis' reader fail ("out of memory"): it frees what it built of the reply,
// and the async context closes the connection and calls the pending callbacks without a reply.

void* RedisReplyGuard::createString(const redisReadTask* task, char* str, size_t len)
{
    auto* guard = static_cast<RedisReplyGuard*>(task->privdata);
    return guard->admit(task, qint64(len)) ? guard->m_original->createString(task, str, len) : nullptr;
}

void* RedisReplyGuard::createArray(const redisReadTask* task, int elements)
{
    auto* guard = static_cast<RedisReplyGuard*>(task->privdata);
    // The announced count is checked before hiredis allocates a table of that size.
    if (!guard->admit(task, 0))
        return nullptr;
    if (elements < 0 || guard->m_replyElements + qint64(elements) > guard->m_limits.maxElements) {
        guard->m_reason = tr("Redis sent a reply of more than %n element(s) (the most the console reads): the "
                             "connection was closed",
                             nullptr, int(guard->m_limits.maxElements));
        return nullptr;
    }
    return guard->m_original->createArray(task, elements);
}

void* RedisReplyGuard::createInteger(const redisReadTask* task, long long value)
{
    auto* guard = static_cast<RedisReplyGuard*>(task->privdata);
    return guard->admit(task, 0) ? guard->m_original->createInteger(task, value) : nullptr;
}

void* RedisReplyGuard::createNil(const redisReadTask* task)
{
    auto* guard = static_cast<RedisReplyGuard*>(task->privdata);
    return guard->admit(task, 0) ? guard->m_original->createNil(task) : nullptr;
}

void RedisReplyGuard::freeObject(void* object)
{
    freeReplyObject(object);
}

} // namespace Ops
