// The charts in a real X window (Xvfb, the xcb platform; ctest runs this through
// tests/common/with-xvfb.sh): what the screen shows after the data arrived is what a full repaint
// paints, a known value sits where the axis says, and the thresholds' words never overlap. Offscreen
// renders (QWidget::grab) paint everything afresh and never showed the stale pixels this is about.
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/chartspage.h"
#include "widgets/charts/panelchartview.h"
#include "models/core/appsettings.h"
#include "models/metrics/chartsettings.h"
#include "models/metrics/chartsmodel.h"
#include "models/metrics/chartunit.h"
#include "models/session/consolecontext.h"
#include "tests/common/realwindow.h"
#include "tests/common/testenv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Ops;
using namespace Ops::Metrics;

namespace {

/// Whether pixel `p` is `colour` antialiased over the white plot: p = a·colour + (1 − a)·white with
/// a ≥ 0.3 (a 1 px line between two pixel rows covers each by about half).
bool isColourOverWhite(QRgb p, const QColor& colour)
{
    const double d[3] = {255.0 - qRed(p), 255.0 - qGreen(p), 255.0 - qBlue(p)};
    const double e[3] = {255.0 - colour.red(), 255.0 - colour.green(), 255.0 - colour.blue()};
    const double ee = e[0] * e[0] + e[1] * e[1] + e[2] * e[2];
    const double a = (d[0] * e[0] + d[1] * e[1] + d[2] * e[2]) / ee;
    double residual = 0;
    for (int i = 0; i < 3; ++i)
        residual += (d[i] - a * e[i]) * (d[i] - a * e[i]);
    return a >= 0.3 && std::sqrt(residual) < 30;
}

/// The pixel of the window's picture that holds `point` of the view (a coordinate y lies in row floor(y)).
QPoint inWindow(const PanelChartView* view, QPointF point)
{
    return view->mapTo(view->window(), QPoint(int(std::floor(point.x())), int(std::floor(point.y()))));
}

/// Where the axes put (ms, axis value): the value axis by its own ticks (interpolated between the two
/// around the value), so the view's lines are checked against the grid lines and tick labels drawn.
QPointF axisPosition(PanelChartView* view, double ms, double axisValue)
{
    const QList<PanelChartView::Tick> ticks = view->valueTicks();
    double y = qQNaN();
    for (qsizetype i = 0; i + 1 < ticks.size(); ++i) {
        const PanelChartView::Tick& a = ticks[i];
        const PanelChartView::Tick& b = ticks[i + 1];
        if (axisValue >= a.value && axisValue <= b.value)
            y = a.position + (axisValue - a.value) / (b.value - a.value) * (b.position - a.position);
    }
    return QPointF(view->msToX(ms), y);
}

/// Rows of column `x` whose pixel is `colour` (within antialiasing), between rows `top` and `bottom`.
QList<int> rowsOfColour(const QImage& image, int x, int top, int bottom, const QColor& colour)
{
    QList<int> rows;
    for (int y = std::max(0, top); y <= std::min(image.height() - 1, bottom); ++y) {
        if (isColourOverWhite(image.pixel(x, y), colour))
            rows.append(y);
    }
    return rows;
}

/// The row at which most pixels of `colour` lie across columns `x1`–`x2` (a dashed line's row).
int commonRow(const QImage& image, int x1, int x2, int top, int bottom, const QColor& colour)
{
    QHash<int, int> hits;
    for (int x = x1; x <= x2; ++x)
        for (int y : rowsOfColour(image, x, top, bottom, colour))
            ++hits[y];
    int best = -1;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it)
        if (best < 0 || it.value() > hits.value(best))
            best = it.key();
    return best;
}

} // namespace

class TestChartsRealWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static PanelDefinition latencyPanel()
    {
        PanelDefinition def;
        def.id = QStringLiteral("latency");
        def.title = QStringLiteral("Response time");
        def.unit = ChartUnit::Seconds;
        // Two thresholds 20 ms apart: on a 1.5 s axis their lines are 2 px apart, their words would
        // be written over each other.
        def.thresholds = {{0.5, QString(), false, QStringLiteral("scale app (p95 500 ms)")},
                          {0.52, QString(), false, QStringLiteral("page the on-call (p95 520 ms)")},
                          {1, QString(), true, QStringLiteral("alert (p95 1 s)")}};
        return def;
    }

    /// p50, p95 and p99 flat at 30, 420 and 780 ms over the last `hours`, every 15 s.
    static PanelData latencyData(int hours)
    {
        PanelData d;
        d.state = PanelData::State::Ok;
        d.stepMs = 15000;
        d.endMs = 1795700000000;
        d.startMs = d.endMs - hours * 3600 * 1000LL;
        ChartSeries p50{QStringLiteral("p50"), {}};
        ChartSeries p95{QStringLiteral("p95"), {}};
        ChartSeries p99{QStringLiteral("p99"), {}};
        for (qint64 t = d.startMs; t <= d.endMs; t += d.stepMs) {
            p50.points.append(QPointF(double(t), 0.03));
            p95.points.append(QPointF(double(t), 0.42));
            p99.points.append(QPointF(double(t), 0.78));
        }
        d.series = {p50, p95, p99};
        return d;
    }

    /// Labels inside the plot, none over another.
    static void verifyLabelsApart(PanelChartView* view, int expected)
    {
        const QList<ThresholdLabel> labels = view->thresholdLabels();
        QCOMPARE(labels.size(), expected);
        const QRectF plot = view->plotRect();
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QVERIFY2(plot.contains(labels[i].rect), qPrintable(labels[i].text));
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].rect.intersects(labels[j].rect),
                         qPrintable(labels[i].text + QStringLiteral(" / ") + labels[j].text));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(RealWindow::requireXcb());
        AppSettings::initialize(m_config.path());
    }

    void panelShowsItsDataOnceWhereTheAxisSays_data()
    {
        QTest::addColumn<int>("hours");
        QTest::addColumn<bool>("dataBeforeShow");
        QTest::newRow("1h, data after the window is up") << 1 << false;
        QTest::newRow("24h, data after the window is up") << 24 << false;
        QTest::newRow("1h, data before the first layout") << 1 << true;
    }

    /// A panel in a real window gets its data as the page gives it (after "Loading…", or before the
    /// window is first laid out): the screen then holds exactly what a full repaint paints, and p99 at
    /// 780 ms is drawn once, on the row where Qt Charts' axis puts 780 ms.
    void panelShowsItsDataOnceWhereTheAxisSays()
    {
        QFETCH(int, hours);
        QFETCH(bool, dataBeforeShow);
        ChartPanel panel;
        panel.resize(720, 330);
        panel.setDefinition(latencyPanel());
        panel.setData(PanelData{}); // Loading…, as the page starts
        const PanelData data = latencyData(hours);
        if (dataBeforeShow)
            panel.setData(data);
        QVERIFY(RealWindow::showOnScreen(&panel));
        if (!dataBeforeShow) {
            QVERIFY(RealWindow::waitUntilPainted(&panel));
            panel.setData(data);
        }
        QVERIFY(RealWindow::waitUntilPainted(&panel));
        const QImage first = RealWindow::grabFromScreen(&panel);
        QVERIFY(!first.isNull());

        QVERIFY(RealWindow::repaintAll(&panel));
        const QImage repainted = RealWindow::grabFromScreen(&panel);
        const QString tag = QStringLiteral("panel-%1h%2").arg(hours).arg(dataBeforeShow ? QStringLiteral("-early") : QString());
        const QString diff = RealWindow::difference(first, repainted, tag);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // p99 at 780 ms: in the middle column, every pixel of its colour between 600 and 950 ms lies on
        // the row of 780 ms (a second copy at another height would be in that band too).
        PanelChartView* view = panel.view();
        QCOMPARE(view->legend().at(2).name, QStringLiteral("p99"));
        const QColor p99 = view->seriesColour(2);
        const double ms = double(data.startMs + data.endMs) / 2;
        const double scale = ChartUnitText::scaleFor(ChartUnit::Seconds, 1.0).divisor; // the axis is in ms
        QCOMPARE(view->valueAxisTitle(), QStringLiteral("ms"));
        const QPoint at = inWindow(view, axisPosition(view, ms, 0.78 / scale));
        const int top = inWindow(view, axisPosition(view, ms, 0.95 / scale)).y();
        const int bottom = inWindow(view, axisPosition(view, ms, 0.60 / scale)).y();
        QVERIFY(bottom - top > 20);
        const QList<int> rows = rowsOfColour(first, at.x(), top, bottom, p99);
        QVERIFY2(!rows.isEmpty(), "p99 is not drawn near 780 ms");
        for (int y : rows)
            QVERIFY2(std::abs(y - at.y()) <= 1, qPrintable(QStringLiteral("p99 at row %1, the axis puts 780 ms at row %2")
                                                              .arg(y)
                                                              .arg(at.y())));
        // The view's own mapping agrees with the axis.
        QVERIFY(std::abs(inWindow(view, QPointF(0, view->valueToY(0.78))).y() - at.y()) <= 1);

        verifyLabelsApart(view, 3);

        // A resize and back: still nothing left over.
        panel.resize(600, 300);
        QVERIFY(RealWindow::waitUntilPainted(&panel));
        panel.resize(720, 330);
        QVERIFY(RealWindow::waitUntilPainted(&panel));
        const QImage resized = RealWindow::grabFromScreen(&panel);
        const QString diffResized = RealWindow::difference(first, resized, tag + QStringLiteral("-resized"));
        QVERIFY2(diffResized.isEmpty(), qPrintable(diffResized));
    }

    void chartsPageShowsWhatAFullRepaintShows_data()
    {
        QTest::addColumn<QString>("span");
        QTest::addColumn<QString>("then"); // a second range chosen once the first one is shown
        QTest::newRow("1h") << QStringLiteral("1h") << QString();
        QTest::newRow("24h") << QStringLiteral("24h") << QString();
        // Longer time labels ("MM-dd HH:mm"): every plot area moves while the page is on screen.
        QTest::newRow("1h, then 7d") << QStringLiteral("1h") << QStringLiteral("7d");
    }

    /// The Charts page with the stack's real data, in a real window: the first picture after the data
    /// arrived equals the one after a full repaint, and the latency panel's alert line (1 s) lies on the
    /// row where the axis puts 1 s.
    void chartsPageShowsWhatAFullRepaintShows()
    {
        QFETCH(QString, span);
        QFETCH(QString, then);
        ConnectionProfile profile = TestEnv::stackProfile();
        REQUIRE_ENV(profile.name);
        profile.name = QStringLiteral("realwindow-") + span + then;
        ChartSettings::saveRange(profile.name, TimeRange::last(span));
        ChartSettings::refreshSeconds(profile.name).set(0); // no refresh between the two pictures
        ConsoleContext context;
        context.useTransientProfile(profile);
        ChartsPage page(context);
        page.resize(1280, 860);
        QVERIFY(RealWindow::showOnScreen(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
        if (!then.isEmpty()) {
            QVERIFY(RealWindow::waitUntilPainted(&page));
            page.model().setRange(TimeRange::last(then));
            QTRY_VERIFY_WITH_TIMEOUT(page.model().isSettled(), 20000);
        }
        QVERIFY(RealWindow::waitUntilPainted(&page));
        const QImage first = RealWindow::grabFromScreen(&page);
        QVERIFY(!first.isNull());

        ChartPanel* latency = nullptr;
        for (ChartPanel* p : page.panels())
            if (p->definition().id == QLatin1String("latency"))
                latency = p;
        QVERIFY(latency);
        QVERIFY(latency->view()->drawnPointCount() > 0);

        QVERIFY(RealWindow::repaintAll(&page));
        const QImage repainted = RealWindow::grabFromScreen(&page);
        const QString diff = RealWindow::difference(first, repainted, QStringLiteral("page-") + span + then);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // The alert line at 1 s, dashed: the row most of its pixels are on, over the middle of the plot.
        PanelChartView* view = latency->view();
        QVERIFY(!view->legend().isEmpty());
        const QRectF plot = view->plotRect();
        const double ms = double(view->data().startMs + view->data().endMs) / 2;
        const double scale = ChartUnitText::scaleFor(ChartUnit::Seconds, 1.0).divisor;
        const QPoint at = inWindow(view, axisPosition(view, ms, 1.0 / scale));
        const int x1 = inWindow(view, QPointF(plot.left() + plot.width() * 0.3, 0)).x();
        const int x2 = inWindow(view, QPointF(plot.left() + plot.width() * 0.6, 0)).x();
        QVERIFY(x2 > x1 + 40);
        const int row = commonRow(first, x1, x2, at.y() - 30, at.y() + 30, QColor(0xd4, 0x2a, 0x3c));
        QVERIFY2(std::abs(row - at.y()) <= 1,
                 qPrintable(QStringLiteral("alert line at row %1, the axis puts 1 s at row %2").arg(row).arg(at.y())));
        for (ChartPanel* p : page.panels())
            verifyLabelsApart(p->view(), int(p->view()->thresholdLabels().size()));
    }
};

QTEST_MAIN(TestChartsRealWindow)
#include "tst_charts_realwindow.moc"
