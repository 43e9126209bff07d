#pragma once

#include "widgets/shell/pageid.h"

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QTimer>

namespace Ops {

class MainWindow;

/// `--screenshot PAGE --out FILE`: shows the page, waits until its first data has arrived
/// (or a bounded wait ran out), saves the window as PNG and quits with 0, or 1 on failure.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT

public:
    /// How the picture is taken (`--screenshot-grab`).
    enum class Grab {
        /// QWidget::grab(): the window painted from scratch into an image (works offscreen).
        Render,
        /// The window's pixels as the display shows them (QScreen::grabWindow), once it has painted
        /// its data and stopped repainting: stale pixels left by partial updates included.
        Screen,
    };

    ScreenshotRunner(MainWindow& window, PageId page, QString outPath, QSize size, int maxWaitMs,
                     QObject* parent = nullptr);
    /// A page's own state to show first (the rollback wizard's step, e.g. "review").
    void setDetail(const QString& detail) { m_detail = detail; }
    /// Waits this long after the page's first data before the picture (slower sources catch up).
    void setSettleMs(int ms) { m_settleMs = ms; }
    void setGrab(Grab grab) { m_grab = grab; }
    void start();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void pageReady();
    void capture(bool timedOut);

    QPointer<MainWindow> m_window;
    PageId m_page;
    QString m_out;
    QSize m_size;
    QTimer m_deadline;
    QTimer m_quiet; ///< Screen: fires once the window has not painted for a while
    QString m_detail;
    int m_settleMs = 0;
    bool m_settled = false;
    Grab m_grab = Grab::Render;
    bool m_ready = false;
    bool m_done = false;
};

} // namespace Ops
