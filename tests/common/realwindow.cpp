#include "tests/common/realwindow.h"

#include <QApplication>
#include <QCursor>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QScreen>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace RealWindow {

namespace {
/// Restarts `quiet` on every paint of a widget of `window`.
class PaintWatcher final : public QObject
{
public:
    PaintWatcher(QWidget* window, QTimer* quiet)
        : m_window(window)
        , m_quiet(quiet)
    {
        qApp->installEventFilter(this);
    }
    ~PaintWatcher() override { qApp->removeEventFilter(this); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && static_cast<QWidget*>(watched)->window() == m_window)
            m_quiet->start();
        return false;
    }

private:
    QWidget* m_window;
    QTimer* m_quiet;
};
} // namespace

bool requireXcb()
{
    if (QGuiApplication::platformName() == QLatin1String("xcb"))
        return true;
    QTest::qFail(qPrintable(QStringLiteral("needs a real X server (platform is %1): run it through "
                                           "tests/common/with-xvfb.sh, as ctest does")
                                .arg(QGuiApplication::platformName())),
                 __FILE__, __LINE__);
    return false;
}

bool showOnScreen(QWidget* window)
{
    QScreen* screen = QGuiApplication::primaryScreen();
    // The pointer in the screen's far corner, away from the window: no hover effects in the picture.
    QCursor::setPos(screen, screen->geometry().bottomRight());
    window->move(screen->geometry().topLeft());
    window->show();
    return QTest::qWaitForWindowExposed(window);
}

bool waitUntilPainted(QWidget* window, int quietMs, int timeoutMs)
{
    QEventLoop loop;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(quietMs);
    QTimer deadline;
    deadline.setSingleShot(true);
    bool settled = false;
    QObject::connect(&quiet, &QTimer::timeout, &loop, [&] {
        settled = true;
        loop.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    PaintWatcher watcher(window, &quiet);
    quiet.start();
    deadline.start(timeoutMs);
    loop.exec();
    return settled;
}

QImage grabFromScreen(QWidget* window)
{
    QScreen* screen = window->screen();
    if (!screen || !window->windowHandle() || !window->windowHandle()->isExposed())
        return {};
    return screen->grabWindow(window->winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

bool repaintAll(QWidget* window)
{
    // QWidget::repaint() of the window alone repaints only what its opaque children (a chart's
    // viewport) leave uncovered: mark every widget dirty, then paint and flush it all now.
    const auto children = window->findChildren<QWidget*>();
    for (QWidget* w : children)
        w->update();
    window->repaint();
    return waitUntilPainted(window);
}

QString difference(const QImage& a, const QImage& b, const QString& name)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes differ: %1x%2 and %3x%4").arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height());
    int count = 0;
    QRect box;
    for (int y = 0; y < a.height(); ++y) {
        const auto* la = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (la[x] != lb[x]) {
                ++count;
                box = box.united(QRect(x, y, 1, 1));
            }
        }
    }
    if (count == 0)
        return {};
    const QString base = QDir::current().filePath(name);
    a.save(base + QStringLiteral("-a.png"));
    b.save(base + QStringLiteral("-b.png"));
    return QStringLiteral("%1 pixels differ, within x %2–%3, y %4–%5 (pictures: %6-a.png, -b.png)")
        .arg(count)
        .arg(box.left())
        .arg(box.right())
        .arg(box.top())
        .arg(box.bottom())
        .arg(base);
}

} // namespace RealWindow
