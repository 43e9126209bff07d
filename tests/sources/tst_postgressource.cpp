// Integration tests of Ops::PostgresSource against the local stack's real PostgreSQL:
// real values, a refused port, a stopped server and a frozen (SIGSTOPped) cluster.
#include "models/core/stallprobe.h"
#include "models/store/postgresconnectionparams.h"
#include "models/sources/postgressource.h"
#include "models/store/databaseworker.h"
#include "tests/common/stallbudget.h"
#include "tests/common/stackcontrol.h"
#include "tests/common/testenv.h"

#include <QCoreApplication>
#include <QProcess>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <libpq-fe.h>
#include <pqxx/pqxx>

using namespace Ops;

namespace {

constexpr double kMaxStallMs = Ops::TestBudget::kMaxStallMs; // tests/common/stallbudget.h says why

PostgresConnectionParams stackParams(const QString& database = QStringLiteral("postgres"))
{
    PostgresConnectionParams params;
    params.host = TestEnv::pgHost();
    params.port = TestEnv::pgPort();
    params.database = database;
    params.user = QStringLiteral("postgres");
    params.sslMode = QStringLiteral("disable");
    return params;
}

/// Drops the test database at the end, whatever happened.
struct DatabaseGuard
{
    QString name;
    ~DatabaseGuard()
    {
        try {
            pqxx::connection admin(TestEnv::pgAdminConnInfo().toStdString());
            pqxx::nontransaction tx(admin);
            tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(name.toStdString()) + " WITH (FORCE)");
        } catch (const std::exception& error) {
            qWarning("could not drop the test database: %s", error.what());
        }
    }
};

/// A client connection running a long query, sent without waiting for it.
struct SleepingClient
{
    PGconn* conn = nullptr;
    ~SleepingClient()
    {
        if (!conn)
            return;
        if (PGcancel* cancel = PQgetCancel(conn)) {
            char buffer[256];
            PQcancel(cancel, buffer, sizeof buffer);
            PQfreeCancel(cancel);
        }
        PQfinish(conn);
    }
};

} // namespace

class TestPostgresSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conninfoQuotesValuesAndHidesPassword();
    void snapshotCarriesRealValues();
    void refusedPortReportsDown();
    void stoppedServerReportsDownAndRecovers();
    void frozenClusterIsAbandonedAndThreadsStayBounded();

private:
};

void TestPostgresSource::initTestCase()
{
    REQUIRE_ENV(TestEnv::pgHost());
    QVERIFY2(StackControl::serviceRunning(QStringLiteral("postgres")), "the stack's PostgreSQL is not running");
}

void TestPostgresSource::conninfoQuotesValuesAndHidesPassword()
{
    PostgresConnectionParams params;
    params.host = QStringLiteral("db.example");
    params.port = 6543;
    params.database = QStringLiteral("fragrance_ai");
    params.user = QStringLiteral("ops");
    params.password = QStringLiteral("it's a \\secret");
    // A host off this machine gets the password only over mandatory TLS (see passwordWithheld()).
    params.sslMode = QStringLiteral("verify-full");
    params.connectTimeoutS = 3;
    params.statementTimeoutMs = 4000;
    const QByteArray conninfo = params.conninfo();
    QVERIFY(conninfo.contains("password='it\\'s a \\\\secret'"));
    QVERIFY(conninfo.contains("connect_timeout='3'"));
    QVERIFY(conninfo.contains("gssencmode='disable'")); // no Kerberos before each connection
    QVERIFY(conninfo.contains("options='-c statement_timeout=4000 "));
    QVERIFY(conninfo.contains("keepalives='1'"));
    QVERIFY(conninfo.contains("tcp_user_timeout='19000'"));
    QVERIFY(conninfo.contains("host='db.example'"));
    QVERIFY(!params.displayName().contains(QStringLiteral("secret")));
    // libpq must read back exactly what we meant.
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.constData(), &error);
    QVERIFY(options);
    QByteArray password;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (qstrcmp(option->keyword, "password") == 0)
            password = option->val;
    }
    PQconninfoFree(options);
    QCOMPARE(QString::fromUtf8(password), params.password);

    // With sslmode=prefer the same host would get it in clear if the server offers no TLS: none is given.
    params.sslMode = QStringLiteral("prefer");
    QVERIFY(params.passwordWithheld());
    QVERIFY(!params.conninfo().contains("secret"));
}

void TestPostgresSource::snapshotCarriesRealValues()
{
    REQUIRE_ENV(TestEnv::pgHost());
    DatabaseGuard database{QStringLiteral("opsconsole_tst_pg_%1").arg(QCoreApplication::applicationPid())};
    {
        pqxx::connection admin(TestEnv::pgAdminConnInfo().toStdString());
        pqxx::nontransaction tx(admin);
        tx.exec("DROP DATABASE IF EXISTS " + tx.quote_name(database.name.toStdString()) + " WITH (FORCE)");
        tx.exec("CREATE DATABASE " + tx.quote_name(database.name.toStdString()));
    }
    SleepingClient sleeper;
    sleeper.conn = PQconnectdb(TestEnv::pgAdminConnInfo(database.name).toUtf8().constData());
    QCOMPARE(PQstatus(sleeper.conn), CONNECTION_OK);
    QVERIFY(PQsendQuery(sleeper.conn, "SELECT pg_sleep(20) /* opsconsole test */") == 1);

    StallProbe probe;
    QVERIFY(probe.start());
    PostgresSource source;
    source.setConnectionParams(stackParams(database.name));
    source.setDeadline(5000);
    QSignalSpy snapshots(&source, &PostgresSource::snapshotReady);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 6000);
    QCOMPARE(source.lastResult().health, Health::Ok);
    QCOMPARE(snapshots.count(), 1);
    QVERIFY(source.lastResult().latencyMs >= 0);

    const auto snapshot = snapshots.at(0).at(0).value<PostgresSnapshot>();
    QVERIFY(snapshot.acceptingConnections);
    QVERIFY2(snapshot.serverVersion.startsWith(QStringLiteral("15")), qPrintable(snapshot.serverVersion));
    QCOMPARE(snapshot.maxConnections, 100);
    // The sleeping client and the source's own connection.
    QVERIFY2(snapshot.backendsOf(database.name) >= 2, qPrintable(QString::number(snapshot.backendsOf(database.name))));
    QVERIFY(snapshot.totalBackends >= snapshot.backendsOf(database.name));
    QVERIFY(snapshot.poolUsage() > 0.0 && snapshot.poolUsage() < 1.0);
    QVERIFY(!snapshot.poolExhausted());
    QVERIFY(snapshot.longestQuery.present);
    QVERIFY(snapshot.longestQuery.durationMs >= 0);
    QVERIFY(!snapshot.longestQuery.text.isEmpty());
    QVERIFY(snapshot.longestQuery.text.size() <= PostgresLongestQuery::kMaxTextLength);
    if (snapshot.longestQuery.database == database.name)
        QVERIFY(snapshot.longestQuery.text.contains(QStringLiteral("pg_sleep")));
    QVERIFY(!snapshot.isStandby);
    QVERIFY(snapshot.replicas.isEmpty()); // "no replicas"
    QVERIFY(snapshot.checkedAt.isValid());
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

void TestPostgresSource::refusedPortReportsDown()
{
    REQUIRE_ENV(TestEnv::pgHost());
    StallProbe probe;
    QVERIFY(probe.start());
    PostgresSource source;
    PostgresConnectionParams params = stackParams();
    params.port = StackControl::freeTcpPort();
    source.setConnectionParams(params);
    source.setInterval(500);
    source.setDeadline(3000);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 500 + 3000 + 500);
    const CheckResult result = source.lastResult();
    QCOMPARE(result.health, Health::Down);
    QVERIFY(!result.reason.isEmpty());
    QVERIFY2(result.reason.contains(QString::number(params.port)), qPrintable(result.reason));
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

void TestPostgresSource::stoppedServerReportsDownAndRecovers()
{
    REQUIRE_ENV(TestEnv::pgHost());
    StackControl::RunningGuard restart(QStringLiteral("postgres"));
    PostgresSource source;
    source.setConnectionParams(stackParams());
    source.setInterval(500);
    source.setDeadline(3000);
    source.setMinimumBackoff(200);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 5000);
    QCOMPARE(source.lastResult().health, Health::Ok);

    StallProbe probe;
    QVERIFY(probe.start());
    QVERIFY(StackControl::stopService(QStringLiteral("postgres"))); // docker stop: a clean shutdown
    QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Down, 500 + 3000 + 1000);
    QVERIFY(!source.lastResult().reason.isEmpty());

    QVERIFY(StackControl::startService(QStringLiteral("postgres")));
    QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Ok, 500 + 3000 + 2000);
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

void TestPostgresSource::frozenClusterIsAbandonedAndThreadsStayBounded()
{
    REQUIRE_ENV(TestEnv::pgHost());
    const int interval = 300;
    const int deadline = 1000;
    PostgresSource source;
    source.setConnectionParams(stackParams());
    source.setInterval(interval);
    source.setDeadline(deadline);
    source.setMinimumBackoff(200);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 5000);
    QCOMPARE(source.lastResult().health, Health::Ok);

    const int tasksBefore = StackControl::threadCount();
    const int workersBefore = DatabaseWorker::liveThreads();
    int maxTasks = tasksBefore;
    int maxWorkers = workersBefore;
    int maxSourceThreads = source.workerThreads();
    int downs = 0;
    int stillWaiting = 0;
    connect(&source, &Source::checked, this, [&](const CheckResult& result) {
        maxTasks = std::max(maxTasks, StackControl::threadCount());
        maxWorkers = std::max(maxWorkers, DatabaseWorker::liveThreads());
        maxSourceThreads = std::max(maxSourceThreads, source.workerThreads());
        if (result.health == Health::Down) {
            ++downs;
            if (result.reason.contains(QStringLiteral("still waiting")))
                ++stillWaiting;
        }
    });

    StallProbe probe;
    QVERIFY(probe.start());
    {
        // docker pause: every process of the server frozen, as with SIGSTOP; the port keeps accepting.
        StackControl::FreezeGuard freeze(QStringLiteral("postgres"), 30);
        QVERIFY(freeze.frozen());
        QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Down, interval + deadline + 1000);
        QVERIFY(!source.lastResult().reason.isEmpty());
        // Several intervals of a hung server: the stuck worker is abandoned, never piled up. Whether a second
        // one is abandoned depends on where the freeze caught the first: stuck connecting, it ends at libpq's
        // connect_timeout (about 2 s) and the next check gets a thread of its own to abandon; stuck with a
        // query in flight, it waits for the server, since Docker's port proxy, not the frozen server, answers
        // TCP (a fresh-clone run waited more than 10 s for a second abandonment that never came). Either way
        // the source runs one stuck thread at a time and says it is still waiting (asserted below).
        QElapsedTimer hung;
        hung.start();
        QTRY_VERIFY_WITH_TIMEOUT(downs >= 6 && source.abandonedCount() >= 1, 20000);
        qInfo("six downs after %lld ms of the freeze, %d worker(s) abandoned", qint64(hung.elapsed()), source.abandonedCount());
        freeze.release();
    }
    QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Ok, 8000);
    QTRY_VERIFY_WITH_TIMEOUT(source.workerThreads() <= 1, 8000);

    // One stuck check at a time: the stuck thread is the source's only one until it ends.
    QVERIFY2(maxSourceThreads <= 1, qPrintable(QString::number(maxSourceThreads)));
    QVERIFY2(maxWorkers - workersBefore <= 1, qPrintable(QStringLiteral("%1 -> %2").arg(workersBefore).arg(maxWorkers)));
    QVERIFY2(maxTasks - tasksBefore <= 2, qPrintable(QStringLiteral("%1 -> %2").arg(tasksBefore).arg(maxTasks)));
    QVERIFY(stillWaiting >= 1);
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

QTEST_GUILESS_MAIN(TestPostgresSource)
#include "tst_postgressource.moc"
