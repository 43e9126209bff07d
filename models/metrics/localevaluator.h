#pragma once

#include "models/net/metricfamily.h"
#include "models/metrics/paneldefinition.h"

#include <QPair>

namespace Ops::Metrics {

/// Client-side PromQL for the panels' LocalTerms, from two scrapes of `/metrics` (rates need both;
/// gauges only the current one). Same rules as Prometheus: counter resets count from zero,
/// quantiles interpolate inside the bucket (SeriesMath).
namespace LocalEvaluator {

using Values = QList<QPair<QString, double>>; ///< (series name, value)

/// Values of one term; `previous` may be null (first scrape): rate terms then give nothing.
Values evaluate(const LocalTerm& term, const ParseResult* previous, qint64 previousMs, const ParseResult& current,
                qint64 currentMs);

} // namespace LocalEvaluator
} // namespace Ops::Metrics
