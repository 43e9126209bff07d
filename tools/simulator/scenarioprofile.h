#pragma once

#include <QString>
#include <QStringList>

namespace Sim {

/// How the API misbehaves: its errors, latencies and database trouble. Two things set it: the
/// build itself (a bad release carries its defect in the image, see forDefect) and the simulator's
/// own switches, which `scripts/stack.sh scenario NAME` sets for every replica at once (forSwitch).
/// Faults the engine can make for real (stopped, paused or killed containers) are not in here.
struct ScenarioProfile
{
    double error5xxRatio = 0.0;   ///< share of all requests answered 5xx
    double dbError5xxRatio = 0.0; ///< extra share of requests to database handlers answered 5xx
    double slowRatio = 0.0;       ///< share of requests that take slowMin..slowMax seconds
    double slowMin = 1.5;
    double slowMax = 5.0;
    bool databaseErrors = false;  ///< /health reports the database unhealthy
    int holdDbPercent = 0;        ///< share of max_connections held open for real

    /// The simulator's switches: error-spike, latency-spike, db-errors, db-pool-exhausted.
    /// Any other name (normal, or a scenario the engine plays) is the healthy profile.
    static ScenarioProfile forSwitch(const QString& name);
    static QStringList switchNames();
    /// What a build does by itself: "bad-release" is the 0.2.0 image's defect (≈10 % 5xx and
    /// slow requests); empty is a good build.
    static ScenarioProfile forDefect(const QString& defect);
    /// The worse of two profiles, field by field.
    ScenarioProfile worst(const ScenarioProfile& other) const;
};

} // namespace Sim
