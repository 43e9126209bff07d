#pragma once

#include "models/metrics/chartevent.h"
#include "models/metrics/chartunit.h"
#include "models/metrics/decimation.h"
#include "models/metrics/paneldata.h"
#include "models/metrics/paneldefinition.h"
#include "widgets/charts/thresholdlabels.h"

#include <QSet>
#include <QWidget>

#include <optional>

namespace Ops {

/// One panel's plot, Grafana-like: time axis, unit-aware value axis, a legend whose entries hide and
/// show their series, a crosshair that lists every series' value at the hovered instant, the
/// runbook's thresholds as dashed lines, firing alerts shaded, event markers with tooltips, and
/// drag-to-zoom (double-click zooms out). Series are decimated to the plot's pixel width (min/max per
/// pixel column), cut where Prometheus has no samples, and drawn as 1 px polylines.
///
/// The view lays out and paints everything itself — axes, grid, labels, legend — with one mapping
/// (plotRect(), msToX(), valueToY()) for all of it, computed synchronously whenever the size, the
/// definition or the data change. It once sat on Qt Charts, whose axes lay their labels out again
/// through a text document on every range change: four such layouts per panel per refresh, more time
/// than decimating and drawing 69,120 points, and a QGraphicsScene per panel.
class PanelChartView final : public QWidget
{
    Q_OBJECT

public:
    /// One mark of an axis as drawn: its value (ms since the epoch, or the axis' value in the scale's
    /// unit), where it is (x or y in widget pixels) and its words.
    struct Tick
    {
        double value = 0;
        double position = 0;
        QString text;
    };
    /// One entry of the legend: a click on its rectangle hides or shows the series.
    struct LegendEntry
    {
        QString name;
        QColor colour;
        bool shown = true;
        QRectF rect;
    };

    explicit PanelChartView(QWidget* parent = nullptr);

    void setDefinition(const Metrics::PanelDefinition& definition);
    void setData(const Metrics::PanelData& data);
    void setEvents(const QList<Metrics::ChartEvent>& events);

    const Metrics::PanelData& data() const { return m_data; }
    /// Points drawn right now over all series (after decimation).
    int drawnPointCount() const;
    /// What is drawn for series `index`: decimated to the plot's pixel columns, in (ms, value), cut into
    /// runs at gaps. Computed when painting (0.3 ms for 12 × 5,760 points), never kept: a copy of every
    /// series per panel would cost more memory than it saves time.
    Metrics::DecimatedSeries drawnSeries(int index) const;
    /// Text the crosshair shows for the instant `ms` (empty when no series has a point there).
    QString crosshairText(qint64 ms) const;
    /// Plot area in widget pixels.
    QRectF plotRect() const { return m_plot; }
    /// Where value `value` (in the panel's query unit) is drawn, in widget pixels from the top.
    double valueToY(double value) const;
    /// Where the instant `ms` is drawn, in widget pixels from the left.
    double msToX(double ms) const;
    /// The thresholds' words as drawn now: beside their lines, none over another.
    QList<ThresholdLabel> thresholdLabels() const;
    /// The axes as drawn now.
    QList<Tick> timeTicks() const { return m_timeTicks; }
    QList<Tick> valueTicks() const { return m_valueTicks; }
    /// The value axis' unit ("ms", "req/s", …).
    QString valueAxisTitle() const { return m_scale.suffix; }
    QList<LegendEntry> legend() const;
    QColor seriesColour(int index) const;
    /// Hides or shows a series by name (as a click on its legend entry does); kept across refreshes.
    void setSeriesShown(const QString& name, bool shown);

Q_SIGNALS:
    void zoomRequested(qint64 startMs, qint64 endMs);
    void zoomOutRequested();

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void rescale();
    void relayout();
    void drawAxes(QPainter* painter) const;
    void drawLegend(QPainter* painter) const;
    void drawSeries(QPainter* painter, const QRectF& plot) const;
    void drawOverlays(QPainter* painter) const;
    double xToMs(double x) const;
    QFont axisFont() const;
    QFont labelFont() const;
    std::optional<double> thresholdValue(const Metrics::Threshold& t) const;

    QSet<QString> m_hidden; ///< series the operator switched off in the legend (kept across refreshes)
    Metrics::PanelDefinition m_definition;
    Metrics::PanelData m_data;
    QList<Metrics::ChartEvent> m_events;
    mutable Metrics::DecimatedSeries m_scratch; ///< drawSeries()' decimation, its storage reused
    QVector<QColor> m_colours;                 ///< per series of m_data
    Metrics::AxisScale m_scale;
    double m_yMax = 1; ///< top of the value axis, in the query's unit
    double m_yStep = 1;
    // Layout, in widget pixels (relayout()).
    QRectF m_plot;
    QList<Tick> m_timeTicks;
    QList<Tick> m_valueTicks;
    QList<QRectF> m_legendRects;
    std::optional<QPointF> m_hover;
    std::optional<double> m_dragStart;
};

} // namespace Ops
