#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

namespace Ops::Metrics {

/// Label pairs of one sample, sorted by label name (so equal label sets compare equal).
using Labels = QList<QPair<QString, QString>>;

/// One line of a Prometheus text exposition: `name{labels} value [timestamp]`.
struct Sample
{
    QString name;                      ///< full sample name, e.g. "http_request_duration_seconds_bucket"
    Labels labels;                     ///< sorted by name
    double value = 0;
    std::optional<qint64> timestampMs; ///< integer milliseconds since the epoch, when given

    /// The value of `label`, or an empty string when the sample has no such label.
    QString label(const QString& name) const;
    bool operator==(const Sample&) const = default;
};

} // namespace Ops::Metrics

// QString, QList, enums and std::optional<qint64> move by memcpy: the parser's vectors grow with realloc.
Q_DECLARE_TYPEINFO(Ops::Metrics::Sample, Q_RELOCATABLE_TYPE);

namespace Ops::Metrics {

enum class MetricType { Untyped, Counter, Gauge, Histogram, Summary };

/// All samples of one metric (for histograms and summaries including _bucket, _sum and _count).
struct MetricFamily
{
    QString name;
    MetricType type = MetricType::Untyped;
    QString help;
    QVector<Sample> samples;
};

} // namespace Ops::Metrics

Q_DECLARE_TYPEINFO(Ops::Metrics::MetricFamily, Q_RELOCATABLE_TYPE);

namespace Ops::Metrics {

/// What a parse can fail on; tests compare these, the operator reads ParseResult::error.
enum class ParseError {
    None,
    BodyTooLarge,          ///< over PrometheusTextParser::Limits::maxBodyBytes (errorLine 0)
    LineTooLong,           ///< one line over Limits::maxLineBytes
    TooManyLabels,         ///< one sample over Limits::maxLabelsPerSample
    TooManySamples,        ///< the body over Limits::maxSamples
    TooManyFamilies,       ///< the body over Limits::maxFamilies
    MissingFinalNewline,   ///< the body does not end in '\n': cut short, not read short
    InvalidMetricName,
    InvalidLabelName,
    DuplicateLabel,
    ReservedLabel,
    BadEscape,
    UnterminatedString,    ///< a quoted label value or name runs to the end of the body
    MalformedLabels,
    InvalidUtf8,           ///< in a label value, a quoted name or HELP text
    InvalidValue,
    ValueOutOfRange,       ///< a value that overflows a double
    InvalidTimestamp,
    UnexpectedText,
    InvalidType,
    TypeAfterSamples,
    DuplicateType,
};

struct ParseResult
{
    QVector<MetricFamily> families;
    ParseError errorCode = ParseError::None;
    int errorLine = 0;  ///< 1-based; 0 when ok or when the whole body is refused (BodyTooLarge)
    QString error;      ///< translated, starts with the line number when there is one; empty when ok

    bool ok() const { return errorCode == ParseError::None; }
    /// The family called `name`, or nullptr.
    const MetricFamily* family(const QString& name) const;
    int sampleCount() const;
};

/// Sorted-labels equality ignoring one label (e.g. "le" or "quantile").
bool sameLabelsExcept(const Labels& a, const Labels& b, const QString& ignored);
/// Copy of `labels` without `ignored`.
Labels labelsWithout(const Labels& labels, const QString& ignored);

} // namespace Ops::Metrics

Q_DECLARE_METATYPE(Ops::Metrics::Sample)
Q_DECLARE_METATYPE(Ops::Metrics::MetricFamily)
Q_DECLARE_METATYPE(Ops::Metrics::ParseResult)
