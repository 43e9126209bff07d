#pragma once

#include <QPointF>
#include <QVector>

namespace Ops::Metrics {

/// Reduces a time series to what `columns` pixel columns can show: per column its minimum and
/// maximum, in time order (min/max decimation). A one-sample spike survives (it is its column's max
/// or min); the result has at most 2 × columns points plus one neighbour on each side of
/// [xMin, xMax] so lines enter and leave the plot. Data already that sparse is returned as it is.
/// Input must be sorted by x.
QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, double xMin, double xMax, int columns);

} // namespace Ops::Metrics
