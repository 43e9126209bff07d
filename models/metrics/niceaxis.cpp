#include "models/metrics/niceaxis.h"

#include <algorithm>
#include <cmath>

namespace Ops::Metrics {

namespace {
// 1, 2 or 5 × 10^n near x: the next one up (`ceiling`), else the nearest.
double niceNumber(double x, bool ceiling)
{
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    double q = x / z;
    if (ceiling)
        q = q <= 1.0 ? 1 : q <= 2.0 ? 2 : q <= 5.0 ? 5 : 10;
    else
        q = q < 1.5 ? 1 : q < 3.0 ? 2 : q < 7.0 ? 5 : 10;
    return q * z;
}
} // namespace

NiceAxis niceAxis(double min, double max, int ticks)
{
    if (!std::isfinite(min) || !std::isfinite(max) || max <= min)
        return {std::isfinite(min) ? min : 0, (std::isfinite(min) ? min : 0) + 1, 2};
    ticks = std::max(2, ticks);
    const double range = niceNumber(max - min, true);
    const double step = niceNumber(range / (ticks - 1), false);
    const double lo = std::floor(min / step);
    const double hi = std::ceil(max / step);
    return {lo * step, hi * step, int(hi - lo) + 1};
}

} // namespace Ops::Metrics
