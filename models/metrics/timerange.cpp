#include "models/metrics/timerange.h"

#include <QTimeZone>

#include <array>

namespace Ops::Metrics {

namespace {
constexpr qint64 kMaxPoints = 11000; // Prometheus' query_range limit per series

QString formatAbsolute(const QDateTime& when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

std::optional<qint64> parseDuration(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 n = t.left(t.size() - 1).toLongLong(&ok);
    if (!ok || n <= 0)
        return std::nullopt;
    qint64 unit = 0;
    switch (t.back().unicode()) {
    case 's': unit = 1000; break;
    case 'm': unit = 60 * 1000; break;
    case 'h': unit = 3600 * 1000; break;
    case 'd': unit = 24 * 3600 * 1000; break;
    case 'w': unit = 7 * 24 * 3600 * 1000LL; break;
    default: return std::nullopt;
    }
    return n * unit;
}

std::optional<QDateTime> parseTimeExpression(const QString& text, const QDateTime& now)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("now"))
        return now.toUTC();
    if (t.startsWith(QLatin1String("now-"))) {
        const auto span = parseDuration(t.mid(4));
        if (!span)
            return std::nullopt;
        return now.toUTC().addMSecs(-*span);
    }
    // Absolute: without an offset the operator means UTC (the console shows UTC first).
    for (const auto* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm"}) {
        QDateTime when = QDateTime::fromString(t, QLatin1String(format));
        if (when.isValid()) {
            when.setTimeZone(QTimeZone::utc());
            return when;
        }
    }
    const QDateTime iso = QDateTime::fromString(t, Qt::ISODate);
    if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
        return iso.toUTC();
    return std::nullopt;
}

bool TimeRange::isValid(const QDateTime& now) const
{
    return resolve(now).has_value();
}

bool TimeRange::isRelative() const
{
    return from.trimmed().startsWith(QLatin1String("now")) && to.trimmed().startsWith(QLatin1String("now"));
}

std::optional<std::pair<QDateTime, QDateTime>> TimeRange::resolve(const QDateTime& now) const
{
    const auto start = parseTimeExpression(from, now);
    const auto end = parseTimeExpression(to, now);
    if (!start || !end || *start >= *end)
        return std::nullopt;
    return std::make_pair(*start, *end);
}

TimeRange TimeRange::last(const QString& span)
{
    return {QStringLiteral("now-") + span, QStringLiteral("now")};
}

TimeRange TimeRange::absolute(const QDateTime& start, const QDateTime& end)
{
    return {formatAbsolute(start), formatAbsolute(end)};
}

QStringList quickRanges()
{
    return {QStringLiteral("5m"), QStringLiteral("15m"), QStringLiteral("1h"),
            QStringLiteral("6h"), QStringLiteral("24h"), QStringLiteral("7d")};
}

QString TimeRangeText::describe(const TimeRange& range)
{
    if (range.to.trimmed() == QLatin1String("now") && range.from.startsWith(QLatin1String("now-"))) {
        const QString span = range.from.mid(4);
        if (span == QLatin1String("5m")) return tr("Last 5 minutes", "metrics: timerange");
        if (span == QLatin1String("15m")) return tr("Last 15 minutes", "metrics: timerange");
        if (span == QLatin1String("1h")) return tr("Last 1 hour", "metrics: timerange");
        if (span == QLatin1String("6h")) return tr("Last 6 hours", "metrics: timerange");
        if (span == QLatin1String("24h")) return tr("Last 24 hours", "metrics: timerange");
        if (span == QLatin1String("7d")) return tr("Last 7 days", "metrics: timerange");
    }
    const auto zoned = [](const QString& end) {
        const QString t = end.trimmed();
        // Absolute ends are UTC unless they carry an offset: say so.
        return t.startsWith(QLatin1String("now")) || t.contains(u'+') || t.endsWith(u'Z') ? t : t + QStringLiteral(" UTC");
    };
    return tr("%1 to %2", "time range").arg(zoned(range.from), zoned(range.to));
}

TimeRange zoomedOut(const TimeRange& range, const QDateTime& now)
{
    const auto resolved = range.resolve(now);
    if (!resolved)
        return range;
    const qint64 span = resolved->first.msecsTo(resolved->second);
    if (range.isRelative() && range.to.trimmed() == QLatin1String("now")) {
        // Keep it moving with the clock: twice the span back from now.
        const qint64 seconds = 2 * span / 1000;
        return {QStringLiteral("now-%1s").arg(seconds), QStringLiteral("now")};
    }
    QDateTime start = resolved->first.addMSecs(-span / 2);
    QDateTime end = resolved->second.addMSecs(span / 2);
    if (end > now) {
        // Never into the future: keep the doubled span, ending now.
        start = now.addMSecs(-2 * span);
        end = now;
    }
    return TimeRange::absolute(start, end);
}

qint64 stepForWidth(qint64 rangeMs, int pixelWidth, qint64 minStepMs)
{
    static constexpr std::array<qint64, 19> nice = {
        1000,        2000,        5000,        10000,       15000,       30000,       60000,
        120000,      300000,      600000,      900000,      1800000,     3600000,     7200000,
        3 * 3600000, 6 * 3600000, 12 * 3600000, 24 * 3600000, 7 * 24 * 3600000LL};
    const qint64 raw = std::max<qint64>({1, minStepMs, rangeMs / std::max(1, pixelWidth)});
    qint64 step = raw;
    for (qint64 candidate : nice) {
        if (candidate >= raw) {
            step = candidate;
            break;
        }
    }
    // Never over Prometheus' limit, whatever the width (ceil(range / max)).
    const qint64 minimum = rangeMs > 0 ? (rangeMs + kMaxPoints - 1) / kMaxPoints : 1;
    return std::max(step, minimum);
}

} // namespace Ops::Metrics
