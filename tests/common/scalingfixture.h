#pragma once

#include "models/profiles/connectionprofile.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ops {
class ConsoleContext;
}

/// Helpers shared by the scaling GUI tests: the stack's replica counts read straight from the
/// orchestrator (not through the code under test), restoring them, and the docker double's call log.
namespace ScalingFixture {

/// Replicas of a service as `docker compose ps` reports them; -1 when the command fails.
int replicasOf(const Ops::OrchestratorSettings& settings, const QString& service);
/// Sets a service's replica count with a plain `up -d --scale` (no audit, no lock); true when it ran.
bool setReplicas(const Ops::OrchestratorSettings& settings, const QString& service, int replicas);
/// Lines in the docker double's call log so far.
int dockerCallCount();
/// argv of every call logged after the first `from` lines.
QList<QStringList> dockerCallsSince(int from);
/// Only the `up … --scale` calls among them.
QList<QStringList> scaleCallsSince(int from);
/// A health schedule of seconds, saved for `profileName`.
void saveFastSchedule(const QString& profileName);

} // namespace ScalingFixture
