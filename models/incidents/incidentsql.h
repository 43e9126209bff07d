#pragma once

#include "models/incidents/incident.h"

#include "models/store/sql.h"
#include <QList>

namespace Ops::IncidentSql {

/// What happened to one change of an incident's fields.
enum class Outcome
{
    Applied,        ///< written now
    AlreadyApplied, ///< its change id was already recorded (a replay, or an abandoned job that committed)
    Conflict,       ///< the row moved on since the change's base: nothing written
};

struct ChangeResult
{
    Outcome outcome = Outcome::Applied;
    int version = 0;  ///< the row's version afterwards
    Incident current; ///< the row as it is now (Conflict only), without timeline
};

/// Applies one change inside `tx`, append-only: a new incident (`base` 0, no parent) is its version 1; an
/// edit becomes the next version when the newest one is `base` or was written by `parent`
/// (ops.incident_versions; the view ops.incidents shows the newest version of each). Parameters only.
/// Throws Ops::Sql errors (the worker catches them).
ChangeResult applyChange(Sql::Transaction& tx, const Incident& incident, const QUuid& change, int base,
                         const QUuid& parent);
/// Appends one timeline update; 1 when new, 0 when already there, -1 when its incident does not exist.
int appendUpdate(Sql::Transaction& tx, const QUuid& incidentId, const TimelineEntry& entry);
/// Every incident (newest first, at most `limit`) with its timeline.
QList<Incident> readAll(Sql::Transaction& tx, int limit = 2000);
/// One incident without timeline; null id when absent.
Incident readOne(Sql::Transaction& tx, const QUuid& id);

} // namespace Ops::IncidentSql
