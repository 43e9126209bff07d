#include "widgets/charts/panelchartview.h"

#include "models/core/formatting.h"

#include "models/metrics/decimation.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QHelpEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QScopedValueRollback>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace Ops {

using namespace Metrics;

namespace {

// One colour per family of action, so a rollback stands out from a routine scale.
QColor markerColour(const QString& kind)
{
    if (kind == QLatin1String("rollback"))
        return QColor(0xc4, 0x16, 0x2a);
    if (kind == QLatin1String("maintenance"))
        return QColor(0xd4, 0x7a, 0x00);
    if (kind == QLatin1String("restart"))
        return QColor(0x1f, 0x78, 0xb4);
    return QColor(0x5a, 0x3f, 0xc0); // scale and the rest
}
// Grafana's classic palette: distinct at a glance, readable on white.
const QList<QColor>& palette()
{
    static const QList<QColor> colours = {
        QColor(0x73, 0xbf, 0x69), QColor(0xf2, 0xcc, 0x0c), QColor(0x57, 0x94, 0xf2), QColor(0xff, 0x78, 0x29),
        QColor(0xb8, 0x77, 0xd9), QColor(0x37, 0x87, 0x2d), QColor(0x1f, 0x60, 0xc4), QColor(0xe0, 0x2f, 0x44),
        QColor(0x8a, 0xb8, 0xff), QColor(0xfa, 0xde, 0x2a), QColor(0xc4, 0x16, 0x2a), QColor(0x8f, 0x3b, 0xb8)};
    return colours;
}

QColor seriesColour(const QString& name, int index)
{
    // Fixed colours for the runbook's usual series, so p99 is always red, 5xx always red, etc.
    if (name == QLatin1String("p50")) return QColor(0x73, 0xbf, 0x69);
    if (name == QLatin1String("p95")) return QColor(0xff, 0x98, 0x30);
    if (name == QLatin1String("p99")) return QColor(0xe0, 0x2f, 0x44);
    if (name.startsWith(QLatin1Char('5')) && name.size() == 3) return QColor(0xe0, 0x2f, 0x44).lighter(100 + 10 * (index % 4));
    return palette().at(index % palette().size());
}

QColor thresholdColour(bool critical)
{
    return critical ? QColor(0xd4, 0x2a, 0x3c) : QColor(0xe0, 0x8a, 0x00);
}

// Line width in device pixels: 1, as Grafana's default, and the only width QPainter draws without
// computing an outline first (see drawSeries()).
constexpr double kLineWidth = 1.0;

int columnsFor(double plotWidth)
{
    return std::max(50, int(plotWidth));
}

int valueAt(const QVector<QPointF>& points, double ms, double maxDistance)
{
    if (points.isEmpty())
        return -1;
    auto it = std::lower_bound(points.cbegin(), points.cend(), ms, [](const QPointF& p, double x) { return p.x() < x; });
    int best = -1;
    double bestDistance = maxDistance;
    for (auto c : {it - 1, it}) {
        if (c < points.cbegin() || c >= points.cend())
            continue;
        const double d = std::abs(c->x() - ms);
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(c - points.cbegin());
        }
    }
    return best;
}
} // namespace

PanelChartView::PanelChartView(QWidget* parent)
    : QChartView(parent)
    , m_chart(new QChart)
    , m_x(new QDateTimeAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
{
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setRubberBand(QChartView::NoRubberBand); // our own drag-to-zoom works in time, not pixels
    m_chart->setMargins(QMargins(4, 4, 4, 0));
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_x->setLabelsFont(small);
    m_y->setLabelsFont(small);
    m_y->setTitleFont(small);
    m_x->setTitleFont(small);
    m_chart->legend()->setFont(small);
    m_x->setGridLineColor(QColor(0xe4, 0xe7, 0xeb));
    m_y->setGridLineColor(QColor(0xe4, 0xe7, 0xeb));
    m_x->setTickCount(6);
    m_y->setTickCount(5);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    setMinimumHeight(200);
    connect(m_chart, &QChart::plotAreaChanged, this, &PanelChartView::handlePlotAreaChanged);
}

void PanelChartView::setDefinition(const PanelDefinition& definition)
{
    m_definition = definition;
    updateAxes();
    settleLayout(); // a new unit is a new axis title
    viewport()->update();
}

void PanelChartView::setData(const PanelData& data)
{
    m_data = data;
    rebuildSeries();
}

void PanelChartView::setEvents(const QList<ChartEvent>& events)
{
    m_events = events;
    viewport()->update();
}

int PanelChartView::drawnPointCount() const
{
    int n = 0;
    for (const DecimatedSeries& s : m_drawn)
        n += int(s.points.size());
    return n;
}

QRectF PanelChartView::plotRect() const
{
    return mapFromScene(m_chart->mapToScene(m_chart->plotArea())).boundingRect();
}

void PanelChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event); // resizes the chart; its layout follows in a later pass
    settleLayout();
}

void PanelChartView::settleLayout()
{
    // QChart lays out axes, legend and plot area when its posted LayoutRequest arrives, and new axis
    // labels or legend entries take a second pass: a paint in between would place the lines with a
    // plot area that is about to move. Lay out now, so the next paint and the decimation use the
    // final one (handlePlotAreaChanged() still repaints whenever it moves later).
    m_chart->layout()->activate();
}

void PanelChartView::handlePlotAreaChanged(const QRectF& plotArea)
{
    // A different width means a different decimation.
    if (!m_rebuilding && columnsFor(plotArea.width()) != m_columns && !m_data.series.isEmpty())
        decimate();
    // The lines, thresholds, alert shading and markers are drawn over the whole plot with the plot
    // area as their mapping, but QGraphicsView repaints only the scene items that moved (grid lines,
    // axis labels, legend): everything drawn with the old plot area must go.
    viewport()->update();
}

void PanelChartView::rebuildSeries()
{
    const QScopedValueRollback rebuilding(m_rebuilding, true);
    double maxValue = 0;
    for (const ChartSeries& s : std::as_const(m_data.series)) {
        for (const QPointF& p : s.points)
            maxValue = std::max(maxValue, p.y());
    }
    for (const Threshold& t : std::as_const(m_definition.thresholds)) {
        if (const auto v = thresholdValue(t))
            maxValue = std::max(maxValue, *v);
    }
    m_scale = ChartUnitText::scaleFor(m_definition.unit, maxValue);
    m_yMax = maxValue > 0 ? maxValue * 1.1 : 1;

    // The QLineSeries are legend entries only and never get points: Qt Charts' line items stroke a
    // hover outline through every point on each update (QStroker), far over a frame for 12 series.
    // Reuse them when the set is the same: adding or removing one relayouts the legend.
    const qsizetype count = m_data.series.size();
    while (m_lines.size() > count) {
        QLineSeries* s = m_lines.takeLast();
        m_chart->removeSeries(s);
        delete s;
    }
    bool added = false;
    while (m_lines.size() < count) {
        auto* s = new QLineSeries(m_chart);
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_lines.append(s);
        added = true;
    }
    updateAxes();
    for (qsizetype i = 0; i < count; ++i) {
        const ChartSeries& source = m_data.series[i];
        QLineSeries* line = m_lines[i];
        if (line->name() != source.name) {
            line->setName(source.name);
            line->setPen(QPen(seriesColour(source.name, int(i)), kLineWidth)); // the legend's colour
        }
        line->setVisible(!m_hidden.contains(source.name));
    }
    if (added)
        connectLegend();
    // Hidden series keep a legend entry, dimmed, so they can be switched back on. Restyle markers
    // only when something changed: each change relayouts the legend.
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        if (!marker->isVisible())
            marker->setVisible(true); // hiding a series hides its marker too: keep it to switch back on
        const bool visible = marker->series()->isVisible();
        const QColor label = visible ? QColor(0x2b, 0x31, 0x38) : QColor(0xa0, 0xa7, 0xb0);
        if (marker->labelBrush().color() == label && !added)
            continue;
        marker->setLabelBrush(label);
        QColor c = qobject_cast<QLineSeries*>(marker->series())->pen().color();
        c.setAlphaF(visible ? 1.0 : 0.25);
        marker->setBrush(c);
    }
    m_chart->legend()->setVisible(count > 0);
    // New axis labels and legend entries move the plot area: decimate for the one that will be shown.
    settleLayout();
    decimate();
    viewport()->update();
}

void PanelChartView::decimate()
{
    // One min/max pair per pixel column of the plot: every spike survives, and a line cannot show
    // more. Kept in (ms, value); drawSeries() maps to pixels when painting.
    m_columns = columnsFor(m_chart->plotArea().width());
    const double start = double(m_data.startMs);
    const double end = double(m_data.endMs);
    const double maxGap = gapThreshold(m_data.stepMs);
    m_drawn.resize(m_data.series.size());
    for (qsizetype i = 0; i < m_data.series.size(); ++i)
        m_drawn[i] = decimateRuns(m_data.series[i].points, start, end, m_columns, maxGap);
}

void PanelChartView::connectLegend()
{
    const auto markers = m_chart->legend()->markers();
    for (QLegendMarker* marker : markers) {
        marker->disconnect(this);
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            QAbstractSeries* series = marker->series();
            const bool nowVisible = !series->isVisible();
            if (nowVisible)
                m_hidden.remove(series->name());
            else
                m_hidden.insert(series->name());
            rebuildSeries();
        });
    }
}

void PanelChartView::updateAxes()
{
    if (m_data.endMs > m_data.startMs) {
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_data.startMs), QDateTime::fromMSecsSinceEpoch(m_data.endMs));
        const qint64 span = m_data.endMs - m_data.startMs;
        m_x->setFormat(span > 3 * 24 * 3600 * 1000LL ? QStringLiteral("MM-dd HH:mm")
                       : span > 24 * 3600 * 1000LL ? QStringLiteral("dd HH:mm")
                                                   : (span <= 10 * 60 * 1000 ? QStringLiteral("HH:mm:ss")
                                                                             : QStringLiteral("HH:mm")));
        // The axis reads the operator's clock (the system zone); it says which one.
        m_x->setTitleText(Format::localZoneName(QDateTime::fromMSecsSinceEpoch(m_data.endMs, Qt::UTC)));
    }
    m_y->setRange(0, m_yMax / m_scale.divisor);
    m_y->applyNiceNumbers(); // 0, 5, 10… rather than 7.8, 15.6
    m_yMax = m_y->max() * m_scale.divisor; // overlays map values with the axis' real top
    m_y->setLabelFormat(QStringLiteral("%.") + QString::number(m_scale.decimals) + QStringLiteral("f"));
    m_y->setTitleText(m_scale.suffix);
}

double PanelChartView::xToMs(double x) const
{
    const QRectF plot = plotRect();
    if (plot.width() <= 0)
        return 0;
    return double(m_data.startMs) + (x - plot.left()) / plot.width() * double(m_data.endMs - m_data.startMs);
}

double PanelChartView::msToX(double ms) const
{
    const QRectF plot = plotRect();
    const double span = double(m_data.endMs - m_data.startMs);
    if (span <= 0)
        return plot.left();
    return plot.left() + (ms - double(m_data.startMs)) / span * plot.width();
}

double PanelChartView::valueToY(double value) const
{
    const QRectF plot = plotRect();
    return plot.bottom() - value / m_yMax * plot.height();
}

QFont PanelChartView::labelFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    return small;
}

QList<ThresholdLabel> PanelChartView::thresholdLabels() const
{
    if (m_data.endMs <= m_data.startMs)
        return {};
    QList<ThresholdLabel> labels;
    for (const Threshold& t : std::as_const(m_definition.thresholds)) {
        if (const auto value = thresholdValue(t))
            labels.append({valueToY(*value), t.label, thresholdColour(t.critical), t.critical, {}});
    }
    return layoutThresholdLabels(labels, plotRect(), QFontMetricsF(labelFont(), viewport()));
}

void PanelChartView::drawSeries(QPainter* painter, const QRectF& plot) const
{
    const double span = double(m_data.endMs - m_data.startMs);
    if (span <= 0 || m_yMax <= 0 || plot.width() <= 0)
        return;
    const double start = double(m_data.startMs);
    const double xScale = plot.width() / span;
    const double yScale = plot.height() / m_yMax;
    // Half a pixel in: a 1 px line on a pixel's centre is one crisp row (flat lines, the zero line),
    // on a pixel boundary it is two pale ones. Up rather than down keeps the zero line in the clip.
    const double left = plot.left() + 0.5;
    const double bottom = plot.bottom() - 0.5;
    QPolygonF line; // reused for every run: one allocation per paint
    for (qsizetype i = 0; i < m_drawn.size() && i < m_lines.size(); ++i) {
        if (!m_lines[i]->isVisible())
            continue;
        // A cosmetic pen of at most 1 px is QPainter's fast path (QCosmeticStroker, no outline):
        // measured 5 ms for the whole panel against 250 ms with a 1.5 px pen, which the raster
        // engine strokes into an outline and fills, and a min/max zigzag overlaps itself a lot.
        QPen pen(m_lines[i]->pen().color(), kLineWidth);
        pen.setCosmetic(true);
        painter->setPen(pen);
        const DecimatedSeries& s = m_drawn[i];
        for (qsizetype run = 0; run < s.runCount(); ++run) {
            line.clear();
            for (qsizetype k = s.runStart(run); k < s.runEnds[run]; ++k) {
                const QPointF& p = s.points[k];
                line.append(QPointF(left + (p.x() - start) * xScale, bottom - p.y() * yScale));
            }
            if (line.size() == 1)
                painter->drawPoint(line.first()); // a lone sample between two gaps: a dot, not nothing
            else
                painter->drawPolyline(line);
        }
    }
}

std::optional<double> PanelChartView::thresholdValue(const Threshold& t) const
{
    if (t.ofSeries.isEmpty())
        return t.value;
    for (const ChartSeries& s : m_data.series) {
        if (s.name == t.ofSeries && !s.points.isEmpty())
            return t.value * s.points.last().y();
    }
    return std::nullopt;
}

QString PanelChartView::crosshairText(qint64 ms) const
{
    const double tolerance = std::max<double>(double(m_data.stepMs), double(m_data.endMs - m_data.startMs) / 200.0);
    QStringList lines;
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        const ChartSeries& s = m_data.series[i];
        if (m_hidden.contains(s.name))
            continue;
        const int at = valueAt(s.points, double(ms), tolerance);
        if (at >= 0)
            lines.append(s.name + QStringLiteral(": ") + ChartUnitText::format(m_definition.unit, s.points[at].y()));
    }
    if (lines.isEmpty())
        return {};
    return Format::utcAndLocal(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n'));
}

void PanelChartView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_data.endMs <= m_data.startMs)
        return;
    painter->save();
    // drawForeground paints in scene coordinates; work in viewport pixels.
    painter->resetTransform();
    const QRectF plot = plotRect();
    painter->setClipRect(plot);

    // Firing alerts: shaded like Grafana's alert annotations, under the lines.
    for (const AlertInterval& a : std::as_const(m_data.alerts)) {
        const double x1 = std::max(plot.left(), msToX(double(a.startMs)));
        const double x2 = std::min(plot.right(), msToX(double(a.endMs)));
        if (x2 <= x1)
            continue;
        painter->fillRect(QRectF(x1, plot.top(), x2 - x1, plot.height()), QColor(224, 47, 68, 38));
        painter->setPen(QPen(QColor(224, 47, 68, 150), 1));
        painter->drawLine(QPointF(x1, plot.top()), QPointF(x1, plot.bottom()));
    }

    drawSeries(painter, plot);

    // Thresholds: dashed, with their words at the right end, on a light backdrop so that another
    // threshold's line never runs through them (light enough that a line of data under it still shows).
    for (const Threshold& t : std::as_const(m_definition.thresholds)) {
        const auto value = thresholdValue(t);
        if (!value)
            continue;
        const double y = valueToY(*value);
        painter->setPen(QPen(thresholdColour(t.critical), 1.2, Qt::DashLine));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    const QFont small = labelFont();
    painter->setFont(small);
    const QList<ThresholdLabel> labels = thresholdLabels();
    for (const ThresholdLabel& label : labels) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 180));
        painter->drawRect(label.rect);
        painter->setPen(label.colour);
        painter->drawText(label.rect, Qt::AlignCenter, label.text);
    }

    // Events: who did what, as vertical markers (tooltips in viewportEvent).
    for (const ChartEvent& e : std::as_const(m_events)) {
        const double x = msToX(double(e.at.toMSecsSinceEpoch()));
        if (x < plot.left() || x > plot.right())
            continue;
        const QColor colour = markerColour(e.kind);
        painter->setPen(QPen(colour, 1.2, Qt::DotLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setBrush(colour);
        painter->setPen(Qt::NoPen);
        const QPointF tri[3] = {{x - 5, plot.bottom()}, {x + 5, plot.bottom()}, {x, plot.bottom() - 7}};
        painter->drawPolygon(tri, 3);
    }

    // Drag-to-zoom selection.
    if (m_dragStart && m_hover) {
        const double x1 = std::min(*m_dragStart, m_hover->x());
        const double x2 = std::max(*m_dragStart, m_hover->x());
        painter->fillRect(QRectF(x1, plot.top(), x2 - x1, plot.height()), QColor(87, 148, 242, 50));
    }

    // Crosshair with every series' value at that instant.
    if (m_hover && plot.contains(*m_hover)) {
        painter->setClipping(false);
        painter->setPen(QPen(QColor(0x60, 0x6a, 0x75), 1));
        painter->drawLine(QPointF(m_hover->x(), plot.top()), QPointF(m_hover->x(), plot.bottom()));
        const QString text = crosshairText(qint64(xToMs(m_hover->x())));
        if (!text.isEmpty()) {
            const QFontMetrics fm(small);
            const QRect bounds = fm.boundingRect(QRect(0, 0, 400, 400), Qt::AlignLeft, text).adjusted(-6, -4, 6, 4);
            QPointF topLeft(m_hover->x() + 12, plot.top() + 4);
            if (topLeft.x() + bounds.width() > plot.right())
                topLeft.setX(m_hover->x() - 12 - bounds.width());
            const QRectF box(topLeft, bounds.size());
            painter->setPen(QColor(0xc8, 0xce, 0xd5));
            painter->setBrush(QColor(255, 255, 255, 235));
            painter->drawRoundedRect(box, 3, 3);
            painter->setPen(QColor(0x2b, 0x31, 0x38));
            painter->drawText(box.adjusted(6, 4, -6, -4), Qt::AlignLeft, text);
        }
    }
    painter->restore();
}

void PanelChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && plotRect().contains(event->position())) {
        m_dragStart = event->position().x();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void PanelChartView::mouseMoveEvent(QMouseEvent* event)
{
    m_hover = event->position();
    viewport()->update();
    QChartView::mouseMoveEvent(event);
}

void PanelChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragStart) {
        const double x1 = std::min(*m_dragStart, event->position().x());
        const double x2 = std::max(*m_dragStart, event->position().x());
        m_dragStart.reset();
        viewport()->update();
        if (x2 - x1 >= 5) {
            const QRectF plot = plotRect();
            Q_EMIT zoomRequested(qint64(xToMs(std::max(x1, plot.left()))), qint64(xToMs(std::min(x2, plot.right()))));
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void PanelChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    Q_EMIT zoomOutRequested();
    event->accept();
}

void PanelChartView::leaveEvent(QEvent* event)
{
    m_hover.reset();
    viewport()->update();
    QChartView::leaveEvent(event);
}

bool PanelChartView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        QStringList texts;
        for (const ChartEvent& e : std::as_const(m_events)) {
            if (std::abs(msToX(double(e.at.toMSecsSinceEpoch())) - help->pos().x()) <= 5)
                texts.append(Format::utcAndLocal(e.at) + QStringLiteral(" — ") + e.text);
        }
        if (!texts.isEmpty()) {
            QToolTip::showText(help->globalPos(), texts.join(QLatin1Char('\n')), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QChartView::viewportEvent(event);
}

} // namespace Ops
