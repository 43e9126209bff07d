#include "models/metrics/chartunit.h"

#include "models/core/formatting.h"

#include <cmath>

namespace Ops::Metrics {

AxisScale ChartUnitText::scaleFor(ChartUnit unit, double maxAbs)
{
    const double m = std::isfinite(maxAbs) ? std::abs(maxAbs) : 0.0;
    switch (unit) {
    case ChartUnit::RequestsPerSecond: return {1, tr("req/s", "chart unit: axis title, value suffix or unit menu"), m < 10 ? 2 : 1};
    case ChartUnit::Percent: return {1, tr("%", "chart unit: axis title, value suffix or unit menu"), m < 10 ? 2 : 1};
    case ChartUnit::Seconds:
        if (m >= 10)
            return {1, tr("s", "chart unit: axis title, value suffix or unit menu"), 1};
        return {0.001, tr("ms", "chart unit: axis title, value suffix or unit menu"), 0};
    case ChartUnit::Bytes:
        if (m >= 1024.0 * 1024 * 1024)
            return {1024.0 * 1024 * 1024, tr("GiB", "chart unit: axis title, value suffix or unit menu"), 2};
        if (m >= 1024.0 * 1024)
            return {1024.0 * 1024, tr("MiB", "chart unit: axis title, value suffix or unit menu"), 1};
        if (m >= 1024.0)
            return {1024.0, tr("KiB", "chart unit: axis title, value suffix or unit menu"), 1};
        return {1, tr("B", "chart unit: axis title, value suffix or unit menu"), 0};
    case ChartUnit::Count: return {1, QString(), m < 10 ? 1 : 0};
    case ChartUnit::None: break;
    }
    return {1, QString(), 2};
}

QString ChartUnitText::format(ChartUnit unit, double value)
{
    if (std::isnan(value))
        return tr("no value", "chart unit: axis title, value suffix or unit menu");
    const AxisScale s = scaleFor(unit, value);
    const QString number = QString::number(value / s.divisor, 'f', s.decimals);
    if (s.suffix.isEmpty())
        return number;
    // "4.2 %" in English, "4.2%" in Korean: the percent spacing is Format::percent's translation.
    if (unit == ChartUnit::Percent && s.divisor == 1)
        return Format::percent(value, s.decimals);
    return number + QLatin1Char(' ') + s.suffix;
}

QString ChartUnitText::name(ChartUnit unit)
{
    switch (unit) {
    case ChartUnit::RequestsPerSecond: return tr("requests per second", "chart unit: axis title, value suffix or unit menu");
    case ChartUnit::Percent: return tr("percent", "chart unit: axis title, value suffix or unit menu");
    case ChartUnit::Seconds: return tr("seconds", "chart unit: axis title, value suffix or unit menu");
    case ChartUnit::Bytes: return tr("bytes", "chart unit: axis title, value suffix or unit menu");
    case ChartUnit::Count: return tr("count", "chart unit: axis title, value suffix or unit menu");
    case ChartUnit::None: break;
    }
    return tr("none", "unit");
}

QString chartUnitKey(ChartUnit unit)
{
    switch (unit) {
    case ChartUnit::RequestsPerSecond: return QStringLiteral("reqps");
    case ChartUnit::Percent: return QStringLiteral("percent");
    case ChartUnit::Seconds: return QStringLiteral("seconds");
    case ChartUnit::Bytes: return QStringLiteral("bytes");
    case ChartUnit::Count: return QStringLiteral("count");
    case ChartUnit::None: break;
    }
    return QStringLiteral("none");
}

ChartUnit chartUnitFromKey(const QString& key)
{
    for (ChartUnit u : {ChartUnit::RequestsPerSecond, ChartUnit::Percent, ChartUnit::Seconds, ChartUnit::Bytes,
                        ChartUnit::Count}) {
        if (chartUnitKey(u) == key)
            return u;
    }
    return ChartUnit::None;
}

} // namespace Ops::Metrics
