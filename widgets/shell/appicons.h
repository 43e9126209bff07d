#pragma once

#include "widgets/shell/pageid.h"

#include <QIcon>

namespace Ops {

/// The console's icons, from the PNG files rendered at build time from resources/icons/*.svg
/// (tools/iconrender): no SVG is loaded or rendered while the window is built and shown.
namespace AppIcons {

/// The application's icon (window, About dialog): 16, 32 and 64 px (and 128 on a high-DPI screen).
QIcon console();
/// A page's navigation (20 px) and View-menu (16 px) icon.
QIcon page(PageId page);

} // namespace AppIcons
} // namespace Ops
