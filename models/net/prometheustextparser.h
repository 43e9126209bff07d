#pragma once

#include "models/net/metricfamily.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace Ops::Metrics {

/// Parser for the Prometheus text exposition format 0.0.4 (what `/metrics` endpoints answer),
/// including Prometheus 3's quoted UTF-8 names (`{"my.metric","a.b"="c"} 1`). Not OpenMetrics
/// (no `# EOF`, exemplars or float timestamps).
///
/// Verdicts: where Prometheus' scrape parser (textparse in prometheus/prometheus) and the client
/// library's parser (expfmt in prometheus/common) agree, this one agrees; where they disagree it
/// follows textparse (histograms and summaries are not checked: no +Inf bucket needed, `le` and
/// `quantile` not parsed; a HELP line may repeat; TYPE keywords are case-sensitive; negative
/// timestamps are refused), except for these stricter rules of the format that the console keeps
/// (expfmt's too): the body must end in a newline (a body cut short is refused, not read short),
/// label values know only the escapes `\\`, `\"` and `\n`, and TYPE comes at most once per family and
/// before its samples. A label name appears once per sample (the scrape path refuses duplicates).
/// Label values, quoted names and HELP text must be valid UTF-8; values that overflow a double are
/// refused. tests/net/tst_prometheustextparser.cpp lists every class of case with both upstream
/// verdicts and ours.
///
/// Bounded input: a body over Limits::maxBodyBytes, a line over maxLineBytes, a sample with more
/// than maxLabelsPerSample labels, or more than maxSamples samples or maxFamilies metric names is
/// refused with a translated reason (the first violation stops the parse, with its line number).
/// Time is linear in the body (n log n in the labels of one sample, to sort them). Memory: the
/// result takes at most about 30 bytes per input byte (a body of ever new one-sample families, each
/// line `m123 1`), 3-4 for node_exporter-style bodies; the parser's own tables take less than that
/// while it runs, and nothing else is kept. Works on the bytes: QStrings are built only for what the
/// result keeps, and names and repeated label values are shared between samples.
class PrometheusTextParser
{
    Q_DECLARE_TR_FUNCTIONS(Ops::Metrics::PrometheusTextParser)

public:
    /// What a body may hold. The defaults keep the worst case (a body made to cost the most memory
    /// per byte) to a few hundred MB and a node_exporter body far below every limit.
    struct Limits
    {
        /// The scraper's own cap on a /metrics download; the drain watcher's is 8 MiB.
        qsizetype maxBodyBytes = 32 * 1024 * 1024;
        /// One line: a sample with its labels, or a comment (raw newlines inside a quoted label
        /// value, which Prometheus accepts, count into the line they belong to).
        qsizetype maxLineBytes = 1024 * 1024;
        /// node_exporter's widest samples carry 5 labels; kube-state-metrics' a few dozen.
        qsizetype maxLabelsPerSample = 1024;
        /// Like Prometheus' sample_limit (node_exporter: about 1,000; the 10 MB benchmark body: 118k).
        qsizetype maxSamples = 1'000'000;
        /// Distinct metric names, counted as HELP, TYPE or sample lines name them.
        qsizetype maxFamilies = 100'000;
    };

    /// Parses with the default Limits.
    static ParseResult parse(QByteArrayView body);
    static ParseResult parse(QByteArrayView body, const Limits& limits);

    /// A value as the format writes it: a decimal float, `NaN`, `+Inf`, `-Inf` (Go's ParseFloat, as
    /// Prometheus reads it: no hexadecimal, no `_`, no signed NaN; a value that overflows a double is
    /// refused, one that underflows reads as 0 or a subnormal).
    static bool parseValue(QByteArrayView token, double* value);
};

} // namespace Ops::Metrics
