#include "models/health/alertentry.h"

#include "models/core/formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Ops {

QString AlertEntry::key() const
{
    return QString::number(int(origin)) + QLatin1Char('|') + name + QLatin1Char('|') + subject + QLatin1Char('|') +
           labels;
}

bool isCritical(const AlertEntry& a)
{
    return a.severity.trimmed().compare(QLatin1String("critical"), Qt::CaseInsensitive) == 0;
}

QString alertStateText(AlertEntry::State state)
{
    switch (state) {
    case AlertEntry::State::Pending: return QCoreApplication::translate("Ops::AlertEntry", "Pending", "alert state");
    case AlertEntry::State::Firing: return QCoreApplication::translate("Ops::AlertEntry", "Firing", "alert state");
    case AlertEntry::State::Resolved: return QCoreApplication::translate("Ops::AlertEntry", "Resolved", "alert state");
    case AlertEntry::State::Silenced:
        return QCoreApplication::translate("Ops::AlertEntry", "Silenced", "alert state: firing, but silenced in Alertmanager");
    }
    return {};
}

QString alertSeverityText(const QString& severity)
{
    const QString s = severity.trimmed().toLower();
    if (s == QLatin1String("critical"))
        return QCoreApplication::translate("Ops::AlertEntry", "Critical", "alert severity label of a Prometheus rule");
    if (s == QLatin1String("warning"))
        return QCoreApplication::translate("Ops::AlertEntry", "Warning", "alert severity label of a Prometheus rule");
    if (s == QLatin1String("info"))
        return QCoreApplication::translate("Ops::AlertEntry", "Info", "alert severity label of a Prometheus rule");
    return severity;
}

namespace {
/// `digits` significant digits without an exponent: 0.0714 → "0.071", 125.3 → "125", 3 → "3".
QString significant(const QLocale& locale, double value, int digits)
{
    if (value == 0 || !std::isfinite(value))
        return locale.toString(value, 'f', 0);
    const int magnitude = int(std::floor(std::log10(std::fabs(value))));
    const int decimals = std::clamp(digits - 1 - magnitude, 0, 6);
    QString text = locale.toString(value, 'f', decimals);
    // "0.50" reads as a measured precision it does not have: trailing zeros go.
    if (decimals > 0) {
        const QChar point = locale.decimalPoint().at(0);
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}
} // namespace

QString alertValueText(const QString& alertName, double value)
{
    const QLocale locale;
    if (std::isnan(value))
        return QCoreApplication::translate("Ops::AlertEntry", "no value", "alert value");
    if (alertName == QLatin1String("HighResponseTime"))
        return QCoreApplication::translate("Ops::AlertEntry", "%1 s", "alert value in seconds")
            .arg(locale.toString(value, 'f', value < 10 ? 2 : 1));
    if (alertName == QLatin1String("DatabaseConnectionPoolExhausted"))
        return Format::percent(value * 100.0, 1);
    if (alertName == QLatin1String("HighErrorRate"))
        return QCoreApplication::translate("Ops::AlertEntry", "%1 req/s", "alert value: 5xx responses per second")
            .arg(significant(locale, value, 2));
    if (alertName == QLatin1String("WorkerQueueBacklog"))
        return locale.toString(qint64(std::llround(value)));
    return significant(locale, value, 4);
}

} // namespace Ops
