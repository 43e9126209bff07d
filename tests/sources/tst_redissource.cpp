// Integration tests of Ops::RedisSource against the local stack's real Redis:
// real INFO and LLEN values, AUTH errors, a refused port, a stopped server and a frozen one.
#include "models/core/stallprobe.h"
#include "models/sources/redissource.h"
#include "tests/common/stallbudget.h"
#include "tests/common/stackcontrol.h"
#include "tests/common/testenv.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <hiredis/hiredis.h>

using namespace Ops;

namespace {

constexpr double kMaxStallMs = Ops::TestBudget::kMaxStallMs; // tests/common/stallbudget.h says why

/// A synchronous hiredis connection for setting up test data (before the probe runs).
class TestRedis
{
public:
    TestRedis()
    {
        const timeval timeout{2, 0};
        m_context = redisConnectWithTimeout(TestEnv::redisHost().toLatin1().constData(), TestEnv::redisPort(), timeout);
        if (m_context && !m_context->err)
            redisSetTimeout(m_context, timeout);
    }
    ~TestRedis()
    {
        if (m_context)
            redisFree(m_context);
    }
    bool ok() const { return m_context && !m_context->err; }
    void command(const char* format, const QByteArray& key, const QByteArray& value = QByteArray())
    {
        auto* reply = static_cast<redisReply*>(value.isNull()
                                                   ? redisCommand(m_context, format, key.constData(), size_t(key.size()))
                                                   : redisCommand(m_context, format, key.constData(), size_t(key.size()),
                                                                  value.constData(), size_t(value.size())));
        if (reply)
            freeReplyObject(reply);
    }

private:
    redisContext* m_context = nullptr;
};

/// Deletes the test-only queue key at the end, whatever happened.
struct KeyGuard
{
    QByteArray key;
    ~KeyGuard()
    {
        TestRedis redis;
        if (redis.ok())
            redis.command("DEL %b", key);
    }
};

} // namespace

class TestRedisSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void infoParsing();
    void snapshotCarriesRealValues();
    void queuesAreReadOnTheirOwnInterval();
    void wrongPasswordReportsDownInWords();
    void refusedPortReportsDown();
    void stoppedServerReportsDownAndRecovers();
    void frozenServerReportsDownAndRecovers();

private:
    void configure(RedisSource& source, int interval, int deadline);
};

void TestRedisSource::initTestCase()
{
    REQUIRE_ENV(TestEnv::redisHost());
    QVERIFY2(StackControl::serviceRunning(QStringLiteral("redis")), "the stack's Redis is not running");
}

void TestRedisSource::configure(RedisSource& source, int interval, int deadline)
{
    source.setServer(TestEnv::redisHost(), TestEnv::redisPort());
    // Test-only keys: the stack's simulator fills the real "celery" queue, which would make checks Degraded.
    source.setQueues({QStringLiteral("opsconsole:test:absent:%1").arg(QCoreApplication::applicationPid())});
    source.setInterval(interval);
    source.setDeadline(deadline);
    source.setMinimumBackoff(200);
}

void TestRedisSource::infoParsing()
{
    RedisSnapshot snapshot;
    QVERIFY(snapshot.applyInfo("# Server\r\nredis_version:7.0.11\r\n\r\n# Clients\r\nconnected_clients:12\r\n"
                               "# Memory\r\nused_memory:1048576\r\nmaxmemory:0\r\n# Stats\r\nevicted_keys:3\r\n"
                               "rejected_connections:1\r\n# Replication\r\nrole:master\r\n"));
    QCOMPARE(snapshot.version, QStringLiteral("7.0.11"));
    QCOMPARE(snapshot.connectedClients, 12);
    QCOMPARE(snapshot.usedMemory, 1048576);
    QCOMPARE(snapshot.maxMemory, 0);
    QCOMPARE(snapshot.evictedKeys, 3);
    QCOMPARE(snapshot.rejectedConnections, 1);
    QCOMPARE(snapshot.role, QStringLiteral("master"));
    RedisSnapshot garbage;
    QVERIFY(!garbage.applyInfo("hello world"));
}

void TestRedisSource::snapshotCarriesRealValues()
{
    REQUIRE_ENV(TestEnv::redisHost());
    KeyGuard key{"opsconsole:test:queue:" + QByteArray::number(QCoreApplication::applicationPid())};
    {
        TestRedis redis;
        QVERIFY(redis.ok());
        redis.command("DEL %b", key.key);
        for (int i = 0; i < 3; ++i)
            redis.command("LPUSH %b %b", key.key, QByteArray("job-") + QByteArray::number(i));
    }
    StallProbe probe;
    QVERIFY(probe.start());
    RedisSource source;
    configure(source, 60000, 3000);
    const QString absent = QStringLiteral("opsconsole:test:absent:%1").arg(QCoreApplication::applicationPid());
    source.setQueues({QString::fromLatin1(key.key), absent});
    QSignalSpy snapshots(&source, &RedisSource::snapshotReady);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 3000);
    QCOMPARE(source.lastResult().health, Health::Ok);
    QVERIFY(source.isConnected());

    const auto snapshot = snapshots.at(0).at(0).value<RedisSnapshot>();
    QCOMPARE(snapshot.queueLength(QString::fromLatin1(key.key)), 3);
    QCOMPARE(snapshot.queueLength(absent), 0); // LLEN of a missing key
    QVERIFY(snapshot.connectedClients >= 1);
    QVERIFY(snapshot.usedMemory > 0);
    QVERIFY(snapshot.maxMemory >= 0);
    QVERIFY(snapshot.evictedKeys >= 0);
    QVERIFY(snapshot.rejectedConnections >= 0);
    QCOMPARE(snapshot.role, QStringLiteral("master"));
    QVERIFY(snapshot.version.startsWith(QStringLiteral("7")));
    QVERIFY(snapshot.pingMs >= 0);
    QVERIFY(snapshot.queuesCheckedAt.isValid());

    // Over the runbook's backlog threshold: Degraded, with the queue named.
    {
        TestRedis redis;
        for (int i = 0; i < 100; ++i)
            redis.command("LPUSH %b %b", key.key, QByteArray("more"));
    }
    source.setQueueInterval(100); // read the queues again now
    QTRY_VERIFY_WITH_TIMEOUT(source.lastSnapshot().queueLength(QString::fromLatin1(key.key)) == 103, 3000);
    QCOMPARE(source.lastResult().health, Health::Degraded);
    QVERIFY(source.lastResult().reason.contains(QString::fromLatin1(key.key)));
    QCOMPARE(source.lastSnapshot().backloggedQueues(), QStringList{QString::fromLatin1(key.key)});
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

void TestRedisSource::queuesAreReadOnTheirOwnInterval()
{
    REQUIRE_ENV(TestEnv::redisHost());
    RedisSource source;
    configure(source, 100, 3000);
    source.setQueueInterval(60000);
    QSignalSpy snapshots(&source, &RedisSource::snapshotReady);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 3, 5000);
    const auto first = snapshots.at(0).at(0).value<RedisSnapshot>();
    const auto third = snapshots.at(2).at(0).value<RedisSnapshot>();
    QVERIFY(first.queuesCheckedAt.isValid());
    QCOMPARE(third.queuesCheckedAt, first.queuesCheckedAt); // carried with its own time, not re-read
    QVERIFY(third.checkedAt > first.checkedAt);
    QCOMPARE(third.queues.size(), 1);
}

void TestRedisSource::wrongPasswordReportsDownInWords()
{
    REQUIRE_ENV(TestEnv::redisHost());
    RedisSource source;
    configure(source, 60000, 3000);
    source.setPassword(QStringLiteral("not-the-password"));
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 3000);
    QCOMPARE(source.lastResult().health, Health::Down);
    // The server has no password: Redis says so, and the reason carries its words, never the password.
    QVERIFY2(source.lastResult().reason.contains(QStringLiteral("AUTH")), qPrintable(source.lastResult().reason));
    QVERIFY(!source.lastResult().reason.contains(QStringLiteral("not-the-password")));
    QVERIFY(!source.isConnected());
}

void TestRedisSource::refusedPortReportsDown()
{
    REQUIRE_ENV(TestEnv::redisHost());
    StallProbe probe;
    QVERIFY(probe.start());
    RedisSource source;
    configure(source, 500, 2000);
    source.setServer(TestEnv::redisHost(), StackControl::freeTcpPort());
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 500 + 2000 + 500);
    QCOMPARE(source.lastResult().health, Health::Down);
    QVERIFY2(source.lastResult().reason.contains(QStringLiteral("refused")), qPrintable(source.lastResult().reason));
    // It keeps retrying (with backoff) and keeps reporting Down.
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 3, 3000);
    QCOMPARE(source.lastResult().health, Health::Down);
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

void TestRedisSource::stoppedServerReportsDownAndRecovers()
{
    REQUIRE_ENV(TestEnv::redisHost());
    StackControl::RunningGuard restart(QStringLiteral("redis"));
    const int interval = 500;
    const int deadline = 2000;
    RedisSource source;
    configure(source, interval, deadline);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 3000);
    QCOMPARE(source.lastResult().health, Health::Ok);

    StallProbe probe;
    QVERIFY(probe.start());
    QVERIFY(StackControl::stopService(QStringLiteral("redis")));
    QTRY_VERIFY_WITH_TIMEOUT(!StackControl::serviceRunning(QStringLiteral("redis")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Down, interval + deadline + 1000);
    QVERIFY(!source.lastResult().reason.isEmpty());

    QVERIFY(StackControl::startService(QStringLiteral("redis")));
    QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Ok, interval + deadline + 2000);
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

void TestRedisSource::frozenServerReportsDownAndRecovers()
{
    REQUIRE_ENV(TestEnv::redisHost());
    const int interval = 300;
    const int deadline = 800;
    RedisSource source;
    configure(source, interval, deadline);
    QSignalSpy checked(&source, &Source::checked);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 1, 3000);
    QCOMPARE(source.lastResult().health, Health::Ok);

    const int tasksBefore = StackControl::threadCount();
    int maxTasks = tasksBefore;
    int downs = 0;
    connect(&source, &Source::checked, this, [&](const CheckResult& result) {
        maxTasks = std::max(maxTasks, StackControl::threadCount());
        if (result.health == Health::Down)
            ++downs;
    });
    StallProbe probe;
    QVERIFY(probe.start());
    {
        StackControl::FreezeGuard freeze(QStringLiteral("redis"), 30);
        QVERIFY(freeze.frozen());
        QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Down, interval + deadline + 1000);
        QVERIFY2(source.lastResult().reason.contains(QStringLiteral("no answer")), qPrintable(source.lastResult().reason));
        QVERIFY(!source.isConnected()); // hard-closed on the deadline
        QTRY_VERIFY_WITH_TIMEOUT(downs >= 3, 6000);
        freeze.release();
    }
    QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Ok, interval + deadline + 2000);
    QVERIFY2(maxTasks - tasksBefore <= 2, qPrintable(QStringLiteral("%1 -> %2").arg(tasksBefore).arg(maxTasks)));
    qInfo("largest event-loop lateness: %.1f ms", probe.maxLatenessMs());
    QVERIFY2(probe.maxLatenessMs() < kMaxStallMs, qPrintable(QString::number(probe.maxLatenessMs())));
}

QTEST_GUILESS_MAIN(TestRedisSource)
#include "tst_redissource.moc"
