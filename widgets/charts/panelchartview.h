#pragma once

#include "models/metrics/chartevent.h"
#include "models/metrics/chartunit.h"
#include "models/metrics/decimation.h"
#include "models/metrics/paneldata.h"
#include "models/metrics/paneldefinition.h"
#include "widgets/charts/thresholdlabels.h"

#include <QChartView>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace Ops {

/// One panel's plot, Grafana-like: time axis, unit-aware value axis, a legend whose entries hide and
/// show their series, a crosshair that lists every series' value at the hovered instant, the
/// runbook's thresholds as dashed lines, firing alerts shaded, event markers with tooltips, and
/// drag-to-zoom (double-click zooms out). Series are decimated to the plot's pixel width (min/max per
/// pixel column), cut where Prometheus has no samples, and drawn by this view as 1 px polylines:
/// QChart only draws axes, grid and legend. Its line items stroked a hover outline through every
/// point on each update (QStroker), which alone took two frames for 12 series over 24 h.
///
/// Everything the view draws itself is placed by the chart's plot area and axes, which QChart only
/// settles in a later layout pass; QGraphicsView then repaints just the scene items that moved. So
/// the view settles the layout before it decimates, and repaints all it draws whenever the plot area
/// changes: no pixel of an older mapping survives a partial update.
class PanelChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit PanelChartView(QWidget* parent = nullptr);

    void setDefinition(const Metrics::PanelDefinition& definition);
    void setData(const Metrics::PanelData& data);
    void setEvents(const QList<Metrics::ChartEvent>& events);

    const Metrics::PanelData& data() const { return m_data; }
    /// Points drawn right now over all series (after decimation).
    int drawnPointCount() const;
    /// The legend's entries: one QLineSeries per series, without points (the view draws the lines).
    QList<QLineSeries*> lineSeries() const { return m_lines; }
    /// What is drawn for series `index`: decimated, in (ms, value), cut into runs at gaps.
    const Metrics::DecimatedSeries& drawnSeries(int index) const { return m_drawn.at(index); }
    /// Text the crosshair shows for the instant `ms` (empty when no series has a point there).
    QString crosshairText(qint64 ms) const;
    /// Plot area in viewport pixels.
    QRectF plotRect() const;
    /// Where value `value` (in the panel's query unit) is drawn, in viewport pixels from the top.
    double valueToY(double value) const;
    /// The thresholds' words as drawn now: beside their lines, none over another.
    QList<ThresholdLabel> thresholdLabels() const;

Q_SIGNALS:
    void zoomRequested(qint64 startMs, qint64 endMs);
    void zoomOutRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    void rebuildSeries();
    void decimate();
    void settleLayout();
    void handlePlotAreaChanged(const QRectF& plotArea);
    void updateAxes();
    void connectLegend();
    void drawSeries(QPainter* painter, const QRectF& plot) const;
    double xToMs(double x) const;
    double msToX(double ms) const;
    QFont labelFont() const;
    std::optional<double> thresholdValue(const Metrics::Threshold& t) const;

    QChart* m_chart;
    QDateTimeAxis* m_x;
    QValueAxis* m_y;
    QList<QLineSeries*> m_lines;            ///< legend entries only
    QVector<Metrics::DecimatedSeries> m_drawn; ///< per series of m_data, what drawSeries() draws
    QSet<QString> m_hidden; ///< series the operator switched off in the legend (kept across refreshes)
    Metrics::PanelDefinition m_definition;
    Metrics::PanelData m_data;
    QList<Metrics::ChartEvent> m_events;
    Metrics::AxisScale m_scale;
    double m_yMax = 1;
    int m_columns = 0; ///< pixel columns m_drawn was decimated for
    bool m_rebuilding = false;
    std::optional<QPointF> m_hover;
    std::optional<double> m_dragStart;
};

} // namespace Ops
