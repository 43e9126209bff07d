#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace Ops {

/// Measures how late the GUI event loop runs a 10 ms precise timer: an honest stall probe.
/// Idle lateness is well under a millisecond; a 250 ms block reads as about 245 ms.
/// Writes one line per second: "<utc iso time> max_ms=<max> p99_ms=<p99> samples=<n>".
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    explicit StallProbe(QObject* parent = nullptr);
    ~StallProbe() override;

    /// Starts probing; `logPath` may be empty to only keep figures in memory.
    bool start(const QString& logPath = QString());
    void stop();

    /// Largest lateness seen since start (or the last reset), in milliseconds.
    double maxLatenessMs() const { return m_overallMax; }
    /// 99th percentile of all samples since start (or the last reset).
    double p99LatenessMs() const;
    int sampleCount() const { return int(m_all.size()); }
    void reset();

    static constexpr int kIntervalMs = 10;

private:
    void tick();
    void flushSecond();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_expectedNs = 0;
    QVector<double> m_second;
    QVector<double> m_all;
    qint64 m_secondStartNs = 0;
    double m_overallMax = 0;
    QFile m_log;
};

/// Percentile (0..100) of samples, nearest-rank; 0 for no samples.
double percentile(QVector<double> samples, double pct);

} // namespace Ops
