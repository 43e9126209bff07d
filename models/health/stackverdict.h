#pragma once

#include "models/core/health.h"
#include "models/health/stackalerts.h"

#include <QString>

namespace Ops {

class AlertsModel;
class ServiceStatusModel;

/// The one verdict on the stack that the dashboard's headline, the status bar and the window icon
/// show: the worst service, raised by firing alerts — a critical alert makes it Down-coloured, a
/// warning Degraded — so the console is never green while the stack's own rules say otherwise.
/// Silenced and pending alerts do not raise it.
struct StackVerdict
{
    Health health = Health::Unknown; ///< colour and symbol
    Health services = Health::Unknown; ///< the worst service alone
    AlertCounts alerts;
    bool raisedByAlerts = false; ///< the alerts made it worse than the services are

    /// Short word for the status bar: "OK", "Down", … or "Critical alert" / "Alert firing" when the
    /// alerts raised it (translated).
    QString word() const;
};

StackVerdict stackVerdict(Health worstService, const AlertCounts& alerts);
StackVerdict stackVerdict(const ServiceStatusModel& services, const AlertsModel& alerts);

} // namespace Ops
