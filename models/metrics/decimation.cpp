#include "decimation.h"

#include <algorithm>
#include <cmath>

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

} // namespace Ops::Metrics
