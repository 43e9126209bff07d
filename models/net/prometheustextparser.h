#pragma once

#include "models/net/metricfamily.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Ops::Metrics {

/// Parser for the Prometheus text exposition format 0.0.4 (what `/metrics` endpoints answer).
/// Strict like Prometheus' own parser: the first violation stops the parse and is reported with
/// its line number (duplicate or reserved labels, bad escapes, TYPE twice or after the family's
/// samples, invalid names or values, histogram buckets that are not cumulative or whose +Inf
/// bucket differs from _count). Works on the raw bytes without regular expressions, so a 10 MB
/// body parses in well under a second. Not OpenMetrics (no `# EOF`, exemplars or float timestamps).
class PrometheusTextParser
{
    Q_DECLARE_TR_FUNCTIONS(Ops::Metrics::PrometheusTextParser)

public:
    static ParseResult parse(QByteArrayView body);

    /// A value as the format writes it: decimal float, `NaN`, `+Inf`, `-Inf` (as Go's ParseFloat).
    static bool parseValue(QByteArrayView token, double* value);
};

} // namespace Ops::Metrics
