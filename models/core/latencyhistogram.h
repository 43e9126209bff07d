#pragma once

#include <QtGlobal>

#include <array>

namespace Ops {

/// Latencies in fixed log-linear buckets: constant memory however long the run, percentiles that
/// never understate. Buckets are 10 µs wide below 1 ms, then 90 per decade up to 100 s (1–10 ms in
/// 0.1 ms steps, 10–100 ms in 1 ms steps, …), one bucket above. A percentile is the upper bound of
/// its bucket (at most the largest value recorded); the largest value is kept exactly, and so are
/// zeros (an idle event loop's slots), which report as 0.
class LatencyHistogram
{
public:
    static constexpr int kLinearBuckets = 100; ///< 0–1 ms, 10 µs each
    static constexpr int kDecades = 5;         ///< 1 ms–100 s
    static constexpr int kPerDecade = 90;
    static constexpr int kBucketCount = kLinearBuckets + kDecades * kPerDecade + 1;

    /// Records `count` samples of `ms` milliseconds (negative values count as 0).
    void record(double ms, qint64 count = 1);
    void merge(const LatencyHistogram& other);
    void clear();

    qint64 count() const { return m_count; }
    double maxMs() const { return m_max; }
    /// Nearest-rank percentile (0 < pct ≤ 100) in milliseconds; 0 without samples.
    double percentileMs(double pct) const;

    /// The bucket a value falls into, and the bucket's upper bound in milliseconds (exposed for tests).
    static int bucketOf(double ms);
    static double upperBoundMs(int bucket);

private:
    std::array<qint64, kBucketCount> m_buckets{};
    qint64 m_zeros = 0; ///< of m_buckets[0]: exactly zero
    qint64 m_count = 0;
    double m_max = 0;
};

} // namespace Ops
