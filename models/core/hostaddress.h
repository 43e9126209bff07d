#pragma once

#include <QString>

namespace Ops {

/// True when `host` names this machine's loopback: "localhost", 127.0.0.0/8 or ::1. Anything else,
/// including a name that happens to resolve to loopback, is treated as remote: secrets sent there
/// could cross a network.
bool isLoopbackHost(const QString& host);

} // namespace Ops
