#pragma once

#include "models/incidents/incident.h"
#include "models/rollback/rollbackrunstate.h"

#include <QCoreApplication>

namespace Ops {

/// The "document incident" item of the post-rollback checklist: a new incident prefilled with the
/// rollback's timeline (start, every step with its outcome and duration, the end), its actions taken and
/// the runbook's next steps.
class RollbackIncident
{
    Q_DECLARE_TR_FUNCTIONS(Ops::RollbackIncident)

public:
    static Incident create(const RollbackRunState& run);
};

} // namespace Ops
