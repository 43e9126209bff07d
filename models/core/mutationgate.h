#pragma once

#include <QString>

#include <functional>

namespace Ops {

/// Asked by a procedure before it changes the stack (and before each step of a plan): empty when it may
/// act, otherwise the translated reason why not — a production profile that is not armed. The session
/// hands one to every procedure it creates, so that no path (a dialog, a resumed run, a timer's next
/// step) can act around the arming.
using MutationGate = std::function<QString()>;

} // namespace Ops
