#pragma once

#include "models/metrics/paneldefinition.h"
#include "models/net/prometheustypes.h"

#include <QString>
#include <QVector>

#include <optional>

namespace Ops::Metrics {

/// Several quantiles of one histogram in one panel — the runbook's latency panel asks
/// histogram_quantile(0.5 | 0.95 | 0.99, sum by (le) (rate(…_bucket[5m]))) — cost Prometheus the same
/// bucket rates once per quantile: on the demo stack 5.5 million samples each, the three together
/// most of what the Charts page asks at start. Such queries share one query for the buckets, and the
/// console computes each quantile from them with PromQL's own rules (SeriesMath::histogramQuantile),
/// step by step: the same series and values, a third of the work.
namespace SharedQuantiles {

/// `histogram_quantile(φ, inner)` with φ a plain number: φ and the inner expression; nothing for any
/// other query (a sum of quantiles, φ from an expression, unbalanced parentheses).
struct Split
{
    double phi = 0;
    QString inner;
};
std::optional<Split> split(const QString& promql);

/// Queries of one panel answered from one bucket query: their indexes in the panel, their φ.
struct Group
{
    QString inner;
    QVector<int> queries;
    QVector<double> phis;
};
/// The groups worth sharing: two or more quantiles over the same inner expression, which must be a
/// `sum by (…le…)` aggregation (its answer is a bucket series per group, not per scraped series).
QVector<Group> groups(const QList<PanelQuery>& queries);

/// histogram_quantile(φ, ·) over the range answer of `·`: one series per label set without "le", a point
/// wherever the buckets have one (NaN where PromQL gives NaN). Series without a parsable "le" are left
/// out, as PromQL leaves them.
QVector<PromSeries> quantiles(double phi, const QVector<PromSeries>& buckets);

} // namespace SharedQuantiles
} // namespace Ops::Metrics
