#include "models/net/prometheustextparser.h"
#include "models/metrics/seriesmath.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Ops::Metrics;
using namespace Ops::Metrics::SeriesMath;

class TestSeriesMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rateSimple();
    void rateReset();
    void rateNeedsTime();
    void ratesFromScrapes();
    void quantileInterpolates();
    void quantileEdges();
    void quantileFromScrapes();
    void quantileAfterRestart();
};

void TestSeriesMath::rateSimple()
{
    const auto r = counterRate(100, 0, 160, 30000);
    QVERIFY(r.has_value());
    QCOMPARE(*r, 2.0);
}

void TestSeriesMath::rateReset()
{
    // 100 -> restart -> 30: the increase is 30 (counted from zero), not -70.
    const auto r = counterRate(100, 0, 30, 10000);
    QVERIFY(r.has_value());
    QCOMPARE(*r, 3.0);
}

void TestSeriesMath::rateNeedsTime()
{
    QVERIFY(!counterRate(1, 1000, 2, 1000).has_value());
    QVERIFY(!counterRate(1, 2000, 2, 1000).has_value());
}

void TestSeriesMath::ratesFromScrapes()
{
    const ParseResult a = PrometheusTextParser::parse("# TYPE req counter\n"
                                                      "req{code=\"200\"} 100\n"
                                                      "req{code=\"500\"} 10\n"
                                                      "# TYPE temp gauge\n"
                                                      "temp 5\n");
    const ParseResult b = PrometheusTextParser::parse("# TYPE req counter\n"
                                                      "req{code=\"200\"} 200\n"
                                                      "req{code=\"500\"} 4\n"
                                                      "req{code=\"404\"} 7\n"
                                                      "# TYPE temp gauge\n"
                                                      "temp 50\n");
    QVERIFY(a.ok() && b.ok());
    const QVector<RateSample> rates = counterRates(a, 1'000'000, b, 1'010'000);
    QCOMPARE(rates.size(), 2); // gauge skipped, new series skipped
    QCOMPARE(rates[0].labels.first().second, QStringLiteral("200"));
    QCOMPARE(rates[0].perSecond, 10.0);
    QCOMPARE(rates[1].perSecond, 0.4); // reset: 4 over 10 s
}

void TestSeriesMath::quantileInterpolates()
{
    const QVector<Bucket> buckets = {{0.1, 10}, {0.5, 60}, {1, 90}, {std::numeric_limits<double>::infinity(), 100}};
    // Median: rank 50 lies in (0.1, 0.5], 40 of its 50 observations -> 0.1 + 0.4 * 0.8.
    QCOMPARE(histogramQuantile(0.5, buckets), 0.1 + 0.4 * (40.0 / 50.0));
    // First bucket interpolates from 0.
    QCOMPARE(histogramQuantile(0.05, buckets), 0.1 * 0.5);
    // Rank in +Inf bucket -> the highest finite bound.
    QCOMPARE(histogramQuantile(0.95, buckets), 1.0);
}

void TestSeriesMath::quantileEdges()
{
    const double inf = std::numeric_limits<double>::infinity();
    const QVector<Bucket> buckets = {{1, 1}, {inf, 2}};
    QVERIFY(std::isnan(histogramQuantile(std::nan(""), buckets)));
    QCOMPARE(histogramQuantile(-0.1, buckets), -inf);
    QCOMPARE(histogramQuantile(1.1, buckets), inf);
    QVERIFY(std::isnan(histogramQuantile(0.5, {{1, 1}, {2, 2}})));          // no +Inf bucket
    QVERIFY(std::isnan(histogramQuantile(0.5, {{1, 0}, {inf, 0}})));        // no observations
    QVERIFY(std::isnan(histogramQuantile(0.5, {{inf, 4}})));                // only +Inf
    QCOMPARE(histogramQuantile(0.5, {{-1, 2}, {inf, 4}}), -1.0);            // first bound <= 0
    // Non-monotonic input (torn scrape) is made monotonic like Prometheus does.
    QCOMPARE(histogramQuantile(0.5, {{1, 5}, {2, 4}, {inf, 10}}), 1.0);
}

void TestSeriesMath::quantileFromScrapes()
{
    const ParseResult a = PrometheusTextParser::parse("# TYPE d histogram\n"
                                                      "d_bucket{le=\"0.1\"} 100\n"
                                                      "d_bucket{le=\"1\"} 200\n"
                                                      "d_bucket{le=\"+Inf\"} 210\n"
                                                      "d_count 210\n");
    const ParseResult b = PrometheusTextParser::parse("# TYPE d histogram\n"
                                                      "d_bucket{le=\"0.1\"} 110\n"
                                                      "d_bucket{le=\"1\"} 300\n"
                                                      "d_bucket{le=\"+Inf\"} 310\n"
                                                      "d_count 310\n");
    QVERIFY(a.ok() && b.ok());
    // Deltas: 10, 100, 100 -> p95 rank 95 in (0.1, 1]: 0.1 + 0.9 * (85 / 90).
    const QVector<QuantileSample> q = histogramQuantile(0.95, QStringLiteral("d"), a, b);
    QCOMPARE(q.size(), 1);
    QVERIFY(q[0].labels.isEmpty());
    QVERIFY(qFuzzyCompare(q[0].value, 0.1 + 0.9 * (85.0 / 90.0)));
}

void TestSeriesMath::quantileAfterRestart()
{
    const ParseResult a = PrometheusTextParser::parse("# TYPE d histogram\n"
                                                      "d_bucket{job=\"x\",le=\"1\"} 1000\n"
                                                      "d_bucket{job=\"x\",le=\"+Inf\"} 1000\n");
    const ParseResult b = PrometheusTextParser::parse("# TYPE d histogram\n"
                                                      "d_bucket{job=\"x\",le=\"1\"} 4\n"
                                                      "d_bucket{job=\"x\",le=\"+Inf\"} 8\n");
    QVERIFY(a.ok() && b.ok());
    const QVector<QuantileSample> q = histogramQuantile(0.25, QStringLiteral("d"), a, b);
    QCOMPARE(q.size(), 1);
    QCOMPARE(q[0].labels.size(), 1);
    QCOMPARE(q[0].value, 0.5); // rank 2 of 4 in (0, 1]
}

QTEST_GUILESS_MAIN(TestSeriesMath)
#include "tst_seriesmath.moc"
