#include "models/core/stallprobe.h"
#include "tests/common/stallbudget.h"
#include "tests/common/fakehttpserver.h"
#include "models/sources/hostsource.h"
#include "models/net/prometheusclient.h"
#include "models/sources/prometheussource.h"

#include <QElapsedTimer>
#include "models/net/httpclient.h"
#include <QSignalSpy>
#include <QTest>

using namespace Ops;

namespace {

FakeHttpServer::Response json(const QByteArray& body, int status = 200)
{
    FakeHttpServer::Response r;
    r.status = status;
    r.body = body;
    return r;
}

const QByteArray kReadyAlerts = R"({"status":"success","data":{"alerts":[
  {"labels":{"alertname":"WorkerQueueBacklog","severity":"warning"},"annotations":{"summary":"Worker queue backlog > 100"},
   "state":"firing","activeAt":"2026-11-26T18:00:00Z","value":"150"}]}})";
const QByteArray kTargetsUp = R"({"status":"success","data":{"activeTargets":[
  {"labels":{"instance":"127.0.0.1:59100","job":"node"},"health":"up","lastError":""}]}})";
const QByteArray kTargetsOneDown = R"({"status":"success","data":{"activeTargets":[
  {"labels":{"instance":"127.0.0.1:59100","job":"node"},"health":"up","lastError":""},
  {"labels":{"instance":"127.0.0.1:58000","job":"fragrance-ai-api"},"health":"down","lastError":"connection refused"}]}})";

QByteArray vectorOf(double value, const char* instance = "127.0.0.1:59100")
{
    return R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"instance":")" +
           QByteArray(instance) + R"("},"value":[1700000000,")" + QByteArray::number(value) + R"("]}]}})";
}
const QByteArray kEmptyVector = R"({"status":"success","data":{"resultType":"vector","result":[]}})";

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void queryIsSentWithParameters();
    void badData400();
    void proxy503NotJson();
    void hangTimesOut();
    void hugeBodyCapped();
    void cancelDropsCallback();
    void deadContextDropsCallback();
    void refusedWords();
    void sourceReadyAndTargets();
    void sourceDownThenRecovers();
    void hostThresholds();
    void hostNoData();
    void hostDownWhenPrometheusFails();

private:
    PrometheusClient* makeClient(int deadlineMs = 3000);

    HttpClient* m_http = nullptr;
    FakeHttpServer* m_server = nullptr;
    StallProbe* m_probe = nullptr;
    QList<QObject*> m_owned;
};

void TestPrometheusClient::init()
{
    qRegisterMetaType<Ops::CheckResult>();
    m_http = new HttpClient(this);
    m_server = new FakeHttpServer(this);
    QVERIFY(m_server->listenLocal());
    m_probe = new StallProbe(this);
    QVERIFY(m_probe->start());
}

void TestPrometheusClient::cleanup()
{
    const double stall = m_probe->maxLatenessMs();
    QVERIFY2(stall < Ops::TestBudget::kMaxStallMs, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(stall)));
    qDeleteAll(m_owned);
    m_owned.clear();
    delete m_probe;
    delete m_server;
    delete m_http;
}

PrometheusClient* TestPrometheusClient::makeClient(int deadlineMs)
{
    m_http->setBaseUrl(HttpService::Prometheus, m_server->url());
    auto* client = new PrometheusClient(m_http);
    m_owned.append(client);
    client->setDeadline(deadlineMs);
    return client;
}

void TestPrometheusClient::queryIsSentWithParameters()
{
    m_server->setResponse(QStringLiteral("/api/v1/query_range"), json(kEmptyVector));
    PrometheusClient* client = makeClient();
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    const QDateTime start = end.addDays(-1);
    std::optional<PromQueryResult> got;
    client->queryRange(QStringLiteral("rate(x{a=\"b\"}[5m]) + 1"), start, end, 1000, this,
                       [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QVERIFY(got->noData());
    QCOMPARE(got->stepMs, PrometheusClient::clampStepMs(start.msecsTo(end), 1000));
    const QUrl sent(QStringLiteral("http://x") + m_server->requests().first());
    const QUrlQuery q(sent);
    QCOMPARE(q.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded), QStringLiteral("rate(x{a=\"b\"}[5m]) + 1"));
    QCOMPARE(q.queryItemValue(QStringLiteral("start")), QStringLiteral("1699913600.000"));
    QCOMPARE(q.queryItemValue(QStringLiteral("step")), QStringLiteral("7.855"));
}

void TestPrometheusClient::badData400()
{
    m_server->setResponse(QStringLiteral("/api/v1/query"),
                          json(R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected"})", 400));
    PrometheusClient* client = makeClient();
    std::optional<PromQueryResult> got;
    client->query(QStringLiteral("up +"), QDateTime(), this, [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QVERIFY(!got->status.ok);
    QCOMPARE(got->status.errorType, QStringLiteral("bad_data"));
    QCOMPARE(got->status.httpStatus, 400);
    QVERIFY(got->status.error.contains(QLatin1String("parse error")));
}

void TestPrometheusClient::proxy503NotJson()
{
    FakeHttpServer::Response r = json("<html><h1>503 Service Temporarily Unavailable</h1></html>", 503);
    r.contentType = "text/html";
    m_server->setDefaultResponse(r);
    PrometheusClient* client = makeClient();
    std::optional<PromAlertsResult> got;
    client->alerts(this, [&got](const PromAlertsResult& a) { got = a; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QVERIFY(!got->status.ok);
    QCOMPARE(got->status.httpStatus, 503);
    QVERIFY(got->status.errorType.isEmpty());
    QVERIFY2(got->status.error.contains(QLatin1String("503")), qPrintable(got->status.error));
}

void TestPrometheusClient::hangTimesOut()
{
    FakeHttpServer::Response hang;
    hang.hang = true;
    m_server->setDefaultResponse(hang);
    PrometheusClient* client = makeClient(300);
    std::optional<PromQueryResult> got;
    QElapsedTimer clock;
    clock.start();
    client->query(QStringLiteral("up"), QDateTime(), this, [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 300 + 1000);
    QVERIFY(clock.elapsed() < 300 + 500);
    QCOMPARE(got->status.transport, HttpOutcome::Failure::Timeout);
    QVERIFY2(got->status.error.contains(QLatin1String("no answer within")), qPrintable(got->status.error));
}

void TestPrometheusClient::hugeBodyCapped()
{
    FakeHttpServer::Response huge = json(QByteArray(3 * 1024 * 1024, ' '));
    huge.sendLength = false;
    m_server->setDefaultResponse(huge);
    PrometheusClient* client = makeClient();
    client->setMaxResponseBytes(1024 * 1024);
    std::optional<PromQueryResult> got;
    client->query(QStringLiteral("up"), QDateTime(), this, [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QCOMPARE(got->status.transport, HttpOutcome::Failure::TooLarge);
    QVERIFY(got->status.error.contains(QLatin1String("larger than")));
}

void TestPrometheusClient::cancelDropsCallback()
{
    FakeHttpServer::Response slow = json(kEmptyVector);
    slow.delayMs = 150;
    m_server->setDefaultResponse(slow);
    PrometheusClient* client = makeClient();
    int calls = 0;
    const auto id = client->query(QStringLiteral("a"), QDateTime(), this, [&calls](const PromQueryResult&) { ++calls; });
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 1, 5000);
    client->cancel(id);
    QCOMPARE(client->pendingCount(), 0);
    // A second, later query completing proves the canceled one's time has passed.
    FakeHttpServer::Response slower = json(kEmptyVector);
    slower.delayMs = 300;
    m_server->setDefaultResponse(slower);
    bool second = false;
    client->query(QStringLiteral("b"), QDateTime(), this, [&second](const PromQueryResult&) { second = true; });
    QTRY_VERIFY_WITH_TIMEOUT(second, 5000);
    QCOMPARE(calls, 0);
}

void TestPrometheusClient::deadContextDropsCallback()
{
    FakeHttpServer::Response slow = json(kEmptyVector);
    slow.delayMs = 100;
    m_server->setDefaultResponse(slow);
    PrometheusClient* client = makeClient();
    auto* context = new QObject;
    int calls = 0;
    client->query(QStringLiteral("a"), QDateTime(), context, [&calls](const PromQueryResult&) { ++calls; });
    delete context;
    bool second = false;
    client->query(QStringLiteral("b"), QDateTime(), this, [&second](const PromQueryResult&) { second = true; });
    QTRY_VERIFY_WITH_TIMEOUT(second, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(client->pendingCount(), 0, 5000);
    QCOMPARE(calls, 0);
}

void TestPrometheusClient::refusedWords()
{
    PrometheusClient* client = makeClient();
    QUrl url = m_server->url();
    url.setPort(FakeHttpServer::closedPort());
    m_http->setBaseUrl(HttpService::Prometheus, url);
    std::optional<PromStatus> got;
    client->ready(this, [&got](const PromStatus& s) { got = s; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QCOMPARE(got->transport, HttpOutcome::Failure::Refused);
    QVERIFY(got->error.contains(QLatin1String("refused")));
}

void TestPrometheusClient::sourceReadyAndTargets()
{
    m_server->setResponse(QStringLiteral("/-/ready"), json("Prometheus Server is Ready.\n"));
    m_server->setResponse(QStringLiteral("/api/v1/alerts"), json(kReadyAlerts));
    m_server->setResponse(QStringLiteral("/api/v1/targets"), json(kTargetsUp));
    m_http->setBaseUrl(HttpService::Prometheus, m_server->url());
    PrometheusSource source(m_http);
    QCOMPARE(source.id(), QStringLiteral("prometheus"));
    QSignalSpy checked(&source, &PrometheusSource::checked);
    QSignalSpy snapshots(&source, &PrometheusSource::snapshotReady);
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 5000);
    QCOMPARE(checked.last().at(0).value<CheckResult>().health, Health::Ok); // firing alerts are data
    const auto snapshot = snapshots.last().at(0).value<PrometheusSnapshot>();
    QVERIFY(snapshot.ready);
    QCOMPARE(snapshot.firingCount(), 1);
    QCOMPARE(snapshot.alerts.first().summary, QStringLiteral("Worker queue backlog > 100"));
    QCOMPARE(snapshot.targets.size(), 1);

    m_server->setResponse(QStringLiteral("/api/v1/targets"), json(kTargetsOneDown));
    source.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 5000);
    const CheckResult degraded = checked.last().at(0).value<CheckResult>();
    QCOMPARE(degraded.health, Health::Degraded);
    QVERIFY2(degraded.reason.contains(QLatin1String("fragrance-ai-api")) &&
                 degraded.reason.contains(QLatin1String("connection refused")),
             qPrintable(degraded.reason));
}

void TestPrometheusClient::sourceDownThenRecovers()
{
    m_server->setDefaultResponse(json("Service Unavailable", 503));
    m_http->setBaseUrl(HttpService::Prometheus, m_server->url());
    PrometheusSource source(m_http);
    source.setMinimumBackoff(50);
    source.setInterval(60000);
    QSignalSpy checked(&source, &PrometheusSource::checked);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 5000);
    QCOMPARE(source.lastResult().health, Health::Down);
    QVERIFY(source.lastResult().reason.contains(QLatin1String("503")));

    m_server->setResponse(QStringLiteral("/-/ready"), json("Prometheus Server is Ready.\n"));
    m_server->setResponse(QStringLiteral("/api/v1/alerts"), json(R"({"status":"success","data":{"alerts":[]}})"));
    m_server->setResponse(QStringLiteral("/api/v1/targets"), json(kTargetsUp));
    QTRY_COMPARE_WITH_TIMEOUT(source.lastResult().health, Health::Ok, 5000);
    source.stop();
}

void TestPrometheusClient::hostThresholds()
{
    double disk = 87.5;
    double memory = 40;
    m_server->setHandler([&](const QString& target) {
        if (target.contains(QLatin1String("filesystem")))
            return json(vectorOf(disk));
        return json(vectorOf(memory));
    });
    PrometheusClient* client = makeClient();
    HostSource host(client);
    QCOMPARE(host.id(), QStringLiteral("host"));
    QSignalSpy checked(&host, &HostSource::checked);
    QSignalSpy snapshots(&host, &HostSource::snapshotReady);
    host.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 5000);
    CheckResult r = checked.last().at(0).value<CheckResult>();
    QCOMPARE(r.health, Health::Degraded);
    QVERIFY2(r.reason.contains(QLatin1String("disk")) && !r.reason.contains(QLatin1String("memory")), qPrintable(r.reason));
    const auto s = snapshots.last().at(0).value<HostSnapshot>();
    QCOMPARE(s.diskUsedPercent, 87.5);
    QCOMPARE(s.memoryUsedPercent, 40.0);
    QCOMPARE(s.diskInstance, QStringLiteral("127.0.0.1:59100"));

    disk = 50;
    memory = 95;
    host.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 5000);
    r = checked.last().at(0).value<CheckResult>();
    QCOMPARE(r.health, Health::Degraded);
    QVERIFY2(r.reason.contains(QLatin1String("memory")), qPrintable(r.reason));

    memory = 90; // the runbook says "> 90 %"
    host.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 3, 5000);
    QCOMPARE(checked.last().at(0).value<CheckResult>().health, Health::Ok);
}

void TestPrometheusClient::hostNoData()
{
    m_server->setDefaultResponse(json(kEmptyVector));
    PrometheusClient* client = makeClient();
    HostSource host(client);
    QSignalSpy checked(&host, &HostSource::checked);
    host.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 5000);
    QCOMPARE(checked.last().at(0).value<CheckResult>().health, Health::NoData);
}

void TestPrometheusClient::hostDownWhenPrometheusFails()
{
    m_server->setDefaultResponse(json(R"({"status":"error","errorType":"unavailable","error":"tsdb closed"})", 503));
    PrometheusClient* client = makeClient();
    HostSource host(client);
    QSignalSpy checked(&host, &HostSource::checked);
    host.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 5000);
    const CheckResult r = checked.last().at(0).value<CheckResult>();
    QCOMPARE(r.health, Health::Down);
    QVERIFY2(r.reason.contains(QLatin1String("tsdb closed")), qPrintable(r.reason));
}

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
