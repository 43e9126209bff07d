#include "models/health/checksuite.h"

#include "models/session/consolecontext.h"
#include "models/health/healthschedule.h"
#include "models/sources/source.h"
#include "models/health/sourceset.h"

#include <QNetworkAccessManager>

namespace Ops {

QList<Source*> createCheckSuite(ConsoleContext& context, QObject* parent)
{
    const ConnectionProfile& profile = context.activeProfile();
    auto* network = new QNetworkAccessManager(parent);
    network->setTransferTimeout(10000);
    return createSourceSet(profile, HealthSchedule::load(profile.name), network, parent).all();
}

int checkSuiteDeadlineMs()
{
    return 20000;
}

} // namespace Ops
