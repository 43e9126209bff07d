// Quantiles of one histogram computed from one bucket query (models/metrics/sharedquantiles.h): which
// queries share, and that the values follow PromQL's histogram_quantile step by step. The same values
// as Prometheus' own, on the real stack: tst_charts_live.
#include "models/metrics/paneldefinition.h"
#include "models/metrics/sharedquantiles.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Ops;
using namespace Ops::Metrics;

namespace {
PromSeries bucket(const QString& le, const QVector<QPointF>& points, const PromLabels& more = {})
{
    PromLabels labels = more;
    labels.insert(QStringLiteral("le"), le);
    return PromSeries{labels, points};
}

QList<PanelQuery> quantileQueries(const QString& inner, const QList<double>& phis)
{
    QList<PanelQuery> out;
    for (double phi : phis)
        out.append({QStringLiteral("histogram_quantile(%1, %2)").arg(phi).arg(inner), QStringLiteral("p")});
    return out;
}
} // namespace

class TestSharedQuantiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAPlainQuantile_data()
    {
        QTest::addColumn<QString>("promql");
        QTest::addColumn<bool>("splits");
        QTest::addColumn<double>("phi");
        QTest::addColumn<QString>("inner");
        const QString inner = QStringLiteral("sum by (le) (rate(http_request_duration_seconds_bucket[5m]))");
        QTest::newRow("runbook p95") << QStringLiteral("histogram_quantile(0.95, %1)").arg(inner) << true
                                     << 0.95 << inner;
        QTest::newRow("spaces") << QStringLiteral("  histogram_quantile ( 0.5 ,  %1 )  ").arg(inner) << true
                                << 0.5 << inner;
        QTest::newRow("exponent") << QStringLiteral("histogram_quantile(9.9e-1, %1)").arg(inner) << true
                                  << 0.99 << inner;
        QTest::newRow("parenthesis in a label value")
            << QStringLiteral("histogram_quantile(0.9, sum by (le) (rate(x_bucket{h=\"/a)(b\"}[5m])))")
            << true << 0.9 << QStringLiteral("sum by (le) (rate(x_bucket{h=\"/a)(b\"}[5m]))");
        QTest::newRow("scaled afterwards: not a plain quantile")
            << QStringLiteral("histogram_quantile(0.95, %1) * 1000").arg(inner) << false << 0.0 << QString();
        QTest::newRow("sum of two")
            << QStringLiteral("histogram_quantile(0.5, %1) + histogram_quantile(0.9, %1)").arg(inner) << false
            << 0.0 << QString();
        QTest::newRow("phi from an expression")
            << QStringLiteral("histogram_quantile(scalar(q), %1)").arg(inner) << false << 0.0 << QString();
        QTest::newRow("unbalanced") << QStringLiteral("histogram_quantile(0.5, sum by (le) (rate(x[5m]))")
                                    << false << 0.0 << QString();
        QTest::newRow("another function") << QStringLiteral("quantile(0.5, up)") << false << 0.0 << QString();
    }
    void splitsAPlainQuantile()
    {
        QFETCH(QString, promql);
        QFETCH(bool, splits);
        QFETCH(double, phi);
        QFETCH(QString, inner);
        const auto s = SharedQuantiles::split(promql);
        QCOMPARE(s.has_value(), splits);
        if (s) {
            QCOMPARE(s->phi, phi);
            QCOMPARE(s->inner, inner);
        }
    }

    void sharesOnlyQuantilesOfOneBucketSum()
    {
        const QString inner = QStringLiteral("sum by (le) (rate(http_request_duration_seconds_bucket[5m]))");
        // The runbook's latency panel: one group of three.
        const QVector<SharedQuantiles::Group> runbook =
            SharedQuantiles::groups(quantileQueries(inner, {0.5, 0.95, 0.99}));
        QCOMPARE(runbook.size(), 1);
        QCOMPARE(runbook.first().inner, inner);
        QCOMPARE(runbook.first().queries, (QVector<int>{0, 1, 2}));
        QCOMPARE(runbook.first().phis, (QVector<double>{0.5, 0.95, 0.99}));
        // One quantile: nothing to share.
        QVERIFY(SharedQuantiles::groups(quantileQueries(inner, {0.5})).isEmpty());
        // Two histograms: two quantiles each, two groups; another query in between keeps its place.
        QList<PanelQuery> mixed = quantileQueries(inner, {0.5, 0.9});
        mixed.insert(1, {QStringLiteral("sum(rate(http_requests_total[5m]))"), QStringLiteral("rps")});
        const QString other = QStringLiteral("sum by (le, job) (rate(other_bucket[1m]))");
        mixed += quantileQueries(other, {0.5, 0.99});
        const QVector<SharedQuantiles::Group> two = SharedQuantiles::groups(mixed);
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).queries, (QVector<int>{0, 2}));
        QCOMPARE(two.at(1).queries, (QVector<int>{3, 4}));
        QCOMPARE(two.at(1).inner, other);
        // Not an aggregation to "le": the buckets' answer could hold every scraped series.
        QVERIFY(SharedQuantiles::groups(quantileQueries(QStringLiteral("rate(x_bucket[5m])"), {0.5, 0.9}))
                    .isEmpty());
        QVERIFY(
            SharedQuantiles::groups(
                quantileQueries(QStringLiteral("sum without (instance) (rate(x_bucket[5m]))"), {0.5, 0.9}))
                .isEmpty());
        QVERIFY(SharedQuantiles::groups(
                    quantileQueries(QStringLiteral("sum by (job) (rate(x_bucket[5m]))"), {0.5, 0.9}))
                    .isEmpty());
    }

    void quantilesFollowPromQL()
    {
        // Buckets 0.1 / 0.5 / +Inf at two steps, listed out of order as any answer may list them.
        const QVector<PromSeries> buckets = {
            bucket(QStringLiteral("0.5"), {{1000, 8}, {2000, 0}}),
            bucket(QStringLiteral("+Inf"), {{1000, 10}, {2000, 0}}),
            bucket(QStringLiteral("0.1"), {{1000, 4}, {2000, 0}}),
        };
        // Step 1: 10 observations. p50 → rank 5 in (0.1, 0.5]: 0.1 + 0.4 × (5 − 4) / (8 − 4) = 0.2.
        // p90 → rank 9 in (0.5, +Inf]: the highest finite bound, 0.5. p20 → rank 2 in [0, 0.1]: 0.05.
        // Step 2: no observations: NaN (a gap on the chart), as Prometheus answers.
        const QVector<PromSeries> p50 = SharedQuantiles::quantiles(0.5, buckets);
        QCOMPARE(p50.size(), 1);
        QVERIFY(p50.first().labels.isEmpty());
        QCOMPARE(p50.first().points.size(), 2);
        QCOMPARE(p50.first().points.at(0), QPointF(1000, 0.2));
        QCOMPARE(p50.first().points.at(1).x(), 2000.0);
        QVERIFY(std::isnan(p50.first().points.at(1).y()));
        QCOMPARE(SharedQuantiles::quantiles(0.9, buckets).first().points.at(0).y(), 0.5);
        QCOMPARE(SharedQuantiles::quantiles(0.2, buckets).first().points.at(0).y(), 0.05);
    }

    void quantilesPerLabelSetAndWithoutInfNoValue()
    {
        const PromLabels a = {{QStringLiteral("job"), QStringLiteral("a")}};
        const PromLabels b = {{QStringLiteral("job"), QStringLiteral("b")}};
        const QVector<PromSeries> buckets = {
            bucket(QStringLiteral("1"), {{1000, 5}}, a),
            bucket(QStringLiteral("+Inf"), {{1000, 10}}, a),
            bucket(QStringLiteral("1"), {{1000, 5}}, b),            // b has no +Inf bucket: NaN, as in PromQL
            bucket(QStringLiteral("not-a-number"), {{1000, 7}}, a), // left out, as PromQL leaves it
            PromSeries{a, {{1000, 3}}},                             // no "le": not a bucket
        };
        const QVector<PromSeries> p25 = SharedQuantiles::quantiles(0.25, buckets);
        QCOMPARE(p25.size(), 2);
        QCOMPARE(p25.at(0).labels, a);
        QCOMPARE(p25.at(0).points, (QVector<QPointF>{{1000, 0.5}})); // rank 2.5 of 5 in [0, 1]
        QCOMPARE(p25.at(1).labels, b);
        QVERIFY(std::isnan(p25.at(1).points.at(0).y()));
        // A step only one bucket has: its own result, from what that step has.
        const QVector<PromSeries> sparse = {bucket(QStringLiteral("+Inf"), {{1000, 4}, {3000, 4}}),
                                            bucket(QStringLiteral("2"), {{1000, 2}})};
        const QVector<PromSeries> p50 = SharedQuantiles::quantiles(0.5, sparse);
        QCOMPARE(p50.first().points.size(), 2);
        QCOMPARE(p50.first().points.at(0), QPointF(1000, 2.0)); // rank 2 reached in the first bucket (0, 2]
        QVERIFY(std::isnan(p50.first().points.at(1).y()));      // only +Inf: fewer than two buckets
    }
};

QTEST_GUILESS_MAIN(TestSharedQuantiles)
#include "tst_sharedquantiles.moc"
