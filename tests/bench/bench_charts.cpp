// Charts speed figures (issue 5), printed, not asserted: a benchmark program, not a ctest test.
//   redraw: 24 h at 15 s step (5,760 points) × 12 series → new data handed to a panel, decimated to
//           the plot's pixel width (min/max per column), drawn as polylines, the whole panel (axes,
//           legend, overlays) rendered into an image: median and p95 (one frame is 16 ms);
//   parse:  a synthetic 10 MB /metrics body through PrometheusTextParser, in MB/s;
//   memory: resident size added by 8 such panels over 24 h.
// Run: build/release/tests/bench/bench_charts (offscreen unless QT_QPA_PLATFORM says otherwise)
#include "models/metrics/decimation.h"
#include "models/metrics/paneldefinition.h"
#include "models/net/prometheustextparser.h"
#include "tests/bench/chartdata.h"
#include "widgets/charts/chartpanel.h"
#include "widgets/charts/panelchartview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QChartView>
#include <QLineSeries>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace Ops;
using namespace Ops::Metrics;
using Ops::Metrics::Bench::dayOfData;
using Ops::Metrics::Bench::scaledValues;

namespace {

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QByteArray syntheticMetrics(qsizetype targetBytes)
{
    QByteArray body;
    body.reserve(targetBytes + 4096);
    body += "# HELP http_requests_total Total number of HTTP requests.\n# TYPE http_requests_total counter\n";
    int n = 0;
    while (body.size() < targetBytes / 2) {
        body += "http_requests_total{method=\"GET\",handler=\"/api/v1/h" + QByteArray::number(n / 6) +
                "\",status=\"" + QByteArray::number(200 + n % 6) + "\"} " + QByteArray::number(n * 17) + "\n";
        ++n;
    }
    body += "# HELP http_request_duration_seconds Latency.\n# TYPE http_request_duration_seconds histogram\n";
    static const char* bounds[] = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10"};
    int h = 0;
    while (body.size() < targetBytes) {
        const QByteArray labels = "method=\"GET\",handler=\"/api/v1/h" + QByteArray::number(h) + "\"";
        int cumulative = 0;
        for (const char* le : bounds) {
            cumulative += 3;
            body += "http_request_duration_seconds_bucket{" + labels + ",le=\"" + le + "\"} " +
                    QByteArray::number(cumulative) + "\n";
        }
        body += "http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + QByteArray::number(cumulative) + "\n";
        body += "http_request_duration_seconds_sum{" + labels + "} 12.5\n";
        body += "http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(cumulative) + "\n";
        ++h;
    }
    return body;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double percentile95(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min(v.size() - 1, qsizetype(std::ceil(0.95 * double(v.size()))) - 1)];
}

QString ms(double v)
{
    return QString::number(v, 'f', 2) + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 now = 1795700000000;

    PanelDefinition def = *PanelCatalog::builtin(QStringLiteral("requests"));
    // Memory first, while the heap has no freed space to reuse.
    // --- memory ---------------------------------------------------------------------------------
    const long before = residentKiB();
    {
        QList<ChartPanel*> panels;
        QWidget host;
        host.resize(1280, 2400);
        for (int i = 0; i < 8; ++i) {
            auto* p = new ChartPanel(&host);
            p->setDefinition(def);
            p->setGeometry(0, i * 300, 1200, 300);
            p->setData(dayOfData(12, now));
            panels.append(p);
        }
        host.show();
        QImage big(host.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&big);
        host.render(&painter);
        painter.end();
        const long after = residentKiB();
        out << "memory: 8 panels x 12 series x 5760 points (24 h) add " << (after - before) / 1024.0 << " MiB resident"
            << " (raw points held: " << (8 * 12 * 5760 * int(sizeof(QPointF))) / 1024 << " KiB), total "
            << after / 1024 << " MiB\n";
    }

    // --- redraw ---------------------------------------------------------------------------------
    ChartPanel panel;
    panel.setDefinition(def);
    panel.resize(1200, 320);
    panel.show();
    QCoreApplication::processEvents();
    const PanelData day = dayOfData(12, now);
    QImage frame(panel.size(), QImage::Format_ARGB32_Premultiplied);
    QVector<double> decimateMs, updateMs, totalMs, repaintMs;
    panel.setData(day); // warm-up: creates the legend entries once
    for (int round = 0; round < 60; ++round) {
        PanelData shifted = day; // a refresh: every point new
        for (ChartSeries& s : shifted.series)
            s.points = scaledValues(s.points, shifted.stepMs, 1.0 + round * 0.001);
        QElapsedTimer t;
        t.start();
        const int columns = int(panel.view()->plotRect().width());
        for (const ChartSeries& s : std::as_const(shifted.series))
            (void)decimateRuns(s.points, double(shifted.startMs), double(shifted.endMs), columns,
                               gapThreshold(shifted.stepMs));
        decimateMs.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        panel.setData(shifted); // the full path: scale, axes, decimation per series, legend
        updateMs.append(double(t.nsecsElapsed()) / 1e6);
        frame.fill(Qt::white);
        QPainter painter(&frame);
        panel.render(&painter);
        painter.end();
        totalMs.append(double(t.nsecsElapsed()) / 1e6);
        // A repaint without new data (crosshair move, expose).
        t.restart();
        QPainter again(&frame);
        panel.render(&again);
        again.end();
        repaintMs.append(double(t.nsecsElapsed()) / 1e6);
    }
    const int drawn = panel.view()->drawnPointCount();
    out << "redraw: 12 series x 5760 points (24 h at 15 s) = " << 12 * 5760 << " points, plot "
        << int(panel.view()->plotRect().width()) << " px wide -> " << drawn << " points drawn\n";
    out << "redraw: decimation alone median " << ms(median(decimateMs)) << ", p95 " << ms(percentile95(decimateMs)) << "\n";
    out << "redraw: new data into the panel (setData) median " << ms(median(updateMs)) << ", p95 "
        << ms(percentile95(updateMs)) << "\n";
    out << "redraw: new data + render the panel median " << ms(median(totalMs)) << ", p95 " << ms(percentile95(totalMs))
        << ", max " << ms(*std::max_element(totalMs.cbegin(), totalMs.cend())) << " (frame budget 16 ms, "
        << totalMs.size() << " rounds)\n";
    out << "redraw: repaint, same data, median " << ms(median(repaintMs)) << ", p95 " << ms(percentile95(repaintMs)) << "\n";
    // Qt Charts takes QPointF: the day's points once in that form for the comparisons below.
    QList<QVector<QPointF>> dayVectors;
    for (const ChartSeries& s : day.series)
        dayVectors.append(s.points.toVector());
    // For comparison: the earlier path, Qt Charts' own line items fed the decimated points.
    {
        QChartView old;
        old.setRenderHint(QPainter::Antialiasing);
        old.resize(1200, 320);
        auto* chart = old.chart();
        QList<QLineSeries*> lines;
        for (int s = 0; s < 12; ++s) {
            auto* l = new QLineSeries;
            l->setPen(QPen(Qt::darkGreen, 1.6));
            chart->addSeries(l);
            lines.append(l);
        }
        const int columns = int(panel.view()->plotRect().width());
        for (int s = 0; s < 12; ++s) // axes sized to the data
            lines[s]->replace(decimateMinMax(dayVectors[s], double(day.startMs), double(day.endMs), columns));
        chart->createDefaultAxes();
        QVector<double> oldMs;
        for (int round = 0; round < 9; ++round) {
            QElapsedTimer t;
            t.start();
            for (int s = 0; s < 12; ++s)
                lines[s]->replace(
                    decimateMinMax(dayVectors[s], double(day.startMs), double(day.endMs), columns));
            frame.fill(Qt::white);
            QPainter painter(&frame);
            old.render(&painter);
            oldMs.append(double(t.nsecsElapsed()) / 1e6);
        }
        out << "for comparison, decimated points into QLineSeries (Qt Charts draws them): median " << ms(median(oldMs))
            << "\n";
    }
    // For comparison: the same data without decimation.
    {
        QChartView raw;
        raw.resize(1200, 320);
        auto* chart = raw.chart();
        QList<QLineSeries*> lines;
        for (int s = 0; s < 12; ++s) {
            auto* l = new QLineSeries;
            chart->addSeries(l);
            lines.append(l);
        }
        chart->createDefaultAxes();
        QVector<double> rawMs;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer t;
            t.start();
            for (int s = 0; s < 12; ++s)
                lines[s]->replace(dayVectors[s]);
            frame.fill(Qt::white);
            QPainter painter(&frame);
            raw.render(&painter);
            rawMs.append(double(t.nsecsElapsed()) / 1e6);
        }
        out << "for comparison, without decimation (69,120 points into QLineSeries): median " << ms(median(rawMs)) << "\n";
    }

    // --- parse ----------------------------------------------------------------------------------
    const QByteArray body = syntheticMetrics(10 * 1024 * 1024);
    QVector<double> mbps;
    int samples = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer t;
        t.start();
        const ParseResult r = PrometheusTextParser::parse(body);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (!r.ok()) {
            out << "parse failed: " << r.error << "\n";
            return 1;
        }
        samples = r.sampleCount();
        mbps.append(double(body.size()) / (1024.0 * 1024.0) / seconds);
    }
    out << "parse: " << QString::number(double(body.size()) / (1024.0 * 1024.0), 'f', 1) << " MiB /metrics, " << samples
        << " samples: median " << QString::number(median(mbps), 'f', 1) << " MiB/s\n";

    out.flush();
    return 0;
}
