#include "scenarioprofile.h"

using namespace Qt::StringLiterals;

namespace Sim {

ScenarioProfile ScenarioProfile::forScenario(const QString& name, bool badDeployActive)
{
    ScenarioProfile p;
    if (name == u"error-spike"_s) {
        p.error5xxRatio = 0.15;
    } else if (name == u"latency-spike"_s) {
        p.slowRatio = 0.35;
        p.slowMin = 1.5;
        p.slowMax = 6.0;
    } else if (name == u"queue-backlog"_s) {
        p.queueBacklog = true;
    } else if (name == u"db-errors"_s) {
        p.databaseErrors = true;
        p.dbError5xxRatio = 0.4;
    } else if (name == u"api-down"_s) {
        p.apiMode = ApiMode::Refusing;
    } else if (name == u"api-hang"_s) {
        p.apiMode = ApiMode::Hanging;
    } else if (name == u"bad-deploy"_s && badDeployActive) {
        p.error5xxRatio = 0.10;
        p.slowRatio = 0.25;
        p.slowMin = 1.2;
        p.slowMax = 4.0;
    } else if (name == u"db-pool-exhausted"_s) {
        p.holdDbPercent = 92;
        p.slowRatio = 0.02; // requests waiting for a pooled connection
        p.slowMin = 0.5;
        p.slowMax = 0.9;
    }
    return p;
}

} // namespace Sim
