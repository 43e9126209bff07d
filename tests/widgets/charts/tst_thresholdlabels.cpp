// The thresholds' words on a panel never overlap: each sits beside its own line, moves below it or
// below the label above when two lines are close, and is merged into the label above when the plot
// has no room left. Offscreen; the same rule is checked on screen by tst_charts_realwindow.
#include "widgets/charts/panelchartview.h"
#include "widgets/charts/thresholdlabels.h"

#include <QFontMetricsF>
#include <QTest>

using namespace Ops;
using namespace Ops::Metrics;

namespace {

ThresholdLabel label(double y, const QString& text, bool critical = false)
{
    return {y, text, critical ? QColor(Qt::red) : QColor(Qt::darkYellow), critical, {}};
}

/// Every label inside the plot, none intersecting another, ordered from top to bottom.
bool apart(const QList<ThresholdLabel>& labels, const QRectF& plot, QString* why)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (!plot.contains(labels[i].rect)) {
            *why = labels[i].text + QStringLiteral(" leaves the plot");
            return false;
        }
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            if (labels[i].rect.intersects(labels[j].rect)) {
                *why = labels[i].text + QStringLiteral(" overlaps ") + labels[j].text;
                return false;
            }
            if (labels[j].rect.top() < labels[i].rect.top()) {
                *why = QStringLiteral("not ordered top to bottom");
                return false;
            }
        }
    }
    return true;
}

} // namespace

class TestThresholdLabels : public QObject
{
    Q_OBJECT

private:
    const QRectF m_plot{50, 10, 600, 200};
    QFont m_font;

private Q_SLOTS:
    void aLoneLabelSitsJustAboveItsLine()
    {
        const QFontMetricsF fm(m_font);
        const auto placed = layoutThresholdLabels({label(120, QStringLiteral("alert (p95 1 s)"))}, m_plot, fm);
        QCOMPARE(placed.size(), 1);
        QVERIFY(placed[0].rect.bottom() <= 120);
        QVERIFY(placed[0].rect.bottom() >= 120 - 3);
        QVERIFY(placed[0].rect.right() <= m_plot.right());
        QVERIFY(placed[0].rect.width() >= fm.horizontalAdvance(QStringLiteral("alert (p95 1 s)")));
    }

    void aLineAtTheTopHasItsLabelBelow()
    {
        const auto placed = layoutThresholdLabels({label(m_plot.top() + 2, QStringLiteral("max"))}, m_plot, QFontMetricsF(m_font));
        QCOMPARE(placed.size(), 1);
        QVERIFY(placed[0].rect.top() >= m_plot.top() + 2);
        QVERIFY(m_plot.contains(placed[0].rect));
    }

    void closeLinesDoNotShareARow_data()
    {
        QTest::addColumn<double>("gap");
        QTest::newRow("2 px apart") << 2.0;
        QTest::newRow("the same value") << 0.0;
        QTest::newRow("a label's height apart") << 14.0;
    }

    void closeLinesDoNotShareARow()
    {
        QFETCH(double, gap);
        const QFontMetricsF fm(m_font);
        // Given bottom first: the order of the definition does not matter.
        const auto placed = layoutThresholdLabels({label(100 + gap, QStringLiteral("scale app (p95 500 ms)")),
                                                   label(100, QStringLiteral("page the on-call (p95 520 ms)"), true)},
                                                  m_plot, fm);
        QCOMPARE(placed.size(), 2);
        QString why;
        QVERIFY2(apart(placed, m_plot, &why), qPrintable(why));
        // Each next to its own line: the upper one above it, the lower one no further than a label's
        // height (one value for two thresholds: in the order they were defined).
        if (gap > 0)
            QCOMPARE(placed[0].text, QStringLiteral("page the on-call (p95 520 ms)"));
        QVERIFY(placed[0].rect.bottom() <= 100);
        QVERIFY(std::abs(placed[1].rect.center().y() - (100 + gap)) <= fm.height() * 1.5);
    }

    /// The latency panel during a spike: a 10 s axis puts the 0.5 s and 1 s lines 8 px apart, just
    /// above the plot's bottom. Room enough above them: two labels, not one merged.
    void closeLinesAtTheBottomKeepTheirOwnLabels()
    {
        const QFontMetricsF fm(m_font);
        const double bottomLine = m_plot.bottom() - 8;
        const auto placed = layoutThresholdLabels({label(bottomLine - 8, QStringLiteral("alert (p95 1 s)"), true),
                                                   label(bottomLine, QStringLiteral("scale app (p95 500 ms)"))},
                                                  m_plot, fm);
        QCOMPARE(placed.size(), 2);
        QString why;
        QVERIFY2(apart(placed, m_plot, &why), qPrintable(why));
        QVERIFY(placed[0].critical);
        QVERIFY(!placed[1].critical);
        for (const ThresholdLabel& l : placed) // near their lines, not somewhere up the plot
            QVERIFY(l.rect.bottom() >= bottomLine - 8 - fm.height() * 2);
    }

    void aCrowdedPlotMergesRatherThanOverlaps()
    {
        // Eight lines in the bottom 10 px of a 60 px plot: four labels fit, the rest are merged.
        const QRectF plot(50, 10, 400, 60);
        QList<ThresholdLabel> labels;
        QStringList texts;
        for (int i = 0; i < 8; ++i) {
            texts << QStringLiteral("t%1").arg(i);
            labels << label(plot.bottom() - 10 + i, texts.last(), i == 5);
        }
        const auto placed = layoutThresholdLabels(labels, plot, QFontMetricsF(m_font));
        QVERIFY(placed.size() < 8);
        QString why;
        QVERIFY2(apart(placed, plot, &why), qPrintable(why));
        QStringList shown;
        for (const ThresholdLabel& l : placed)
            shown << l.text.split(QStringLiteral(" · "));
        QCOMPARE(shown, texts); // every word still there, in order
        // A merged label takes the colour of the critical threshold it holds.
        for (const ThresholdLabel& l : placed)
            if (l.text.contains(QLatin1String("t5")))
                QVERIFY(l.critical);
    }

    void labelsWithoutWordsTakeNoRoom()
    {
        const auto placed =
            layoutThresholdLabels({label(100, QString()), label(101, QStringLiteral("backlog (100)"))}, m_plot, QFontMetricsF(m_font));
        QCOMPARE(placed.size(), 1);
        QVERIFY(placed[0].rect.bottom() <= 101);
    }

    /// The view places its thresholds' words by the same rule, in both languages' lengths.
    void panelThresholdsCloseInValue()
    {
        PanelDefinition def;
        def.id = QStringLiteral("latency");
        def.title = QStringLiteral("latency");
        def.unit = ChartUnit::Seconds;
        def.thresholds = {{0.5, QString(), false, QStringLiteral("앱 증설 (p95 500 ms)")},
                          {0.51, QString(), false, QStringLiteral("scale app (p95 510 ms)")},
                          {1, QString(), true, QStringLiteral("경보 (p95 1 s)")},
                          {1, QString(), true, QStringLiteral("alert (p95 1 s)")}};
        PanelChartView view;
        view.setDefinition(def);
        view.resize(600, 260);
        PanelData d;
        d.state = PanelData::State::Ok;
        d.stepMs = 15000;
        d.endMs = 1795700000000;
        d.startMs = d.endMs - 3600 * 1000;
        ChartSeries p95{QStringLiteral("p95"), {}};
        for (qint64 t = d.startMs; t <= d.endMs; t += d.stepMs)
            p95.points.append(QPointF(double(t), 0.4));
        d.series = {p95};
        view.setData(d);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto labels = view.thresholdLabels();
        QCOMPARE(labels.size(), 4);
        QString why;
        QVERIFY2(apart(labels, view.plotRect(), &why), qPrintable(why));
    }
};

QTEST_MAIN(TestThresholdLabels)
#include "tst_thresholdlabels.moc"
