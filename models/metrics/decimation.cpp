#include "models/metrics/decimation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

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

// The decimation reads points by index through an access with size(), x(i), y(i) and at(i): one
// implementation for a QVector<QPointF> and for each form of the charts' compact SeriesPoints.
struct VectorAccess
{
    const QPointF* points;
    qsizetype count;
    qsizetype size() const { return count; }
    double x(qsizetype i) const { return points[i].x(); }
    double y(qsizetype i) const { return points[i].y(); }
    QPointF at(qsizetype i) const { return points[i]; }
};

/// The time of point `i`, given the time of point i - 1: on a grid without holes one step later (an
/// addition, exact for whole milliseconds, where computing it from the index made the decimation's hottest
/// loop slower); read as it is otherwise.
template <class Access> double nextTime(const Access& points, qsizetype i, double previous)
{
    if constexpr (std::is_same_v<Access, SeriesPoints::GridAccess>)
        return previous + points.stepMs;
    else
        return points.x(i);
}

/// The end of a pixel column's points from `it` (which is in it): the first index in (it, to) past
/// xMax or, unless it is the last column, at or after `columnEnd`. Read along the times.
template <class Access>
qsizetype columnEndIndex(const Access& points, qsizetype it, qsizetype to, double columnEnd, bool lastColumn,
                         double xMax)
{
    double x = points.x(it);
    for (++it; it != to; ++it) {
        x = nextTime(points, it, x);
        if (x > xMax || (x >= columnEnd && !lastColumn))
            break;
    }
    return it;
}

/// Appends one run's points [from, to), min/max per column inside [xMin, xMax]; the neighbours
/// outside the range (at most one on each side) are kept as they are.
template <class Access>
void appendDecimatedRun(const Access& points, qsizetype from, qsizetype to, double xMin, double xMax,
                        int columns, QVector<QPointF>& out)
{
    const double width = (xMax - xMin) / columns;
    qsizetype it = from;
    while (it != to) {
        const double x = points.x(it);
        if (x < xMin || x > xMax) {
            out.append(points.at(it++));
            continue;
        }
        const int column = std::min(columns - 1, int((x - xMin) / width));
        const qsizetype end =
            columnEndIndex(points, it, to, xMin + (column + 1) * width, column == columns - 1, xMax);
        qsizetype minI = it;
        qsizetype maxI = it;
        double minY = points.y(it);
        double maxY = minY;
        for (++it; it != end; ++it) {
            const double y = points.y(it);
            if (y < minY) {
                minI = it;
                minY = y;
            }
            if (y > maxY) {
                maxI = it;
                maxY = y;
            }
        }
        if (minI == maxI) {
            out.append(points.at(minI));
        } else if (minI < maxI) {
            out.append(points.at(minI));
            out.append(points.at(maxI));
        } else {
            out.append(points.at(maxI));
            out.append(points.at(minI));
        }
    }
}

/// The first index in [0, count) whose time is at or after `ms` (after it, if `strictly`); count if
/// none: a binary search over the times.
template <class Access> qsizetype firstIndexFrom(const Access& points, double ms, bool strictly)
{
    qsizetype lo = 0;
    qsizetype hi = points.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        const double x = points.x(mid);
        if (strictly ? x > ms : x >= ms)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

template <class Access>
void decimateRunsOf(const Access& points, double xMin, double xMax, int columns, double maxGap,
                    DecimatedSeries& out)
{
    out.points.clear(); // keeps the capacity
    out.runEnds.clear();
    const qsizetype count = points.size();
    if (columns <= 0 || xMax <= xMin || count == 0)
        return;
    const qsizetype first = firstIndexFrom(points, xMin, false);
    const qsizetype last = firstIndexFrom(points, xMax, true);
    const bool decimate = last - first > 2 * columns; // sparse enough data is drawn as it is
    // Plus one neighbour on each side, so lines enter and leave the plot.
    const qsizetype from = first == 0 ? first : first - 1;
    const qsizetype to = last == count ? last : last + 1;
    out.points.reserve(decimate ? 2 * columns + 8 : to - from);

    qsizetype run = -1; // first point of the run being collected
    double previousX = 0; // the time of the run's last point
    const auto flush = [&](qsizetype end) {
        if (run < 0)
            return;
        if (decimate) {
            appendDecimatedRun(points, run, end, xMin, xMax, columns, out.points);
        } else {
            for (qsizetype i = run; i < end; ++i)
                out.points.append(points.at(i));
        }
        out.runEnds.append(out.points.size());
        run = -1;
    };
    // On a grid without holes consecutive points are a step apart: their times cannot cut a run.
    bool spacingCuts = true;
    if constexpr (std::is_same_v<Access, SeriesPoints::GridAccess>)
        spacingCuts = points.stepMs > maxGap;
    for (qsizetype p = from; p != to; ++p) {
        if (!std::isfinite(points.y(p))) {
            flush(p);
            continue;
        }
        if (spacingCuts) {
            const double x = points.x(p);
            if (run >= 0 && x - previousX > maxGap)
                flush(p);
            previousX = x;
        }
        if (run < 0)
            run = p;
    }
    flush(to);
}

} // namespace

DecimatedSeries decimateRuns(const QVector<QPointF>& points, double xMin, double xMax, int columns,
                             double maxGap)
{
    DecimatedSeries out;
    decimateRuns(points, xMin, xMax, columns, maxGap, out);
    return out;
}

void decimateRuns(const QVector<QPointF>& points, double xMin, double xMax, int columns, double maxGap,
                  DecimatedSeries& out)
{
    decimateRunsOf(VectorAccess{points.constData(), points.size()}, xMin, xMax, columns, maxGap, out);
}

DecimatedSeries decimateRuns(const SeriesPoints& points, double xMin, double xMax, int columns, double maxGap)
{
    DecimatedSeries out;
    decimateRuns(points, xMin, xMax, columns, maxGap, out);
    return out;
}

void decimateRuns(const SeriesPoints& points, double xMin, double xMax, int columns, double maxGap,
                  DecimatedSeries& out)
{
    points.visit([&](const auto& access) { decimateRunsOf(access, xMin, xMax, columns, maxGap, out); });
}

} // namespace Ops::Metrics
