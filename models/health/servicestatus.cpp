#include "models/health/servicestatus.h"

#include <QStringList>

namespace Ops {

QStringList runbookServices()
{
    return {QStringLiteral("app"),        QStringLiteral("nginx"),      QStringLiteral("postgres"),
            QStringLiteral("redis"),      QStringLiteral("worker-llm"), QStringLiteral("worker-rl"),
            QStringLiteral("prometheus"), QStringLiteral("grafana")};
}

} // namespace Ops
