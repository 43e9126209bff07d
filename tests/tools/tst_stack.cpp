// The local stack as real containers (scripts/stack.sh): after `stack.sh reset` the runbook's
// services run with their replicas and image tags; each scenario is a real event (the 0.2.0 image
// deployed, replicas stopped or frozen, workers killed, a queue flooded) or a simulator switch
// every replica follows; NGINX's maintenance page, the exporters in Prometheus, the databases.
// Effects are checked where they happen (docker, PostgreSQL, Redis, Prometheus, HTTP), with
// deadlines, never fixed sleeps.
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"
#include "tests/common/toolstest.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ToolsTest;
using namespace StackTest;

namespace {

QString publicUrl()
{
    return TestEnv::require("OPSCONSOLE_PUBLIC_URL");
}

QJsonObject health()
{
    return getJson(TestEnv::apiUrl() + u"/health"_s);
}

/// The first /health answer that meets `wanted` within the deadline (empty if none did). NGINX
/// spreads requests over two replicas and each keeps its own view of PostgreSQL and Redis (they
/// probe on their own timers), so two requests in a row can get two different answers: whatever
/// is asserted beside the condition must be read from the same answer.
template <typename Condition> QJsonObject healthWhen(Condition wanted, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const QJsonObject h = health();
        if (wanted(h))
            return h;
        if (deadline.hasExpired())
            return {};
        QTest::qWait(200);
    }
}

QJsonObject servicesOf(const QJsonObject& health)
{
    return health.value(u"services"_s).toObject();
}

int countIn(const QList<Container>& all, const QString& service, const QString& state, const QString& image = {})
{
    int n = 0;
    for (const Container& c : ofService(all, service))
        n += c.state == state && (image.isEmpty() || c.image == image) ? 1 : 0;
    return n;
}

/// /api requests every app replica counted, read inside each container.
double apiRequestsOfAllReplicas()
{
    double sum = 0;
    for (const Container& c : ofService(containers(), u"app"_s))
        sum += sumSamples(replicaMetrics(c.id), "http_requests_total", {"handler=\"/api/"});
    return sum;
}

/// Share of 5xx among the API's own requests to the replicas of one build, since they started,
/// as Prometheus sees them. The replicas' counters start at zero with their containers, so the
/// plain counters of the replicas whose build_info names the version are that build's own.
/// A rate() would be slower to tell: each (handler, status) series first appears with its first
/// request, and rate() never counts that first increase — over a 30 s window the share crept up
/// to 5 % only after 24 s on a quiet machine, and after 60 s under CI's load.
double errorShare(const QString& version)
{
    const QString ofBuild = u" * on(instance) group_left() build_info{version=\"%1\"})"_s.arg(version);
    return promValue(u"sum(http_requests_total{handler=~\"/api/.*\",status=~\"5..\"}"_s + ofBuild + u" / "_s
                     + u"sum(http_requests_total{handler=~\"/api/.*\"}"_s + ofBuild);
}

/// Prometheus' active targets of the API's job (found through Docker's DNS): "N up" when all are up.
QString appTargets()
{
    const QJsonObject o = getJson(TestEnv::prometheusUrl() + u"/api/v1/targets?state=active"_s);
    int all = 0;
    int up = 0;
    for (const QJsonValue& v : o.value(u"data"_s).toObject().value(u"activeTargets"_s).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(u"scrapePool"_s).toString() != u"fragrance-ai-api"_s)
            continue;
        ++all;
        up += t.value(u"health"_s).toString() == u"up"_s ? 1 : 0;
    }
    return up == all ? u"%1 up"_s.arg(up) : u"%1 of %2 up"_s.arg(up).arg(all);
}

} // namespace

class TestStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        REQUIRE_ENV(TestEnv::require("OPSCONSOLE_DOCKER_HOST"));
        const RunResult status = stackSh({u"status"_s}, 30000);
        QVERIFY2(status.exitCode == 0, status.out.constData());
    }

    void init()
    {
        const RunResult r = stackSh({u"reset"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void cleanupTestCase() { stackSh({u"reset"_s}); }

    void resetGivesTheRunbooksServices()
    {
        const QList<Container> all = containers();
        QCOMPARE(countIn(all, u"app"_s, u"running"_s, u"fragrance-ai/app:0.1.0"_s), 2);
        QCOMPARE(countIn(all, u"worker-llm"_s, u"running"_s, u"fragrance-ai/worker:0.1.0"_s), 2);
        QCOMPARE(countIn(all, u"worker-rl"_s, u"running"_s, u"fragrance-ai/worker:0.1.0"_s), 1);
        for (const QString& one : {u"nginx"_s, u"postgres"_s, u"redis"_s, u"prometheus"_s, u"alertmanager"_s,
                                   u"postgres_exporter"_s, u"redis_exporter"_s, u"node_exporter"_s, u"grafana"_s})
            QVERIFY2(countIn(all, one, u"running"_s) == 1, qPrintable(one + u": "_s + describe(all)));
        QCOMPARE(all.size(), 14);
        // Compose v1 names containers project_service_N.
        bool named = false;
        for (const Container& c : all)
            named = named || c.name == u"fragrance-ai_app_2"_s;
        QVERIFY2(named, qPrintable(describe(all)));
        // The runbook's own status command works on the project as the console runs it.
        const RunResult ps = compose({u"ps"_s});
        QCOMPARE(ps.exitCode, 0);
        QVERIFY(ps.out.contains("fragrance-ai_worker-llm_2"));
    }

    void publishedPortsBindLoopbackOnly()
    {
        int published = 0;
        for (const Container& c : containers()) {
            if (c.ports.contains(u"->"_s)) {
                ++published;
                for (const QString& binding : c.ports.split(u", "_s))
                    QVERIFY2(!binding.contains(u"->"_s) || binding.startsWith(u"127.0.0.1:"_s), qPrintable(c.name + u' ' + c.ports));
            }
        }
        QCOMPARE(published, 7); // nginx, postgres, redis, prometheus, alertmanager, node_exporter, grafana
    }

    void healthFromRealChecks()
    {
        const QJsonObject h =
            healthWhen([](const QJsonObject& h) { return h.value(u"status"_s) == u"healthy"_s; }, 20000);
        QVERIFY2(!h.isEmpty(), "/health never said healthy");
        QCOMPARE(h.value(u"version"_s).toString(), u"0.1.0"_s);
        QVERIFY(h.value(u"timestamp"_s).toString().endsWith(u'Z'));
        const QJsonObject services = h.value(u"services"_s).toObject();
        QCOMPARE(services.value(u"database"_s).toString(), u"healthy"_s);
        QCOMPARE(services.value(u"redis"_s).toString(), u"healthy"_s);
        // Counted from the workers' own heartbeat keys in Redis.
        QCOMPARE(services.value(u"workers"_s).toObject().value(u"llm"_s).toInt(), 2);
        QCOMPARE(services.value(u"workers"_s).toObject().value(u"rl"_s).toInt(), 1);
        const RunResult keys = compose({u"exec"_s, u"-T"_s, u"redis"_s, u"redis-cli"_s, u"--scan"_s, u"--pattern"_s,
                                        u"fragrance:workers:llm:*"_s});
        QCOMPARE(keys.out.trimmed().split('\n').size(), 2);
        QCOMPARE(getJson(TestEnv::apiUrl() + u"/version"_s).value(u"version"_s).toString(), u"0.1.0"_s);
        const HttpResult docs = http(TestEnv::apiUrl() + u"/docs"_s);
        QCOMPARE(docs.status, 200);
        QVERIFY(docs.body.contains("<html"));
    }

    void metricsAreTheReplicasOwn()
    {
        const QList<Container> apps = ofService(containers(), u"app"_s);
        QCOMPARE(apps.size(), 2);
        const QByteArray m = replicaMetrics(apps.first().id);
        for (const char* family :
             {"# TYPE http_requests_total counter", "# TYPE http_request_duration_seconds histogram",
              "handler=\"/api/v1/fragrances\"", "le=\"+Inf\"", "process_cpu_seconds_total ",
              "process_resident_memory_bytes ", "build_info{version=\"0.1.0\""})
            QVERIFY2(m.contains(family), family);
        // PostgreSQL, Redis and Celery figures come from the exporters, never from the API. The one worker
        // figure a replica has is first-hand: the Celery heartbeats it reads in Redis, as its /health says.
        for (const char* made_up : {"pg_stat_database_numbackends", "redis_memory_used_bytes", "celery_queue_length"})
            QVERIFY2(!m.contains(made_up), made_up);
        QVERIFY2(m.contains("fragrance_workers{queue=\"llm\"} "), m.constData());
    }

    void loadGeneratorTrafficIsCounted()
    {
        // The load generator's requests pass NGINX's public port and reach both replicas.
        const QList<Container> apps = ofService(containers(), u"app"_s);
        QCOMPARE(apps.size(), 2);
        QList<double> before;
        for (const Container& c : apps)
            before << sumSamples(replicaMetrics(c.id), "http_requests_total", {"handler=\"/api/"});
        QTRY_VERIFY_WITH_TIMEOUT(sumSamples(replicaMetrics(apps[0].id), "http_requests_total", {"handler=\"/api/"}) > before[0] + 10 &&
                                     sumSamples(replicaMetrics(apps[1].id), "http_requests_total", {"handler=\"/api/"}) > before[1] + 10,
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(promValue(u"sum(rate(http_requests_total{handler=~\"/api/.*\"}[30s]))"_s) > 5, 30000);
    }

    void badDeployRunsTheBadImage()
    {
        QCOMPARE(stackSh({u"scenario"_s, u"bad-deploy"_s}).exitCode, 0);
        const QList<Container> all = containers();
        QCOMPARE(countIn(all, u"app"_s, u"running"_s, u"fragrance-ai/app:0.2.0"_s), 2);
        QCOMPARE(countIn(all, u"worker-llm"_s, u"running"_s, u"fragrance-ai/worker:0.1.0"_s), 2);
        QTRY_COMPARE_WITH_TIMEOUT(getJson(TestEnv::apiUrl() + u"/version"_s).value(u"version"_s).toString(), u"0.2.0"_s, 10000);
        // The image misbehaves by itself: Prometheus sees its 5xx (about 10 % of the API's requests).
        QTRY_VERIFY_WITH_TIMEOUT(errorShare(u"0.2.0"_s) > 0.05, 60000);
        // The runbook's quick rollback: VERSION=0.1.0 docker-compose up -d.
        QCOMPARE(compose({u"up"_s, u"-d"_s}, {{u"VERSION"_s, u"0.1.0"_s}}).exitCode, 0);
        QCOMPARE(countIn(containers(), u"app"_s, u"running"_s, u"fragrance-ai/app:0.1.0"_s), 2);
        QTRY_COMPARE_WITH_TIMEOUT(getJson(TestEnv::apiUrl() + u"/version"_s).value(u"version"_s).toString(), u"0.1.0"_s, 10000);
    }

    void scaleWithoutVersionRedeploysTheDefaultTag()
    {
        // Compose v1 recreates a service whose image changed: `up -d --scale app=3` without VERSION
        // puts the bad deploy's app back on the compose file's default tag, and replicas follow the
        // file for every service not scaled on the command line. The console must pass VERSION and
        // every --scale it wants kept.
        QCOMPARE(stackSh({u"scenario"_s, u"bad-deploy"_s}).exitCode, 0);
        QCOMPARE(compose({u"up"_s, u"-d"_s, u"--scale"_s, u"worker-llm=3"_s}, {{u"VERSION"_s, u"0.2.0"_s}}).exitCode, 0);
        QCOMPARE(countIn(containers(), u"worker-llm"_s, u"running"_s, u"fragrance-ai/worker:0.2.0"_s), 3);
        QCOMPARE(compose({u"up"_s, u"-d"_s, u"--scale"_s, u"app=3"_s}).exitCode, 0);
        const QList<Container> all = containers();
        QCOMPARE(countIn(all, u"app"_s, u"running"_s, u"fragrance-ai/app:0.1.0"_s), 3);
        QCOMPARE(countIn(all, u"worker-llm"_s, u"running"_s, u"fragrance-ai/worker:0.1.0"_s), 2);
    }

    void nginxAndPrometheusFollowScale()
    {
        QCOMPARE(compose({u"up"_s, u"-d"_s, u"--scale"_s, u"app=3"_s}, {{u"VERSION"_s, u"0.1.0"_s}}).exitCode, 0);
        const QList<Container> apps = ofService(containers(), u"app"_s);
        QCOMPARE(apps.size(), 3);
        const double third = sumSamples(replicaMetrics(apps[2].id), "http_requests_total", {"handler=\"/api/"});
        QTRY_VERIFY_WITH_TIMEOUT(sumSamples(replicaMetrics(apps[2].id), "http_requests_total", {"handler=\"/api/"}) > third + 5, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(appTargets(), u"3 up"_s, 30000);
    }

    void maintenancePageAfterTouchAndReload()
    {
        QCOMPARE(compose({u"exec"_s, u"-T"_s, u"nginx"_s, u"touch"_s, u"/tmp/maintenance.flag"_s}).exitCode, 0);
        QCOMPARE(compose({u"exec"_s, u"-T"_s, u"nginx"_s, u"nginx"_s, u"-s"_s, u"reload"_s}).exitCode, 0);
        HttpResult page;
        QTRY_COMPARE_WITH_TIMEOUT((page = http(publicUrl() + u"/api/v1/fragrances"_s)).status, 503, 5000);
        QVERIFY(page.body.contains("Under maintenance"));
        // The API as operators reach it (runbook: localhost:8000) stays up.
        QCOMPARE(http(TestEnv::apiUrl() + u"/health"_s).status, 200);
        // The public traffic really drains: once the requests already inside have finished, the
        // replicas' /api counters stand still. Stillness can only be seen over a window: 3 s of
        // the load generator's ~18 requests/s would add about 50.
        QElapsedTimer clock;
        clock.start();
        double drained = -1;
        qint64 drainedAt = 0;
        QStringList seen;
        QTRY_VERIFY2_WITH_TIMEOUT([&] {
            const double now = apiRequestsOfAllReplicas();
            seen << QString::number(now);
            if (now != drained) {
                drained = now;
                drainedAt = clock.elapsed();
            }
            return clock.elapsed() - drainedAt >= 3000;
        }(), qPrintable(u"the /api counters kept moving: "_s + seen.join(u' ')), 20000);

        QCOMPARE(compose({u"exec"_s, u"-T"_s, u"nginx"_s, u"rm"_s, u"/tmp/maintenance.flag"_s}).exitCode, 0);
        QCOMPARE(compose({u"exec"_s, u"-T"_s, u"nginx"_s, u"nginx"_s, u"-s"_s, u"reload"_s}).exitCode, 0);
        // A few answers (StackTest::publicStatus): the simulator answers 2 % of normal requests with a
        // 404 or 422, and QTRY asks once more after its loop has seen the 200.
        QTRY_COMPARE_WITH_TIMEOUT(StackTest::publicStatus(), 200, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(apiRequestsOfAllReplicas() > drained + 10, 10000);
    }

    void apiDownStopsTheReplicas()
    {
        QCOMPARE(stackSh({u"scenario"_s, u"api-down"_s}).exitCode, 0);
        QCOMPARE(countIn(containers(), u"app"_s, u"exited"_s), 2);
        // NGINX stays and answers for the missing upstream: 502 (504 while its DNS answer ages).
        HttpResult r;
        QTRY_VERIFY_WITH_TIMEOUT((r = http(TestEnv::apiUrl() + u"/health"_s, {}, false, 8000)).status == 502 || r.status == 504, 15000);
        QVERIFY(ToolsTest::run(TestEnv::sourceDir() + u"/scripts/smoke_test.sh"_s, {TestEnv::apiUrl()}).exitCode != 0);
    }

    void apiHangPausesTheReplicas()
    {
        QCOMPARE(stackSh({u"scenario"_s, u"api-hang"_s}).exitCode, 0);
        const QList<Container> apps = ofService(containers(), u"app"_s);
        QCOMPARE(countIn(apps, u"app"_s, u"paused"_s), 2);
        const RunResult paused = docker({u"inspect"_s, u"-f"_s, u"{{.State.Paused}}"_s, apps[0].id, apps[1].id});
        QCOMPARE(paused.out, QByteArray("true\ntrue\n"));
        // Connections are accepted (NGINX is up) and nothing answers: only the client's deadline helps.
        // Right after apiDownStopsTheReplicas NGINX still holds the replicas as failed (its
        // fail_timeout, 10 s) and answers 502 at once; once that lapses it waits on them too.
        HttpResult r;
        QTRY_VERIFY_WITH_TIMEOUT((r = http(TestEnv::apiUrl() + u"/health"_s, {}, false, 2000)).status == 0,
                                 20000);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(stackSh({u"reset"_s}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(http(TestEnv::apiUrl() + u"/health"_s).status, 200, 10000);
    }

    void dbHangPausesPostgres()
    {
        QCOMPARE(stackSh({u"scenario"_s, u"db-hang"_s}).exitCode, 0);
        QCOMPARE(countIn(containers(), u"postgres"_s, u"paused"_s), 1);
        // Through NGINX: after an earlier hang it may still hold the replicas as failed (its
        // fail_timeout, 10 s) and answer 502 meanwhile, hence the long deadline.
        // The status code is checked on an answer that says so: the other replica may not have
        // noticed yet.
        HttpResult r;
        QTRY_VERIFY_WITH_TIMEOUT(
            (r = http(TestEnv::apiUrl() + u"/health"_s)).status == 503 &&
                servicesOf(QJsonDocument::fromJson(r.body).object()).value(u"database"_s) == u"unhealthy"_s,
            30000);
    }

    void workerFailureKillsTheWorkers()
    {
        QCOMPARE(stackSh({u"scenario"_s, u"worker-failure"_s}).exitCode, 0);
        const QList<Container> all = containers();
        QCOMPARE(countIn(all, u"worker-llm"_s, u"exited"_s), 2);
        QCOMPARE(countIn(all, u"worker-rl"_s, u"exited"_s), 1);
        // Their heartbeats expire: /health counts no worker and says degraded.
        const auto llmWorkers = [](const QJsonObject& h) {
            return servicesOf(h).value(u"workers"_s).toObject().value(u"llm"_s).toInt(-1);
        };
        const QJsonObject h = healthWhen([&](const QJsonObject& h) { return llmWorkers(h) == 0; }, 15000);
        QVERIFY2(!h.isEmpty(), "/health kept counting LLM workers");
        QCOMPARE(h.value(u"status"_s).toString(), u"degraded"_s);
        QCOMPARE(stackSh({u"reset"_s}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(health().value(u"services"_s).toObject().value(u"workers"_s).toObject().value(u"llm"_s).toInt(), 2, 20000);
    }

    void queueBacklogRaisesTheQueueLength()
    {
        QCOMPARE(stackSh({u"scenario"_s, u"queue-backlog"_s}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            compose({u"exec"_s, u"-T"_s, u"redis"_s, u"redis-cli"_s, u"LLEN"_s, u"llm"_s}).out.trimmed().toInt() > 100, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(promValue(u"celery_queue_length{queue=\"llm\"}"_s) > 100, 30000);
        // Reset empties the queues.
        QCOMPARE(stackSh({u"reset"_s}).exitCode, 0);
        QVERIFY(compose({u"exec"_s, u"-T"_s, u"redis"_s, u"redis-cli"_s, u"LLEN"_s, u"llm"_s}).out.trimmed().toInt() < 20);
    }

    void switchesReachEveryReplica()
    {
        QCOMPARE(stackSh({u"scenario"_s, u"db-errors"_s}).exitCode, 0);
        for (const Container& c : ofService(containers(), u"app"_s)) {
            QTRY_VERIFY_WITH_TIMEOUT(
                docker({u"exec"_s, c.id, u"curl"_s, u"-s"_s, u"http://localhost:8000/health"_s}).out.contains("\"database\":\"unhealthy\""),
                5000);
        }
        QCOMPARE(stackSh({u"scenario"_s, u"error-spike"_s}).exitCode, 0);
        const QList<Container> apps = ofService(containers(), u"app"_s);
        for (const Container& c : apps) {
            const double before = sumSamples(replicaMetrics(c.id), "http_requests_total", {"handler=\"/api/", "status=\"5"});
            QTRY_VERIFY_WITH_TIMEOUT(
                sumSamples(replicaMetrics(c.id), "http_requests_total", {"handler=\"/api/", "status=\"5"}) > before + 3, 15000);
        }
    }

    void dbPoolExhaustedHoldsRealConnections()
    {
        const QString backends = u"SELECT numbackends FROM pg_stat_database WHERE datname = 'fragrance_ai'"_s;
        QCOMPARE(stackSh({u"scenario"_s, u"db-pool-exhausted"_s}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(psql(u"postgres"_s, backends).toInt() > 90, 30000);
        // The runbook's rule expression, on the exporter's figures (through the recording-rule adapter).
        QTRY_VERIFY_WITH_TIMEOUT(
            promValue(u"max(pg_stat_database_numbackends / pg_settings_max_connections)"_s) > 0.9, 30000);
        QCOMPARE(stackSh({u"reset"_s}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(psql(u"postgres"_s, backends).toInt() < 20, 15000);
    }

    void exportersArriveInPrometheus()
    {
        for (const QString& job : {u"fragrance-ai-api"_s, u"node"_s, u"postgres"_s, u"redis"_s, u"alertmanager"_s, u"prometheus"_s})
            QTRY_VERIFY2_WITH_TIMEOUT(promValue(u"min(up{job=\"%1\"})"_s.arg(job)) == 1.0, qPrintable(job), 30000);
        for (const QString& series :
             {u"pg_stat_database_numbackends{datname=\"fragrance_ai\"}"_s, u"pg_settings_max_connections"_s,
              u"redis_memory_used_bytes"_s, u"redis_connected_clients"_s, u"redis_key_size{key=\"llm\"}"_s,
              u"celery_queue_length{queue=\"llm\"}"_s, u"celery_queue_length{queue=\"rl\"}"_s,
              u"node_memory_MemAvailable_bytes"_s, u"node_load1"_s})
            QTRY_VERIFY2_WITH_TIMEOUT(!std::isnan(promValue(series)), qPrintable(series), 30000);
        // Prometheus delivers to the real Alertmanager.
        QTRY_COMPARE_WITH_TIMEOUT(promValue(u"prometheus_notifications_alertmanagers_discovered"_s), 1.0, 30000);
        QCOMPARE(http(TestEnv::require("OPSCONSOLE_ALERTMANAGER_URL") + u"/api/v2/status"_s).status, 200);
    }

    void databasesRolesAndBackups()
    {
        QCOMPARE(psql(u"postgres"_s, u"SELECT count(*) FROM pg_database WHERE datname IN ('fragrance_ai', 'opsconsole')"_s),
                 u"2"_s);
        QVERIFY(psql(u"fragrance_ai"_s, u"SELECT count(*) FROM fragrances"_s).toInt() >= 4);
        // fragrance_secure must give its password (scram) through the published port.
        const QString bin = TestEnv::require("OPSCONSOLE_PG_BIN") + u"/psql"_s;
        const QStringList args{u"-h"_s, TestEnv::pgHost(), u"-p"_s, QString::number(TestEnv::pgPort()), u"-U"_s,
                               u"fragrance_secure"_s, u"-d"_s, u"opsconsole"_s, u"-qAtX"_s, u"-w"_s, u"-c"_s, u"SELECT 1"_s};
        const QMap<QString, QString> base{{u"PATH"_s, u"/usr/bin:/bin"_s}};
        QVERIFY(ToolsTest::run(bin, args, {}, 15000, base).exitCode != 0);
        QMap<QString, QString> withPassword = base;
        withPassword.insert(u"PGPASSWORD"_s, u"demo-secure-password"_s);
        QCOMPARE(ToolsTest::run(bin, args, {}, 15000, withPassword).out.trimmed(), QByteArray("1"));
        // Real backups of the application database, and pg_dump through the runbook's exec.
        const QStringList backups = QDir(TestEnv::require("OPSCONSOLE_BACKUPS_DIR")).entryList({u"backup_*.sql"_s});
        QVERIFY2(backups.size() >= 2, qPrintable(backups.join(u", "_s)));
        const RunResult dump = compose({u"exec"_s, u"-T"_s, u"postgres"_s, u"pg_dump"_s, u"-U"_s, u"fragrance_user"_s,
                                        u"-d"_s, u"fragrance_ai"_s, u"-t"_s, u"fragrances"_s});
        QCOMPARE(dump.exitCode, 0);
        QVERIFY(dump.out.contains("Seoul Rain"));
    }

    void grafanaIsAStandIn()
    {
        const QJsonObject h = getJson(TestEnv::require("OPSCONSOLE_GRAFANA_URL") + u"/api/health"_s);
        QCOMPARE(h.value(u"database"_s).toString(), u"ok"_s);
        QVERIFY(!h.value(u"version"_s).toString().isEmpty());
        QVERIFY(http(TestEnv::require("OPSCONSOLE_GRAFANA_URL") + u"/"_s).body.contains("stand-in"));
    }

    void smokeTestPasses()
    {
        const QString script = TestEnv::sourceDir() + u"/scripts/smoke_test.sh"_s;
        RunResult smoke;
        QTRY_VERIFY2_WITH_TIMEOUT((smoke = ToolsTest::run(script, {TestEnv::apiUrl()})).exitCode == 0, smoke.out.constData(), 15000);
    }

    void unknownScenarioIsRefused()
    {
        const RunResult r = stackSh({u"scenario"_s, u"meteor-strike"_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("unknown scenario"));
        QCOMPARE(http(TestEnv::require("OPSCONSOLE_SIM_ADMIN_URL") + u"/admin/scenario"_s, "name=meteor-strike", true).status,
                 400);
    }

    void adminEndpointRunsTheScenario()
    {
        const QString admin = TestEnv::require("OPSCONSOLE_SIM_ADMIN_URL");
        QCOMPARE(http(admin + u"/admin/scenario?name=api-hang"_s, {}, true, 60000).status, 200);
        QCOMPARE(countIn(containers(), u"app"_s, u"paused"_s), 2);
        QCOMPARE(getJson(admin + u"/admin/state"_s).value(u"scenario"_s).toString(), u"api-hang"_s);
        QCOMPARE(http(admin + u"/admin/scenario"_s, "name=normal", true, 60000).status, 200);
        QCOMPARE(countIn(containers(), u"app"_s, u"running"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestStack)
#include "tst_stack.moc"
