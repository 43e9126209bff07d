#include "models/core/latencyhistogram.h"

#include <algorithm>
#include <cmath>

namespace Ops {

int LatencyHistogram::bucketOf(double ms)
{
    if (!(ms > 0)) // also NaN
        return 0;
    const double us = ms * 1000.0;
    if (us < 1000.0)
        return std::min(kLinearBuckets - 1, int(us / 10.0));
    double decadeStart = 1000.0; // µs
    for (int decade = 0; decade < kDecades; ++decade) {
        const double decadeEnd = decadeStart * 10.0;
        if (us < decadeEnd) {
            const double width = decadeStart / 10.0; // 90 buckets from 1× to 10× the decade's start
            const int inDecade = std::min(kPerDecade - 1, int((us - decadeStart) / width));
            return kLinearBuckets + decade * kPerDecade + inDecade;
        }
        decadeStart = decadeEnd;
    }
    return kBucketCount - 1;
}

double LatencyHistogram::upperBoundMs(int bucket)
{
    if (bucket < kLinearBuckets)
        return (bucket + 1) * 0.01;
    if (bucket >= kBucketCount - 1)
        return std::numeric_limits<double>::infinity();
    const int decade = (bucket - kLinearBuckets) / kPerDecade;
    const int inDecade = (bucket - kLinearBuckets) % kPerDecade;
    const double decadeStartMs = std::pow(10.0, decade);
    return decadeStartMs + (inDecade + 1) * decadeStartMs / 10.0;
}

void LatencyHistogram::record(double ms, qint64 count)
{
    if (count <= 0)
        return;
    const double value = ms > 0 ? ms : 0;
    m_buckets[std::size_t(bucketOf(value))] += count;
    if (value == 0)
        m_zeros += count;
    m_count += count;
    m_max = std::max(m_max, value);
}

void LatencyHistogram::merge(const LatencyHistogram& other)
{
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_zeros += other.m_zeros;
    m_count += other.m_count;
    m_max = std::max(m_max, other.m_max);
}

void LatencyHistogram::clear()
{
    m_buckets.fill(0);
    m_zeros = 0;
    m_count = 0;
    m_max = 0;
}

double LatencyHistogram::percentileMs(double pct) const
{
    if (m_count == 0)
        return 0;
    const auto rank = std::clamp<qint64>(qint64(std::ceil(pct / 100.0 * double(m_count))), 1, m_count);
    if (rank <= m_zeros)
        return 0;
    qint64 seen = 0;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen >= rank)
            return std::min(upperBoundMs(int(i)), m_max);
    }
    return m_max;
}

} // namespace Ops
