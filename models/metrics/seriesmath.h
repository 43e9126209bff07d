#pragma once

#include "models/net/metricfamily.h"

#include <QVector>

#include <optional>

namespace Ops::Metrics {

/// Client-side figures from two successive scrapes of a `/metrics` endpoint, for when Prometheus
/// itself is unreachable. Same rules as PromQL's rate() over two points and histogram_quantile().
namespace SeriesMath {

/// Per-second increase of a counter between two readings; a drop means the counter restarted
/// from zero, so the increase is the new value. Nothing when the interval is not positive.
std::optional<double> counterRate(double previous, qint64 previousMs, double current, qint64 currentMs);

struct RateSample
{
    QString name;
    Labels labels;
    double perSecond = 0;
};

/// Rates of every counter sample (counter families, and _sum/_count/_bucket of histograms and
/// summaries) present in both scrapes. A sample's own timestamp wins over the scrape time.
QVector<RateSample> counterRates(const ParseResult& previous, qint64 previousMs, const ParseResult& current,
                                 qint64 currentMs);

struct Bucket
{
    double upperBound = 0;
    double count = 0; ///< cumulative
};

/// PromQL's histogram_quantile over cumulative buckets: NaN without a +Inf bucket or observations,
/// -Inf/+Inf for q outside [0, 1], linear interpolation inside the bucket holding the rank.
double histogramQuantile(double q, QVector<Bucket> buckets);

struct QuantileSample
{
    Labels labels; ///< the series' labels without "le"
    double value = 0;
};

/// histogram_quantile(q, increase(<family>_bucket)) between two scrapes, one result per series.
/// A series whose buckets went down (the process restarted) uses the current counts as the increase.
QVector<QuantileSample> histogramQuantile(double q, const QString& family, const ParseResult& previous,
                                          const ParseResult& current);

} // namespace SeriesMath
} // namespace Ops::Metrics

Q_DECLARE_METATYPE(Ops::Metrics::SeriesMath::RateSample)
Q_DECLARE_METATYPE(Ops::Metrics::SeriesMath::QuantileSample)
