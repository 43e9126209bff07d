#include "models/core/formatting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace Ops::Format {

QString duration(qint64 ms)
{
    if (ms < 0)
        return QCoreApplication::translate("Ops::Format", "–", "no duration");
    if (ms < 1000)
        return QCoreApplication::translate("Ops::Format", "%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("Ops::Format", "%1 s").arg(s);
    if (s < 3600)
        return s % 60 ? QCoreApplication::translate("Ops::Format", "%1 min %2 s").arg(s / 60).arg(s % 60) : QCoreApplication::translate("Ops::Format", "%1 min").arg(s / 60);
    if (s < 86400)
        return (s % 3600) / 60 ? QCoreApplication::translate("Ops::Format", "%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60) : QCoreApplication::translate("Ops::Format", "%1 h").arg(s / 3600);
    return (s % 86400) / 3600 ? QCoreApplication::translate("Ops::Format", "%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600) : QCoreApplication::translate("Ops::Format", "%1 d").arg(s / 86400);
}

QString age(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return QCoreApplication::translate("Ops::Format", "never", "age of a check that never ran");
    const qint64 ms = when.msecsTo(now);
    if (ms < 1000)
        return QCoreApplication::translate("Ops::Format", "just now");
    return QCoreApplication::translate("Ops::Format", "%1 ago").arg(duration(ms - ms % 1000));
}

QString bytes(qint64 value)
{
    const QLocale locale;
    if (value < 1024)
        return QCoreApplication::translate("Ops::Format", "%1 B").arg(value);
    static const char* const units[] = {"KiB", "MiB", "GiB", "TiB"};
    double v = double(value) / 1024.0;
    int unit = 0;
    while (v >= 1024.0 && unit < 3) {
        v /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(locale.toString(v, 'f', v < 10 ? 2 : 1), QLatin1String(units[unit]));
}

QString percent(double value, int decimals)
{
    return QStringLiteral("%1 %").arg(QLocale().toString(value, 'f', decimals));
}

QString utcAndLocal(const QDateTime& when)
{
    if (!when.isValid())
        return QCoreApplication::translate("Ops::Format", "–", "no time");
    const QDateTime utc = when.toUTC();
    const QDateTime local = when.toLocalTime();
    return QCoreApplication::translate("Ops::Format", "%1 UTC (%2 local)")
        .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), local.toString(QStringLiteral("HH:mm")));
}

} // namespace Ops::Format
