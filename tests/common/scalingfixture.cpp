#include "tests/common/scalingfixture.h"

#include "models/health/healthschedule.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

using namespace Ops;

namespace ScalingFixture {

int replicasOf(const QString& service)
{
    return StackTest::replicasOf(service);
}

bool setReplicas(const QString& service, int replicas)
{
    QMap<QString, QString> env;
    const QString tag = StackTest::tagOf(service);
    if (!tag.isEmpty())
        env.insert(QStringLiteral("VERSION"), tag);
    const auto r = StackTest::compose({QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"),
                                       QStringLiteral("--no-recreate"), QStringLiteral("--scale"),
                                       service + u'=' + QString::number(replicas), service},
                                      env);
    if (r.exitCode != 0)
        qWarning("setReplicas %s=%d: %s", qPrintable(service), replicas, r.err.constData());
    return r.exitCode == 0;
}

void saveFastSchedule(const QString& profileName)
{
    // The shared fast schedule, with a longer deadline: scaling waits on the orchestrator's answers.
    HealthSchedule s = TestEnv::fastHealthSchedule();
    s.deadlineSec = 2;
    s.save(profileName);
}

} // namespace ScalingFixture
