// The start-up baseline for bench_console: the smallest Qt Widgets window (a QMainWindow with a label),
// started by the same harness as the console and marking the same moments in the same format
// (app/startupmarks.h: "<name> <CLOCK_MONOTONIC ns> <thread CPU ns> <process CPU ns>"), then quitting
// after its first painted frame. Built twice: with Qt Widgets only, and also linked to every library
// the console loads before main() (Qt Charts, Network, Concurrent and D-Bus, QtKeychain, hiredis; not
// libpq: the console loads it with its PostgreSQL driver, at the first database job), so the benchmark
// can say what the platform costs before the console's own code.
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QWindow>

#include <ctime>

namespace {

qint64 clockNs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

QByteArray markLine(const char* name)
{
    return QByteArray(name) + ' ' + QByteArray::number(clockNs(CLOCK_MONOTONIC)) + ' ' +
           QByteArray::number(clockNs(CLOCK_THREAD_CPUTIME_ID)) + ' ' +
           QByteArray::number(clockNs(CLOCK_PROCESS_CPUTIME_ID)) + '\n';
}

/// Quits after the first frame of the window, as the console's "first-paint" mark does.
class FirstFrame final : public QObject
{
public:
    FirstFrame(QWidget* window, QByteArray* marks) : m_window(window), m_marks(marks) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        const bool frame = event->type() == QEvent::Expose || event->type() == QEvent::UpdateRequest;
        if (!m_done && frame && (watched == m_window || watched == m_window->windowHandle()) &&
            m_window->windowHandle() && m_window->windowHandle()->isExposed()) {
            m_done = true;
            // The frame is painted and flushed while this event is delivered: mark right after it.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_marks->append(markLine("first-paint"));
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    QByteArray* m_marks;
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv)
{
    QByteArray marks = markLine("main");
    QApplication app(argc, argv);
    marks.append(markLine("application"));
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Fragrance AI Operations Console")));
    window.resize(1280, 800);
    FirstFrame watch(&window, &marks);
    app.installEventFilter(&watch);
    window.show();
    const int rc = app.exec();
    QFile out(qEnvironmentVariable("OPSCONSOLE_STARTUP_MARKS"));
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(marks);
    return rc;
}
