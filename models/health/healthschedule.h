#pragma once

#include <QString>

namespace Ops {

/// How often each check runs and when it alerts: the runbook's Health Check Schedule,
/// editable per profile. Defaults are the runbook's table.
struct HealthSchedule
{
    int apiIntervalSec = 30;
    int apiFailuresToAlert = 2;
    int databaseIntervalSec = 60;
    int databaseFailuresToAlert = 1;
    int redisIntervalSec = 60;
    int redisFailuresToAlert = 1;
    int queueIntervalSec = 300;
    int queueThreshold = 100;      ///< items in a worker queue
    int diskIntervalSec = 600;
    double diskThresholdPct = 85;
    int memoryIntervalSec = 300;
    double memoryThresholdPct = 90;
    int prometheusIntervalSec = 30;
    int orchestratorIntervalSec = 30;
    int deadlineSec = 5;           ///< client-side deadline of every single call

    // "When to scale" signals (Scaling Procedures).
    double scaleP95Ms = 500;
    double scaleCpuPct = 70;
    int scaleRequestQueue = 50;
    int scaleLlmQueue = 50;
    double scaleWaitSec = 10;
    int scaleTrainingBacklog = 10;

    bool operator==(const HealthSchedule&) const = default;

    /// The schedule saved for a profile, or the runbook's defaults.
    static HealthSchedule load(const QString& profileName);
    void save(const QString& profileName) const;
};

} // namespace Ops
