#include "app/startupmarks.h"

#include "widgets/pages/page.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <time.h>

namespace Ops {

StartupMarks::Stamp StartupMarks::now()
{
    const auto read = [](clockid_t clock) {
        timespec ts{};
        clock_gettime(clock, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    };
    return {read(CLOCK_MONOTONIC), read(CLOCK_THREAD_CPUTIME_ID), read(CLOCK_PROCESS_CPUTIME_ID)};
}

StartupMarks* StartupMarks::fromEnvironment(const Stamp& main, QObject* parent)
{
    const QString path = qEnvironmentVariable("OPSCONSOLE_STARTUP_MARKS");
    if (path.isEmpty())
        return nullptr;
    auto* marks = new StartupMarks(path, main, parent);
    if (!marks->m_file.isOpen()) {
        delete marks;
        return nullptr;
    }
    return marks;
}

StartupMarks::StartupMarks(const QString& path, const Stamp& main, QObject* parent)
    : QObject(parent)
    , m_file(path)
    , m_exitWhenPainted(qEnvironmentVariableIntValue("OPSCONSOLE_STARTUP_EXIT") != 0)
    , m_tour(qEnvironmentVariableIntValue("OPSCONSOLE_STARTUP_TOUR") != 0)
{
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        mark("main", main);
        mark("application");
    }
}

void StartupMarks::mark(const char* name, const Stamp& at)
{
    // With the CPU time of this (the GUI) thread and of the process: what the start cost, whatever else
    // the machine was running.
    m_file.write(QByteArray(name) + ' ' + QByteArray::number(at.monotonic) + ' ' + QByteArray::number(at.threadCpu) +
                 ' ' + QByteArray::number(at.processCpu) + '\n');
    m_file.flush();
}

void StartupMarks::watch(QWidget* window, Page* page)
{
    m_window = window;
    // The window's frames: Expose paints the first one, UpdateRequest every later one.
    qApp->installEventFilter(this);
    const auto pageReady = [this] {
        if (m_pageReady)
            return;
        m_pageReady = true;
        mark("page-data");
        m_window->update(); // its frame comes next, even if the data changed nothing on screen
    };
    if (!page || page->isReady())
        pageReady();
    else
        connect(page, &Page::ready, this, pageReady);
}

bool StartupMarks::eventFilter(QObject* watched, QEvent* event)
{
    const bool frame = event->type() == QEvent::Expose || event->type() == QEvent::UpdateRequest;
    if (frame && m_window && (watched == m_window || watched == m_window->windowHandle())) {
        if (!m_firstPainted && m_window->windowHandle() && m_window->windowHandle()->isExposed()) {
            m_firstPainted = true;
            afterFrame("first-paint");
            if (m_pageReady) { // ready before the first frame: that frame shows it
                m_pagePainted = true;
                afterFrame("page-painted");
            }
        } else if (m_firstPainted && m_pageReady && !m_pagePainted) {
            m_pagePainted = true;
            afterFrame("page-painted");
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupMarks::afterFrame(const char* name)
{
    // The frame is painted and flushed while this event is delivered: mark right after it.
    QMetaObject::invokeMethod(
        this,
        [this, name] {
            mark(name);
            if (m_firstPainted && m_pagePainted && m_tourIndex < 0) {
                qApp->removeEventFilter(this);
                if (m_tour && m_showPage)
                    tourNext();
                else if (m_exitWhenPainted)
                    QCoreApplication::exit(0);
            }
        },
        Qt::QueuedConnection);
}

} // namespace Ops

namespace Ops {

void StartupMarks::setPageShower(std::function<Page*(int index)> show, int pageCount, int startIndex)
{
    m_showPage = std::move(show);
    m_pageCount = pageCount;
    m_startIndex = startIndex;
}

void StartupMarks::tourNext()
{
    ++m_tourIndex;
    if (m_tourIndex > m_pageCount) {
        mark("tour-done");
        if (m_exitWhenPainted)
            QCoreApplication::exit(0);
        return;
    }
    // Every page in navigation order, then the start page again.
    Page* page = m_showPage(m_tourIndex < m_pageCount ? m_tourIndex : m_startIndex);
    auto* wait = new QTimer(this); // the page's first data, or 5 s
    wait->setSingleShot(true);
    connect(wait, &QTimer::timeout, this, [this, wait] {
        wait->disconnect(this);
        wait->deleteLater();
        QTimer::singleShot(200, this, &StartupMarks::tourNext); // a few frames of the page shown
    });
    if (!page || page->isReady()) {
        wait->start(0);
        return;
    }
    connect(page, &Page::ready, wait, [wait] { wait->start(0); });
    wait->start(5000);
}

} // namespace Ops
