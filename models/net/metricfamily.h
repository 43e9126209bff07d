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

enum class MetricType { Untyped, Counter, Gauge, Histogram, Summary };

/// All samples of one metric (for histograms and summaries including _bucket, _sum and _count).
struct MetricFamily
{
    QString name;
    MetricType type = MetricType::Untyped;
    QString help;
    QVector<Sample> samples;
};

/// What a parse can fail on; tests compare these, the operator reads ParseResult::error.
enum class ParseError {
    None,
    InvalidMetricName,
    InvalidLabelName,
    DuplicateLabel,
    ReservedLabel,
    BadEscape,
    UnterminatedLabelValue,
    MalformedLabels,
    InvalidValue,
    InvalidTimestamp,
    UnexpectedText,
    InvalidType,
    TypeAfterSamples,
    DuplicateType,
    DuplicateHelp,
    InvalidHistogramSample,
    InvalidBucketBound,
    MissingInfBucket,
    NonCumulativeBuckets,
    InfBucketNotCount,
    InvalidQuantile,
};

struct ParseResult
{
    QVector<MetricFamily> families;
    ParseError errorCode = ParseError::None;
    int errorLine = 0;  ///< 1-based; 0 when ok
    QString error;      ///< translated, starts with the line number; empty when ok

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
