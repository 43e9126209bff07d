// Against the local stack's real Prometheus 2.42 (with the runbook's alert rules) and node_exporter.
#include "models/core/stallprobe.h"
#include "models/sources/hostsource.h"
#include "models/net/prometheusclient.h"
#include "models/sources/prometheussource.h"
#include "tests/common/stallbudget.h"
#include "tests/common/testenv.h"

#include "models/net/httpclient.h"
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Ops;

class TestPrometheusLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void instantQuery();
    void arithmeticAndScalar();
    void emptyResultIsNoData();
    void badQueryIsBadData();
    void rangeQueryClampsStep();
    void rulesAreTheRunbooks();
    void alertsList();
    void targetsIncludeNodeExporter();
    void prometheusSource();
    void hostFiguresFromNodeExporter();

private:
    HttpClient* m_http = nullptr;
    PrometheusClient* m_client = nullptr;
    StallProbe* m_probe = nullptr;
};

void TestPrometheusLive::init()
{
    const QString url = TestEnv::prometheusUrl();
    REQUIRE_ENV(url);
    m_http = new HttpClient(this);
    m_http->setBaseUrl(HttpService::Prometheus, QUrl(url));
    m_client = new PrometheusClient(m_http, this);
    m_client->setDeadline(5000);
    m_probe = new StallProbe(this);
    QVERIFY(m_probe->start());
}

void TestPrometheusLive::cleanup()
{
    if (m_probe) {
        const double stall = m_probe->maxLatenessMs();
        QVERIFY2(stall < Ops::TestBudget::kMaxStallMs, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(stall)));
    }
    delete m_probe;
    delete m_client;
    delete m_http;
    m_probe = nullptr;
    m_client = nullptr;
    m_http = nullptr;
}

void TestPrometheusLive::instantQuery()
{
    QVERIFY(m_client);
    std::optional<PromQueryResult> got;
    m_client->query(QStringLiteral("up{job=\"node\"}"), QDateTime::currentDateTimeUtc(), this,
                    [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY2(got->status.ok, qPrintable(got->status.error));
    QCOMPARE(got->type, PromResultType::Vector);
    QCOMPARE(got->series.size(), 1);
    QCOMPARE(got->series[0].labels.value(QStringLiteral("job")), QStringLiteral("node"));
    QCOMPARE(got->series[0].points[0].y(), 1.0);
}

void TestPrometheusLive::arithmeticAndScalar()
{
    QVERIFY(m_client);
    // '+' must arrive as a plus, not as a space.
    std::optional<PromQueryResult> got;
    m_client->query(QStringLiteral("1 + 1"), QDateTime(), this, [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY2(got->status.ok, qPrintable(got->status.error));
    QCOMPARE(got->type, PromResultType::Scalar);
    QCOMPARE(got->series[0].points[0].y(), 2.0);
}

void TestPrometheusLive::emptyResultIsNoData()
{
    QVERIFY(m_client);
    std::optional<PromQueryResult> got;
    m_client->query(QStringLiteral("opsconsole_metric_that_does_not_exist"), QDateTime(), this,
                    [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY(got->status.ok);
    QVERIFY(got->noData());
}

void TestPrometheusLive::badQueryIsBadData()
{
    QVERIFY(m_client);
    std::optional<PromQueryResult> got;
    m_client->query(QStringLiteral("sum(up"), QDateTime(), this, [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY(!got->status.ok);
    QCOMPARE(got->status.errorType, QStringLiteral("bad_data"));
    QCOMPARE(got->status.httpStatus, 400);
    QVERIFY(!got->status.error.isEmpty());
}

void TestPrometheusLive::rangeQueryClampsStep()
{
    QVERIFY(m_client);
    // A 2-day range at a 1 s step would be 172,800 points: Prometheus refuses that, the client
    // raises the step instead.
    // The last evaluation point may fall up to one (raised) step before `end`; a freshly started
    // Prometheus has only seconds of data, so let the range reach a minute ahead.
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(60);
    const QDateTime start = end.addDays(-2);
    std::optional<PromQueryResult> got;
    m_client->queryRange(QStringLiteral("up"), start, end, 1000, this, [&got](const PromQueryResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY2(got->status.ok, qPrintable(got->status.error));
    QCOMPARE(got->type, PromResultType::Matrix);
    QVERIFY(got->stepMs >= start.msecsTo(end) / PrometheusClient::kMaxPoints);
    QVERIFY(!got->series.isEmpty());
    for (const PromSeries& s : got->series)
        QVERIFY(s.points.size() <= PrometheusClient::kMaxPoints + 1);

    // A short range keeps the asked-for step.
    std::optional<PromQueryResult> shortRange;
    m_client->queryRange(QStringLiteral("up"), end.addSecs(-60), end, 2000, this,
                         [&shortRange](const PromQueryResult& r) { shortRange = r; });
    QTRY_VERIFY_WITH_TIMEOUT(shortRange.has_value(), 10000);
    QVERIFY(shortRange->status.ok);
    QCOMPARE(shortRange->stepMs, 2000);
}

void TestPrometheusLive::rulesAreTheRunbooks()
{
    QVERIFY(m_client);
    std::optional<PromRulesResult> got;
    m_client->rules(this, [&got](const PromRulesResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY2(got->status.ok, qPrintable(got->status.error));
    QStringList names;
    for (const PromRule& r : got->rules) {
        // Recording rules adapt the real exporters' series to the runbook's names (celery_queue_length).
        QVERIFY2(r.type == QLatin1String("alerting") || r.type == QLatin1String("recording"), qPrintable(r.type));
        if (r.type == QLatin1String("alerting"))
            names.append(r.name);
        QVERIFY(!r.query.isEmpty());
    }
    for (const char* expected : {"HighErrorRate", "HighResponseTime", "WorkerQueueBacklog", "DatabaseConnectionPoolExhausted"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
}

void TestPrometheusLive::alertsList()
{
    QVERIFY(m_client);
    std::optional<PromAlertsResult> got;
    m_client->alerts(this, [&got](const PromAlertsResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY2(got->status.ok, qPrintable(got->status.error));
    // Which alerts fire depends on the simulator's scenario; every one must be one of the runbook's.
    const QStringList known = {QStringLiteral("HighErrorRate"), QStringLiteral("HighResponseTime"),
                               QStringLiteral("WorkerQueueBacklog"), QStringLiteral("DatabaseConnectionPoolExhausted")};
    for (const PromAlert& a : got->alerts) {
        QVERIFY2(known.contains(a.name), qPrintable(a.name));
        QVERIFY(a.state != PromAlert::State::Inactive);
        QVERIFY(a.activeAt.isValid());
    }
}

void TestPrometheusLive::targetsIncludeNodeExporter()
{
    QVERIFY(m_client);
    std::optional<PromTargetsResult> got;
    m_client->targets(this, [&got](const PromTargetsResult& r) { got = r; });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QVERIFY2(got->status.ok, qPrintable(got->status.error));
    bool node = false;
    for (const PromTarget& t : got->targets) {
        if (t.job == QLatin1String("node")) {
            node = true;
            QCOMPARE(t.health, PromTarget::State::Up);
            QVERIFY(t.lastScrape.isValid());
        }
        if (t.health == PromTarget::State::Down)
            QVERIFY(!t.lastError.isEmpty());
    }
    QVERIFY(node);
}

void TestPrometheusLive::prometheusSource()
{
    QVERIFY(m_client);
    PrometheusSource source(m_http);
    QSignalSpy checked(&source, &PrometheusSource::checked);
    QSignalSpy snapshots(&source, &PrometheusSource::snapshotReady);
    source.start();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
    const CheckResult r = checked.last().at(0).value<CheckResult>();
    const auto s = snapshots.last().at(0).value<PrometheusSnapshot>();
    QVERIFY(s.ready);
    QVERIFY(s.alertsStatus.ok);
    QVERIFY(s.targetsStatus.ok);
    // Degraded exactly when a scrape target is down (the API simulator may not run).
    QCOMPARE(r.health, s.targetsDown() > 0 ? Health::Degraded : Health::Ok);
    QVERIFY(r.latencyMs >= 0);
    source.stop();
}

void TestPrometheusLive::hostFiguresFromNodeExporter()
{
    QVERIFY(m_client);
    HostSource host(m_client);
    QSignalSpy checked(&host, &HostSource::checked);
    QSignalSpy snapshots(&host, &HostSource::snapshotReady);
    host.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
    const auto s = snapshots.last().at(0).value<HostSnapshot>();
    QVERIFY(s.hasDisk());
    QVERIFY(s.hasMemory());
    QVERIFY(s.diskUsedPercent > 0 && s.diskUsedPercent < 100);
    QVERIFY(s.memoryUsedPercent > 0 && s.memoryUsedPercent < 100);
    QVERIFY(!s.diskInstance.isEmpty());
    const Health expected = (s.diskUsedPercent > 85 || s.memoryUsedPercent > 90) ? Health::Degraded : Health::Ok;
    QCOMPARE(checked.last().at(0).value<CheckResult>().health, expected);

    // Thresholds below the real figures: Degraded, with both named.
    host.setDiskThreshold(0);
    host.setMemoryThreshold(0);
    host.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 10000);
    const CheckResult r = checked.last().at(0).value<CheckResult>();
    QCOMPARE(r.health, Health::Degraded);
    QVERIFY(r.reason.contains(QLatin1String("disk")) && r.reason.contains(QLatin1String("memory")));
}

QTEST_GUILESS_MAIN(TestPrometheusLive)
#include "tst_prometheus_live.moc"
