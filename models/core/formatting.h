#pragma once

#include <QDateTime>
#include <QString>

namespace Ops::Format {

/// "850 ms", "12 s", "3 min 5 s", "2 h 10 min", "3 d 4 h" — translated units.
QString duration(qint64 milliseconds);
/// "12 s ago"; "just now" under one second; "never" for an invalid time.
QString age(const QDateTime& when, const QDateTime& now = QDateTime::currentDateTimeUtc());
/// "512 B", "1.5 KiB", "20.0 MiB", "3.25 GiB".
QString bytes(qint64 bytes);
/// "45.2 %".
QString percent(double value, int decimals = 1);
/// "2026-11-26 12:00:00 UTC (21:00 KST)": UTC first, local time beside it.
QString utcAndLocal(const QDateTime& when);

} // namespace Ops::Format
