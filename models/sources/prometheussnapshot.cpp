#include "models/sources/prometheussnapshot.h"

#include <algorithm>

namespace Ops {

int PrometheusSnapshot::firingCount() const
{
    return int(std::count_if(alerts.cbegin(), alerts.cend(),
                             [](const PromAlert& a) { return a.state == PromAlert::State::Firing; }));
}

int PrometheusSnapshot::pendingCount() const
{
    return int(std::count_if(alerts.cbegin(), alerts.cend(),
                             [](const PromAlert& a) { return a.state == PromAlert::State::Pending; }));
}

int PrometheusSnapshot::targetsDown() const
{
    return int(std::count_if(targets.cbegin(), targets.cend(),
                             [](const PromTarget& t) { return t.health == PromTarget::State::Down; }));
}

} // namespace Ops
