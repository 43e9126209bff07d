#include "widgets/charts/panelchartview.h"

#include "models/core/formatting.h"

#include "models/metrics/decimation.h"
#include "models/metrics/niceaxis.h"

#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPolygonF>
#include <QToolTip>

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

QColor colourFor(const QString& name, int index)
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

const QColor kGrid(0xe4, 0xe7, 0xeb);
const QColor kAxisLine(0xc8, 0xce, 0xd5);
const QColor kAxisText(0x4a, 0x55, 0x61);
const QColor kLegendText(0x2b, 0x31, 0x38);
const QColor kLegendTextHidden(0xa0, 0xa7, 0xb0);

// Line width in device pixels: 1, as Grafana's default, and the only width QPainter draws without
// computing an outline first (see drawSeries()).
constexpr double kLineWidth = 1.0;
// Ticks wanted on the value axis (the nice numbers may give one more or less), and on the time axis.
constexpr int kValueTicks = 5;
constexpr int kTimeTicks = 6;
// Space around the plot and the legend, in pixels.
constexpr double kMargin = 4;
constexpr double kTickGap = 4;
constexpr double kLegendMarker = 10;
constexpr double kLegendGap = 4;
constexpr double kLegendSpacing = 14;

int columnsFor(double plotWidth)
{
    return std::max(50, int(plotWidth));
}

QString timeFormat(qint64 span)
{
    return span > 3 * 24 * 3600 * 1000LL ? QStringLiteral("MM-dd HH:mm")
           : span > 24 * 3600 * 1000LL   ? QStringLiteral("dd HH:mm")
           : span <= 10 * 60 * 1000      ? QStringLiteral("HH:mm:ss")
                                         : QStringLiteral("HH:mm");
}

int valueAt(const SeriesPoints& points, double ms, double maxDistance)
{
    const qsizetype after = points.lowerBound(ms);
    int best = -1;
    double bestDistance = maxDistance;
    for (const qsizetype c : {after - 1, after}) {
        if (c < 0 || c >= points.size())
            continue;
        const double d = std::abs(points.x(c) - ms);
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(c);
        }
    }
    return best;
}
} // namespace

PanelChartView::PanelChartView(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent); // paintEvent() fills everything: no background first
    rescale();
    relayout();
}

void PanelChartView::setDefinition(const PanelDefinition& definition)
{
    if (definition == m_definition)
        return;
    if (definition.id != m_definition.id)
        m_hidden.clear(); // another panel in this view: its own legend choices
    m_definition = definition;
    rescale(); // a new unit or threshold is a new axis
    relayout();
    update();
}

void PanelChartView::setData(const PanelData& data)
{
    m_data = data;
    m_colours.resize(m_data.series.size());
    for (qsizetype i = 0; i < m_data.series.size(); ++i)
        m_colours[i] = colourFor(m_data.series[i].name, int(i));
    rescale();
    relayout();
    update();
}

void PanelChartView::setEvents(const QList<ChartEvent>& events)
{
    m_events = events;
    update();
}

DecimatedSeries PanelChartView::drawnSeries(int index) const
{
    return decimateRuns(m_data.series.at(index).points, double(m_data.startMs), double(m_data.endMs),
                        columnsFor(m_plot.width()), gapThreshold(m_data.stepMs));
}

int PanelChartView::drawnPointCount() const
{
    int n = 0;
    for (int i = 0; i < m_data.series.size(); ++i)
        n += int(drawnSeries(i).points.size());
    return n;
}

QColor PanelChartView::seriesColour(int index) const
{
    return m_colours.value(index);
}

QList<PanelChartView::LegendEntry> PanelChartView::legend() const
{
    QList<LegendEntry> entries;
    for (qsizetype i = 0; i < m_data.series.size(); ++i)
        entries.append({m_data.series[i].name, m_colours.value(i), !m_hidden.contains(m_data.series[i].name),
                        m_legendRects.value(i)});
    return entries;
}

void PanelChartView::setSeriesShown(const QString& name, bool shown)
{
    if (shown == !m_hidden.contains(name))
        return;
    if (shown)
        m_hidden.remove(name);
    else
        m_hidden.insert(name);
    update();
}

void PanelChartView::rescale()
{
    double maxValue = 0;
    for (const ChartSeries& s : std::as_const(m_data.series)) {
        for (qsizetype i = 0; i < s.points.size(); ++i) // values only: their times are not needed here
            maxValue = std::max(maxValue, s.points.y(i));
    }
    for (const Threshold& t : std::as_const(m_definition.thresholds)) {
        if (const auto v = thresholdValue(t))
            maxValue = std::max(maxValue, *v);
    }
    m_scale = ChartUnitText::scaleFor(m_definition.unit, maxValue);
    // 0, 5, 10… rather than 7.8, 15.6; overlays and lines map values with the axis' real top.
    const double top = maxValue > 0 ? maxValue * 1.1 : 1;
    const NiceAxis axis = niceAxis(0, top / m_scale.divisor, kValueTicks);
    m_yMax = axis.max * m_scale.divisor;
    m_yStep = axis.ticks > 1 ? m_yMax / (axis.ticks - 1) : m_yMax;
}

void PanelChartView::relayout()
{
    const QFont small = axisFont();
    const QFontMetricsF fm(small, this);
    const double line = fm.height();
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, 0);

    // The legend at the bottom: entries left to right, wrapped, each row centred.
    m_legendRects.clear();
    double legendHeight = 0;
    if (!m_data.series.isEmpty()) {
        const double rowHeight = line + 2;
        QList<QList<double>> rows{{}};
        double rowWidth = 0;
        for (const ChartSeries& s : std::as_const(m_data.series)) {
            const double width =
                std::min(area.width(), kLegendMarker + kLegendGap + fm.horizontalAdvance(s.name));
            if (!rows.last().isEmpty() && rowWidth + kLegendSpacing + width > area.width()) {
                rows.append(QList<double>());
                rowWidth = 0;
            }
            rowWidth += (rows.last().isEmpty() ? 0 : kLegendSpacing) + width;
            rows.last().append(width);
        }
        legendHeight = rows.size() * rowHeight + 2;
        double y = area.bottom() - legendHeight + 1;
        for (const QList<double>& row : std::as_const(rows)) {
            double total = 0;
            for (double w : row)
                total += w;
            total += kLegendSpacing * double(row.size() - 1);
            double x = area.left() + (area.width() - total) / 2;
            for (double w : row) {
                m_legendRects.append(QRectF(x, y, w, rowHeight));
                x += w + kLegendSpacing;
            }
            y += rowHeight;
        }
    }

    // The value axis: its unit written upwards at the left, then its numbers, right-aligned.
    m_valueTicks.clear();
    const int ticks = m_yStep > 0 ? int(std::lround(m_yMax / m_yStep)) + 1 : 2;
    double labelWidth = 0;
    for (int i = 0; i < ticks; ++i) {
        const double value = m_yStep * i; // in the query's unit
        const QString text = QString::number(value / m_scale.divisor, 'f', m_scale.decimals);
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(text));
        m_valueTicks.append({value / m_scale.divisor, 0, text});
    }
    const double titleWidth = m_scale.suffix.isEmpty() ? 0 : line + 2;

    // The time axis: evenly spaced instants, half a label of room at the right for the last one.
    const bool hasRange = m_data.endMs > m_data.startMs;
    const QString format = timeFormat(m_data.endMs - m_data.startMs);
    const double halfLabel = fm.horizontalAdvance(format) / 2 + 2;
    // On whole pixels: crisp axis lines, and the same rows for the grid and the lines on every layout.
    const double left = std::ceil(area.left() + titleWidth + labelWidth + kTickGap);
    const double top = std::ceil(area.top() + line / 2);
    const double right = std::max(left + 1, std::floor(area.right() - halfLabel));
    const double bottom = std::max(top + 1, std::floor(area.bottom() - legendHeight - line - kTickGap));
    m_plot = QRectF(QPointF(left, top), QPointF(right, bottom));

    for (Tick& t : m_valueTicks)
        t.position = valueToY(t.value * m_scale.divisor);
    m_timeTicks.clear();
    if (hasRange) {
        const double span = double(m_data.endMs - m_data.startMs);
        for (int i = 0; i < kTimeTicks; ++i) {
            const qint64 ms = m_data.startMs + qint64(span * i / (kTimeTicks - 1));
            m_timeTicks.append({double(ms), msToX(double(ms)), QDateTime::fromMSecsSinceEpoch(ms).toString(format)});
        }
        // The axis reads the operator's clock (the system zone); its last label says which one.
        m_timeTicks.last().text += QLatin1Char(' ') +
            Format::localZoneName(QDateTime::fromMSecsSinceEpoch(m_data.endMs, Qt::UTC));
    }
}

double PanelChartView::xToMs(double x) const
{
    if (m_plot.width() <= 0)
        return 0;
    return double(m_data.startMs) + (x - m_plot.left()) / m_plot.width() * double(m_data.endMs - m_data.startMs);
}

double PanelChartView::msToX(double ms) const
{
    const double span = double(m_data.endMs - m_data.startMs);
    if (span <= 0)
        return m_plot.left();
    return m_plot.left() + (ms - double(m_data.startMs)) / span * m_plot.width();
}

double PanelChartView::valueToY(double value) const
{
    return m_plot.bottom() - value / m_yMax * m_plot.height();
}

QFont PanelChartView::axisFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
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
    return layoutThresholdLabels(labels, m_plot, QFontMetricsF(labelFont(), this));
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

bool PanelChartView::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        relayout();
        update();
        break;
    case QEvent::ToolTip: {
        const auto* help = static_cast<QHelpEvent*>(event);
        QStringList texts;
        for (qsizetype i = 0; i < m_legendRects.size() && i < m_data.series.size(); ++i)
            if (m_legendRects[i].contains(help->pos()))
                texts.append(m_data.series[i].name);
        for (const ChartEvent& e : std::as_const(m_events)) {
            if (std::abs(msToX(double(e.at.toMSecsSinceEpoch())) - help->pos().x()) <= 5 &&
                m_plot.contains(help->pos()))
                texts.append(e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" — ") + e.text);
        }
        if (!texts.isEmpty())
            QToolTip::showText(help->globalPos(), texts.join(QLatin1Char('\n')), this);
        else
            QToolTip::hideText();
        return true;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void PanelChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void PanelChartView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    drawAxes(&painter);
    drawOverlays(&painter);
    drawLegend(&painter);
}

void PanelChartView::drawAxes(QPainter* painter) const
{
    painter->save();
    const QRectF plot = m_plot;
    const QFont small = axisFont();
    const QFontMetricsF fm(small, this);
    painter->setFont(small);
    // Grid on pixel centres: crisp 1 px lines.
    painter->setPen(QPen(kGrid, 1));
    for (const Tick& t : m_valueTicks) {
        const double y = std::floor(t.position) + 0.5;
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    for (const Tick& t : m_timeTicks) {
        const double x = std::floor(t.position) + 0.5;
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter->setPen(QPen(kAxisLine, 1));
    painter->drawLine(QPointF(std::floor(plot.left()) + 0.5, plot.top()),
                      QPointF(std::floor(plot.left()) + 0.5, plot.bottom()));
    painter->drawLine(QPointF(plot.left(), std::floor(plot.bottom()) + 0.5),
                      QPointF(plot.right(), std::floor(plot.bottom()) + 0.5));

    painter->setPen(kAxisText);
    for (const Tick& t : m_valueTicks) {
        const QRectF box(0, t.position - fm.height() / 2, plot.left() - kTickGap, fm.height());
        painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, t.text);
    }
    for (const Tick& t : m_timeTicks) {
        const double w = fm.horizontalAdvance(t.text) + 2;
        const double x = std::max(0.0, std::min(t.position - w / 2, double(width()) - w));
        painter->drawText(QRectF(x, plot.bottom() + kTickGap / 2, w, fm.height()), Qt::AlignCenter, t.text);
    }
    if (!m_scale.suffix.isEmpty()) {
        // The unit, written upwards along the value axis.
        painter->translate(kMargin, plot.center().y());
        painter->rotate(-90);
        painter->drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), Qt::AlignCenter, m_scale.suffix);
    }
    painter->restore();
}

void PanelChartView::drawLegend(QPainter* painter) const
{
    if (m_legendRects.isEmpty())
        return;
    painter->save();
    const QFont small = axisFont();
    const QFontMetricsF fm(small, this);
    painter->setFont(small);
    for (qsizetype i = 0; i < m_legendRects.size() && i < m_data.series.size(); ++i) {
        const QRectF r = m_legendRects[i];
        const bool shown = !m_hidden.contains(m_data.series[i].name);
        // Hidden series keep their entry, dimmed, so they can be switched back on.
        QColor colour = m_colours.value(i);
        colour.setAlphaF(shown ? 1.0 : 0.25);
        const QRectF marker(r.left(), r.center().y() - kLegendMarker / 2, kLegendMarker, kLegendMarker);
        painter->fillRect(marker, colour);
        painter->setPen(shown ? kLegendText : kLegendTextHidden);
        const QRectF text(marker.right() + kLegendGap, r.top(), r.width() - kLegendMarker - kLegendGap, r.height());
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(m_data.series[i].name, Qt::ElideRight, text.width()));
    }
    painter->restore();
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
    // One min/max pair per pixel column of the plot: every spike survives, and a line cannot show more.
    const int columns = columnsFor(plot.width());
    const double maxGap = gapThreshold(m_data.stepMs);
    QPolygonF line; // reused for every run: one allocation per paint
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        if (m_hidden.contains(m_data.series[i].name))
            continue;
        // A cosmetic pen of at most 1 px is QPainter's fast path (QCosmeticStroker, no outline):
        // measured 5 ms for the whole panel against 250 ms with a 1.5 px pen, which the raster
        // engine strokes into an outline and fills, and a min/max zigzag overlaps itself a lot.
        QPen pen(m_colours.value(i), kLineWidth);
        pen.setCosmetic(true);
        painter->setPen(pen);
        decimateRuns(m_data.series[i].points, start, double(m_data.endMs), columns, maxGap, m_scratch);
        const DecimatedSeries& s = m_scratch;
        // A decimated series is a min/max zigzag of about two points per pixel column: its strokes are
        // vertical, antialiasing changes nothing a reader sees there and takes most of the paint (measured
        // 1.4 of 2.3 ms for 12 × 5,760 points). Sparse series keep it for their slopes.
        painter->setRenderHint(QPainter::Antialiasing, s.points.size() < qsizetype(columns));
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

void PanelChartView::drawOverlays(QPainter* painter) const
{
    if (m_data.endMs <= m_data.startMs)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF plot = m_plot;
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

    // Events: who did what, as vertical markers (tooltips in event()).
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
    if (event->button() == Qt::LeftButton) {
        for (qsizetype i = 0; i < m_legendRects.size() && i < m_data.series.size(); ++i) {
            if (m_legendRects[i].contains(event->position())) {
                const QString& name = m_data.series[i].name;
                setSeriesShown(name, m_hidden.contains(name));
                event->accept();
                return;
            }
        }
        if (m_plot.contains(event->position())) {
            m_dragStart = event->position().x();
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void PanelChartView::mouseMoveEvent(QMouseEvent* event)
{
    m_hover = event->position();
    update();
    QWidget::mouseMoveEvent(event);
}

void PanelChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragStart) {
        const double x1 = std::min(*m_dragStart, event->position().x());
        const double x2 = std::max(*m_dragStart, event->position().x());
        m_dragStart.reset();
        update();
        if (x2 - x1 >= 5) {
            Q_EMIT zoomRequested(qint64(xToMs(std::max(x1, m_plot.left()))), qint64(xToMs(std::min(x2, m_plot.right()))));
        }
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void PanelChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    Q_EMIT zoomOutRequested();
    event->accept();
}

void PanelChartView::leaveEvent(QEvent* event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

} // namespace Ops
