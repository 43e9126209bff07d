#pragma once

#include "models/core/health.h"

#include <QMetaType>
#include <QString>

namespace Ops {

/// One step of the runbook's Comprehensive Health Check and its outcome.
struct CheckStep
{
    QString id;        ///< "services", "database", "redis", "queues", "api", "metrics"
    QString title;     ///< translated, e.g. "Check database (pg_isready)"
    CheckResult result;
    QString detail;    ///< what was seen, e.g. "accepting connections", "PONG"
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::CheckStep)
