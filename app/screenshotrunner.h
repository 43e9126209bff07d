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
    ScreenshotRunner(MainWindow& window, PageId page, QString outPath, QSize size, int maxWaitMs,
                     QObject* parent = nullptr);
    /// A page's own state to show first (the rollback wizard's step, e.g. "review").
    void setDetail(const QString& detail) { m_detail = detail; }
    void start();

private:
    void capture(bool timedOut);

    QPointer<MainWindow> m_window;
    PageId m_page;
    QString m_out;
    QSize m_size;
    QTimer m_deadline;
    QString m_detail;
    bool m_done = false;
};

} // namespace Ops
