// The stack simulator against the real PostgreSQL and Redis: /health, /metrics and each
// scenario's visible effect, the admin endpoint, and the runbook's smoke test.
#include "tests/common/testenv.h"
#include "tests/tools/toolstest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ToolsTest;

namespace {

QByteArray metrics()
{
    return http(TestEnv::apiUrl() + u"/metrics"_s).body;
}

QJsonObject health()
{
    return getJson(TestEnv::apiUrl() + u"/health"_s);
}

/// Counts of requests (all, 5xx) and of slow ones (> 1 s) over a window of about windowMs.
struct Window
{
    double total = 0;
    double errors = 0;
    double slow = 0;
};

Window sample(int requests)
{
    // Waits for traffic, not for time: the window closes once enough requests came in.
    // Only the API's own handlers: the test's polls of /metrics are requests too.
    auto count = [](const QByteArray& m) { return sumSamples(m, "http_requests_total", {"handler=\"/api/"}); };
    auto errors = [](const QByteArray& m) {
        return sumSamples(m, "http_requests_total", {"handler=\"/api/", "status=\"5"});
    };
    auto below1 = [](const QByteArray& m) {
        return sumSamples(m, "http_request_duration_seconds_bucket", {"handler=\"/api/", "le=\"1\""});
    };
    auto all = [](const QByteArray& m) {
        return sumSamples(m, "http_request_duration_seconds_count", {"handler=\"/api/"});
    };
    const QByteArray a = metrics();
    QByteArray b;
    const bool enough = QTest::qWaitFor([&] { return count(b = metrics()) - count(a) >= requests; }, 15000);
    Window w;
    if (!enough)
        return w;
    w.total = count(b) - count(a);
    w.errors = errors(b) - errors(a);
    w.slow = (all(b) - all(a)) - (below1(b) - below1(a));
    return w;
}

} // namespace

class TestStackSim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ENV(TestEnv::apiUrl());
        QVERIFY2(setScenario(u"normal"_s), "the simulator's admin endpoint does not answer: scripts/stack-sim.sh start");
    }

    void cleanup()
    {
        QVERIFY(setScenario(u"normal"_s));
        docker({u"compose"_s, u"up"_s, u"-d"_s}, {{u"VERSION"_s, u"0.2.0"_s}});
    }

    void healthInTheRunbooksShape()
    {
        QTRY_COMPARE_WITH_TIMEOUT(health().value(u"status"_s).toString(), u"healthy"_s, 10000);
        const QJsonObject h = health();
        QCOMPARE(h.value(u"version"_s).toString(), u"0.2.0"_s);
        QVERIFY(h.value(u"timestamp"_s).toString().endsWith(u'Z'));
        const QJsonObject services = h.value(u"services"_s).toObject();
        QCOMPARE(services.value(u"database"_s).toString(), u"healthy"_s);
        QCOMPARE(services.value(u"redis"_s).toString(), u"healthy"_s);
        QCOMPARE(services.value(u"workers"_s).toObject().value(u"llm"_s).toInt(), 2);
        QCOMPARE(services.value(u"workers"_s).toObject().value(u"rl"_s).toInt(), 1);
        QCOMPARE(getJson(TestEnv::apiUrl() + u"/version"_s).value(u"version"_s).toString(), u"0.2.0"_s);
        const HttpResult docs = http(TestEnv::apiUrl() + u"/docs"_s);
        QCOMPARE(docs.status, 200);
        QVERIFY(docs.body.contains("<html"));
    }

    void metricsFamilies()
    {
        const HttpResult r = http(TestEnv::apiUrl() + u"/metrics"_s);
        QCOMPARE(r.status, 200);
        const QByteArray m = r.body;
        for (const char* family :
             {"# TYPE http_requests_total counter", "# TYPE http_request_duration_seconds histogram",
              "http_request_duration_seconds_bucket{", "le=\"0.05\"", "le=\"10\"", "le=\"+Inf\"",
              "http_request_duration_seconds_sum{", "http_request_duration_seconds_count{",
              "celery_queue_length{queue=\"celery\"}", "celery_queue_length{queue=\"llm\"}",
              "celery_queue_length{queue=\"rl\"}", "fragrance_workers{service=\"worker-llm\"} 2",
              "process_cpu_seconds_total ", "process_resident_memory_bytes ", "build_info{version=\"0.2.0\"",
              "pg_stat_database_numbackends{datname=\"fragrance_ai\"}", "pg_settings_max_connections 100",
              "redis_memory_used_bytes "})
            QVERIFY2(m.contains(family), family);
        // +Inf equals _count for a series.
        QCOMPARE(sumSamples(m, "http_request_duration_seconds_bucket", {"handler=\"/health\"", "le=\"+Inf\""}),
                 sumSamples(m, "http_request_duration_seconds_count", {"handler=\"/health\""}));
        // The Celery lists are real: their length is what Redis says.
        const RunResult llen = docker({u"compose"_s, u"exec"_s, u"redis"_s, u"redis-cli"_s, u"LLEN"_s, u"celery"_s});
        QCOMPARE(llen.exitCode, 0);
        const double published = sumSamples(m, "celery_tasks_published_total");
        QTRY_VERIFY_WITH_TIMEOUT(sumSamples(metrics(), "celery_tasks_published_total") > published, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(sumSamples(metrics(), "celery_tasks_consumed_total") > 0, 5000);
    }

    void errorSpike()
    {
        QVERIFY(setScenario(u"error-spike"_s));
        const Window w = sample(60);
        QVERIFY(w.total > 0);
        QVERIFY2(w.errors / w.total > 0.05, qPrintable(u"%1 of %2"_s.arg(w.errors).arg(w.total)));
    }

    void latencySpike()
    {
        QVERIFY(setScenario(u"latency-spike"_s));
        const Window w = sample(60);
        QVERIFY(w.total > 0);
        QVERIFY2(w.slow / w.total > 0.05, qPrintable(u"%1 slow of %2"_s.arg(w.slow).arg(w.total)));
    }

    void queueBacklog()
    {
        QVERIFY(setScenario(u"queue-backlog"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            docker({u"compose"_s, u"exec"_s, u"redis"_s, u"redis-cli"_s, u"LLEN"_s, u"llm"_s}).out.trimmed().toInt() > 100,
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(sumSamples(metrics(), "celery_queue_length", {"queue=\"llm\""}) > 100, 5000);
    }

    void dbErrors()
    {
        QVERIFY(setScenario(u"db-errors"_s));
        const HttpResult r = http(TestEnv::apiUrl() + u"/health"_s);
        QCOMPARE(r.status, 503);
        const QJsonObject h = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(h.value(u"services"_s).toObject().value(u"database"_s).toString(), u"unhealthy"_s);
        QCOMPARE(h.value(u"status"_s).toString(), u"unhealthy"_s);
        const QByteArray a = metrics();
        QTRY_VERIFY_WITH_TIMEOUT(sumSamples(metrics(), "http_requests_total", {"handler=\"/api/v1/fragrances\"", "status=\"5"}) >
                                     sumSamples(a, "http_requests_total", {"handler=\"/api/v1/fragrances\"", "status=\"5"}) + 3,
                                 5000);
    }

    void apiDownRefusesConnections()
    {
        QVERIFY(setScenario(u"api-down"_s));
        QTcpSocket s;
        const QUrl api(TestEnv::apiUrl());
        s.connectToHost(api.host(), quint16(api.port()));
        QTRY_COMPARE_WITH_TIMEOUT(s.error(), QAbstractSocket::ConnectionRefusedError, 3000);
        // The admin port stays: that is how the scenario is switched back.
        QCOMPARE(getJson(adminUrl() + u"/admin/state"_s).value(u"apiMode"_s).toString(), u"refusing"_s);
        QVERIFY(setScenario(u"normal"_s));
        QTRY_COMPARE_WITH_TIMEOUT(http(TestEnv::apiUrl() + u"/health"_s).status, 200, 3000);
    }

    void apiHangAcceptsAndNeverAnswers()
    {
        QVERIFY(setScenario(u"api-hang"_s));
        QTcpSocket s;
        const QUrl api(TestEnv::apiUrl());
        s.connectToHost(api.host(), quint16(api.port()));
        QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::ConnectedState, 3000);
        const HttpResult r = http(TestEnv::apiUrl() + u"/health"_s, {}, false, 1500);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.error.isEmpty());
    }

    void dbPoolExhaustedHoldsRealConnections()
    {
        QVERIFY(setScenario(u"db-pool-exhausted"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            psql(u"postgres"_s, u"SELECT numbackends FROM pg_stat_database WHERE datname = 'fragrance_ai'"_s).toInt() > 90,
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            sumSamples(metrics(), "pg_stat_database_numbackends", {"datname=\"fragrance_ai\""}) /
                    sumSamples(metrics(), "pg_settings_max_connections", {"datname=\"fragrance_ai\""}) > 0.9,
            5000);
        QVERIFY(setScenario(u"normal"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            psql(u"postgres"_s, u"SELECT numbackends FROM pg_stat_database WHERE datname = 'fragrance_ai'"_s).toInt() < 20,
            10000);
    }

    void badDeployClearsOnRollback()
    {
        QVERIFY(setScenario(u"bad-deploy"_s));
        QVERIFY(getJson(adminUrl() + u"/admin/state"_s).value(u"badDeployActive"_s).toBool());
        Window w = sample(60);
        QVERIFY(w.total > 0);
        QVERIFY2(w.errors / w.total > 0.05, qPrintable(u"%1 of %2"_s.arg(w.errors).arg(w.total)));
        QCOMPARE(docker({u"compose"_s, u"up"_s, u"-d"_s}, {{u"VERSION"_s, u"0.1.0"_s}}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(getJson(TestEnv::apiUrl() + u"/version"_s).value(u"version"_s).toString(), u"0.1.0"_s, 5000);
        const QJsonObject state = getJson(adminUrl() + u"/admin/state"_s);
        QVERIFY(!state.value(u"badDeployActive"_s).toBool());
        QCOMPARE(state.value(u"scenario"_s).toString(), u"normal"_s);
        w = sample(40);
        QVERIFY(w.total > 0);
        QCOMPARE(w.errors, 0.0);
    }

    void unknownScenarioIsRefused()
    {
        const HttpResult r = http(adminUrl() + u"/admin/scenario"_s, "name=meteor-strike", true);
        QCOMPARE(r.status, 400);
    }

    void smokeTest()
    {
        const QString script = TestEnv::sourceDir() + u"/scripts/smoke_test.sh"_s;
        RunResult smoke;
        QTRY_VERIFY2_WITH_TIMEOUT((smoke = run(script, {TestEnv::apiUrl()})).exitCode == 0, smoke.out.constData(), 10000);
        QVERIFY(setScenario(u"api-down"_s));
        QVERIFY(run(script, {TestEnv::apiUrl()}).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestStackSim)
#include "tst_stacksim.moc"
