#pragma once

#include "doublecontext.h"

#include <QStringList>

/// `docker compose ...` (and `docker-compose ...` in v1 style) against the shared state.
namespace Dbl {

/// args: everything after "compose" (or after "docker-compose"). Returns the exit code.
/// *streaming is set for `logs -f`, whose call is recorded before it starts streaming.
int runCompose(const Context& ctx, const QStringList& args, const QStringList& fullArgv, qint64 startedMs);

} // namespace Dbl
