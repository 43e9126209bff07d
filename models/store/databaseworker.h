#pragma once

#include "models/store/postgresconnectionparams.h"
#include "models/store/databaseresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

class QThread;

namespace Ops {

class DatabaseSession;

/// One PostgreSQL connection (Ops::Sql, through the driver library) on its own thread, used from the GUI thread: the console's one pattern for
/// blocking libpq work (the stores, the operator lock and the PostgreSQL monitoring check all use it).
/// Jobs are queued here and sent to the thread one at a time; each answer comes back through its
/// callback (and jobFinished()).
///
/// Every job has a client-side deadline kept on this (GUI) thread: a frozen server blocks libpq whatever
/// its timeouts say, so a job that misses it ends TimedOut, its thread is abandoned (it ends and deletes
/// itself whenever the blocked call returns; nobody ever waits for it) and the next job gets a fresh
/// thread and connection. While maxStuckThreads() threads are still stuck, jobs fail at once as
/// Unavailable rather than piling up more threads: a server that stays frozen never costs a thread per job.
///
/// A job abandoned at its deadline may still commit later: writers therefore use client-made ids and
/// idempotent inserts (see OfflineJournal).
///
/// PostgreSQL connections of one console (one active profile), each its own thread and libpq connection
/// because each has its own reason not to share:
///   1. the monitoring check (PostgresSource's worker): must keep reporting while a store job is stuck
///      or the console's schema is unusable, and runs in `--check` without any store; it also makes a
///      short-lived PQpingParams connection per check (every 60 s by default), closed at once;
///   2. the stores' worker (the session's; audit, incidents, on-call, maintenance, migrations);
///   3. the operator lock's session (OperatorLock's worker): the session-level advisory lock lives exactly
///      as long as that connection, so it must not be dropped when a store job is abandoned, nor wait in
///      the stores' queue;
///   4. LISTEN ops_incidents (IncidentListenThread): blocks waiting for notifications.
/// That is 4 in steady state. A worker never has more than maxStuckThreads() threads, stuck ones included
/// (1 for the monitoring check, 2 for the others), so an outage costs at most 2 more; a vanished server
/// frees them within tcp_user_timeout (see PostgresConnectionParams). Ten consoles thus use about 40 of the
/// server's max_connections (100 by default). The session (models/session/session.h) builds 2–4.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    static constexpr int kDefaultMaxStuckThreads = 2;

    explicit DatabaseWorker(QObject* parent = nullptr);
    ~DatabaseWorker() override;

    /// Where to connect; releases the jobs held by holdUntilConfigured().
    void setConnectionParams(const PostgresConnectionParams& params);
    /// Keeps jobs queued until setConnectionParams(): the session builds its worker before the keychain
    /// has answered, and a job run before would first try a database at an empty address.
    void holdUntilConfigured() { m_held = true; }
    bool isHeld() const { return m_held; }
    PostgresConnectionParams connectionParams() const { return m_params; }
    /// Client-side deadline of one job in ms (default 10 s); also derives libpq's connect_timeout, the
    /// statement_timeout, keepalives and tcp_user_timeout (PostgresConnectionParams::withDeadline).
    void setDeadline(int ms);
    int deadline() const { return m_deadlineMs; }
    /// Threads stuck past their deadline tolerated before jobs fail at once (default 2, at least 1).
    void setMaxStuckThreads(int count);
    int maxStuckThreads() const { return m_maxStuck; }

    /// Queues a job. The callback runs on this thread, unless `context` was given and has been deleted
    /// by then. Returns the job's id (also given to jobFinished).
    quint64 submit(const DatabaseJob& job, QObject* context, const DatabaseCallback& callback);
    /// Queues a task that opens the connection itself, if at all (DatabaseLink); otherwise as submit().
    quint64 submitTask(const DatabaseTask& task, QObject* context, const DatabaseCallback& callback);

    int pendingJobs() const { return int(m_queue.size()) + (m_inFlight ? 1 : 0); }
    /// Threads still stuck after a missed deadline (for tests and diagnostics).
    int stuckThreads() const;
    /// This worker's running threads: the current one and the stuck ones (at most maxStuckThreads() in all).
    int runningThreads() const;
    /// Jobs abandoned at their deadline since construction.
    int abandonedCount() const { return m_abandonedTotal; }
    /// Database threads alive in the whole process, stuck ones included (for tests of bounded growth).
    static int liveThreads();

Q_SIGNALS:
    void jobFinished(quint64 id, const Ops::DatabaseResult& result);

private:
    struct Pending
    {
        quint64 id = 0;
        DatabaseTask task;
        QPointer<QObject> context;
        bool hasContext = false;
        DatabaseCallback callback;
    };

    void dispatchNext();
    void ensureSession();
    void abandonSession();
    void onSessionFinished(quint64 id, const Ops::DatabaseResult& result);
    void onDeadline();
    void deliver(const Pending& job, const DatabaseResult& result);

    PostgresConnectionParams m_params;
    bool m_held = false;
    int m_deadlineMs = 10000;
    int m_maxStuck = kDefaultMaxStuckThreads;
    quint64 m_nextId = 0;
    QQueue<Pending> m_queue;
    Pending m_current;
    bool m_inFlight = false;
    QTimer m_deadline;

    QPointer<QThread> m_thread;
    QPointer<DatabaseSession> m_session;
    QList<QPointer<QThread>> m_abandoned;
    int m_abandonedTotal = 0;
};

} // namespace Ops
