#pragma once

#include <QColor>
#include <QFont>

class QListWidget;
class QPainter;
class QRect;
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

/// A widget's text colour (invalid: the palette's own), weight and size (0: as it is), by font and
/// palette: what a one-line style sheet did, without the style-sheet style.
void setTextLook(QWidget* widget, const QColor& color, QFont::Weight weight = QFont::Normal,
                 qreal pointSize = 0);

/// A rounded card: `background` inside a 1-pixel `border`, and, if `bandWidth` > 0, a band of `band` along
/// its left edge (a dashboard tile's health colour). Painted by the widgets that are cards, in place of a
/// style sheet's background, border and border-radius.
void paintCard(QPainter& painter, const QRect& rect, qreal radius, const QColor& background,
               const QColor& border, const QColor& band = QColor(), int bandWidth = 0);

} // namespace Ops::Theme
