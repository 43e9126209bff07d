#include "models/incidents/escalation.h"

namespace Ops {

EscalationState Escalation::at(Severity severity, qint64 elapsed)
{
    EscalationState state;
    state.elapsedSeconds = std::max<qint64>(0, elapsed);
    if (severity == Severity::P0) {
        state.level = EscalationLevel::L4;
        return state;
    }
    const qint64 minutes15 = 15 * 60;
    if (state.elapsedSeconds < minutes15) {
        state.level = EscalationLevel::L1;
        state.secondsToNext = minutes15 - state.elapsedSeconds;
    } else if (state.elapsedSeconds < 2 * minutes15) {
        state.level = EscalationLevel::L2;
        state.secondsToNext = 2 * minutes15 - state.elapsedSeconds;
    } else if (state.elapsedSeconds < 4 * minutes15) {
        state.level = EscalationLevel::L3;
        state.secondsToNext = 4 * minutes15 - state.elapsedSeconds;
    } else {
        state.level = EscalationLevel::L4;
    }
    return state;
}

EscalationState Escalation::at(const Incident& incident, const QDateTime& now)
{
    const QDateTime end = !incident.isOpen() && incident.resolvedAt.isValid() ? incident.resolvedAt : now;
    EscalationState state = at(incident.severity, incident.startedAt.isValid() ? incident.startedAt.secsTo(end) : 0);
    if (!incident.isOpen())
        state.secondsToNext = -1;
    return state;
}

QString Escalation::levelKey(EscalationLevel level)
{
    return QStringLiteral("L%1").arg(int(level));
}

QString Escalation::roleText(EscalationLevel level)
{
    switch (level) {
    case EscalationLevel::L1: return tr("On-call engineer", "incidents: escalation");
    case EscalationLevel::L2: return tr("Team lead", "incidents: escalation");
    case EscalationLevel::L3: return tr("Engineering manager", "incidents: escalation");
    case EscalationLevel::L4: return tr("CTO", "incidents: escalation");
    }
    return {};
}

QString Escalation::durationText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    if (h > 0)
        return QString::number(h) % u':' % two(m) % u':' % two(s);
    return two(m) % u':' % two(s);
}

} // namespace Ops
