#include "app/screenshotrunner.h"

#include "widgets/pages/page.h"
#include "widgets/rollback/rollbackpage.h"
#include "widgets/shell/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>

namespace Ops {

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
}

void ScreenshotRunner::start()
{
    m_window->resize(m_size);
    m_window->showPage(m_page);
    m_window->show();
    Page* page = m_window->page(m_page);
    if (auto* rollback = qobject_cast<RollbackPage*>(page); rollback && !m_detail.isEmpty()) {
        connect(rollback, &RollbackPage::screenshotReady, this, [this] { capture(false); });
        rollback->prepareScreenshot(m_detail);
        m_deadline.start();
        return;
    }
    if (page->isReady()) {
        // One turn of the event loop so layouts and style settle before grabbing.
        QTimer::singleShot(50, this, [this] { capture(false); });
        return;
    }
    connect(page, &Page::ready, this, [this] { QTimer::singleShot(50, this, [this] { capture(false); }); });
    m_deadline.start();
}

void ScreenshotRunner::capture(bool timedOut)
{
    if (m_done || !m_window)
        return;
    m_done = true;
    m_deadline.stop();
    QTextStream err(stderr);
    if (timedOut)
        err << QCoreApplication::translate("Ops::Screenshot", "Page's first data did not arrive in time; capturing it as it is.")
            << Qt::endl;
    const QPixmap pixmap = m_window->grab();
    QDir().mkpath(QFileInfo(m_out).absolutePath());
    const bool saved = pixmap.save(m_out, "PNG");
    if (!saved)
        err << QCoreApplication::translate("Ops::Screenshot", "Could not write %1.").arg(m_out) << Qt::endl;
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace Ops
