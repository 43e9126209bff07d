// Charts' models without a display: decimation, time ranges, steps, alert intervals, CSV,
// panel persistence per profile, and the client-side math used when Prometheus is unreachable.
#include "models/net/httpclient.h"
#include "models/core/appsettings.h"
#include "models/metrics/chartsettings.h"
#include "models/metrics/chartunit.h"
#include "models/metrics/clientscraper.h"
#include "models/metrics/decimation.h"
#include "models/metrics/localevaluator.h"
#include "models/metrics/niceaxis.h"
#include "models/metrics/paneldata.h"
#include "models/metrics/paneldefinition.h"
#include "models/net/prometheustextparser.h"
#include "models/metrics/timerange.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Ops;
using namespace Ops::Metrics;

class TestChartMath : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc());

private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }

    void niceAxesOnRoundNumbers()
    {
        // Qt Charts' loose nice numbers: 1, 2 or 5 × 10^n steps, the range widened to whole steps.
        QCOMPARE(niceAxis(0, 7.8, 5), (NiceAxis{0, 8, 5}));
        QCOMPARE(niceAxis(0, 1.1, 5), (NiceAxis{0, 1.5, 4}));
        QCOMPARE(niceAxis(0, 1000, 5), (NiceAxis{0, 1000, 6}));
        const NiceAxis small = niceAxis(0, 0.033, 5); // steps of 0.01
        QCOMPARE(small.ticks, 5);
        QCOMPARE(small.max, 0.04);
        // Already nice: the same again (a refresh with the same top moves nothing).
        const NiceAxis a = niceAxis(0, 8.58, 5);
        QCOMPARE(niceAxis(a.min, a.max, 5), a);
        // Empty or invalid: one unit up from the start.
        QCOMPARE(niceAxis(3, 3, 5), (NiceAxis{3, 4, 2}));
        QCOMPARE(niceAxis(0, qQNaN(), 5), (NiceAxis{0, 1, 2}));
        // Reused storage gives what a fresh decimation gives.
        QVector<QPointF> points;
        for (int i = 0; i < 1000; ++i)
            points.append(QPointF(i, i % 13 == 0 ? 50.0 : double(i % 7)));
        DecimatedSeries reused;
        decimateRuns(points, 0, 999, 100, 2.5, reused);
        decimateRuns(points, 0, 999, 100, 2.5, reused);
        const DecimatedSeries fresh = decimateRuns(points, 0, 999, 100, 2.5);
        QCOMPARE(reused.points, fresh.points);
        QCOMPARE(reused.runEnds, fresh.runEnds);
    }

    void decimationBoundsPointsAndKeepsSpikes()
    {
        QVector<QPointF> points;
        for (int i = 0; i < 100000; ++i)
            points.append(QPointF(i, std::sin(i / 500.0)));
        points[31337].setY(50);   // one-sample spike up
        points[77777].setY(-40);  // and down
        const auto out = decimateMinMax(points, 0, 99999, 800);
        QVERIFY(out.size() <= 2 * 800 + 2);
        QVERIFY(out.size() >= 800);
        bool up = false, down = false;
        for (const QPointF& p : out) {
            up = up || (p.x() == 31337 && p.y() == 50);
            down = down || (p.x() == 77777 && p.y() == -40);
        }
        QVERIFY(up);
        QVERIFY(down);
        QVERIFY(std::is_sorted(out.cbegin(), out.cend(), [](auto a, auto b) { return a.x() < b.x(); }));
        QVERIFY(out.first().x() < 100);   // every column is represented, edges included
        QVERIFY(out.last().x() > 99899);
    }

    void decimationKeepsSparseDataAndNeighbours()
    {
        const QVector<QPointF> points = {{0, 1}, {10, 2}, {20, 3}, {30, 4}, {40, 5}};
        const auto out = decimateMinMax(points, 15, 25, 100);
        // Visible point plus one neighbour each side, so the line enters and leaves the plot.
        QCOMPARE(out, (QVector<QPointF>{{10, 2}, {20, 3}, {30, 4}}));
        QVERIFY(decimateMinMax(points, 0, 10, 0).isEmpty());
        QVERIFY(decimateMinMax({}, 0, 10, 10).isEmpty());
    }

    void decimationCutsLinesAtGaps()
    {
        constexpr qint64 step = 15000;
        QVector<QPointF> points;
        for (int i = 0; i < 200; ++i) {
            if (i == 50 || (i >= 100 && i < 110))
                continue; // one missing sample (stays joined), then ten (a gap)
            points.append(QPointF(double(i * step), i == 150 ? std::nan("") : double(i)));
        }
        const DecimatedSeries sparse = decimateRuns(points, 0, 199.0 * step, 1000, gapThreshold(step));
        // Runs: 0..99 (the single missing sample does not cut), 110..149, 151..199 (NaN cuts and is dropped).
        QCOMPARE(sparse.runCount(), 3);
        QCOMPARE(sparse.points[sparse.runStart(0)].x(), 0.0);
        QCOMPARE(sparse.points[sparse.runEnds[0] - 1].x(), 99.0 * step);
        QCOMPARE(sparse.points[sparse.runStart(1)].x(), 110.0 * step);
        QCOMPARE(sparse.points[sparse.runEnds[1] - 1].x(), 149.0 * step);
        QCOMPARE(sparse.points[sparse.runStart(2)].x(), 151.0 * step);
        QCOMPARE(sparse.runEnds.last(), sparse.points.size());
        for (const QPointF& p : sparse.points)
            QVERIFY(std::isfinite(p.y()));
        // No step known: nothing to measure a gap against, one line (the NaN still cuts).
        QCOMPARE(decimateRuns(points, 0, 199.0 * step, 1000, gapThreshold(0)).runCount(), 2);

        // 24 h at 15 s with a 10-minute hole and a spike after it, decimated to 500 columns.
        QVector<QPointF> day;
        for (int i = 0; i < 5760; ++i) {
            if (i >= 3000 && i < 3040)
                continue;
            day.append(QPointF(double(i * step), i == 4000 ? 90.0 : std::sin(i / 50.0)));
        }
        const double end = 5759.0 * step;
        const DecimatedSeries d = decimateRuns(day, 0, end, 500, gapThreshold(step));
        QCOMPARE(d.runCount(), 2);
        QVERIFY(d.points.size() <= 2 * 500 + 4);
        QCOMPARE(d.points[d.runEnds[0] - 1].x(), 2999.0 * step); // the line stops at the last sample…
        QCOMPARE(d.points[d.runStart(1)].x(), 3040.0 * step);     // …and starts again at the next
        QVERIFY(std::any_of(d.points.cbegin(), d.points.cend(), [](const QPointF& p) { return p.y() == 90.0; }));
        QVERIFY(std::is_sorted(d.points.cbegin(), d.points.cend(), [](auto a, auto b) { return a.x() < b.x(); }));
        // Without gaps it is decimateMinMax() exactly.
        QVector<QPointF> whole;
        for (int i = 0; i < 5760; ++i)
            whole.append(QPointF(double(i * step), std::sin(i / 50.0)));
        const DecimatedSeries one = decimateRuns(whole, 1000.0 * step, 3000.0 * step, 300, gapThreshold(step));
        QCOMPARE(one.runCount(), 1);
        QCOMPARE(one.points, decimateMinMax(whole, 1000.0 * step, 3000.0 * step, 300));
    }

    void relativeAndAbsoluteRanges()
    {
        QCOMPARE(parseTimeExpression(QStringLiteral("now"), m_now), m_now);
        QCOMPARE(parseTimeExpression(QStringLiteral("now-6h"), m_now), m_now.addSecs(-6 * 3600));
        QCOMPARE(parseTimeExpression(QStringLiteral(" now-15m "), m_now), m_now.addSecs(-900));
        QCOMPARE(parseTimeExpression(QStringLiteral("now-7d"), m_now), m_now.addDays(-7));
        QCOMPARE(parseTimeExpression(QStringLiteral("2026-11-25 08:30"), m_now),
                 QDateTime(QDate(2026, 11, 25), QTime(8, 30), QTimeZone::utc()));
        QCOMPARE(parseTimeExpression(QStringLiteral("2026-11-25T08:30:00+09:00"), m_now),
                 QDateTime(QDate(2026, 11, 24), QTime(23, 30), QTimeZone::utc()));
        QVERIFY(!parseTimeExpression(QStringLiteral("now-6x"), m_now));
        QVERIFY(!parseTimeExpression(QStringLiteral("now-h"), m_now));
        QVERIFY(!parseTimeExpression(QStringLiteral("yesterday"), m_now));

        const TimeRange last6h = TimeRange::last(QStringLiteral("6h"));
        QVERIFY(last6h.isRelative());
        const auto r = last6h.resolve(m_now);
        QVERIFY(r);
        QCOMPARE(r->first.msecsTo(r->second), 6 * 3600 * 1000LL);
        QVERIFY(!TimeRange({QStringLiteral("now"), QStringLiteral("now-1h")}).isValid(m_now)); // reversed
        const TimeRange abs = TimeRange::absolute(m_now.addSecs(-60), m_now);
        QVERIFY(!abs.isRelative());
        QCOMPARE(abs.resolve(m_now)->first, m_now.addSecs(-60));
    }

    void zoomOutDoublesTheSpan()
    {
        QCOMPARE(zoomedOut(TimeRange::last(QStringLiteral("1h")), m_now).from, QStringLiteral("now-7200s"));
        const TimeRange abs = TimeRange::absolute(m_now.addSecs(-4 * 3600), m_now.addSecs(-2 * 3600));
        const auto r = zoomedOut(abs, m_now).resolve(m_now);
        QCOMPARE(r->first, m_now.addSecs(-5 * 3600));
        QCOMPARE(r->second, m_now.addSecs(-1 * 3600));
        // Never into the future.
        const auto recent = zoomedOut(TimeRange::absolute(m_now.addSecs(-600), m_now.addSecs(-60)), m_now).resolve(m_now);
        QCOMPARE(recent->second, m_now);
    }

    void stepFollowsWidthAndNeverExceedsPrometheusLimit()
    {
        const qint64 day = 24 * 3600 * 1000LL;
        QCOMPARE(stepForWidth(15 * 60 * 1000, 900), 1000);   // 1 s per pixel
        QCOMPARE(stepForWidth(day, 1200), 120000);           // 72 s → 2 min
        QCOMPARE(stepForWidth(3600 * 1000, 1000, 15000), 15000); // the floor wins
        for (qint64 range : {60 * 1000LL, day, 7 * day, 365 * day, 3650 * day}) {
            for (int width : {1, 100, 1000, 100000, 10000000}) {
                const qint64 step = stepForWidth(range, width);
                QVERIFY2(range / step <= 11000, qPrintable(QStringLiteral("%1 %2").arg(range).arg(width)));
            }
        }
    }

    void firingIntervalsJoinConsecutiveSteps()
    {
        const QVector<QPointF> points = {{0, 1}, {15000, 1}, {30000, 1}, {90000, 1}, {105000, 1}};
        const auto intervals = firingIntervals(points, 15000, QStringLiteral("HighResponseTime"));
        QCOMPARE(intervals.size(), 2);
        QCOMPARE(intervals[0], (AlertInterval{0, 45000, QStringLiteral("HighResponseTime")}));
        QCOMPARE(intervals[1], (AlertInterval{90000, 120000, QStringLiteral("HighResponseTime")}));
    }

    void csvHasOneColumnPerSeries()
    {
        PanelData d;
        d.series = {{QStringLiteral("p95"), {{0, 0.5}, {1000, 1.5}}}, {QStringLiteral("a,b"), {{1000, 2}}}};
        const QByteArray csv = panelCsv(d);
        QCOMPARE(csv, QByteArray("time,p95,\"a,b\"\n"
                                 "1970-01-01T00:00:00.000Z,0.5,\n"
                                 "1970-01-01T00:00:01.000Z,1.5,2\n"));
    }

    void legendTemplates()
    {
        const QMap<QString, QString> labels{{QStringLiteral("status"), QStringLiteral("500")},
                                            {QStringLiteral("__name__"), QStringLiteral("x")}};
        QCOMPARE(legendName(QStringLiteral("{{status}}"), labels), QStringLiteral("500"));
        QCOMPARE(legendName(QStringLiteral("code {{ status }}!"), labels), QStringLiteral("code 500!"));
        QCOMPARE(legendName(QString(), labels), QStringLiteral("x{status=\"500\"}"));
    }

    void unitsScale()
    {
        QCOMPARE(ChartUnitText::scaleFor(ChartUnit::Seconds, 0.8).divisor, 0.001);
        QCOMPARE(ChartUnitText::scaleFor(ChartUnit::Bytes, 3.0 * 1024 * 1024).divisor, 1024.0 * 1024);
        QCOMPARE(ChartUnitText::scaleFor(ChartUnit::Bytes, 3.0 * 1024 * 1024 * 1024).divisor, 1024.0 * 1024 * 1024);
        QCOMPARE(chartUnitFromKey(chartUnitKey(ChartUnit::Percent)), ChartUnit::Percent);
    }

    void panelsPersistPerProfile()
    {
        QList<PanelDefinition> panels = PanelCatalog::defaults();
        QVERIFY(panels.size() >= 10);
        PanelDefinition custom;
        custom.id = QStringLiteral("custom-1");
        custom.title = QStringLiteral("Generate calls");
        custom.queries = {{QStringLiteral("sum(rate(http_requests_total{handler=\"/api/v1/generate\"}[1m]))"),
                           QStringLiteral("generate")}};
        custom.unit = ChartUnit::RequestsPerSecond;
        custom.thresholds = {{2.5, QString(), true, QStringLiteral("too many")}};
        custom.alertNames = {QStringLiteral("HighErrorRate")};
        panels.move(2, 0);        // reordered
        panels.removeAt(5);       // one built-in removed
        panels.insert(1, custom); // a custom one added
        ChartSettings::savePanels(QStringLiteral("alpha"), panels);
        ChartSettings::saveRange(QStringLiteral("alpha"), TimeRange::last(QStringLiteral("6h")));

        QCOMPARE(ChartSettings::loadPanels(QStringLiteral("alpha")), panels);
        QCOMPARE(ChartSettings::loadRange(QStringLiteral("alpha")), TimeRange::last(QStringLiteral("6h")));
        // Another profile keeps the defaults.
        QCOMPARE(ChartSettings::loadPanels(QStringLiteral("beta")), PanelCatalog::defaults());
        QCOMPARE(ChartSettings::loadRange(QStringLiteral("beta")), TimeRange{});
        // Unreadable text falls back to the defaults, not to nothing.
        ChartSettings::panels(QStringLiteral("gamma")).set(QByteArray("{not json"));
        QCOMPARE(ChartSettings::loadPanels(QStringLiteral("gamma")), PanelCatalog::defaults());
    }

    void localMathMatchesPromql()
    {
        const ParseResult a = PrometheusTextParser::parse(
            "# TYPE http_requests_total counter\n"
            "http_requests_total{handler=\"/a\",status=\"200\"} 100\n"
            "http_requests_total{handler=\"/a\",status=\"500\"} 10\n"
            "http_requests_total{handler=\"/b\",status=\"200\"} 50\n"
            "# TYPE lat histogram\n"
            "lat_bucket{handler=\"/a\",le=\"0.1\"} 10\n"
            "lat_bucket{handler=\"/a\",le=\"1\"} 10\n"
            "lat_bucket{handler=\"/a\",le=\"+Inf\"} 10\n"
            "lat_sum{handler=\"/a\"} 1\nlat_count{handler=\"/a\"} 10\n"
            "lat_bucket{handler=\"/b\",le=\"0.1\"} 0\n"
            "lat_bucket{handler=\"/b\",le=\"1\"} 0\n"
            "lat_bucket{handler=\"/b\",le=\"+Inf\"} 0\n"
            "lat_sum{handler=\"/b\"} 0\nlat_count{handler=\"/b\"} 0\n"
            "# TYPE q gauge\nq{queue=\"celery\"} 120\nq{queue=\"llm\"} 3\n");
        const ParseResult b = PrometheusTextParser::parse(
            "# TYPE http_requests_total counter\n"
            "http_requests_total{handler=\"/a\",status=\"200\"} 160\n"
            "http_requests_total{handler=\"/a\",status=\"500\"} 30\n"
            "http_requests_total{handler=\"/b\",status=\"200\"} 70\n"
            "# TYPE lat histogram\n"
            "lat_bucket{handler=\"/a\",le=\"0.1\"} 10\n"
            "lat_bucket{handler=\"/a\",le=\"1\"} 10\n"
            "lat_bucket{handler=\"/a\",le=\"+Inf\"} 20\n"
            "lat_sum{handler=\"/a\"} 30\nlat_count{handler=\"/a\"} 20\n"
            "lat_bucket{handler=\"/b\",le=\"0.1\"} 0\n"
            "lat_bucket{handler=\"/b\",le=\"1\"} 10\n"
            "lat_bucket{handler=\"/b\",le=\"+Inf\"} 10\n"
            "lat_sum{handler=\"/b\"} 5\nlat_count{handler=\"/b\"} 10\n"
            "# TYPE q gauge\nq{queue=\"celery\"} 130\nq{queue=\"llm\"} 1\n");
        QVERIFY(a.ok() && b.ok());
        using K = LocalTerm::Kind;
        // 10 s apart: 200s +80 (8/s), 500s +20 (2/s).
        const auto byStatus = LocalEvaluator::evaluate({K::RateBy, QStringLiteral("http_requests_total"),
                                                        QStringLiteral("status"), 0, {}},
                                                       &a, 0, b, 10000);
        QCOMPARE(byStatus, (LocalEvaluator::Values{{QStringLiteral("200"), 8.0}, {QStringLiteral("500"), 2.0}}));
        const auto errors = LocalEvaluator::evaluate({K::ErrorPercent, QStringLiteral("http_requests_total"), {}, 0,
                                                      QStringLiteral("5xx")},
                                                     &a, 0, b, 10000);
        QCOMPARE(errors, (LocalEvaluator::Values{{QStringLiteral("5xx"), 20.0}}));
        // Summed increase per le: 0.1 → 0, 1 → 10, +Inf → 20. p50 = rank 10 → top of the (0.1, 1] bucket.
        const auto p50 = LocalEvaluator::evaluate({K::Quantile, QStringLiteral("lat"), {}, 0.5, QStringLiteral("p50")},
                                                  &a, 0, b, 10000);
        QCOMPARE(p50.size(), 1);
        QCOMPARE(p50[0].second, 1.0);
        // p95 falls in the +Inf bucket: Prometheus answers the highest finite bound.
        const auto p95 = LocalEvaluator::evaluate({K::Quantile, QStringLiteral("lat"), {}, 0.95, QStringLiteral("p95")},
                                                  &a, 0, b, 10000);
        QCOMPARE(p95[0].second, 1.0);
        const auto p25 = LocalEvaluator::evaluate({K::Quantile, QStringLiteral("lat"), {}, 0.25, QStringLiteral("p25")},
                                                  &a, 0, b, 10000);
        QCOMPARE(p25[0].second, 0.1 + 0.9 * 0.5);
        // No previous scrape: no rates, but gauges work.
        QVERIFY(LocalEvaluator::evaluate({K::RateBy, QStringLiteral("http_requests_total"), {}, 0, {}}, nullptr, 0, b,
                                         10000)
                    .isEmpty());
        const auto queues = LocalEvaluator::evaluate({K::GaugeBy, QStringLiteral("q"), QStringLiteral("queue"), 0, {}},
                                                     nullptr, 0, b, 10000);
        QCOMPARE(queues, (LocalEvaluator::Values{{QStringLiteral("celery"), 130.0}, {QStringLiteral("llm"), 1.0}}));
    }

    void scraperKeepsBoundedHistory()
    {
        HttpClient http;
        ClientScraper scraper(&http);
        PanelDefinition panel;
        panel.id = QStringLiteral("queues");
        panel.local = {{LocalTerm::Kind::GaugeBy, QStringLiteral("q"), QStringLiteral("queue"), 0, {}}};
        scraper.setPanels({panel});
        scraper.setMaxPointsPerSeries(50);
        for (int i = 0; i < 200; ++i) {
            const QByteArray body = "# TYPE q gauge\nq{queue=\"celery\"} " + QByteArray::number(i) + "\n";
            scraper.ingest(PrometheusTextParser::parse(body), 1000LL * i);
        }
        const PanelData d = scraper.panelData(QStringLiteral("queues"), 0, 1000000);
        QCOMPARE(d.state, PanelData::State::Ok);
        QVERIFY(d.local);
        QCOMPARE(d.series.size(), 1);
        QCOMPARE(d.series[0].points.size(), 50);
        QCOMPARE(d.series[0].points.last(), QPointF(199000, 199));
        // A panel without client-side terms says so in words.
        const PanelData none = scraper.panelData(QStringLiteral("cpu"), 0, 1000);
        QCOMPARE(none.state, PanelData::State::Unavailable);
        QVERIFY(!none.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChartMath)
#include "tst_chartmath.moc"
