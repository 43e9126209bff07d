#include "checksuite.h"

#include "core/consolecontext.h"
#include "sources/source.h"

namespace Ops {

QList<Source*> createCheckSuite(ConsoleContext& context, QObject* parent)
{
    Q_UNUSED(context);
    Q_UNUSED(parent);
    // Filled by the live-status sources (API, PostgreSQL, Redis, Prometheus, orchestrator, host).
    return {};
}

int checkSuiteDeadlineMs()
{
    return 15000;
}

} // namespace Ops
