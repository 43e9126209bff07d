#pragma once

#include <QPointF>
#include <QVector>

namespace Ops::Metrics {

/// Reduces a time series to what `columns` pixel columns can show, Grafana-style: per column the
/// first, minimum, maximum and last point, in time order. A one-sample spike survives (it is its
/// column's max or min); the result has at most 4 × columns points plus one neighbour on each side
/// of [xMin, xMax] so lines enter and leave the plot. Input must be sorted by x.
QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, double xMin, double xMax, int columns);

} // namespace Ops::Metrics
