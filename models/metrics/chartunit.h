#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ops::Metrics {

/// What a panel's values measure. Values stay in the query's own unit (seconds, bytes, ratio
/// ×100 for percent); the axis picks a readable scale for them.
enum class ChartUnit { None, RequestsPerSecond, Percent, Seconds, Bytes, Count };

/// How an axis shows values: value / divisor, written with `suffix`, `decimals` digits.
struct AxisScale
{
    double divisor = 1;
    QString suffix;
    int decimals = 1;
};

class ChartUnitText
{
    Q_DECLARE_TR_FUNCTIONS(Ops::Metrics::ChartUnitText)
public:
    /// Scale for values up to `maxAbs`: seconds are shown in ms, bytes in KiB/MiB/GiB.
    static AxisScale scaleFor(ChartUnit unit, double maxAbs);
    /// One value with its unit, e.g. "12.3 req/s", "850 ms", "1.5 GiB", "4.2 %".
    static QString format(ChartUnit unit, double value);
    /// Name of the unit for menus ("req/s", "%", "seconds", "bytes").
    static QString name(ChartUnit unit);
};

QString chartUnitKey(ChartUnit unit);
ChartUnit chartUnitFromKey(const QString& key);

} // namespace Ops::Metrics
