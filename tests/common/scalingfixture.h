#pragma once

#include "models/profiles/connectionprofile.h"

#include <QString>

/// Helpers shared by the scaling tests: the stack's replica counts and image tags read straight from
/// the Docker Engine (not through the code under test), and setting them back.
namespace ScalingFixture {

/// Containers of a service as `docker ps` reports them; -1 when the engine does not answer.
int replicasOf(const QString& service);
/// Sets a service's replica count without the console (no audit, no lock), keeping its running tag.
bool setReplicas(const QString& service, int replicas);
/// A health schedule of seconds, saved for `profileName`.
void saveFastSchedule(const QString& profileName);

} // namespace ScalingFixture
