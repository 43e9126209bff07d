#include "models/net/prometheusapiparser.h"
#include "models/net/prometheusclient.h"
#include "models/net/promqueryreader.h"

#include <QTest>

#include <cmath>

using namespace Ops;

namespace {
HttpOutcome answer(const QByteArray& body, int status = 200)
{
    HttpOutcome o;
    o.httpStatus = status;
    o.body = body;
    o.latencyMs = 3;
    return o;
}
} // namespace

class TestPrometheusApiParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vector();
    void matrix();
    void scalar();
    void emptyIsNoData();
    void errorEnvelopes_data();
    void errorEnvelopes();
    void warningsKept();
    void transportFailure();
    void alerts();
    void rulesAndTargets();
    void timeWithNanoseconds();
    void stepClamp();
    void ready();
    void readerAgreesWithTheDocument_data();
    void readerAgreesWithTheDocument();
};

namespace {
/// Same series, labels and points (NaN equal to NaN), status and warnings.
bool same(const PromQueryResult& a, const PromQueryResult& b, QString* why)
{
    if (a.status.ok != b.status.ok || a.type != b.type || a.status.warnings != b.status.warnings ||
        a.series.size() != b.series.size()) {
        *why = QStringLiteral("status, type, warnings or series count differ");
        return false;
    }
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        if (a.series[i].labels != b.series[i].labels || a.series[i].points.size() != b.series[i].points.size()) {
            *why = QStringLiteral("series %1 differs").arg(i);
            return false;
        }
        for (qsizetype k = 0; k < a.series[i].points.size(); ++k) {
            const QPointF p = a.series[i].points[k];
            const QPointF q = b.series[i].points[k];
            if (p.x() != q.x() || !(p.y() == q.y() || (std::isnan(p.y()) && std::isnan(q.y())))) {
                *why = QStringLiteral("series %1 point %2 differs").arg(i).arg(k);
                return false;
            }
        }
    }
    return true;
}
} // namespace

void TestPrometheusApiParser::readerAgreesWithTheDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("read"); // the one-pass reader takes it (else it leaves it to the document)
    QTest::newRow("matrix") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
        {"metric":{"status":"200","handler":"/api/v1/generate"},"values":[[1700000000,"1.5"],[1700000015.25,"2e-3"],[1700000030,"-0"]]},
        {"metric":{},"values":[[1700000000,"NaN"],[1700000015,"+Inf"],[1700000030,"-Inf"]]}]}})") << 200 << true;
    QTest::newRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"job":"node"},"value":[1700000000.5,"1"]}]}})")
                            << 200 << true;
    QTest::newRow("empty") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[]}})") << 200 << true;
    QTest::newRow("escapes in labels") << QByteArray(
        R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"path":"/a\"b\\c\n\u00e9\ud83d\ude00\/"},"value":[1,"2"]}]}})")
                                       << 200 << true;
    QTest::newRow("other key order, warnings, spaces") << QByteArray(
        " {\n \"warnings\" : [\"w1\", \"w2\"] , \"data\" : { \"result\" : [ { \"values\" : [ [ 1 , \"2\" ] ] , \"metric\" : { \"a\" : \"b\" } } ] , "
        "\"resultType\" : \"matrix\" } , \"status\" : \"success\" , \"infos\" : [ {\"x\": [1, true, null]} ] }\n")
                                                       << 200 << true;
    // Left to the document, which says what it makes of them.
    QTest::newRow("error envelope") << QByteArray(R"({"status":"error","errorType":"bad_data","error":"parse error"})") << 400 << false;
    QTest::newRow("scalar") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"2"]}})") << 200 << false;
    QTest::newRow("value it does not read") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"0x10"]}]}})")
                                            << 200 << false;
    QTest::newRow("number label") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"2"]}]}})")
                                  << 200 << false;
    QTest::newRow("cut short") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2"])")
                               << 200 << false;
    QTest::newRow("trailing garbage") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[]}} x)") << 200 << false;
    QTest::newRow("lone surrogate") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"\udc00"},"value":[1,"2"]}]}})")
                                    << 200 << false;
    // Found by fuzz_prometheusapi: a byte that is not UTF-8 in a key the reader skips made it read an
    // answer that the document refuses as invalid JSON.
    QTest::newRow("not UTF-8 in a skipped key") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"\":{\"\x86\":\"\"}}]}}")
                                               << 200 << false;
    QTest::newRow("leading zero") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"":[08]}]}})") << 200 << false;
    QTest::newRow("number without digits after the point") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1.,"2"]}]}})") << 200 << false;
    QTest::newRow("metric twice") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"c":""},"metric":{}}]}})") << 200 << false;
    QTest::newRow("label twice") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":"1","a":"2"},"value":[1,"2"]}]}})") << 200 << false;
    QTest::newRow("status twice") << QByteArray(R"({"status":"error","status":"success","data":{"resultType":"vector","result":[]}})") << 200 << false;
    QTest::newRow("unknown key twice") << QByteArray(R"({"status":"success","x":1,"x":2,"data":{"resultType":"vector","result":[]}})") << 200 << true;
    QTest::newRow("not UTF-8 in a label") << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{\"a\":\"\xc0\xaf\"},\"value\":[1,\"2\"]}]}}")
                                         << 200 << false;
    QTest::newRow("HTML from a proxy") << QByteArray("<html>502</html>") << 502 << false;
}

void TestPrometheusApiParser::readerAgreesWithTheDocument()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, read);
    const HttpOutcome outcome = answer(body, status);
    const std::optional<PromQueryResult> fast = readQueryResult(outcome);
    QCOMPARE(fast.has_value(), read);
    const PromQueryResult document = PrometheusApiParser::queryResultFromDocument(outcome);
    const PromQueryResult used = PrometheusApiParser::queryResult(outcome);
    QString why;
    QVERIFY2(same(used, document, &why), qPrintable(why));
    if (fast)
        QVERIFY2(same(*fast, document, &why), qPrintable(why));
}


void TestPrometheusApiParser::vector()
{
    const PromQueryResult r = PrometheusApiParser::queryResult(answer(
        R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"__name__":"up","job":"node"},"value":[1700000000.5,"1"]},
            {"metric":{"job":"api"},"value":[1700000000.5,"NaN"]}]}})"));
    QVERIFY2(r.status.ok, qPrintable(r.status.error));
    QCOMPARE(r.type, PromResultType::Vector);
    QCOMPARE(r.series.size(), 2);
    QCOMPARE(r.series[0].labels.value(QStringLiteral("job")), QStringLiteral("node"));
    QCOMPARE(r.series[0].points.size(), 1);
    QCOMPARE(r.series[0].points[0].x(), 1700000000500.0);
    QCOMPARE(r.series[0].points[0].y(), 1.0);
    QVERIFY(std::isnan(r.series[1].points[0].y()));
    QVERIFY(!r.noData());
}

void TestPrometheusApiParser::matrix()
{
    const PromQueryResult r = PrometheusApiParser::queryResult(answer(
        R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"job":"node"},"values":[[1700000000,"1"],[1700000015,"+Inf"],[1700000030,"2.5"]]}]}})"));
    QVERIFY(r.status.ok);
    QCOMPARE(r.type, PromResultType::Matrix);
    QCOMPARE(r.series[0].points.size(), 3);
    QCOMPARE(r.series[0].points[1].x(), 1700000015000.0);
    QVERIFY(std::isinf(r.series[0].points[1].y()));
    QCOMPARE(r.series[0].points[2].y(), 2.5);
}

void TestPrometheusApiParser::scalar()
{
    const PromQueryResult r =
        PrometheusApiParser::queryResult(answer(R"({"status":"success","data":{"resultType":"scalar","result":[1700000000,"2"]}})"));
    QVERIFY(r.status.ok);
    QCOMPARE(r.type, PromResultType::Scalar);
    QCOMPARE(r.series.size(), 1);
    QVERIFY(r.series[0].labels.isEmpty());
    QCOMPARE(r.series[0].points[0].y(), 2.0);
}

void TestPrometheusApiParser::emptyIsNoData()
{
    const PromQueryResult r =
        PrometheusApiParser::queryResult(answer(R"({"status":"success","data":{"resultType":"vector","result":[]}})"));
    QVERIFY(r.status.ok);
    QVERIFY(r.status.error.isEmpty());
    QVERIFY(r.noData());
}

void TestPrometheusApiParser::errorEnvelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QString>("words");

    QTest::newRow("bad_data 400") << QByteArray(R"({"status":"error","errorType":"bad_data","error":"parse error at char 4"})")
                                  << 400 << QStringLiteral("bad_data") << QStringLiteral("parse error at char 4");
    QTest::newRow("execution 422") << QByteArray(R"({"status":"error","errorType":"execution","error":"many-to-many"})")
                                   << 422 << QStringLiteral("execution") << QStringLiteral("422");
    QTest::newRow("timeout 503") << QByteArray(R"({"status":"error","errorType":"timeout","error":"query timed out"})")
                                 << 503 << QStringLiteral("timeout") << QStringLiteral("503");
    QTest::newRow("503 proxy html") << QByteArray("<html><body><h1>503 Service Unavailable</h1></body></html>") << 503
                                    << QString() << QStringLiteral("Service Unavailable");
    QTest::newRow("200 not json") << QByteArray("Prometheus is starting") << 200 << QString() << QStringLiteral("not JSON");
    QTest::newRow("200 array") << QByteArray("[1]") << 200 << QString() << QStringLiteral("not a JSON object");
    QTest::newRow("no status") << QByteArray(R"({"data":{}})") << 200 << QString() << QStringLiteral("status");
}

void TestPrometheusApiParser::errorEnvelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, errorType);
    QFETCH(QString, words);
    const PromQueryResult r = PrometheusApiParser::queryResult(answer(body, status));
    QVERIFY(!r.status.ok);
    QVERIFY(!r.noData());
    QCOMPARE(r.status.httpStatus, status);
    QCOMPARE(r.status.errorType, errorType);
    QVERIFY2(r.status.error.contains(words), qPrintable(r.status.error));
}

void TestPrometheusApiParser::warningsKept()
{
    const PromQueryResult r = PrometheusApiParser::queryResult(answer(
        R"({"status":"success","warnings":["partial response"],"data":{"resultType":"vector","result":[]}})"));
    QVERIFY(r.status.ok);
    QCOMPARE(r.status.warnings, QStringList{QStringLiteral("partial response")});
}

void TestPrometheusApiParser::transportFailure()
{
    HttpOutcome o;
    o.failure = HttpOutcome::Failure::Refused;
    o.reason = QStringLiteral("connection refused");
    const PromAlertsResult r = PrometheusApiParser::alerts(o);
    QVERIFY(!r.status.ok);
    QCOMPARE(r.status.transport, HttpOutcome::Failure::Refused);
    QCOMPARE(r.status.error, QStringLiteral("connection refused"));
}

void TestPrometheusApiParser::alerts()
{
    const PromAlertsResult r = PrometheusApiParser::alerts(answer(R"({"status":"success","data":{"alerts":[
        {"labels":{"alertname":"HighErrorRate","severity":"critical"},"annotations":{"summary":"High error rate detected"},
         "state":"firing","activeAt":"2026-11-26T18:01:21.662249176Z","value":"1.2e-01"},
        {"labels":{"alertname":"WorkerQueueBacklog"},"annotations":{},"state":"pending",
         "activeAt":"2026-11-26T18:02:00Z","value":"150"}]}})"));
    QVERIFY(r.status.ok);
    QCOMPARE(r.alerts.size(), 2);
    QCOMPARE(r.alerts[0].name, QStringLiteral("HighErrorRate"));
    QCOMPARE(r.alerts[0].state, PromAlert::State::Firing);
    QCOMPARE(r.alerts[0].summary, QStringLiteral("High error rate detected"));
    QCOMPARE(r.alerts[0].labels.value(QStringLiteral("severity")), QStringLiteral("critical"));
    QCOMPARE(r.alerts[0].value, 0.12);
    QCOMPARE(r.alerts[0].activeAt, QDateTime(QDate(2026, 11, 26), QTime(18, 1, 21, 662), Qt::UTC));
    QCOMPARE(r.alerts[1].state, PromAlert::State::Pending);
    QCOMPARE(r.alerts[1].value, 150.0);
}

void TestPrometheusApiParser::rulesAndTargets()
{
    const PromRulesResult rules = PrometheusApiParser::rules(answer(R"({"status":"success","data":{"groups":[
        {"name":"fragrance_ai_alerts","rules":[{"state":"inactive","name":"HighErrorRate","query":"x > 0.05","duration":300,
         "labels":{"severity":"critical"},"annotations":{"summary":"s"},"alerts":[],"health":"ok","type":"alerting"}]}]}})"));
    QVERIFY(rules.status.ok);
    QCOMPARE(rules.rules.size(), 1);
    QCOMPARE(rules.rules[0].group, QStringLiteral("fragrance_ai_alerts"));
    QCOMPARE(rules.rules[0].durationSeconds, 300.0);
    QCOMPARE(rules.rules[0].type, QStringLiteral("alerting"));

    const PromTargetsResult targets = PrometheusApiParser::targets(answer(R"({"status":"success","data":{"activeTargets":[
        {"labels":{"instance":"127.0.0.1:58000","job":"fragrance-ai-api"},"scrapePool":"fragrance-ai-api",
         "scrapeUrl":"http://127.0.0.1:58000/metrics","lastError":"connection refused","health":"down",
         "lastScrape":"2026-11-26T18:01:21.941084122Z","lastScrapeDuration":0.000691498}]}})"));
    QVERIFY(targets.status.ok);
    QCOMPARE(targets.targets.size(), 1);
    QCOMPARE(targets.targets[0].health, PromTarget::State::Down);
    QCOMPARE(targets.targets[0].job, QStringLiteral("fragrance-ai-api"));
    QCOMPARE(targets.targets[0].lastError, QStringLiteral("connection refused"));
    QVERIFY(targets.targets[0].lastScrape.isValid());
}

void TestPrometheusApiParser::timeWithNanoseconds()
{
    QCOMPARE(PrometheusApiParser::parseTime(QStringLiteral("2026-11-26T18:01:21.941084122Z")),
             QDateTime(QDate(2026, 11, 26), QTime(18, 1, 21, 941), Qt::UTC));
    QVERIFY(!PrometheusApiParser::parseTime(QStringLiteral("0001-01-01T00:00:00Z")).isValid());
    QVERIFY(!PrometheusApiParser::parseTime(QString()).isValid());
}

void TestPrometheusApiParser::stepClamp()
{
    const qint64 day = 24LL * 3600 * 1000;
    QCOMPARE(PrometheusClient::clampStepMs(day, 15000), 15000); // 5760 points: fine
    const qint64 step = PrometheusClient::clampStepMs(day, 1);
    QVERIFY(day / step <= PrometheusClient::kMaxPoints);
    QVERIFY(double(day) / double(step - 1) > double(PrometheusClient::kMaxPoints)); // the smallest such step
    QCOMPARE(PrometheusClient::clampStepMs(0, 0), 1);
    QCOMPARE(PrometheusClient::clampStepMs(11000, 1), 1);
    QCOMPARE(PrometheusClient::clampStepMs(11001, 1), 2);
}

void TestPrometheusApiParser::ready()
{
    QVERIFY(PrometheusApiParser::ready(answer("Prometheus Server is Ready.\n")).ok);
    const PromStatus notReady = PrometheusApiParser::ready(answer("Service Unavailable", 503));
    QVERIFY(!notReady.ok);
    QVERIFY(notReady.error.contains(QLatin1String("503")));
}

QTEST_GUILESS_MAIN(TestPrometheusApiParser)
#include "tst_prometheusapiparser.moc"
