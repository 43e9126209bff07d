#include "models/health/checksuite.h"

#include "models/health/healthschedule.h"
#include "models/health/sourceset.h"
#include "models/profiles/connectionprofile.h"
#include "models/sources/source.h"

namespace Ops {

QList<Source*> createCheckSuite(const ConnectionProfile& profile, HttpClient* http, QObject* parent)
{
    return createSourceSet(profile, HealthSchedule::load(profile.name), http, parent).all();
}

int checkSuiteDeadlineMs()
{
    return 20000;
}

} // namespace Ops
