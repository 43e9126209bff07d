#pragma once

#include "models/sources/pollschedule.h"
#include "models/store/postgresconnectionparams.h"
#include "models/sources/postgressnapshot.h"
#include "models/sources/source.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QThread;

namespace Ops {

struct ConnectionProfile;
class PostgresWorker;

/// PostgreSQL readiness and load (id "postgres"): PQpingParams, pg_stat_database against
/// max_connections, the longest running query and replication lag.
///
/// libpqxx blocks, so checks run on a worker thread that owns the connection. The deadline is kept
/// here on the GUI thread: a frozen server (SIGSTOP) blocks libpq whatever its timeouts say, so when
/// the worker does not answer in time the source reports Down, abandons that worker (its thread ends
/// and deletes itself whenever the blocked call returns; it is never waited on) and starts a fresh one
/// next time. At most one abandoned worker exists per source: while it is still stuck, checks report
/// "still waiting for the previous check" instead of piling up threads.
class PostgresSource final : public Source
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresSource)

public:
    explicit PostgresSource(QObject* parent = nullptr);
    ~PostgresSource() override;

    /// Host, port, database, user and sslmode from the profile; the password comes from the keychain.
    void setProfile(const ConnectionProfile& profile, const QString& password = QString());
    void setConnectionParams(const PostgresConnectionParams& params);
    /// Time between checks while healthy (default 60 s, the runbook's database check).
    void setInterval(int ms);
    int interval() const { return m_schedule.interval(); }
    /// Client-side deadline of one check (default 10 s). Also derives libpq's connect_timeout and
    /// the statement_timeout so that the server gives up before the client does.
    void setDeadline(int ms);
    int deadline() const { return m_deadlineMs; }
    /// Smallest retry delay after a failure (PollSchedule backoff, default 1 s).
    void setMinimumBackoff(int ms) { m_schedule.setMinimumBackoff(ms); }

    void start() override;
    void stop() override;
    void refresh() override;

    bool isChecking() const { return m_generation != 0 && m_pending; }
    PostgresSnapshot lastSnapshot() const { return m_lastSnapshot; }
    /// Worker threads of this source still running: the current one plus at most one abandoned.
    int workerThreads() const;
    /// Workers abandoned after a missed deadline since construction (for tests and diagnostics).
    int abandonedCount() const { return m_abandonedTotal; }

Q_SIGNALS:
    void snapshotReady(const Ops::PostgresSnapshot& snapshot);

private:
    void runCheck();
    void onWorkerFinished(quint64 generation, const Ops::PostgresSnapshot& snapshot, Ops::Health health,
                          const QString& reason);
    void onDeadline();
    void ensureWorker();
    void abandonWorker();
    void finishCheck(const CheckResult& result);

    PostgresConnectionParams m_params;
    PollSchedule m_schedule;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    int m_deadlineMs = 10000;
    quint64 m_generation = 0;
    bool m_pending = false;

    // The current worker and its thread. Both delete themselves when the thread finishes.
    QPointer<QThread> m_thread;
    QPointer<PostgresWorker> m_worker;
    // The one abandoned thread that may still be blocked in libpq.
    QPointer<QThread> m_abandoned;
    int m_abandonedTotal = 0;

    PostgresSnapshot m_lastSnapshot;
};

} // namespace Ops
