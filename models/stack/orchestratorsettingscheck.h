#pragma once

#include <QString>

namespace Ops {

struct OrchestratorSettings;

/// Whether a profile's orchestrator settings may be used to run anything: absolute, executable
/// programs, names that cannot be read as options, valid project, context and namespace names.
/// Every status poll and every mutating command checks them first.
namespace OrchestratorSettingsCheck {

/// Why the settings cannot be used (translated), or empty.
QString problem(const OrchestratorSettings& settings);
/// The Kubernetes part of problem(): absolute kubectl, context and namespace names.
QString kubernetesProblem(const OrchestratorSettings& settings);

} // namespace OrchestratorSettingsCheck

} // namespace Ops
