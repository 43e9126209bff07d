#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ops::Metrics {

/// A range written as Grafana writes it: each end is `now`, `now-<n><unit>` (s, m, h, d, w) or an
/// absolute time `yyyy-MM-dd HH:mm[:ss]` (UTC, or ISO 8601 with an offset). Relative ranges move
/// with the clock; they are resolved against "now" at every refresh.
struct TimeRange
{
    QString from = QStringLiteral("now-1h");
    QString to = QStringLiteral("now");

    bool operator==(const TimeRange&) const = default;

    /// Both ends parse and from < to.
    bool isValid(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    bool isRelative() const;
    /// Start and end (UTC), or nothing when an end does not parse or the range is empty.
    std::optional<std::pair<QDateTime, QDateTime>> resolve(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    /// "now-<span>" to "now", e.g. last("6h").
    static TimeRange last(const QString& span);
    /// An absolute range, written in UTC with seconds.
    static TimeRange absolute(const QDateTime& start, const QDateTime& end);
};

class TimeRangeText
{
    Q_DECLARE_TR_FUNCTIONS(Ops::Metrics::TimeRangeText)
public:
    /// The operator's words for a range: "Last 6 hours" for quick ranges, else "from – to".
    static QString describe(const TimeRange& range);
};

/// "30s", "5m", "6h", "7d", "1w" in milliseconds; nothing for anything else.
std::optional<qint64> parseDuration(const QString& text);
/// One end of a range (see TimeRange).
std::optional<QDateTime> parseTimeExpression(const QString& text, const QDateTime& now);
/// Grafana's quick ranges: 5m, 15m, 1h, 6h, 24h, 7d.
QStringList quickRanges();

/// The same range twice as wide around its middle (Grafana's "zoom out"); a relative range
/// stays relative ("now-1h" → "now-2h"), an absolute one never reaches past `now`.
TimeRange zoomedOut(const TimeRange& range, const QDateTime& now = QDateTime::currentDateTimeUtc());

/// query_range step for a range drawn `pixelWidth` pixels wide: about one point per pixel, rounded
/// up to a readable step (1 s, 2 s, 5 s, 10 s, 15 s, 30 s, 1 m, …), never below `minStepMs`
/// and never giving more than 11,000 points (Prometheus' limit).
qint64 stepForWidth(qint64 rangeMs, int pixelWidth, qint64 minStepMs = 1000);

} // namespace Ops::Metrics

Q_DECLARE_METATYPE(Ops::Metrics::TimeRange)
