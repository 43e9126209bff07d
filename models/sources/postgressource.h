#pragma once

#include "models/sources/pollschedule.h"
#include "models/store/postgresconnectionparams.h"
#include "models/sources/postgressnapshot.h"
#include "models/sources/source.h"

#include <QElapsedTimer>

namespace Ops {

struct ConnectionProfile;
struct DatabaseResult;
class DatabaseWorker;

/// PostgreSQL readiness and load (id "postgres"): PQpingParams, pg_stat_database against
/// max_connections, the longest running query and replication lag.
///
/// libpqxx blocks, so each check is a task on this source's own DatabaseWorker (its connection, its
/// thread, its client-side deadline on the GUI thread). A frozen server (SIGSTOP) blocks libpq whatever
/// its timeouts say: when the check misses the deadline the source reports Down and the worker abandons
/// that thread (never waited for; it ends whenever the blocked call returns). The worker tolerates one
/// stuck thread: while it is still stuck, checks report "still waiting for the previous check" instead
/// of piling up threads.
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
    /// Client-side deadline of one check (default 10 s). Also derives libpq's connect_timeout, the
    /// statement_timeout and the keepalives so that the server gives up before the client does.
    void setDeadline(int ms);
    int deadline() const;
    /// Smallest retry delay after a failure (PollSchedule backoff, default 1 s).
    void setMinimumBackoff(int ms) { m_schedule.setMinimumBackoff(ms); }

    void start() override;
    void stop() override;
    void refresh() override;

    bool isChecking() const { return m_pending; }
    PostgresSnapshot lastSnapshot() const { return m_lastSnapshot; }
    /// Threads of this source still running: the current one or the one abandoned and still stuck.
    int workerThreads() const;
    /// Checks abandoned after a missed deadline since construction (for tests and diagnostics).
    int abandonedCount() const;

Q_SIGNALS:
    void snapshotReady(const Ops::PostgresSnapshot& snapshot);

private:
    void runCheck();
    void onChecked(quint64 generation, const Ops::DatabaseResult& answer);
    void finishCheck(const CheckResult& result);

    DatabaseWorker* m_worker;
    PollSchedule m_schedule;
    QElapsedTimer m_elapsed;
    quint64 m_generation = 0;
    bool m_pending = false;
    PostgresSnapshot m_lastSnapshot;
};

} // namespace Ops
