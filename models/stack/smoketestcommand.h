#pragma once

#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ops {

/// The profile's smoke test (the runbook's `./scripts/smoke_test.sh`) as an argument list: split the
/// way a shell would quote, but never run by one, and only when its program is an absolute path to an
/// executable file — a relative name would depend on the console's working directory and PATH.
class SmokeTestCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ops::SmokeTestCommand)

public:
    /// Program and arguments, or empty with `error` saying why (translated).
    static QStringList argv(const ConnectionProfile& profile, QString* error);
};

} // namespace Ops
