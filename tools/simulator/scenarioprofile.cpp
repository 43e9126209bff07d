#include "tools/simulator/scenarioprofile.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace Sim {

QStringList ScenarioProfile::switchNames()
{
    return {u"error-spike"_s, u"latency-spike"_s, u"db-errors"_s, u"db-pool-exhausted"_s};
}

ScenarioProfile ScenarioProfile::forSwitch(const QString& name)
{
    ScenarioProfile p;
    if (name == u"error-spike"_s) {
        p.error5xxRatio = 0.15;
    } else if (name == u"latency-spike"_s) {
        p.slowRatio = 0.35;
        p.slowMin = 1.5;
        p.slowMax = 6.0;
    } else if (name == u"db-errors"_s) {
        p.databaseErrors = true;
        p.dbError5xxRatio = 0.4;
    } else if (name == u"db-pool-exhausted"_s) {
        p.holdDbPercent = 92;
        p.slowRatio = 0.02; // requests waiting for a pooled connection
        p.slowMin = 0.5;
        p.slowMax = 0.9;
    }
    return p;
}

ScenarioProfile ScenarioProfile::forDefect(const QString& defect)
{
    ScenarioProfile p;
    if (defect == u"bad-release"_s) {
        p.error5xxRatio = 0.10;
        p.slowRatio = 0.25;
        p.slowMin = 1.2;
        p.slowMax = 4.0;
    }
    return p;
}

ScenarioProfile ScenarioProfile::worst(const ScenarioProfile& other) const
{
    ScenarioProfile p = *this;
    p.error5xxRatio = qMax(error5xxRatio, other.error5xxRatio);
    p.dbError5xxRatio = qMax(dbError5xxRatio, other.dbError5xxRatio);
    if (other.slowRatio > slowRatio) {
        p.slowRatio = other.slowRatio;
        p.slowMin = other.slowMin;
        p.slowMax = other.slowMax;
    }
    p.databaseErrors = databaseErrors || other.databaseErrors;
    p.holdDbPercent = qMax(holdDbPercent, other.holdDbPercent);
    return p;
}

} // namespace Sim
