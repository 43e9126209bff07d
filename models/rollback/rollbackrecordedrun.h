#pragma once

#include "models/rollback/rollbackplan.h"
#include "models/rollback/rollbackrunstate.h"
#include "models/rollback/rollbackverifier.h"

#include <QList>
#include <QStringList>

namespace Ops {

/// A rollback shown, never run: the wizard's pictures of Execute, Verify and After (`--screenshot
/// rollback:execute|verify|after`) show the reviewed plan of the real stack as a recorded run that
/// went well. Nothing here starts a process, takes the lock or writes to the audit trail.
namespace RollbackRecordedRun {

/// The plan as if it had run: every step done, with plausible durations, ending now.
RollbackRunState run(const QString& profile, const RollbackRequest& request, const QList<RollbackStep>& plan,
                     const QString& fromVersion);
/// What the Execute page's output shows for it: a note that it is a recording, then each step's
/// header and command lines as a real run prints them.
QStringList output(const RollbackRunState& run);
/// The verification of a rollback to `request.version` that passed every check (translated details).
QList<RollbackVerifier::Result> verification(const QList<RollbackVerifier::Check>& checks,
                                             const RollbackRequest& request);

} // namespace RollbackRecordedRun

} // namespace Ops
