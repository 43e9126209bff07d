#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

namespace Ops {

class PrometheusClient;

/// The runbook's post-rollback "Monitor for 30 minutes": a countdown that samples the 5xx share from
/// Prometheus and warns when it is above the runbook's 1 % or climbs clearly above where the watch
/// began. The After step of the wizard shows it.
class RollbackWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RollbackWatch)

public:
    static constexpr double kWarnPercent = 1.0;
    /// Percentage points above the first sample that count as "rising".
    static constexpr double kRiseMargin = 0.5;

    /// Samples through `prometheus` (not owned; null: the profile has no Prometheus, nothing to sample).
    explicit RollbackWatch(PrometheusClient* prometheus, QObject* parent = nullptr);
    ~RollbackWatch() override;

    void setRateWindow(const QString& window) { m_window = window; }
    /// Starts the watch of `seconds` (default the runbook's 30 minutes), sampling every `sampleMs`.
    void start(int seconds = 30 * 60, int sampleMs = 15000);
    void stop();
    bool isWatching() const { return m_countdown.isActive(); }
    int secondsLeft() const { return m_left; }
    bool warned() const { return m_warned; }
    /// Whether the watch ran to its end (not stopped early).
    bool completed() const { return m_completed; }
    std::optional<double> firstPercent() const { return m_first; }
    std::optional<double> lastPercent() const { return m_last; }

Q_SIGNALS:
    /// A second passed, a sample arrived, or the watch started or ended.
    void changed();
    /// The watch ran to its end; `quiet` when it never warned.
    void finished(bool quiet);

private:
    void tick();
    void sample();

    QPointer<PrometheusClient> m_prometheus;
    QString m_window = QStringLiteral("5m");
    QTimer m_countdown;
    QTimer m_sampler;
    int m_left = 0;
    std::optional<double> m_first;
    std::optional<double> m_last;
    bool m_warned = false;
    bool m_completed = false;
};

} // namespace Ops
