#include "models/health/sourceset.h"

#include "models/profiles/connectionprofile.h"
#include "models/sources/alertmanagersource.h"
#include "models/sources/apisource.h"
#include "models/sources/hostsource.h"
#include "models/sources/orchestratorsource.h"
#include "models/sources/postgressource.h"
#include "models/net/prometheusclient.h"
#include "models/sources/prometheussource.h"
#include "models/sources/redissource.h"

#include <QUrl>

namespace Ops {

QList<Source*> SourceSet::all() const
{
    QList<Source*> out;
    for (Source* s : std::initializer_list<Source*>{api, postgres, redis, prometheus, alertmanager, host, orchestrator})
        if (s)
            out << s;
    return out;
}

SourceSet createSourceSet(const ConnectionProfile& profile, const HealthSchedule& schedule, HttpClient* http,
                          QObject* parent)
{
    SourceSet set;
    set.http = http;
    const int deadline = schedule.deadlineSec * 1000;

    set.api = new ApiSource(http, parent);
    set.api->setInterval(schedule.apiIntervalSec * 1000);
    set.api->setDeadline(deadline);

    set.postgres = new PostgresSource(parent);
    set.postgres->setProfile(profile);
    set.postgres->setInterval(schedule.databaseIntervalSec * 1000);
    set.postgres->setDeadline(deadline);

    set.redis = new RedisSource(parent);
    set.redis->setProfile(profile);
    set.redis->setInterval(schedule.redisIntervalSec * 1000);
    set.redis->setQueueInterval(schedule.queueIntervalSec * 1000);
    set.redis->setDeadline(deadline);

    set.orchestrator = new OrchestratorSource(parent);
    set.orchestrator->setProfile(profile);
    set.orchestrator->setInterval(schedule.orchestratorIntervalSec * 1000);
    set.orchestrator->setTimeout(std::max(deadline, 10000));

    if (!profile.prometheusUrl.isEmpty()) {
        set.prometheus = new PrometheusSource(http, parent);
        set.prometheus->setInterval(schedule.prometheusIntervalSec * 1000);
        set.prometheus->setDeadline(deadline);

        set.promClient = new PrometheusClient(http, parent);
        set.promClient->setDeadline(deadline);
        set.host = new HostSource(set.promClient, parent);
        set.host->setInterval(std::min(schedule.diskIntervalSec, schedule.memoryIntervalSec) * 1000);
        set.host->setDiskThreshold(schedule.diskThresholdPct);
        set.host->setMemoryThreshold(schedule.memoryThresholdPct);
    }
    if (!profile.alertmanagerUrl.trimmed().isEmpty()) {
        set.alertmanager = new AlertmanagerSource(http, parent);
        set.alertmanager->setInterval(schedule.prometheusIntervalSec * 1000);
        set.alertmanager->setDeadline(deadline);
    }
    return set;
}

} // namespace Ops
