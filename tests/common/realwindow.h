#pragma once

#include <QImage>
#include <QString>

class QWidget;

/// Helpers for tests that look at a real window on an X server (tests/common/with-xvfb.sh starts one
/// and sets QT_QPA_PLATFORM=xcb): what the screen shows, not what QWidget::grab() paints afresh.
namespace RealWindow {

/// Fails the current test unless it runs on the xcb platform (a real X server).
bool requireXcb();
/// Shows `window` at the screen's top-left corner with the pointer outside it (no hover, no crosshair)
/// and waits until it is exposed.
bool showOnScreen(QWidget* window);
/// Processes events until no widget of `window` has painted for `quietMs` (at most `timeoutMs`):
/// the picture an operator is left looking at. False when it kept painting.
bool waitUntilPainted(QWidget* window, int quietMs = 300, int timeoutMs = 15000);
/// The window's pixels as the X server holds them (QScreen::grabWindow), in RGB32.
QImage grabFromScreen(QWidget* window);
/// Repaints every pixel of the window now (every widget, synchronously) and waits until it is painted.
bool repaintAll(QWidget* window);
/// Empty when `a` and `b` are the same picture; otherwise how many pixels differ and where. Saves both
/// pictures next to the test (`name`-a.png, `name`-b.png) to be looked at.
QString difference(const QImage& a, const QImage& b, const QString& name);

} // namespace RealWindow
