#pragma once

#include "doublecontext.h"

#include <QStringList>

/// `docker compose exec SERVICE COMMAND...`: database and cache commands go to the real local
/// servers (stdin and stdout passed through, exit code kept); a few others get canned answers.
namespace Dbl {

int execInService(const Context& ctx, const QString& service, const QString& containerName,
                  const QStringList& command);

} // namespace Dbl
