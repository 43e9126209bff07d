#include "models/metrics/decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Ops::Metrics {

QVector<QPointF> decimateMinMax(const QVector<QPointF>& points, double xMin, double xMax, int columns)
{
    if (columns <= 0 || xMax <= xMin || points.isEmpty())
        return {};
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    auto first = std::lower_bound(points.cbegin(), points.cend(), xMin, byX);
    auto last = std::upper_bound(points.cbegin(), points.cend(), xMax,
                                 [](double x, const QPointF& p) { return x < p.x(); });
    const qsizetype visible = last - first;
    QVector<QPointF> out;
    if (visible <= 2 * columns) {
        // Already sparse enough: everything visible, plus a neighbour on each side.
        const auto from = first == points.cbegin() ? first : first - 1;
        const auto to = last == points.cend() ? last : last + 1;
        out.reserve(to - from);
        std::copy(from, to, std::back_inserter(out));
        return out;
    }
    out.reserve(2 * columns + 2);
    if (first != points.cbegin())
        out.append(*(first - 1));
    const double width = (xMax - xMin) / columns;
    auto it = first;
    while (it != last) {
        const int column = std::min(columns - 1, int((it->x() - xMin) / width));
        const double columnEnd = xMin + (column + 1) * width;
        const QPointF* firstP = &*it;
        const QPointF* minP = firstP;
        const QPointF* maxP = firstP;
        for (++it; it != last && (it->x() < columnEnd || column == columns - 1); ++it) {
            // NaN never wins a comparison, so it is skipped as min or max.
            if (it->y() < minP->y() || std::isnan(minP->y()))
                minP = &*it;
            if (it->y() > maxP->y() || std::isnan(maxP->y()))
                maxP = &*it;
        }
        // Min and max in time order: a spike is its column's max (or min), so it survives; two
        // points per pixel column is all a line can show.
        if (minP == maxP) {
            out.append(*minP);
        } else if (minP < maxP) {
            out.append(*minP);
            out.append(*maxP);
        } else {
            out.append(*maxP);
            out.append(*minP);
        }
    }
    if (last != points.cend())
        out.append(*last);
    return out;
}

double gapThreshold(qint64 stepMs)
{
    // 2.5 rather than 2: one missing sample (2 steps apart) stays joined, jitter in the
    // timestamps of a client-side scrape does not cut a line, three steps apart does.
    return stepMs > 0 ? 2.5 * double(stepMs) : std::numeric_limits<double>::infinity();
}

namespace {

/// Appends one run's points [from, to), min/max per column inside [xMin, xMax]; the neighbours
/// outside the range (at most one on each side) are kept as they are.
void appendDecimatedRun(const QPointF* from, const QPointF* to, double xMin, double xMax, int columns,
                        QVector<QPointF>& out)
{
    const double width = (xMax - xMin) / columns;
    const QPointF* it = from;
    while (it != to) {
        if (it->x() < xMin || it->x() > xMax) {
            out.append(*it++);
            continue;
        }
        const int column = std::min(columns - 1, int((it->x() - xMin) / width));
        const double columnEnd = xMin + (column + 1) * width;
        const QPointF* minP = it;
        const QPointF* maxP = it;
        for (++it; it != to && it->x() <= xMax && (it->x() < columnEnd || column == columns - 1); ++it) {
            if (it->y() < minP->y())
                minP = it;
            if (it->y() > maxP->y())
                maxP = it;
        }
        if (minP == maxP) {
            out.append(*minP);
        } else if (minP < maxP) {
            out.append(*minP);
            out.append(*maxP);
        } else {
            out.append(*maxP);
            out.append(*minP);
        }
    }
}

} // namespace

DecimatedSeries decimateRuns(const QVector<QPointF>& points, double xMin, double xMax, int columns, double maxGap)
{
    DecimatedSeries out;
    decimateRuns(points, xMin, xMax, columns, maxGap, out);
    return out;
}

void decimateRuns(const QVector<QPointF>& points, double xMin, double xMax, int columns, double maxGap,
                  DecimatedSeries& out)
{
    out.points.clear(); // keeps the capacity
    out.runEnds.clear();
    if (columns <= 0 || xMax <= xMin || points.isEmpty())
        return;
    const auto byX = [](const QPointF& p, double x) { return p.x() < x; };
    auto first = std::lower_bound(points.cbegin(), points.cend(), xMin, byX);
    auto last = std::upper_bound(points.cbegin(), points.cend(), xMax,
                                 [](double x, const QPointF& p) { return x < p.x(); });
    const bool decimate = last - first > 2 * columns; // sparse enough data is drawn as it is
    // Plus one neighbour on each side, so lines enter and leave the plot.
    const QPointF* base = points.constData();
    const QPointF* from = base + (first - points.cbegin()) - (first == points.cbegin() ? 0 : 1);
    const QPointF* to = base + (last - points.cbegin()) + (last == points.cend() ? 0 : 1);
    out.points.reserve(decimate ? 2 * columns + 8 : to - from);

    const QPointF* run = nullptr; // first point of the run being collected
    const QPointF* previous = nullptr;
    const auto flush = [&](const QPointF* end) {
        if (!run)
            return;
        if (decimate)
            appendDecimatedRun(run, end, xMin, xMax, columns, out.points);
        else
            std::copy(run, end, std::back_inserter(out.points));
        out.runEnds.append(out.points.size());
        run = nullptr;
    };
    for (const QPointF* p = from; p != to; ++p) {
        if (!std::isfinite(p->y())) {
            flush(p);
            previous = nullptr;
            continue;
        }
        if (previous && p->x() - previous->x() > maxGap)
            flush(p);
        if (!run)
            run = p;
        previous = p;
    }
    flush(to);
}

} // namespace Ops::Metrics
