#include "models/health/healthschedule.h"

#include <QSettings>

namespace Ops {

namespace {
// One table drives loading and saving, so a field cannot be forgotten in one of them.
template <typename Fn>
void forEachField(HealthSchedule& s, Fn&& fn)
{
    fn("apiIntervalSec", s.apiIntervalSec);
    fn("apiFailuresToAlert", s.apiFailuresToAlert);
    fn("databaseIntervalSec", s.databaseIntervalSec);
    fn("databaseFailuresToAlert", s.databaseFailuresToAlert);
    fn("redisIntervalSec", s.redisIntervalSec);
    fn("redisFailuresToAlert", s.redisFailuresToAlert);
    fn("queueIntervalSec", s.queueIntervalSec);
    fn("queueThreshold", s.queueThreshold);
    fn("diskIntervalSec", s.diskIntervalSec);
    fn("diskThresholdPct", s.diskThresholdPct);
    fn("memoryIntervalSec", s.memoryIntervalSec);
    fn("memoryThresholdPct", s.memoryThresholdPct);
    fn("prometheusIntervalSec", s.prometheusIntervalSec);
    fn("orchestratorIntervalSec", s.orchestratorIntervalSec);
    fn("deadlineSec", s.deadlineSec);
    fn("scaleP95Ms", s.scaleP95Ms);
    fn("scaleCpuPct", s.scaleCpuPct);
    fn("scaleRequestQueue", s.scaleRequestQueue);
    fn("scaleLlmQueue", s.scaleLlmQueue);
    fn("scaleWaitSec", s.scaleWaitSec);
    fn("scaleTrainingBacklog", s.scaleTrainingBacklog);
}

QString group(const QString& profileName)
{
    return QStringLiteral("health-schedule/") + profileName;
}
} // namespace

HealthSchedule HealthSchedule::load(const QString& profileName)
{
    HealthSchedule s;
    QSettings settings;
    settings.beginGroup(group(profileName));
    forEachField(s, [&](const char* key, auto& field) {
        using T = std::decay_t<decltype(field)>;
        const QVariant v = settings.value(QLatin1String(key));
        if (v.isValid() && v.canConvert<T>() && v.value<T>() > 0)
            field = v.value<T>();
    });
    return s;
}

void HealthSchedule::save(const QString& profileName) const
{
    HealthSchedule copy = *this;
    QSettings settings;
    settings.beginGroup(group(profileName));
    forEachField(copy, [&](const char* key, auto& field) { settings.setValue(QLatin1String(key), field); });
}

} // namespace Ops
