#include "models/metrics/chartunit.h"

#include <cmath>

namespace Ops::Metrics {

AxisScale ChartUnitText::scaleFor(ChartUnit unit, double maxAbs)
{
    const double m = std::isfinite(maxAbs) ? std::abs(maxAbs) : 0.0;
    switch (unit) {
    case ChartUnit::RequestsPerSecond: return {1, tr("req/s", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message"), m < 10 ? 2 : 1};
    case ChartUnit::Percent: return {1, tr("%", "metrics: chartunit"), m < 10 ? 2 : 1};
    case ChartUnit::Seconds:
        if (m >= 10)
            return {1, tr("s", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message"), 1};
        return {0.001, tr("ms", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message"), 0};
    case ChartUnit::Bytes:
        if (m >= 1024.0 * 1024 * 1024)
            return {1024.0 * 1024 * 1024, tr("GiB", "metrics: chartunit"), 2};
        if (m >= 1024.0 * 1024)
            return {1024.0 * 1024, tr("MiB", "metrics: chartunit"), 1};
        if (m >= 1024.0)
            return {1024.0, tr("KiB", "metrics: chartunit"), 1};
        return {1, tr("B", "metrics: chartunit"), 0};
    case ChartUnit::Count: return {1, QString(), m < 10 ? 1 : 0};
    case ChartUnit::None: break;
    }
    return {1, QString(), 2};
}

QString ChartUnitText::format(ChartUnit unit, double value)
{
    if (std::isnan(value))
        return tr("no value", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message");
    const AxisScale s = scaleFor(unit, value);
    const QString number = QString::number(value / s.divisor, 'f', s.decimals);
    return s.suffix.isEmpty() ? number : number + QLatin1Char(' ') + s.suffix;
}

QString ChartUnitText::name(ChartUnit unit)
{
    switch (unit) {
    case ChartUnit::RequestsPerSecond: return tr("requests per second", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message");
    case ChartUnit::Percent: return tr("percent", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message");
    case ChartUnit::Seconds: return tr("seconds", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message");
    case ChartUnit::Bytes: return tr("bytes", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message");
    case ChartUnit::Count: return tr("count", "metrics: chartunit: error or status fragment, shown after “…: ” in a longer message");
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
