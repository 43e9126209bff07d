#include "models/core/formatting.h"
#include "models/store/databaseworker.h"

#include "models/core/logging.h"
#include "models/store/databaselink.h"
#include "models/store/databasesession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThread>
#include <algorithm>

namespace Ops {

namespace {

/// Deletes a finished thread once it has completely ended: ~QThread waits for a running thread, and the
/// GUI thread must never wait (QThread::finished is emitted before the thread's teardown is over).
void reapThread(const QPointer<QThread>& thread)
{
    if (!thread)
        return;
    if (thread->isFinished()) {
        delete thread.data();
        return;
    }
    QTimer::singleShot(20, thread, [thread] { reapThread(thread); });
}

} // namespace

DatabaseWorker::DatabaseWorker(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<Ops::DatabaseResult>();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &DatabaseWorker::onDeadline);
}

DatabaseWorker::~DatabaseWorker()
{
    // Never wait for the thread: it may be blocked on a frozen server. It ends after its current call.
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_thread)
        m_thread->quit();
}

void DatabaseWorker::setConnectionParams(const PostgresConnectionParams& params)
{
    m_params = params;
    if (std::exchange(m_held, false) && !m_queue.isEmpty())
        QMetaObject::invokeMethod(this, &DatabaseWorker::dispatchNext, Qt::QueuedConnection);
}

void DatabaseWorker::setDeadline(int ms)
{
    m_deadlineMs = std::max(100, ms);
}

void DatabaseWorker::setMaxStuckThreads(int count)
{
    m_maxStuck = std::max(1, count);
}

int DatabaseWorker::stuckThreads() const
{
    return int(std::count_if(m_abandoned.cbegin(), m_abandoned.cend(),
                             [](const QPointer<QThread>& thread) { return thread && thread->isRunning(); }));
}

int DatabaseWorker::runningThreads() const
{
    return stuckThreads() + (m_thread && m_thread->isRunning() ? 1 : 0);
}

int DatabaseWorker::liveThreads()
{
    return DatabaseSession::liveCount();
}

quint64 DatabaseWorker::submit(const DatabaseJob& job, QObject* context, const DatabaseCallback& callback)
{
    return submitTask([job](DatabaseLink& link) { return job(link.connection()); }, context, callback);
}

quint64 DatabaseWorker::submitTask(const DatabaseTask& task, QObject* context,
                                   const DatabaseCallback& callback)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Pending pending;
    pending.id = ++m_nextId;
    pending.task = task;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.callback = callback;
    m_queue.enqueue(pending);
    // Dispatch from the event loop: a callback never runs inside submit(), even for a fast failure.
    QMetaObject::invokeMethod(this, &DatabaseWorker::dispatchNext, Qt::QueuedConnection);
    return pending.id;
}

void DatabaseWorker::ensureSession()
{
    if (m_thread && m_session)
        return;
    auto* thread = new QThread; // parentless: it may outlive this worker while blocked in libpq
    thread->setObjectName(objectName().isEmpty() ? QStringLiteral("database-worker") : objectName());
    auto* session = new DatabaseSession;
    session->moveToThread(thread);
    connect(thread, &QThread::finished, session, &QObject::deleteLater);
    connect(
        thread, &QThread::finished, thread, [thread] { reapThread(thread); }, Qt::QueuedConnection);
    connect(session, &DatabaseSession::finished, this, &DatabaseWorker::onSessionFinished,
            Qt::QueuedConnection);
    thread->start();
    m_thread = thread;
    m_session = session;
}

void DatabaseWorker::abandonSession()
{
    if (!m_thread)
        return;
    qCWarning(lcStore) << "abandoning a database thread stuck on" << m_params.displayName();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_thread->quit(); // takes effect when the blocked call returns
    m_abandoned.append(m_thread);
    ++m_abandonedTotal;
    m_thread = nullptr;
    m_session = nullptr;
}

void DatabaseWorker::dispatchNext()
{
    if (m_held || m_inFlight || m_queue.isEmpty())
        return;
    m_abandoned.removeIf([](const QPointer<QThread>& thread) { return !thread || !thread->isRunning(); });
    if (m_abandoned.size() >= m_maxStuck) {
        // A server that stays frozen must not cost a new thread per job.
        const Pending job = m_queue.dequeue();
        DatabaseResult result;
        result.status = DatabaseResult::Status::Unavailable;
        result.abandoned = DatabaseResult::Abandoned::WhileStuck;
        result.error = tr("the database has not answered for more than %1 s; still waiting for it")
                           .arg(Format::seconds(m_deadlineMs));
        QMetaObject::invokeMethod(this, &DatabaseWorker::dispatchNext, Qt::QueuedConnection);
        deliver(job, result); // last: it may delete this worker
        return;
    }
    ensureSession();
    m_current = m_queue.dequeue();
    m_inFlight = true;
    m_deadline.start(m_deadlineMs);

    const PostgresConnectionParams params = m_params.withDeadline(m_deadlineMs);
    DatabaseSession* session = m_session;
    const quint64 id = m_current.id;
    const DatabaseTask task = m_current.task;
    QMetaObject::invokeMethod(
        session, [session, id, task, params] { session->run(id, task, params); }, Qt::QueuedConnection);
}

void DatabaseWorker::onSessionFinished(quint64 id, const DatabaseResult& result)
{
    if (!m_inFlight || id != m_current.id)
        return; // a job we already gave up on
    m_deadline.stop();
    m_inFlight = false;
    const Pending job = std::exchange(m_current, Pending());
    // Continue from the event loop (posted first: the callback may delete this worker).
    QMetaObject::invokeMethod(this, &DatabaseWorker::dispatchNext, Qt::QueuedConnection);
    deliver(job, result);
}

void DatabaseWorker::onDeadline()
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    abandonSession();
    DatabaseResult result;
    result.status = DatabaseResult::Status::TimedOut;
    result.abandoned = DatabaseResult::Abandoned::AtDeadline;
    result.error = tr("the database did not answer within %1 s").arg(Format::seconds(m_deadlineMs));
    const Pending job = std::exchange(m_current, Pending());
    // Continue from the event loop (posted first: the callback may delete this worker).
    QMetaObject::invokeMethod(this, &DatabaseWorker::dispatchNext, Qt::QueuedConnection);
    deliver(job, result);
}

void DatabaseWorker::deliver(const Pending& job, const DatabaseResult& result)
{
    if (!result.ok())
        qCInfo(lcStore) << "database job" << job.id << "failed:" << result.error;
    Q_EMIT jobFinished(job.id, result);
    if (job.callback && (!job.hasContext || job.context))
        job.callback(result); // last: it may delete this worker
}

} // namespace Ops
