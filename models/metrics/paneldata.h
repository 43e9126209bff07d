#pragma once

#include "models/metrics/seriespoints.h"

#include <QByteArray>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QVector>

namespace Ops::Metrics {

/// One line of a chart: its legend name and (ms since the epoch UTC, value) points sorted by time.
struct ChartSeries
{
    QString name;
    SeriesPoints points;
};

/// A stretch of time in which an alert was firing.
struct AlertInterval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString alertName;

    bool operator==(const AlertInterval&) const = default;
};

/// What one panel shows right now. Errors and "no data" are data: the view prints `message`.
struct PanelData
{
    enum class State {
        Loading,     ///< asked, no answer yet
        Ok,
        NoData,      ///< the query answered with nothing
        Error,       ///< Prometheus refused or failed; `message` says why
        Unavailable, ///< client-side mode has no way to compute this panel
    };
    State state = State::Loading;
    QString message; ///< translated; empty when Ok
    QVector<ChartSeries> series;
    QVector<AlertInterval> alerts;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0;
    bool local = false; ///< computed by the console from /metrics, not by Prometheus

    int pointCount() const;
};

/// Firing intervals from an ALERTS{alertstate="firing"} series sampled every `stepMs`: points closer
/// than 1.5 steps belong to the same interval; each interval reaches one step past its last point.
QVector<AlertInterval> firingIntervals(const QVector<QPointF>& points, qint64 stepMs, const QString& alertName);

/// The panel's series as CSV: `time` (ISO 8601 UTC) then one column per series; a row per
/// timestamp of any series, empty cells where a series has no point.
QByteArray panelCsv(const PanelData& data);

} // namespace Ops::Metrics

Q_DECLARE_METATYPE(Ops::Metrics::PanelData)
