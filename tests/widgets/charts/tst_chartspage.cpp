// The Charts page offscreen: it shows the runbook's panels with data, a new range re-queries and
// cancels what was still under way, and an unreachable Prometheus is said in words while the page
// falls back to scraping the API's /metrics itself.
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/chartspage.h"
#include "widgets/charts/panelchartview.h"
#include "widgets/charts/timecontrols.h"
#include "models/core/appsettings.h"
#include "models/session/consolecontext.h"
#include "models/core/stallprobe.h"
#include "models/metrics/chartsettings.h"
#include "models/metrics/chartsmodel.h"
#include "tests/common/testenv.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;
using namespace Ops::Metrics;

class TestChartsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() { AppSettings::initialize(m_config.path()); }

    /// The view draws the lines itself: a hole in the data is a hole on screen, a series switched off
    /// in the legend is not drawn (nor listed by the crosshair), and switching it on draws it again.
    void viewDrawsGapsAsGapsAndTheLegendTogglesLines()
    {
        PanelDefinition def;
        def.id = QStringLiteral("t");
        def.title = QStringLiteral("t");
        def.unit = ChartUnit::Count;
        PanelChartView view;
        view.setDefinition(def);
        view.resize(900, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PanelData d;
        d.state = PanelData::State::Ok;
        d.stepMs = 15000;
        d.startMs = 1795700000000;
        d.endMs = d.startMs + 3600 * 1000;
        ChartSeries a{QStringLiteral("a"), {}};
        ChartSeries b{QStringLiteral("b"), {}};
        for (qint64 t = d.startMs; t <= d.endMs; t += d.stepMs) {
            if (t < d.startMs + 20 * 60000 || t > d.startMs + 40 * 60000) // a: nothing from :20 to :40
                a.points.append(QPointF(double(t), 8));
            b.points.append(QPointF(double(t), 3));
        }
        d.series = {a, b};
        view.setData(d);
        QCOMPARE(view.drawnSeries(0).runCount(), 2);
        QCOMPARE(view.drawnSeries(1).runCount(), 1);
        QCOMPARE(view.legend().size(), 2);

        const QColor colourA = view.seriesColour(0);
        const QColor colourB = view.seriesColour(1);
        QCOMPARE(view.legend().at(0).colour, colourA);
        const QRectF plot = view.plotRect();
        const auto xAt = [&](double minutes) { return int(plot.left() + minutes / 60.0 * plot.width()); };
        // Whether column x of the picture has a pixel closer to the colour than to the background, in
        // the half of the plot where that series lies (a at 8 of 10, b at 3), so the other line and
        // the grid never count.
        const auto distance = [](const QColor& p, const QColor& c) {
            return std::abs(p.red() - c.red()) + std::abs(p.green() - c.green()) + std::abs(p.blue() - c.blue());
        };
        const auto drawnAt = [&](const QImage& img, int x, const QColor& c) {
            const int middle = int(plot.center().y());
            const bool upper = c == colourA;
            for (int y = upper ? int(plot.top()) + 1 : middle; y < (upper ? middle : int(plot.bottom()) - 1); ++y) {
                if (distance(img.pixelColor(x, y), c) < distance(QColor(Qt::white), c) / 2)
                    return true;
            }
            return false;
        };
        QImage img = view.grab().toImage();
        QVERIFY(drawnAt(img, xAt(10), colourA));
        QVERIFY(!drawnAt(img, xAt(30), colourA)); // the gap
        QVERIFY(drawnAt(img, xAt(50), colourA));
        QVERIFY(drawnAt(img, xAt(30), colourB));

        const qint64 inGap = d.startMs + 30 * 60000;
        const qint64 beforeGap = d.startMs + 10 * 60000;
        QVERIFY(view.crosshairText(beforeGap).contains(QLatin1String("a: ")));
        QVERIFY(!view.crosshairText(inGap).contains(QLatin1String("a: ")));

        // Legend: a click on a's entry switches it off, another on again; it stays off across a refresh.
        const QRectF entryA = view.legend().at(0).rect;
        QVERIFY(entryA.isValid() && !plot.intersects(entryA));
        QTest::mouseClick(&view, Qt::LeftButton, {}, entryA.center().toPoint());
        QVERIFY(!view.legend().at(0).shown);
        view.setData(d);
        img = view.grab().toImage();
        QVERIFY(!drawnAt(img, xAt(10), colourA));
        QVERIFY(drawnAt(img, xAt(10), colourB));
        QVERIFY(!view.crosshairText(beforeGap).contains(QLatin1String("a: ")));
        QCOMPARE(view.legend().size(), 2); // still there, dimmed, to switch it back on
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.legend().at(0).rect.center().toPoint());
        QVERIFY(view.legend().at(0).shown);
        img = view.grab().toImage();
        QVERIFY(drawnAt(img, xAt(10), colourA));
    }

    void showsPanelsWithData()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("page-live");
        ConsoleContext context;
        context.useTransientProfile(profile);
        ChartsPage page(context);
        page.resize(1280, 900);
        QSignalSpy ready(&page, &Page::ready);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
        QCOMPARE(page.panels().size(), PanelCatalog::defaults().size());
        int withPoints = 0;
        for (ChartPanel* panel : page.panels()) {
            if (panel->view()->drawnPointCount() > 0)
                ++withPoints;
        }
        QVERIFY2(withPoints >= page.panels().size() - 1, qPrintable(QString::number(withPoints)));
        // Painted cards and palettes, no style sheet on the page (see tst_dashboard).
        for (const QWidget* w : page.findChildren<QWidget*>())
            QVERIFY2(w->styleSheet().isEmpty(), qPrintable(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName()));
        // The crosshair lists every series at an instant inside the range.
        PanelChartView* latency = page.panels()[2]->view();
        const PanelData d = latency->data();
        QVERIFY(!d.series.isEmpty());
        const qint64 at = qint64(d.series[0].points.last().x());
        QVERIFY(latency->crosshairText(at).contains(QLatin1String("p95")));
        // Export: PNG and CSV of a panel.
        QTemporaryDir out;
        QVERIFY(page.panels()[0]->exportPng(out.filePath(QStringLiteral("p.png"))));
        QVERIFY(page.panels()[0]->exportCsv(out.filePath(QStringLiteral("p.csv"))));
        QFile csv(out.filePath(QStringLiteral("p.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("time,"));
        // Events: markers on every panel.
        page.setEvents({{QDateTime::currentDateTimeUtc().addSecs(-60), QStringLiteral("scale"),
                         QStringLiteral("ops: scale app to 3")}});
    }

    void switchingRangeRequeriesAndCancelsOldRequests()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("page-range");
        ConsoleContext context;
        context.useTransientProfile(profile);
        ChartsPage page(context);
        page.resize(1280, 900);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
        ChartsModel& model = page.model();
        model.setRefreshSeconds(0);
        QSignalSpy rangeChanged(&model, &ChartsModel::rangeChanged);

        // Two quick ranges in a row, as an operator clicking through them: the first one's
        // requests are still under way when the second one is chosen.
        QComboBox* quick = page.timeControls()->quickRanges();
        const int canceledBefore = model.canceledRequests();
        quick->setCurrentIndex(quick->findData(QStringLiteral("6h")));
        Q_EMIT quick->activated(quick->currentIndex());
        QVERIFY(model.pendingRequests() > 0);
        const int pendingFor6h = model.pendingRequests();
        quick->setCurrentIndex(quick->findData(QStringLiteral("24h")));
        Q_EMIT quick->activated(quick->currentIndex());
        QCOMPARE(model.canceledRequests() - canceledBefore, pendingFor6h);
        QCOMPARE(rangeChanged.size(), 2);
        QCOMPARE(model.range(), TimeRange::last(QStringLiteral("24h")));
        QTRY_VERIFY_WITH_TIMEOUT(model.isSettled(), 20000);
        const PanelData d = model.panelData(0);
        QCOMPARE(d.endMs - d.startMs, 24 * 3600 * 1000LL);
        QVERIFY((d.endMs - d.startMs) / d.stepMs <= 11000);
        // Back returns to 6 h; the choice is remembered for the profile.
        QVERIFY(model.back());
        QCOMPARE(model.range(), TimeRange::last(QStringLiteral("6h")));
        QCOMPARE(ChartSettings::loadRange(QStringLiteral("page-range")), TimeRange::last(QStringLiteral("6h")));
        // Drag-to-zoom gives an absolute range.
        model.zoomTo(d.endMs - 600000, d.endMs - 300000);
        QVERIFY(!model.range().isRelative());
        QTRY_VERIFY_WITH_TIMEOUT(model.isSettled(), 20000);
    }

    void unreachablePrometheusIsSaidInWordsAndFallsBackToScraping()
    {
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("page-noprom");
        // A port nobody listens on: connection refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        profile.prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        ChartSettings::refreshSeconds(profile.name).set(5);
        ConsoleContext context;
        context.useTransientProfile(profile);
        ChartsPage page(context);
        page.resize(1280, 900);
        StallProbe stall;
        QVERIFY(stall.start());
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(page.model().mode(), ChartsModel::Mode::ClientScrape, 15000);
        QVERIFY(!page.modeNote().isEmpty());
        // Panels that need node_exporter say so in words.
        ChartPanel* cpu = nullptr;
        ChartPanel* queues = nullptr;
        ChartPanel* requests = nullptr;
        for (ChartPanel* p : page.panels()) {
            if (p->definition().id == QLatin1String("cpu"))
                cpu = p;
            if (p->definition().id == QLatin1String("queues"))
                queues = p;
            if (p->definition().id == QLatin1String("requests"))
                requests = p;
        }
        QVERIFY(cpu && queues && requests);
        QTRY_VERIFY_WITH_TIMEOUT(!cpu->message().isEmpty(), 5000);
        // The queue lengths are Prometheus' (recorded from the Redis exporter): said in words too.
        QTRY_VERIFY_WITH_TIMEOUT(queues->message().contains(QStringLiteral("Prometheus")), 5000);
        // Rates after two scrapes (5 s apart): computed client-side.
        QTRY_VERIFY_WITH_TIMEOUT(requests->view()->drawnPointCount() > 0, 20000);
        QVERIFY(requests->view()->data().local);
        QVERIFY(requests->message().isEmpty());
        // Falling back (a refused connection, parsing /metrics) never stalls the GUI thread.
        qInfo() << "event-loop stall max" << stall.maxLatenessMs() << "ms";
        QVERIFY2(stall.maxLatenessMs() < 1000, qPrintable(QString::number(stall.maxLatenessMs())));
    }
};

QTEST_MAIN(TestChartsPage)
#include "tst_chartspage.moc"
