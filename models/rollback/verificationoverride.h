#pragma once

#include "models/audit/auditentry.h"
#include "models/rollback/rollbackrunstate.h"
#include "models/rollback/rollbackverifier.h"

#include <QList>

namespace Ops {

/// A failed verification after a rollback is accepted only by an operator who says why: the audit row
/// ("rollback-override", marked as an override) carries the reason and the figures that failed, so that
/// the trail shows who moved on from what.
namespace VerificationOverride {

/// The row for going on after `results` failed; `measuredFrom`/`measuredTo` is the error rate's range.
AuditEntry entry(const QString& profile, const RollbackRunState& run, const QList<RollbackVerifier::Result>& results,
                 const QDateTime& measuredFrom, const QDateTime& measuredTo, const QString& reason);

} // namespace VerificationOverride

} // namespace Ops
