#pragma once

#include "models/core/health.h"

#include <QColor>
#include <QString>

namespace Ops {

/// How a health state looks: a colour AND a symbol AND words — never colour alone.
QColor healthColor(Health health);
/// A short symbol that reads without colour: ✔ ▲ ✖ ? ⌛ …
QString healthSymbol(Health health);

} // namespace Ops
