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

// The decimation reads points by index, so one implementation serves a QVector<QPointF> and the
// charts' compact SeriesPoints alike.
double xAt(const QVector<QPointF>& points, qsizetype i)
{
    return points[i].x();
}
double yAt(const QVector<QPointF>& points, qsizetype i)
{
    return points[i].y();
}
double xAt(const SeriesPoints& points, qsizetype i)
{
    return points.x(i);
}
double yAt(const SeriesPoints& points, qsizetype i)
{
    return points.y(i);
}
QPointF pointAt(const QVector<QPointF>& points, qsizetype i)
{
    return points[i];
}
QPointF pointAt(const SeriesPoints& points, qsizetype i)
{
    return points.at(i);
}

/// Appends one run's points [from, to), min/max per column inside [xMin, xMax]; the neighbours
/// outside the range (at most one on each side) are kept as they are.
template <class Points>
void appendDecimatedRun(const Points& points, qsizetype from, qsizetype to, double xMin, double xMax,
                        int columns, QVector<QPointF>& out)
{
    const double width = (xMax - xMin) / columns;
    qsizetype it = from;
    while (it != to) {
        const double x = xAt(points, it);
        if (x < xMin || x > xMax) {
            out.append(pointAt(points, it++));
            continue;
        }
        const int column = std::min(columns - 1, int((x - xMin) / width));
        const double columnEnd = xMin + (column + 1) * width;
        qsizetype minI = it;
        qsizetype maxI = it;
        double minY = yAt(points, it);
        double maxY = minY;
        for (++it; it != to; ++it) {
            const double itX = xAt(points, it);
            if (itX > xMax || (itX >= columnEnd && column != columns - 1))
                break;
            const double y = yAt(points, it);
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
            out.append(pointAt(points, minI));
        } else if (minI < maxI) {
            out.append(pointAt(points, minI));
            out.append(pointAt(points, maxI));
        } else {
            out.append(pointAt(points, maxI));
            out.append(pointAt(points, minI));
        }
    }
}

/// The first index in [0, count) for which `holds` is true, for a `holds` false then true along the
/// points (a binary search); count if none.
template <class Predicate> qsizetype firstIndexWhere(qsizetype count, Predicate holds)
{
    qsizetype lo = 0;
    qsizetype hi = count;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (holds(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

template <class Points>
void decimateRunsOf(const Points& points, double xMin, double xMax, int columns, double maxGap,
                    DecimatedSeries& out)
{
    out.points.clear(); // keeps the capacity
    out.runEnds.clear();
    const qsizetype count = points.size();
    if (columns <= 0 || xMax <= xMin || count == 0)
        return;
    const qsizetype first = firstIndexWhere(count, [&](qsizetype i) { return !(xAt(points, i) < xMin); });
    const qsizetype last = firstIndexWhere(count, [&](qsizetype i) { return xMax < xAt(points, i); });
    const bool decimate = last - first > 2 * columns; // sparse enough data is drawn as it is
    // Plus one neighbour on each side, so lines enter and leave the plot.
    const qsizetype from = first == 0 ? first : first - 1;
    const qsizetype to = last == count ? last : last + 1;
    out.points.reserve(decimate ? 2 * columns + 8 : to - from);

    qsizetype run = -1; // first point of the run being collected
    qsizetype previous = -1;
    const auto flush = [&](qsizetype end) {
        if (run < 0)
            return;
        if (decimate) {
            appendDecimatedRun(points, run, end, xMin, xMax, columns, out.points);
        } else {
            for (qsizetype i = run; i < end; ++i)
                out.points.append(pointAt(points, i));
        }
        out.runEnds.append(out.points.size());
        run = -1;
    };
    for (qsizetype p = from; p != to; ++p) {
        if (!std::isfinite(yAt(points, p))) {
            flush(p);
            previous = -1;
            continue;
        }
        if (previous >= 0 && xAt(points, p) - xAt(points, previous) > maxGap)
            flush(p);
        if (run < 0)
            run = p;
        previous = p;
    }
    flush(to);
}

} // namespace

DecimatedSeries decimateRuns(const QVector<QPointF>& points, double xMin, double xMax, int columns,
                             double maxGap)
{
    DecimatedSeries out;
    decimateRunsOf(points, xMin, xMax, columns, maxGap, out);
    return out;
}

void decimateRuns(const QVector<QPointF>& points, double xMin, double xMax, int columns, double maxGap,
                  DecimatedSeries& out)
{
    decimateRunsOf(points, xMin, xMax, columns, maxGap, out);
}

DecimatedSeries decimateRuns(const SeriesPoints& points, double xMin, double xMax, int columns, double maxGap)
{
    DecimatedSeries out;
    decimateRunsOf(points, xMin, xMax, columns, maxGap, out);
    return out;
}

void decimateRuns(const SeriesPoints& points, double xMin, double xMax, int columns, double maxGap,
                  DecimatedSeries& out)
{
    decimateRunsOf(points, xMin, xMax, columns, maxGap, out);
}

} // namespace Ops::Metrics
