#pragma once

#include <QString>

namespace Ops::Identity {

/// Who acts, as the operating system knows it: the account the process runs as (not $USER, which
/// anyone can set) and this machine's host name. Audit rows, lock holders and checklist ticks say so.
QString osUser();
QString host();

} // namespace Ops::Identity
