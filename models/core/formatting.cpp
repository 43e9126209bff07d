#include "models/core/formatting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace Ops::Format {

QString seconds(int milliseconds)
{
    return QLocale().toString(double(milliseconds) / 1000.0, 'f', milliseconds % 1000 == 0 ? 0 : 1);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QCoreApplication::translate("Ops::Format", "–", "no duration");
    if (ms < 1000)
        return QCoreApplication::translate("Ops::Format", "%1 ms", "a duration or age").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return QCoreApplication::translate("Ops::Format", "%1 s", "a duration or age").arg(s);
    if (s < 3600)
        return s % 60 ? QCoreApplication::translate("Ops::Format", "%1 min %2 s", "a duration or age").arg(s / 60).arg(s % 60) : QCoreApplication::translate("Ops::Format", "%1 min", "a duration or age").arg(s / 60);
    if (s < 86400)
        return (s % 3600) / 60 ? QCoreApplication::translate("Ops::Format", "%1 h %2 min", "a duration or age").arg(s / 3600).arg((s % 3600) / 60) : QCoreApplication::translate("Ops::Format", "%1 h", "a duration or age").arg(s / 3600);
    return (s % 86400) / 3600 ? QCoreApplication::translate("Ops::Format", "%1 d %2 h", "a duration or age").arg(s / 86400).arg((s % 86400) / 3600) : QCoreApplication::translate("Ops::Format", "%1 d", "a duration or age").arg(s / 86400);
}

QString age(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return QCoreApplication::translate("Ops::Format", "never", "age of a check that never ran");
    const qint64 ms = when.msecsTo(now);
    if (ms < 1000)
        return QCoreApplication::translate("Ops::Format", "just now", "age of a time: how long ago");
    return QCoreApplication::translate("Ops::Format", "%1 ago", "a duration or age").arg(duration(ms - ms % 1000));
}

QString bytes(qint64 value)
{
    const QLocale locale;
    if (value < 1024)
        return QCoreApplication::translate("Ops::Format", "%1 B", "a duration or age").arg(value);
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
    return QCoreApplication::translate("Ops::Format", "%1 %", "a percentage; the translation decides the spacing")
        .arg(QLocale().toString(value, 'f', decimals));
}

QString factor(double value)
{
    const QString number = QLocale().toString(value, 'g', 3);
    return QCoreApplication::translate("Ops::Format", "%1×", "a factor in running text: two times the baseline")
        .arg(number);
}

namespace {

QTimeZone& zoneOverride()
{
    static QTimeZone zone;
    return zone;
}

QString zoneText(const QDateTime& utc)
{
    const QTimeZone zone = localZone();
    QString name = zone.abbreviation(utc);
    // Some zones have no letters (tzdata writes "+04"): say the offset the way UTC reads.
    if (name.isEmpty() || name.startsWith(u'+') || name.startsWith(u'-') || name.at(0).isDigit()) {
        const int offset = zone.offsetFromUtc(utc);
        const int minutes = std::abs(offset) / 60;
        name = QStringLiteral("UTC%1%2:%3")
                   .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                   .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return name;
}

QString weekdayPattern()
{
    return QCoreApplication::translate("Ops::Format", "ddd MM-dd",
                                       "Qt date format: weekday and month-day (Korean order: MM-dd(ddd))");
}

} // namespace

QTimeZone localZone()
{
    return zoneOverride().isValid() ? zoneOverride() : QTimeZone::systemTimeZone();
}

void setLocalZoneForTesting(const QTimeZone& zone)
{
    zoneOverride() = zone;
}

bool localIsUtc(const QDateTime& when)
{
    return localZone().offsetFromUtc(when.isValid() ? when : QDateTime::currentDateTimeUtc()) == 0;
}

QString localZoneName(const QDateTime& when)
{
    const QDateTime at = when.isValid() ? when.toUTC() : QDateTime::currentDateTimeUtc();
    return localIsUtc(at) ? QStringLiteral("UTC") : zoneText(at);
}

QString utcAndLocal(const QDateTime& when, Precision precision)
{
    if (!when.isValid())
        return QCoreApplication::translate("Ops::Format", "–", "no time");
    const QDateTime utc = when.toUTC();
    const QString utcText =
        utc.toString(precision == Precision::Seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
    if (localIsUtc(utc))
        return QCoreApplication::translate("Ops::Format", "%1 UTC", "a time in UTC; the local zone is UTC").arg(utcText);
    const QDateTime l = utc.toTimeZone(localZone());
    const QString localText =
        l.toString(l.date() == utc.date() ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
    return QCoreApplication::translate("Ops::Format", "%1 UTC (%2 %3)", "UTC time (local time, local zone name)")
        .arg(utcText, localText, zoneText(utc));
}

QString utcAndLocalWithWeekday(const QDateTime& when)
{
    if (!when.isValid())
        return QCoreApplication::translate("Ops::Format", "–", "no time");
    const QLocale locale;
    const QDateTime utc = when.toUTC();
    const QString utcText = locale.toString(utc, weekdayPattern() + QStringLiteral(" HH:mm"));
    if (localIsUtc(utc))
        return QCoreApplication::translate("Ops::Format", "%1 UTC", "a time in UTC; the local zone is UTC").arg(utcText);
    const QDateTime l = utc.toTimeZone(localZone());
    const QString localText = l.date() == utc.date() ? locale.toString(l, QStringLiteral("HH:mm"))
                                                     : locale.toString(l, weekdayPattern() + QStringLiteral(" HH:mm"));
    return QCoreApplication::translate("Ops::Format", "%1 UTC (%2 %3)", "UTC time (local time, local zone name)")
        .arg(utcText, localText, zoneText(utc));
}

QString utcAndLocalTime(const QDateTime& when)
{
    if (!when.isValid())
        return QCoreApplication::translate("Ops::Format", "–", "no time");
    const QDateTime utc = when.toUTC();
    const QString utcText = utc.toString(QStringLiteral("HH:mm"));
    if (localIsUtc(utc))
        return QCoreApplication::translate("Ops::Format", "%1 UTC", "a time in UTC; the local zone is UTC").arg(utcText);
    const QDateTime l = utc.toTimeZone(localZone());
    const QString localText = QLocale().toString(
        l, l.date() == utc.date() ? QStringLiteral("HH:mm") : weekdayPattern() + QStringLiteral(" HH:mm"));
    return QCoreApplication::translate("Ops::Format", "%1 UTC (%2 %3)", "UTC time (local time, local zone name)")
        .arg(utcText, localText, zoneText(utc));
}

QString local(const QDateTime& when, bool withDate, bool withWeekday)
{
    if (!when.isValid())
        return QCoreApplication::translate("Ops::Format", "–", "no time");
    const QDateTime utc = when.toUTC();
    const QDateTime l = utc.toTimeZone(localZone());
    QString pattern = QStringLiteral("HH:mm");
    if (withWeekday)
        pattern = weekdayPattern() + QStringLiteral(" HH:mm");
    else if (withDate)
        pattern = QStringLiteral("MM-dd HH:mm");
    return QLocale().toString(l, pattern) + u' ' + localZoneName(utc);
}

QString localFull(const QDateTime& when, Precision precision)
{
    if (!when.isValid())
        return QCoreApplication::translate("Ops::Format", "–", "no time");
    const QDateTime utc = when.toUTC();
    const QDateTime l = utc.toTimeZone(localZone());
    return l.toString(precision == Precision::Seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                      : QStringLiteral("yyyy-MM-dd HH:mm")) +
           u' ' + localZoneName(utc);
}

QString dateTimeEditFormat()
{
    return QStringLiteral("yyyy-MM-dd HH:mm");
}

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace Ops::Format
