#include "models/health/alertentry.h"

#include "models/core/formatting.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Ops {

QString AlertEntry::key() const
{
    return QString::number(int(origin)) + QLatin1Char('|') + name + QLatin1Char('|') + subject;
}

QString alertStateText(AlertEntry::State state)
{
    switch (state) {
    case AlertEntry::State::Pending: return QCoreApplication::translate("Ops::AlertEntry", "Pending", "alert state");
    case AlertEntry::State::Firing: return QCoreApplication::translate("Ops::AlertEntry", "Firing", "alert state");
    case AlertEntry::State::Resolved: return QCoreApplication::translate("Ops::AlertEntry", "Resolved", "alert state");
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
            .arg(locale.toString(value, 'g', 2));
    if (alertName == QLatin1String("WorkerQueueBacklog"))
        return locale.toString(qint64(std::llround(value)));
    return locale.toString(value, 'g', 4);
}

} // namespace Ops
