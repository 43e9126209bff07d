#pragma once
// Chart data the benchmarks share: a day of a panel's series and a refresh of it.
#include "models/metrics/paneldata.h"

#include <cmath>

namespace Ops::Metrics::Bench {

/// 24 h at 15 s of `seriesCount` wavy series ending at `endMs`, each with one sample spike that
/// decimation must keep.
inline PanelData dayOfData(int seriesCount, qint64 endMs)
{
    constexpr int points = 5760; // 24 h at 15 s
    constexpr qint64 step = 15000;
    PanelData d;
    d.state = PanelData::State::Ok;
    d.stepMs = step;
    d.endMs = endMs;
    d.startMs = endMs - points * step;
    for (int s = 0; s < seriesCount; ++s) {
        ChartSeries series{QStringLiteral("series %1").arg(s), SeriesPoints(step)};
        series.points.reserve(points);
        for (int i = 0; i < points; ++i) {
            double v = 10 + s + 5 * std::sin(i / (40.0 + s)) + (i % 7) * 0.1;
            if (i == 1000 + 300 * s)
                v *= 8; // one-sample spike per series: must survive decimation
            series.points.append(QPointF(double(d.startMs + i * step), v));
        }
        d.series.append(std::move(series));
    }
    return d;
}

/// The same times with every value multiplied by `factor`: a refresh in which every point is new.
inline SeriesPoints scaledValues(const SeriesPoints& points, qint64 stepMs, double factor)
{
    SeriesPoints out(stepMs);
    out.reserve(points.size());
    for (const QPointF& p : points)
        out.append(QPointF(p.x(), p.y() * factor));
    return out;
}

} // namespace Ops::Metrics::Bench
