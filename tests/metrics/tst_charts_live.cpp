// The runbook's default panels against the stack's real Prometheus: every panel gets data for the
// last 15 minutes, within Prometheus' point limit, and the ALERTS query answers.
#include "models/core/appsettings.h"
#include "models/metrics/chartsmodel.h"
#include "models/metrics/sharedquantiles.h"
#include "models/net/prometheusclient.h"
#include "tests/common/testenv.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <optional>

using namespace Ops;
using namespace Ops::Metrics;

class TestChartsLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }

    void defaultPanelsGetDataForLast15Minutes()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("charts-live");
        ChartsModel model(TestEnv::httpFor(profile, this));
        model.setPixelWidth(900);
        QSignalSpy settled(&model, &ChartsModel::settled);
        model.setProfile(profile);
        model.setRefreshSeconds(0);
        model.setRange(TimeRange::last(QStringLiteral("15m")));
        QTRY_VERIFY_WITH_TIMEOUT(model.isSettled(), 20000);
        // A Prometheus started moments ago (as in CI) has too few scrapes for rate() over its
        // window: re-query every few seconds until every panel has points.
        const auto allPanelsHaveData = [&model] {
            for (int i = 0; i < model.panels().size(); ++i) {
                const PanelData d = model.panelData(i);
                if (d.state != PanelData::State::Ok || d.pointCount() == 0)
                    return false;
            }
            return true;
        };
        QElapsedTimer sinceReload;
        sinceReload.start();
        // qWaitFor, not QTRY: when it runs out, the per-panel checks below say which panel failed.
        const bool ready = QTest::qWaitFor(
            [&] {
                if (allPanelsHaveData())
                    return true;
                if (model.isSettled() && sinceReload.elapsed() > 3000) {
                    model.reload();
                    sinceReload.restart();
                }
                return false;
            },
            60000);
        if (!ready)
            qWarning("not every panel had data after 60 s; the checks below name the panel");
        QTRY_VERIFY_WITH_TIMEOUT(model.isSettled(), 20000);
        QCOMPARE(model.mode(), ChartsModel::Mode::Prometheus);
        QCOMPARE(model.panels().size(), PanelCatalog::defaults().size());
        QVERIFY(model.stepMs() >= 1000);
        QVERIFY((model.rangeEndMs() - model.rangeStartMs()) / model.stepMs() <= 11000);
        for (int i = 0; i < model.panels().size(); ++i) {
            const PanelData d = model.panelData(i);
            const QString id = model.panels()[i].id;
            QVERIFY2(d.state == PanelData::State::Ok, qPrintable(id + QStringLiteral(": ") + d.message));
            QVERIFY2(d.pointCount() > 0, qPrintable(id));
            QVERIFY2(!d.local, qPrintable(id));
            for (const ChartSeries& s : d.series) {
                QVERIFY2(!s.name.isEmpty(), qPrintable(id));
                for (const QPointF& p : s.points) {
                    QVERIFY(p.x() >= double(d.startMs) - 1 && p.x() <= double(d.endMs) + 1);
                }
            }
        }
        // Series named by the legend templates: per status, per queue, p50/p95/p99.
        const auto byId = [&](const char* id) {
            for (int i = 0; i < model.panels().size(); ++i) {
                if (model.panels()[i].id == QLatin1String(id))
                    return model.panelData(i);
            }
            return PanelData{};
        };
        QStringList latency;
        for (const ChartSeries& s : byId("latency").series)
            latency.append(s.name);
        QCOMPARE(latency, (QStringList{QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99")}));
        QStringList queues;
        for (const ChartSeries& s : byId("queues").series)
            queues.append(s.name);
        QVERIFY(queues.contains(QStringLiteral("celery")));
    }

    // The latency panel's p50/p95/p99 are computed by the console from one bucket query
    // (SharedQuantiles): every point equals what Prometheus' own histogram_quantile answers for the
    // same range and step. The range ends a minute ago: a scrape landing between the queries changes
    // nothing in it.
    void sharedQuantilesEqualPrometheusOwn()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("charts-live-quantiles");
        ChartsModel model(TestEnv::httpFor(profile, this));
        model.setPixelWidth(900);
        model.setProfile(profile);
        model.setRefreshSeconds(0);
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-60);
        model.setRange(TimeRange::absolute(end.addSecs(-15 * 60), end));
        int latency = -1;
        for (int i = 0; i < model.panels().size(); ++i)
            if (model.panels()[i].id == QLatin1String("latency"))
                latency = i;
        QVERIFY(latency >= 0);
        const PanelDefinition panel = model.panels().at(latency);
        QCOMPARE(SharedQuantiles::groups(panel.queries).size(), 1); // the runbook's three share
        // A Prometheus started moments ago has no rate over the window yet: ask until the panel has points.
        QElapsedTimer sinceReload;
        sinceReload.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const PanelData d = model.panelData(latency);
                if (model.isSettled() && d.state == PanelData::State::Ok && d.pointCount() > 0)
                    return true;
                if (model.isSettled() && sinceReload.elapsed() > 3000) {
                    model.reload();
                    sinceReload.restart();
                }
                return false;
            },
            90000));
        const PanelData data = model.panelData(latency);
        PrometheusClient prometheus(TestEnv::httpFor(profile, this));
        int compared = 0;
        for (const PanelQuery& query : panel.queries) {
            std::optional<PromQueryResult> own;
            prometheus.queryRange(query.promql,
                                  QDateTime::fromMSecsSinceEpoch(data.startMs, QTimeZone::utc()),
                                  QDateTime::fromMSecsSinceEpoch(data.endMs, QTimeZone::utc()), data.stepMs,
                                  this, [&](const PromQueryResult& r) { own = r; });
            QTRY_VERIFY_WITH_TIMEOUT(own.has_value(), 20000);
            QVERIFY2(own->status.ok, qPrintable(own->status.error));
            QCOMPARE(own->stepMs, data.stepMs);
            const ChartSeries* mine = nullptr;
            for (const ChartSeries& s : data.series)
                if (s.name == query.legend)
                    mine = &s;
            QVERIFY2(mine, qPrintable(query.legend));
            QMap<double, double> expected; // Prometheus' finite points; its NaN steps are gaps here
            for (const PromSeries& s : own->series)
                for (const QPointF& p : s.points)
                    if (std::isfinite(p.y()))
                        expected.insert(p.x(), p.y());
            QCOMPARE(mine->points.size(), expected.size());
            for (const QPointF& p : mine->points) {
                QVERIFY2(expected.contains(p.x()), qPrintable(query.legend));
                const double want = expected.value(p.x());
                // Chart points keep a float's 7 significant digits (SeriesPoints).
                QVERIFY2(std::abs(p.y() - want) <= 1e-6 * std::max(1.0, std::abs(want)),
                         qPrintable(QStringLiteral("%1 at %2: %3, Prometheus %4")
                                        .arg(query.legend)
                                        .arg(p.x(), 0, 'f', 0)
                                        .arg(p.y())
                                        .arg(want)));
                ++compared;
            }
        }
        QVERIFY(compared > 0);
        qInfo("%d points of p50/p95/p99 equal Prometheus' own", compared);
    }

    void prometheusErrorIsShownInWords()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("charts-live-bad");
        ChartsModel model(TestEnv::httpFor(profile, this));
        model.setProfile(profile);
        model.setRefreshSeconds(0);
        PanelDefinition bad;
        bad.id = QStringLiteral("custom-bad");
        bad.title = QStringLiteral("bad");
        bad.queries = {{QStringLiteral("sum(rate(http_requests_total[5m]"), QString()}}; // unbalanced
        model.addPanel(bad);
        QTRY_VERIFY_WITH_TIMEOUT(model.isSettled(), 20000);
        const PanelData d = model.panelData(int(model.panels().size()) - 1);
        QCOMPARE(d.state, PanelData::State::Error);
        QVERIFY(!d.message.isEmpty());
        QCOMPARE(model.mode(), ChartsModel::Mode::Prometheus); // a bad query is not an unreachable server
    }
};

QTEST_GUILESS_MAIN(TestChartsLive)
#include "tst_charts_live.moc"
