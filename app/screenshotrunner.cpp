#include "app/screenshotrunner.h"

#include "widgets/pages/page.h"
#include "widgets/rollback/rollbackpage.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>
#include <QWindow>

namespace Ops {

namespace {
// Screen grabs wait for this long without a paint in the window: the picture an operator would be
// left looking at, not one caught between two paints of the same change.
constexpr int kQuietMs = 300;
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow& window, PageId page, QString outPath, QSize size, int maxWaitMs,
                                   QObject* parent)
    : QObject(parent)
    , m_window(&window)
    , m_page(page)
    , m_out(std::move(outPath))
    , m_size(size)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(maxWaitMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] { capture(true); });
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kQuietMs);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        if (m_ready)
            capture(false);
    });
}

void ScreenshotRunner::start()
{
    m_window->resize(m_size);
    m_window->showPage(m_page);
    if (m_grab == Grab::Screen) {
        // Every paint in the window restarts the quiet timer (see eventFilter()).
        qApp->installEventFilter(this);
        m_window->move(0, 0); // inside the screen, so all of it can be copied
    }
    m_window->show();
    Page* page = m_window->page(m_page);
    if (auto* rollback = qobject_cast<RollbackPage*>(page); rollback && !m_detail.isEmpty()) {
        connect(rollback, &RollbackPage::screenshotReady, this, &ScreenshotRunner::pageReady);
        rollback->prepareScreenshot(m_detail);
        m_deadline.start();
        return;
    }
    if (page->isReady()) {
        pageReady();
        return;
    }
    connect(page, &Page::ready, this, &ScreenshotRunner::pageReady);
    m_deadline.start();
}

void ScreenshotRunner::pageReady()
{
    if (m_settleMs > 0 && !m_settled) {
        m_settled = true;
        QTimer::singleShot(m_settleMs, this, &ScreenshotRunner::pageReady);
        return;
    }
    if (m_grab == Grab::Screen) {
        // The data is in; the window paints it in the next turns of the event loop.
        m_ready = true;
        m_deadline.start();
        m_quiet.start();
        return;
    }
    // One turn of the event loop so layouts and style settle before grabbing.
    QTimer::singleShot(50, this, [this] { capture(false); });
}

bool ScreenshotRunner::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_window && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window)
        m_quiet.start();
    return QObject::eventFilter(watched, event);
}

void ScreenshotRunner::capture(bool timedOut)
{
    if (m_done || !m_window)
        return;
    m_done = true;
    m_deadline.stop();
    m_quiet.stop();
    qApp->removeEventFilter(this);
    QTextStream err(stderr);
    if (timedOut && m_ready)
        err << QCoreApplication::translate("Ops::Screenshot", "The window kept repainting; capturing it as it is.")
            << Qt::endl;
    else if (timedOut)
        err << QCoreApplication::translate("Ops::Screenshot", "Page's first data did not arrive in time; capturing it as it is.")
            << Qt::endl;
    QPixmap pixmap;
    if (m_grab == Grab::Screen) {
        QScreen* screen = m_window->screen();
        if (screen && m_window->windowHandle() && m_window->windowHandle()->isExposed())
            pixmap = screen->grabWindow(m_window->winId());
        if (pixmap.isNull())
            err << QCoreApplication::translate("Ops::Screenshot",
                                               "The window is not on a screen (platform %1): nothing to copy.")
                       .arg(QGuiApplication::platformName())
                << Qt::endl;
    } else {
        pixmap = m_window->grab();
    }
    QDir().mkpath(QFileInfo(m_out).absolutePath());
    const bool saved = !pixmap.isNull() && pixmap.save(m_out, "PNG");
    if (!saved && !pixmap.isNull())
        err << QCoreApplication::translate("Ops::Screenshot", "Could not write %1.").arg(m_out) << Qt::endl;
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace Ops
