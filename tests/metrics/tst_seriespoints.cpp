// SeriesPoints, the charts' compact points: what is stored reads back (times exactly, values as
// floats) in each of its three forms, the forms cost what they claim, and a chart decimated from them
// is the one decimated from the same points as QPointF. Also the CSV's shortest float text.
#include "models/metrics/decimation.h"
#include "models/metrics/paneldata.h"
#include "models/metrics/seriespoints.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Ops::Metrics;

namespace {
constexpr qint64 kStep = 15000;
constexpr double kStart = 1795700000000.0; // ms since the epoch, on the grid

QVector<QPointF> wave(int count, qint64 step, const QList<int>& holes = {})
{
    QVector<QPointF> out;
    for (int i = 0; i < count; ++i) {
        if (!holes.contains(i))
            out.append(
                QPointF(kStart + double(i) * double(step), 10 + 5 * std::sin(i / 40.0) + (i % 7) * 0.1));
    }
    return out;
}

/// The points as stored: times exact, values rounded to float.
QVector<QPointF> asFloats(const QVector<QPointF>& points)
{
    QVector<QPointF> out;
    for (const QPointF& p : points)
        out.append(QPointF(p.x(), double(float(p.y()))));
    return out;
}
} // namespace

class TestSeriesPoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridWithoutHolesKeepsOnlyValues()
    {
        const QVector<QPointF> day = wave(5760, kStep);
        const SeriesPoints points = SeriesPoints::fromVector(day, kStep);
        QCOMPARE(points.size(), day.size());
        QCOMPARE(points.toVector(), asFloats(day));
        QCOMPARE(points.first().x(), kStart);
        QCOMPARE(points.last().x(), kStart + 5759.0 * kStep);
        QCOMPARE(points.heapBytes(), qsizetype(5760 * sizeof(float))); // 4 bytes a point, no times
    }

    // A range query answers on its own grid whatever step the caller expected (a stand-in, or
    // Prometheus rounding the step): the first two points set it.
    void gridComesFromTheFirstTwoPoints()
    {
        const QVector<QPointF> day = wave(5760, kStep);
        for (const qint64 hint : {qint64(0), qint64(120000), qint64(7)}) {
            const SeriesPoints points = SeriesPoints::fromVector(day, hint);
            QCOMPARE(points.toVector(), asFloats(day));
            QCOMPARE(points.heapBytes(), qsizetype(5760 * sizeof(float)));
        }
        // With the hint, a hole right after the first point is still a hole, not a wider grid.
        const QVector<QPointF> gappy = wave(100, kStep, {1});
        QCOMPARE(SeriesPoints::fromVector(gappy, kStep).heapBytes(),
                 qsizetype(99 * (sizeof(float) + sizeof(qint32))));
        QCOMPARE(SeriesPoints::fromVector(gappy, kStep).toVector(), asFloats(gappy));
        // Without it the grid is 30 s, the next point is off it, and every time is kept.
        QCOMPARE(SeriesPoints::fromVector(gappy).toVector(), asFloats(gappy));
        QCOMPARE(SeriesPoints::fromVector(gappy).heapBytes(),
                 qsizetype(99 * (sizeof(float) + sizeof(double))));
    }

    void holesOnTheGridKeepAnIndex()
    {
        const QVector<QPointF> gappy = wave(1000, kStep, {3, 4, 500, 999});
        const SeriesPoints points = SeriesPoints::fromVector(gappy, kStep);
        QCOMPARE(points.size(), 996);
        QCOMPARE(points.toVector(), asFloats(gappy));
        QCOMPARE(points.x(3), kStart + 5.0 * kStep); // after the hole at 3 and 4
        QCOMPARE(points.heapBytes(), qsizetype(996 * (sizeof(float) + sizeof(qint32))));
    }

    void offTheGridKeepsEveryTime()
    {
        // The client scraper's own scrape times, and a step that does not fit the data.
        QVector<QPointF> jitter{{1000.0, 1}, {3017.5, 2}, {5002.0, 3}, {7100.0, 4}};
        QCOMPARE(SeriesPoints::fromVector(jitter).toVector(), jitter);
        QCOMPARE(SeriesPoints::fromVector(jitter, 2000).toVector(),
                 jitter); // off the hint, then off the grid its first two points set
        // On the grid at first, then off it: the earlier points keep their times.
        QVector<QPointF> mixed = wave(100, kStep);
        mixed.append(QPointF(mixed.last().x() + 7, 1.5));
        const SeriesPoints points = SeriesPoints::fromVector(mixed, kStep);
        QCOMPARE(points.toVector(), asFloats(mixed));
        // A list written out in a test is kept as given.
        const SeriesPoints listed{{1, 2}, {2, 4}, {4, 8}};
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed[2], QPointF(4, 8));
    }

    void valuesAreFloats()
    {
        SeriesPoints points(kStep);
        points.append(QPointF(kStart, 0.1));
        points.append(QPointF(kStart + kStep, 1234567890.0));
        points.append(QPointF(kStart + 2 * kStep, qQNaN()));
        QCOMPARE(points.y(0), double(0.1f));
        QCOMPARE(points.y(1), double(1234567890.0f)); // 7 significant digits: 1234567936
        QVERIFY(std::isnan(points.y(2)));
    }

    void searchesByTime()
    {
        for (const auto& points : {SeriesPoints::fromVector(wave(100, kStep), kStep),
                                   SeriesPoints::fromVector(wave(100, kStep, {10, 11}), kStep),
                                   SeriesPoints::fromVector(wave(100, kStep))}) {
            const QVector<QPointF> v = points.toVector();
            for (const double ms : {kStart - 1, kStart, kStart + 1, kStart + 10.5 * kStep,
                                    kStart + 11.0 * kStep, kStart + 99.0 * kStep, kStart + 1e9}) {
                const auto lower = std::lower_bound(v.cbegin(), v.cend(), ms,
                                                    [](const QPointF& p, double x) { return p.x() < x; });
                const auto upper = std::upper_bound(v.cbegin(), v.cend(), ms,
                                                    [](double x, const QPointF& p) { return x < p.x(); });
                QCOMPARE(points.lowerBound(ms), lower - v.cbegin());
                QCOMPARE(points.upperBound(ms), upper - v.cbegin());
            }
        }
        QCOMPARE(SeriesPoints().lowerBound(5), 0);
    }

    void equalityIgnoresTheForm()
    {
        const QVector<QPointF> v = wave(50, kStep);
        QCOMPARE(SeriesPoints::fromVector(v, kStep), SeriesPoints::fromVector(v));
        QVERIFY(
            !(SeriesPoints::fromVector(v, kStep) == SeriesPoints::fromVector(wave(50, kStep, {7}), kStep)));
        SeriesPoints reused = SeriesPoints::fromVector(wave(10, kStep, {2}), kStep);
        reused.clear();
        reused.append(QPointF(kStart, 1));
        reused.append(QPointF(kStart + kStep, 2));
        QCOMPARE(reused.size(), 2);
        QCOMPARE(reused.last(), QPointF(kStart + kStep, 2));
    }

    // The view decimates SeriesPoints; the result is the decimation of the same points as QPointF.
    void decimatesAsAVectorWould()
    {
        QVector<QPointF> day = wave(5760, kStep, {100, 101, 102, 2000});
        day[3000].setY(90); // a one-sample spike
        for (int i = 4000; i < 4050; ++i)
            day[i].setY(qQNaN()); // a quantile without requests: a gap
        const QVector<QPointF> stored = asFloats(day);
        const SeriesPoints points = SeriesPoints::fromVector(day, kStep);
        const double end = kStart + 5760.0 * kStep;
        for (const int columns : {300, 1139, 20000}) {
            const DecimatedSeries fromPoints =
                decimateRuns(points, kStart, end, columns, gapThreshold(kStep));
            const DecimatedSeries fromVector =
                decimateRuns(stored, kStart, end, columns, gapThreshold(kStep));
            QCOMPARE(fromPoints.points, fromVector.points);
            QCOMPARE(fromPoints.runEnds, fromVector.runEnds);
        }
        // A window inside the day, with a neighbour on each side.
        const DecimatedSeries inside =
            decimateRuns(points, kStart + 1000.0 * kStep, kStart + 1100.0 * kStep, 500, 0);
        QCOMPARE(inside.points,
                 decimateRuns(stored, kStart + 1000.0 * kStep, kStart + 1100.0 * kStep, 500, 0).points);
    }

    void csvPrintsTheShortestFloat()
    {
        PanelData d;
        ChartSeries s{QStringLiteral("p99"), SeriesPoints(kStep)};
        s.points.append(QPointF(kStart, 0.1));
        s.points.append(QPointF(kStart + kStep, 0.78));
        s.points.append(QPointF(kStart + 2 * kStep, 1234567890.0));
        d.series.append(s);
        const QList<QByteArray> lines = panelCsv(d).split('\n');
        QCOMPARE(lines.value(1), QByteArray("2026-11-26T13:33:20.000Z,0.1"));
        QCOMPARE(lines.value(2), QByteArray("2026-11-26T13:33:35.000Z,0.78"));
        QCOMPARE(lines.value(3),
                 QByteArray("2026-11-26T13:33:50.000Z,1.234568e+09")); // reads back as the same float
    }
};

QTEST_GUILESS_MAIN(TestSeriesPoints)
#include "tst_seriespoints.moc"
