#pragma once

#include "models/net/prometheustypes.h"

#include <optional>

namespace Ops {

/// Reads a successful vector or matrix answer of `/api/v1/query(_range)` straight from its bytes into
/// points, in one pass: no QJsonDocument in between, which for a day of 12 series at 15 s (2 MB of
/// JSON) took tens of milliseconds on the GUI thread and left tens of megabytes of freed nodes in the
/// heap. Anything else — an error envelope, a scalar, a value it does not know, malformed JSON — gives
/// nothing, and the caller parses the answer the general way (PrometheusApiParser), which says why.
std::optional<PromQueryResult> readQueryResult(const HttpOutcome& outcome);

} // namespace Ops
