#include "models/health/stackverdict.h"

#include "models/health/alertsmodel.h"
#include "models/health/servicestatusmodel.h"

#include <QCoreApplication>

namespace Ops {

QString StackVerdict::word() const
{
    if (!raisedByAlerts)
        return healthText(health);
    return alerts.criticalFiring > 0
               ? QCoreApplication::translate("Ops::StackVerdict", "Critical alert", "stack verdict: a critical alert fires")
               : QCoreApplication::translate("Ops::StackVerdict", "Alert firing", "stack verdict: a warning alert fires");
}

StackVerdict stackVerdict(Health worstService, const AlertCounts& alerts)
{
    StackVerdict v;
    v.services = worstService;
    v.alerts = alerts;
    Health byAlerts = Health::Ok;
    if (alerts.criticalFiring > 0)
        byAlerts = Health::Down;
    else if (alerts.firing > 0)
        byAlerts = Health::Degraded;
    v.health = byAlerts == Health::Ok ? worstService : worstOf(worstService, byAlerts);
    v.raisedByAlerts = healthSeverity(byAlerts) > healthSeverity(worstService);
    return v;
}

StackVerdict stackVerdict(const ServiceStatusModel& services, const AlertsModel& alerts)
{
    return stackVerdict(services.worstHealth(), alerts.counts());
}

} // namespace Ops
