#pragma once

#include "models/profiles/connectionprofile.h"

#include <QCoreApplication>

namespace Ops {

/// `opsconsole --approve-programs (--profile NAME | --profile-file FILE)`: shows every program the profile
/// would run (path, owner, mode, SHA-256, DOCKER_HOST, working folder, example command lines) and
/// approves them on this workstation once the operator types "approve" on standard input. Returns the
/// process's exit code: 0 approved (or nothing to approve), 3 nothing approved, 2 a program cannot be
/// approved (missing, writable by others, invalid settings).
class ApproveCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ops::ApproveCommand)

public:
    static int run(const ConnectionProfile& profile);
};

} // namespace Ops
