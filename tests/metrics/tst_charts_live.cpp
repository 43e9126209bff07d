// The runbook's default panels against the stack's real Prometheus: every panel gets data for the
// last 15 minutes, within Prometheus' point limit, and the ALERTS query answers.
#include "models/core/appsettings.h"
#include "models/metrics/chartsmodel.h"
#include "tests/common/testenv.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
