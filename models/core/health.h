#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace Ops {
Q_NAMESPACE

/// The state of anything the console watches. An old value is never shown as current:
/// a source whose last good answer is too old reports Stale, one that never answered Unknown.
enum class Health {
    Unknown,  ///< no answer yet
    Ok,
    Degraded, ///< answers, but something is wrong
    Down,     ///< refused, failed or timed out; the reason says which
    NoData,   ///< answered with nothing to show
    Stale,    ///< the last good answer is older than its interval allows
};
Q_ENUM_NS(Health)

/// Translated short word for a state ("OK", "Down", ...).
QString healthText(Health health);
/// Ranking used to find the worst state of a group (Ok < NoData < Unknown < Stale < Degraded < Down).
int healthSeverity(Health health);
Health worstOf(Health a, Health b);

/// Outcome of one check of one source: errors are data, never exceptions.
struct CheckResult
{
    Health health = Health::Unknown;
    QString reason;           ///< translated, for the operator; empty when Ok
    QDateTime checkedAt;      ///< UTC
    qint64 latencyMs = -1;    ///< -1 when there was no answer
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::CheckResult)
