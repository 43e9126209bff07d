#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Ops {

class Page;

/// Start-up marks for the benchmark's harness (tests/bench): with OPSCONSOLE_STARTUP_MARKS=FILE the
/// console writes "<name> <CLOCK_MONOTONIC ns> <GUI thread CPU ns> <process CPU ns>" lines — main() entered, the window built and shown,
/// its first painted frame, the start page's first data and the frame that painted it — and the
/// harness subtracts the moment it launched the process. OPSCONSOLE_STARTUP_EXIT=1 quits once the
/// start page is painted with its data. OPSCONSOLE_STARTUP_TOUR=1 then shows every page in turn (each
/// until its first data, at most 5 s), then the start page again, and marks "tour-done" (the benchmark
/// reads the memory of a console that has shown everything). Costs nothing when the variables are not set.
class StartupMarks final : public QObject
{
    Q_OBJECT

public:
    /// A moment: CLOCK_MONOTONIC (the harness's clock too), CPU of this thread and of the process, in ns.
    struct Stamp
    {
        qint64 monotonic = 0;
        qint64 threadCpu = 0;
        qint64 processCpu = 0;
    };
    static Stamp now();

    /// Null unless OPSCONSOLE_STARTUP_MARKS names a writable file; `main` is when main() began.
    static StartupMarks* fromEnvironment(const Stamp& main, QObject* parent);

    void mark(const char* name, const Stamp& at = now());
    /// Marks "first-paint" after the first frame of `window` and, once `page` says it is ready,
    /// "page-data" and "page-painted" after the next frame.
    void watch(QWidget* window, Page* page);
    /// What the tour does to show a page; it answers with the page shown. The tour ends on `startIndex`.
    void setPageShower(std::function<Page*(int index)> show, int pageCount, int startIndex);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StartupMarks(const QString& path, const Stamp& main, QObject* parent);
    void afterFrame(const char* name);
    void tourNext();

    QFile m_file;
    QPointer<QWidget> m_window;
    bool m_exitWhenPainted = false;
    bool m_firstPainted = false;
    bool m_pageReady = false;
    bool m_pagePainted = false;
    bool m_tour = false;
    int m_tourIndex = -1;
    int m_pageCount = 0;
    int m_startIndex = 0;
    std::function<Page*(int)> m_showPage;
};

} // namespace Ops
