#include "models/core/health.h"

#include <QCoreApplication>

namespace Ops {

QString healthText(Health health)
{
    switch (health) {
    case Health::Unknown: return QCoreApplication::translate("Ops::Health", "Unknown", "health state: no answer yet");
    case Health::Ok: return QCoreApplication::translate("Ops::Health", "OK", "health state");
    case Health::Degraded: return QCoreApplication::translate("Ops::Health", "Degraded", "health state");
    case Health::Down: return QCoreApplication::translate("Ops::Health", "Down", "health state");
    case Health::NoData: return QCoreApplication::translate("Ops::Health", "No data", "health state");
    case Health::Stale: return QCoreApplication::translate("Ops::Health", "Stale", "health state: old value");
    }
    return {};
}

int healthSeverity(Health health)
{
    switch (health) {
    case Health::Ok: return 0;
    case Health::NoData: return 1;
    case Health::Unknown: return 2;
    case Health::Stale: return 3;
    case Health::Degraded: return 4;
    case Health::Down: return 5;
    }
    return 2;
}

Health worstOf(Health a, Health b)
{
    return healthSeverity(a) >= healthSeverity(b) ? a : b;
}

} // namespace Ops
