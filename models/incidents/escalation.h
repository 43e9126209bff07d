#pragma once

#include "models/incidents/incident.h"

#include <QCoreApplication>

namespace Ops {

/// The runbook's Escalation Path: L1 on-call engineer (0–15 min) → L2 team lead (15–30) → L3
/// engineering manager (30–60) → L4 CTO (after 60 min, or at once for P0).
enum class EscalationLevel { L1 = 1, L2, L3, L4 };

struct EscalationState
{
    EscalationLevel level = EscalationLevel::L1;
    qint64 elapsedSeconds = 0; ///< since the start; up to the resolution for a resolved incident
    qint64 secondsToNext = -1; ///< until the next level; -1 at L4 or when resolved
};

class Escalation
{
    Q_DECLARE_TR_FUNCTIONS(Ops::Escalation)

public:
    /// Pure: the level an incident has reached at `now`.
    static EscalationState at(const Incident& incident, const QDateTime& now);
    static EscalationState at(Severity severity, qint64 elapsedSeconds);
    /// "L2"
    static QString levelKey(EscalationLevel level);
    /// "Team lead"
    static QString roleText(EscalationLevel level);
    /// "1:05:12" (h:mm:ss) or "12:03" (mm:ss)
    static QString durationText(qint64 seconds);
};

} // namespace Ops
