#pragma once

class QListWidget;
class QWidget;

namespace Ops::Theme {

/// The console's light theme, set on the few widgets it styles rather than on the application: an
/// application style sheet puts every widget of every page through Qt's style-sheet style, which
/// computes and keeps rules for each of them (8 MB of a 19 MB heap once every page was shown) and
/// polishes each more slowly. The navigation keeps its style sheet (resources/theme.qss).
void styleNavigation(QListWidget* navigation);

/// Page titles (objectName "pageTitle"), descriptions ("pageDescription") and group box titles of a
/// page just built: fonts, colours and margins as the theme has them.
void stylePage(QWidget* page);

} // namespace Ops::Theme
