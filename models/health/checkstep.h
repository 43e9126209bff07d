#pragma once

#include "models/core/health.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Ops {

/// One step of the runbook's Comprehensive Health Check and its outcome.
struct CheckStep
{
    QString id;        ///< "services", "database", "redis", "queues", "api", "alerts"
    QString title;     ///< translated, numbered in the runbook's order, e.g. "2. Check database (pg_isready)"
    CheckResult result;
    QString detail;    ///< what was seen, e.g. "accepting connections", "PONG"
    bool done = false; ///< false while the step still waits for its answer
};

/// The one verdict that ends a comprehensive check: the worst step (Unknown while a step has no
/// result), and a sentence that names the steps that need attention (translated).
struct CheckVerdict
{
    Health health = Health::Unknown;
    QString text;
};
CheckVerdict checkVerdict(const QList<CheckStep>& steps);

} // namespace Ops

Q_DECLARE_METATYPE(Ops::CheckStep)
