#pragma once

#include <QObject>
#include <QTimer>

namespace Ops {

/// When a source checks next: every `interval` while healthy; after failures, sooner retries that
/// back off exponentially (with jitter, so many consoles do not reconnect in step) up to the interval.
/// A re-armed single-shot timer: a check never overlaps the previous one (call checkFinished()).
class PollSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollSchedule)

public:
    explicit PollSchedule(int intervalMs, QObject* parent = nullptr);

    void setInterval(int intervalMs);
    int interval() const { return m_intervalMs; }
    /// Smallest retry delay after a failure (default 1 s).
    void setMinimumBackoff(int ms) { m_minBackoffMs = ms; }

    void start();   ///< fires due() at once, then as scheduled
    void stop();
    bool isActive() const { return m_active; }
    /// Call when the check that due() started has ended; schedules the next one.
    void checkFinished(bool ok);
    int consecutiveFailures() const { return m_failures; }
    /// Delay before the next check after `failures` consecutive failures (exposed for tests).
    int delayAfter(int failures) const;

Q_SIGNALS:
    void due();

private:
    QTimer m_timer;
    int m_intervalMs;
    int m_minBackoffMs = 1000;
    int m_failures = 0;
    bool m_active = false;
};

} // namespace Ops
