#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

namespace Ops::Format {

/// "850 ms", "12 s", "3 min 5 s", "2 h 10 min", "3 d 4 h" — translated units.
QString duration(qint64 milliseconds);
/// A deadline in seconds for messages: "5", "2.5" (one decimal only where it has one).
QString seconds(int milliseconds);
/// "12 s ago"; "just now" under one second; "never" for an invalid time.
QString age(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc());
/// "512 B", "1.5 KiB", "20.0 MiB", "3.25 GiB".
QString bytes(qint64 bytes);
/// "45.2 %" (Korean: "45.2%"): the spacing is the translation's.
QString percent(double value, int decimals = 1);
/// "2×", "0.5×", "2.72×" (Korean: "2배"): a factor in running text, three significant digits.
QString factor(double value);

// Times. The convention (README, "Times"): every time on screen names its zone. UTC comes first;
// when the operator's zone (the system time zone) has another offset at that moment, the local time
// follows in parentheses with the zone's abbreviation (KST) or offset (UTC+05:30), and with its date
// when the local day differs. 24-hour clock, ISO dates (year-month-day) in both languages.

/// The zone the operator's screen uses (the system time zone; tests may set another).
QTimeZone localZone();
/// Tests only: use this zone instead of the system's (an invalid zone restores the system's).
void setLocalZoneForTesting(const QTimeZone& zone);
/// True when the local zone is UTC at that moment (then only UTC is shown).
bool localIsUtc(const QDateTime& when = QDateTime::currentDateTimeUtc());
/// "KST" (abbreviation of the local zone at that moment); "UTC+05:30" when the system gives none.
QString localZoneName(const QDateTime& when = QDateTime::currentDateTimeUtc());

enum class Precision { Minutes, Seconds };

/// "2026-11-26 22:26 UTC (11-27 07:26 KST)", "2026-11-26 01:00 UTC (10:00 KST)", or
/// "2026-11-26 22:26 UTC" when the local zone is UTC; "–" for an invalid time.
QString utcAndLocal(const QDateTime& when, Precision precision = Precision::Seconds);
/// Maintenance windows: with the weekday, in the language's order —
/// "Sun 12-06 02:00 UTC (Sun 11:00 KST)"; Korean "12-06(일) 02:00 UTC (12-06(일) 11:00 KST)".
QString utcAndLocalWithWeekday(const QDateTime& when);
/// The time of day alone, both zones: "04:00 UTC (13:00 KST)" (the end of a window that starts the same day).
QString utcAndLocalTime(const QDateTime& when);
/// The local part alone, zone named: "07:26 KST", "11-27 07:26 KST" (with the date when
/// @p withDate), "Sun 11:00 KST" with the weekday.
QString local(const QDateTime& when, bool withDate = false, bool withWeekday = false);
/// "2026-11-27 07:26:24 KST" — a full local time with its zone (tables that sort by time).
QString localFull(const QDateTime& when, Precision precision = Precision::Seconds);

/// Qt date-time format patterns for editors and axes, 24-hour, in the language's order.
QString dateTimeEditFormat();

/// A moment as saved in the console's JSON files: ISO 8601 in UTC with milliseconds; empty when invalid.
QString isoUtc(const QDateTime& when);
/// Reads what isoUtc() wrote into a JSON file (any ISO 8601 date-time with milliseconds); invalid otherwise.
QDateTime fromIso(const QJsonValue& value);

} // namespace Ops::Format
