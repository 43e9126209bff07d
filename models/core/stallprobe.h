#pragma once

#include "models/core/latencyhistogram.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace Ops {

/// Measures how late the GUI event loop runs a 10 ms precise timer: an honest stall probe (idle
/// lateness is well under a millisecond; a 250 ms block reads as about 245 ms).
///
/// The timer only runs while the GUI thread has work: an application-wide event filter sees every
/// event of the GUI thread, wakes the timer on the first one, and the timer stops after two quiet
/// periods. An idle event loop would run the timer on time, so idle periods count as 10 ms slots of
/// zero lateness without waking the thread for them: the probe costs nothing measurable while the
/// console idles (a free-running 10 ms timer alone costs ≈ 0.4 % of a core here).
///
/// Every slot goes into a LatencyHistogram over the whole run (constant memory) and one per report
/// interval; the log gets a line per interval and one for the whole run when the probe stops:
/// "<utc iso time> <minute|run> p50_ms=… p99_ms=… max_ms=… samples=<slots> measured=<timer ticks>".
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    explicit StallProbe(QObject* parent = nullptr);
    ~StallProbe() override;

    /// Starts probing; `logPath` may be empty to only keep figures in memory.
    bool start(const QString& logPath = QString());
    /// Stops, and writes the whole run's line to the log.
    void stop();
    bool isRunning() const { return m_running; }
    /// True while the 10 ms timer runs (the GUI thread had work within the last two periods).
    bool isSampling() const { return m_timer.isActive(); }

    /// Every 10 ms slot since start (or the last reset), idle slots included.
    LatencyHistogram histogram() const;
    /// The slots of the current report interval.
    LatencyHistogram intervalHistogram() const;
    /// Largest lateness seen since start (or the last reset), in milliseconds.
    double maxLatenessMs() const { return m_run.maxMs(); }
    double p50LatenessMs() const { return histogram().percentileMs(50.0); }
    double p99LatenessMs() const { return histogram().percentileMs(99.0); }
    qint64 sampleCount() const { return histogram().count(); }
    /// Slots measured by the running timer (the rest were idle).
    qint64 measuredCount() const { return m_measured; }
    /// "p50_ms=… p99_ms=… max_ms=… samples=… measured=…" for the whole run.
    QString summary() const;
    void reset();

    /// How often a line goes to the log (default a minute).
    void setReportInterval(int ms) { m_report.setInterval(ms); }

    static constexpr int kIntervalMs = 10;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void wake();
    void tick();
    void report();
    /// Counts the idle slots since the timer stopped as on time.
    void settleIdle(qint64 nowNs);
    qint64 pendingIdleSlots(qint64 nowNs) const;
    void writeLine(const QString& kind, const LatencyHistogram& h, qint64 measured);

    QTimer m_timer;
    QTimer m_report;
    QElapsedTimer m_clock;
    qint64 m_expectedNs = 0;
    qint64 m_idleSinceNs = -1; ///< while the timer is stopped: where the uncounted idle slots start
    int m_quietTicks = 0;
    bool m_activity = false;
    bool m_running = false;
    LatencyHistogram m_run;
    LatencyHistogram m_interval;
    qint64 m_measured = 0;
    qint64 m_intervalMeasured = 0;
    QFile m_log;
};

/// Percentile (0..100) of samples, nearest-rank; 0 for no samples.
double percentile(QVector<double> samples, double pct);

} // namespace Ops
