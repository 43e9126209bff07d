#pragma once

#include "models/metrics/seriespoints.h"

#include <QPointF>
#include <QVector>

namespace Ops::Metrics {

/// Reduces a time series to what `columns` pixel columns can show: per column its minimum and
/// maximum, in time order (min/max decimation). A one-sample spike survives (it is its column's max
/// or min); the result has at most 2 × columns points plus one neighbour on each side of
/// [xMin, xMax] so lines enter and leave the plot. Data already that sparse is returned as it is.
/// Input must be sorted by x.
QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, double xMin, double xMax, int columns);

/// A series ready to draw: decimated, and cut into runs where it has no samples, so a gap in the
/// data is a gap on the screen rather than a straight line across it.
struct DecimatedSeries
{
    QVector<QPointF> points;    ///< every run's points, back to back, sorted by x
    QVector<qsizetype> runEnds; ///< per run, the index in `points` just past its last point

    qsizetype runCount() const { return runEnds.size(); }
    qsizetype runStart(qsizetype run) const { return run == 0 ? 0 : runEnds[run - 1]; }
};

/// Samples further apart than this are not joined by a line: more than two steps without a sample
/// (Prometheus returns no point there) is a gap. No step known means no gaps.
double gapThreshold(qint64 stepMs);

/// decimateMinMax() per run: the series is first cut where two consecutive samples are more than
/// `maxGap` apart, and non-finite values (NaN from an empty histogram_quantile) are dropped as gaps,
/// then each run gets the same min/max per pixel column (same column grid for every run, so a spike
/// survives in any of them). Input must be sorted by x.
DecimatedSeries decimateRuns(const QVector<QPointF>& points, double xMin, double xMax, int columns, double maxGap);
/// The same into `out`, whose storage is reused (a view decimating at every paint allocates nothing).
void decimateRuns(const QVector<QPointF>& points, double xMin, double xMax, int columns, double maxGap,
                  DecimatedSeries& out);
/// The same for a chart's compact points.
DecimatedSeries decimateRuns(const SeriesPoints& points, double xMin, double xMax, int columns,
                             double maxGap);
void decimateRuns(const SeriesPoints& points, double xMin, double xMax, int columns, double maxGap,
                  DecimatedSeries& out);

} // namespace Ops::Metrics
