#pragma once

#include <QString>

namespace Sim {

/// How a scenario bends the simulated API: its errors, latencies, queues and listening socket.
struct ScenarioProfile
{
    enum class ApiMode { Serving, Refusing, Hanging };

    double error5xxRatio = 0.0;   ///< share of all requests answered 5xx
    double dbError5xxRatio = 0.0; ///< extra share of requests to database handlers answered 5xx
    double slowRatio = 0.0;       ///< share of requests that take slowMin..slowMax seconds
    double slowMin = 1.5;
    double slowMax = 5.0;
    bool databaseErrors = false;  ///< /health reports the database unhealthy
    bool queueBacklog = false;    ///< producers flood, workers crawl
    int holdDbPercent = 0;        ///< share of max_connections held open for real
    ApiMode apiMode = ApiMode::Serving;

    /// The profile of a scenario name; badDeployActive says whether the bad build is deployed.
    static ScenarioProfile forScenario(const QString& name, bool badDeployActive);
};

} // namespace Sim
