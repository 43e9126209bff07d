#include "models/core/formatting.h"
#include "models/sources/postgressource.h"

#include "models/core/logging.h"
#include "models/profiles/connectionprofile.h"
#include "models/store/databaselink.h"
#include "models/store/databaseworker.h"
#include "models/store/sqlconnect.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTcpSocket>

namespace Ops {

namespace {

/// What one check found on the database thread: a ready server's snapshot, or why it is not ready.
struct CheckOutcome
{
    PostgresSnapshot snapshot;
    QString notReady; ///< translated; empty when the server accepts connections
    bool noResponse = false; ///< nothing answered (refused, unreachable, timed out): not an answer of the server
};

QString str(const Sql::Field& field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

qint64 int64(const Sql::Field& field, qint64 fallback = -1)
{
    return field.is_null() ? fallback : field.as<qint64>();
}

/// True when the server answers PostgreSQL's SSLRequest with "no" ('N'): it is there, without TLS. Only
/// the 8-byte request is sent, no user name and no password. Blocking, within the connect timeout: runs
/// on the database worker's thread.
bool serverRefusesTls(const PostgresConnectionParams& params)
{
    QTcpSocket socket;
    const int deadlineMs = std::max(1, params.connectTimeoutS) * 1000;
    socket.connectToHost(params.host, quint16(params.port));
    if (!socket.waitForConnected(deadlineMs))
        return false;
    static const char sslRequest[8] = {0x00, 0x00, 0x00, 0x08, 0x04, char(0xd2), 0x16, 0x2f};
    socket.write(sslRequest, sizeof sslRequest);
    if (!socket.waitForBytesWritten(deadlineMs) || !socket.waitForReadyRead(deadlineMs))
        return false;
    char answer = 0;
    const bool refused = socket.read(&answer, 1) == 1 && answer == 'N';
    socket.abort();
    return refused;
}

/// Readiness exactly like pg_isready: does not need valid credentials. Empty when the server is ready.
QString readiness(const PostgresConnectionParams& params, bool* noResponse)
{
    *noResponse = false;
    const auto pairs = params.keywordValues();
    std::vector<std::string> keywords;
    std::vector<std::string> values;
    for (const auto& [keyword, value] : pairs) {
        keywords.push_back(keyword.toStdString());
        values.push_back(value.toStdString());
    }
    switch (Sql::driver().ping(keywords, values)) {
    case Sql::Ping::Ok:
        return QString();
    case Sql::Ping::Reject:
        return QCoreApplication::translate(
            "Ops::PostgresSource",
            "the server rejects connections (starting up, shutting down or in crash recovery)");
    case Sql::Ping::NoAttempt:
        return QCoreApplication::translate("Ops::PostgresSource", "the connection parameters are invalid");
    case Sql::Ping::NoResponse:
        break;
    }
    *noResponse = true;
    // libpq says "no response" also when it gave up because the server offers no TLS and the sslmode
    // requires it (auto is verify-full off this machine): ask the server itself, without credentials.
    if (const QString mode = params.effectiveSslMode();
        (mode == QLatin1String("require") || mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full")) &&
        serverRefusesTls(params))
        return QCoreApplication::translate("Ops::PostgresSource",
                                           "%1:%2 answers but offers no TLS, and sslmode=%3 requires it: nothing was "
                                           "sent (set up TLS on the server, or reach it through a tunnel)")
            .arg(params.host)
            .arg(params.port)
            .arg(mode);
    return QCoreApplication::translate("Ops::PostgresSource",
                                       "no response from %1:%2 (refused, unreachable or timed out)")
        .arg(params.host)
        .arg(params.port);
}

void querySnapshot(Sql::Connection& connection, PostgresSnapshot& snapshot)
{
    // Read-only, fixed statements: no parameters at all, so nothing to concatenate.
    Sql::ReadTransaction tx(connection);

    const Sql::Result settings =
        tx.exec("SELECT current_setting('server_version'), current_setting('max_connections')::int, "
                "pg_is_in_recovery(),"
                " CASE WHEN pg_is_in_recovery() THEN"
                "   (EXTRACT(EPOCH FROM (now() - pg_last_xact_replay_timestamp())) * 1000)::bigint END");
    snapshot.serverVersion = str(settings[0][0]);
    snapshot.maxConnections = settings[0][1].as<int>();
    snapshot.isStandby = settings[0][2].as<bool>();
    snapshot.standbyReplayDelayMs = int64(settings[0][3]);

    const Sql::Result databases = tx.exec(
        "SELECT datname, numbackends FROM pg_stat_database WHERE datname IS NOT NULL ORDER BY datname");
    for (const auto& row : databases) {
        PostgresDatabaseBackends entry;
        entry.database = str(row[0]);
        entry.backends = row[1].as<int>();
        snapshot.totalBackends += entry.backends;
        snapshot.backends.append(entry);
    }

    const Sql::Result longest =
        tx.exec("SELECT pid, datname, usename, state,"
                " (EXTRACT(EPOCH FROM (clock_timestamp() - query_start)) * 1000)::bigint,"
                " left(query, " +
                std::to_string(PostgresLongestQuery::kMaxTextLength) +
                ")"
                " FROM pg_stat_activity"
                " WHERE backend_type = 'client backend' AND state IS NOT NULL AND state <> 'idle'"
                " AND pid <> pg_backend_pid() AND query_start IS NOT NULL"
                " ORDER BY query_start ASC LIMIT 1");
    if (!longest.empty()) {
        const auto row = longest[0];
        snapshot.longestQuery.present = true;
        snapshot.longestQuery.pid = row[0].as<int>();
        snapshot.longestQuery.database = str(row[1]);
        snapshot.longestQuery.user = str(row[2]);
        snapshot.longestQuery.state = str(row[3]);
        snapshot.longestQuery.durationMs = int64(row[4], 0);
        snapshot.longestQuery.text = str(row[5]).simplified();
    }

    // pg_current_wal_lsn() fails on a standby: only a primary lists its replicas' byte lag.
    const Sql::Result replicas = tx.exec(
        snapshot.isStandby
            ? "SELECT application_name, client_addr::text, state,"
              " (EXTRACT(EPOCH FROM replay_lag) * 1000)::bigint, NULL::bigint FROM pg_stat_replication"
            : "SELECT application_name, client_addr::text, state,"
              " (EXTRACT(EPOCH FROM replay_lag) * 1000)::bigint,"
              " pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint FROM pg_stat_replication"
              " ORDER BY application_name");
    for (const auto& row : replicas) {
        PostgresReplica replica;
        replica.name = str(row[0]);
        replica.clientAddress = str(row[1]);
        replica.state = str(row[2]);
        replica.replayLagMs = int64(row[3]);
        replica.replayLagBytes = int64(row[4]);
        snapshot.replicas.append(replica);
    }
    tx.commit();
}

/// The check, run on the source's database thread (blocking): readiness, then the status queries on
/// the thread's connection. Query errors propagate to the worker's boundary and come back as data.
QVariant checkServer(DatabaseLink& link)
{
    CheckOutcome outcome;
    outcome.snapshot.checkedAt = QDateTime::currentDateTimeUtc();
    outcome.notReady = readiness(link.params(), &outcome.noResponse);
    if (!outcome.notReady.isEmpty()) {
        link.close(); // whatever the server was, the next check starts with a fresh connection
        return QVariant::fromValue(outcome);
    }
    outcome.snapshot.acceptingConnections = true;
    querySnapshot(link.connection(), outcome.snapshot);
    return QVariant::fromValue(outcome);
}

} // namespace

PostgresSource::PostgresSource(QObject* parent)
    : Source(QStringLiteral("postgres"), parent)
    , m_worker(new DatabaseWorker(this))
    , m_schedule(60000)
{
    qRegisterMetaType<Ops::PostgresSnapshot>();
    qRegisterMetaType<Ops::Health>();
    m_worker->setObjectName(QStringLiteral("postgres-check"));
    // One stuck check at a time: a frozen server costs this source one thread, not one per interval.
    m_worker->setMaxStuckThreads(1);
    connect(&m_schedule, &PollSchedule::due, this, &PostgresSource::runCheck);
}

PostgresSource::~PostgresSource() = default; // the worker never waits for its thread either

void PostgresSource::setProfile(const ConnectionProfile& profile, const QString& password)
{
    setConnectionParams(PostgresConnectionParams::fromProfile(profile, password));
}

void PostgresSource::setConnectionParams(const PostgresConnectionParams& params)
{
    m_worker->setConnectionParams(params);
}

void PostgresSource::setInterval(int ms)
{
    m_schedule.setInterval(ms);
}

void PostgresSource::setDeadline(int ms)
{
    m_worker->setDeadline(ms);
}

int PostgresSource::deadline() const
{
    return m_worker->deadline();
}

void PostgresSource::start()
{
    m_schedule.start();
}

void PostgresSource::stop()
{
    m_schedule.stop();
    if (m_pending) {
        m_pending = false;
        ++m_generation; // whatever the running check answers now is stale
    }
}

void PostgresSource::refresh()
{
    runCheck();
}

int PostgresSource::workerThreads() const
{
    return m_worker->runningThreads();
}

int PostgresSource::abandonedCount() const
{
    return m_worker->abandonedCount();
}

void PostgresSource::runCheck()
{
    if (m_pending)
        return;
    const quint64 generation = ++m_generation;
    m_pending = true;
    m_elapsed.start();
    m_worker->submitTask(&checkServer, this,
                         [this, generation](const DatabaseResult& answer) { onChecked(generation, answer); });
}

void PostgresSource::onChecked(quint64 generation, const DatabaseResult& answer)
{
    if (!m_pending || generation != m_generation)
        return; // stopped meanwhile
    m_pending = false;

    CheckResult result;
    result.health = Health::Down;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    switch (answer.abandoned) {
    case DatabaseResult::Abandoned::AtDeadline:
        result.reason = tr("no answer within %1 s").arg(Format::seconds(m_worker->deadline()));
        finishCheck(result);
        return;
    case DatabaseResult::Abandoned::WhileStuck:
        result.reason = tr("still waiting for the previous check: the server has not answered for more than %1 s")
                            .arg(Format::seconds(m_worker->deadline()));
        finishCheck(result);
        return;
    case DatabaseResult::Abandoned::No:
        break;
    }
    const CheckOutcome outcome = answer.value.value<CheckOutcome>();
    // Only what the server itself said is an answer (its tile's age counts from it): a refused or
    // unanswered connection leaves the latency unset.
    result.latencyMs = answer.ok() && outcome.noResponse ? -1 : m_elapsed.elapsed();
    if (!answer.ok() || !outcome.notReady.isEmpty()) {
        result.reason = answer.ok() ? outcome.notReady : answer.error;
        // "no password supplied" alone would hide that the console kept it back on purpose.
        if (const QString withheld = m_worker->connectionParams().passwordWithheldReason(); !withheld.isEmpty())
            result.reason = withheld + QStringLiteral(" — ") + result.reason;
        qCInfo(lcPostgres) << m_worker->connectionParams().displayName() << "down:" << result.reason;
        finishCheck(result);
        return;
    }
    const PostgresSnapshot& snapshot = outcome.snapshot;
    result.checkedAt = snapshot.checkedAt;
    if (snapshot.poolExhausted()) {
        result.health = Health::Degraded;
        result.reason = tr("connection pool %1 % used (%2 of %3 connections)")
                            .arg(qRound(snapshot.poolUsage() * 100))
                            .arg(snapshot.totalBackends)
                            .arg(snapshot.maxConnections);
    } else {
        result.health = Health::Ok;
    }
    m_lastSnapshot = snapshot;
    Q_EMIT snapshotReady(snapshot);
    finishCheck(result);
}

void PostgresSource::finishCheck(const CheckResult& result)
{
    const bool ok = result.health == Health::Ok || result.health == Health::Degraded;
    report(result);
    m_schedule.checkFinished(ok);
}

} // namespace Ops
