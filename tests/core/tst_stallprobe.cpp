// The probe itself: its histogram's arithmetic, a deliberate block of the event loop seen, idle
// periods counted without a running timer, and its log.
#include "models/core/latencyhistogram.h"
#include "models/core/stallprobe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <random>

using namespace Ops;

namespace {
void busyWait(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
    }
}
} // namespace

class TestStallProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentileNearestRank()
    {
        QCOMPARE(percentile({}, 99), 0.0);
        QVector<double> v;
        for (int i = 1; i <= 100; ++i)
            v << i;
        QCOMPARE(percentile(v, 99), 99.0);
        QCOMPARE(percentile(v, 50), 50.0);
    }

    void histogramBuckets()
    {
        // 10 µs steps below 1 ms, then 90 buckets per decade.
        QCOMPARE(LatencyHistogram::bucketOf(0), 0);
        QCOMPARE(LatencyHistogram::bucketOf(-3), 0);
        QCOMPARE(LatencyHistogram::bucketOf(0.009), 0);
        QCOMPARE(LatencyHistogram::bucketOf(0.01), 1);
        QCOMPARE(LatencyHistogram::bucketOf(0.999), 99);
        QCOMPARE(LatencyHistogram::bucketOf(1.0), 100);
        QCOMPARE(LatencyHistogram::bucketOf(1.05), 100);
        QCOMPARE(LatencyHistogram::bucketOf(1.1), 101);
        QCOMPARE(LatencyHistogram::bucketOf(9.99), 189);
        QCOMPARE(LatencyHistogram::bucketOf(10.0), 190);
        QCOMPARE(LatencyHistogram::bucketOf(99999.0), LatencyHistogram::kBucketCount - 2);
        QCOMPARE(LatencyHistogram::bucketOf(1e9), LatencyHistogram::kBucketCount - 1);
        QCOMPARE(LatencyHistogram::upperBoundMs(0), 0.01);
        QCOMPARE(LatencyHistogram::upperBoundMs(100), 1.1);
        QCOMPARE(LatencyHistogram::upperBoundMs(190), 11.0);
        // Every value lies in its bucket: above the previous bucket's bound, at most its own.
        for (double v = 0.001; v < 90000; v *= 1.07) {
            const int b = LatencyHistogram::bucketOf(v);
            QVERIFY2(v < LatencyHistogram::upperBoundMs(b) + 1e-9, qPrintable(QString::number(v)));
            if (b > 0)
                QVERIFY2(v >= LatencyHistogram::upperBoundMs(b - 1) - 1e-9, qPrintable(QString::number(v)));
        }
    }

    void histogramPercentiles()
    {
        LatencyHistogram h;
        QCOMPARE(h.percentileMs(99), 0.0);
        QCOMPARE(h.count(), 0);
        // 980 slots on time, 15 at 1.5 ms, 4 at 12 ms, one 250 ms stall.
        h.record(0, 980);
        h.record(1.5, 15);
        h.record(12, 4);
        h.record(250);
        QCOMPARE(h.count(), 1000);
        QCOMPARE(h.maxMs(), 250.0);
        QCOMPARE(h.percentileMs(50), 0.0);
        QCOMPARE(h.percentileMs(98), 0.0);
        QCOMPARE(h.percentileMs(98.1), 1.6); // the upper bound of 1.5's bucket, never less
        QCOMPARE(h.percentileMs(99.5), 1.6);
        QCOMPARE(h.percentileMs(99.6), 13.0);
        QCOMPARE(h.percentileMs(99.95), 250.0); // the top bucket is capped by the exact maximum
        QCOMPARE(h.percentileMs(100), 250.0);
        // Exact zeros (idle slots) report as 0; a value just above 0 as its bucket's bound, at most itself.
        LatencyHistogram tiny;
        tiny.record(0, 3);
        tiny.record(0.004);
        QCOMPARE(tiny.percentileMs(75), 0.0);
        QCOMPARE(tiny.percentileMs(100), 0.004);

        // Against exact nearest-rank percentiles of random data: never below, within a bucket above.
        std::mt19937 random(16);
        std::lognormal_distribution<double> lateness(-1.0, 1.5);
        QVector<double> exact;
        LatencyHistogram r;
        for (int i = 0; i < 20000; ++i) {
            const double v = lateness(random);
            exact << v;
            r.record(v);
        }
        for (double pct : {50.0, 90.0, 99.0, 99.9}) {
            const double truth = percentile(exact, pct);
            const double approx = r.percentileMs(pct);
            QVERIFY2(approx >= truth, qPrintable(QStringLiteral("p%1 %2 < %3").arg(pct).arg(approx).arg(truth)));
            QVERIFY2(approx <= std::max(truth * 1.11, truth + 0.011),
                     qPrintable(QStringLiteral("p%1 %2 vs %3").arg(pct).arg(approx).arg(truth)));
        }

        LatencyHistogram merged;
        merged.merge(h);
        merged.merge(r);
        QCOMPARE(merged.count(), h.count() + r.count());
        QCOMPARE(merged.maxMs(), std::max(h.maxMs(), r.maxMs()));
        merged.clear();
        QCOMPARE(merged.count(), 0);
        QCOMPARE(merged.maxMs(), 0.0);
    }

    void seesABlockedEventLoop()
    {
        StallProbe probe;
        QVERIFY(probe.start());
        QTRY_VERIFY_WITH_TIMEOUT(probe.sampleCount() > 20, 5000);
        // Deliberately block the event loop for 250 ms (a busy wait, as a frozen GUI would), from an
        // event that arrives while the probe idles.
        QTRY_VERIFY_WITH_TIMEOUT(!probe.isSampling(), 5000);
        QTimer::singleShot(0, this, [] { busyWait(250); });
        QTRY_VERIFY_WITH_TIMEOUT(probe.maxLatenessMs() > 200, 5000);
        QVERIFY(probe.maxLatenessMs() < 1000); // about the block, plus what a loaded machine adds
        QVERIFY(probe.p99LatenessMs() <= probe.maxLatenessMs());
    }

    void idleCostsNoTimer()
    {
        StallProbe probe;
        QVERIFY(probe.start());
        // Nothing happens: the timer stops after two quiet periods...
        QTRY_VERIFY_WITH_TIMEOUT(!probe.isSampling(), 2000);
        const qint64 measured = probe.measuredCount();
        QVERIFY(measured <= 5);
        // ...and the idle time still counts, as slots on time.
        const qint64 before = probe.sampleCount();
        // The largest lateness so far is that of the few measured slots (on a loaded machine, tens of ms):
        // the 200 ms asleep must not add to it.
        const double maxBefore = probe.maxLatenessMs();
        QTest::qSleep(200);
        QVERIFY(probe.sampleCount() >= before + 15);
        QCOMPARE(probe.measuredCount(), measured);
        QCOMPARE(probe.maxLatenessMs(), maxBefore);
        // Work wakes it up.
        QTimer::singleShot(0, this, [] {});
        QTRY_VERIFY_WITH_TIMEOUT(probe.measuredCount() > measured, 2000);
    }

    void writesIntervalAndRunLines()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("stall.log"));
        StallProbe probe;
        probe.setReportInterval(200);
        QVERIFY(probe.start(log));
        QTimer::singleShot(0, this, [] { busyWait(30); });
        QTRY_VERIFY_WITH_TIMEOUT(QFile(log).size() > 0, 5000);
        probe.stop();
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.first().contains(" minute p50_ms="));
        QVERIFY(lines.last().contains(" run p50_ms="));
        for (const QByteArray& line : lines) {
            QVERIFY(line.contains(" p99_ms="));
            QVERIFY(line.contains(" max_ms="));
            QVERIFY(line.contains(" samples="));
        }
        const QByteArray last = lines.last();
        const qsizetype at = last.indexOf("max_ms=") + 7;
        const double max = last.mid(at, last.indexOf(' ', at) - at).toDouble();
        QVERIFY2(max >= 15, last.constData()); // the 30 ms block, whatever the machine's load
    }
};

QTEST_GUILESS_MAIN(TestStallProbe)
#include "tst_stallprobe.moc"
