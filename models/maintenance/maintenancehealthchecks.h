// The maintenance run's reads of /health: the monitoring after a scheduled run, the emergency verification.
#pragma once

#include "models/net/httpclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ops {

/// MaintenanceRun's checks of the API's /health (healthy: HTTP 200 with "status": "healthy", 5 s deadline).
/// Monitoring: a read at once and then every few seconds for a while, with a countdown; it only counts,
/// a failed read fails nothing. Verification (the emergency path): one read, passed or failed.
class MaintenanceHealthChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceHealthChecks)

public:
    /// `http` is not owned; null: monitoring reads nothing, verification fails.
    explicit MaintenanceHealthChecks(HttpClient* http, QObject* parent = nullptr);

    /// Reads /health at once and every `checkEverySeconds` for `seconds`; secondsLeft() every second
    /// (and at once), then monitored().
    void startMonitoring(int seconds, int checkEverySeconds);
    /// Reads of the monitoring so far, and how many of them were not healthy.
    int checks() const { return m_checks; }
    int failures() const { return m_failures; }

    /// One read: verified() when healthy, failed() otherwise.
    void verify();

    /// Ends the monitoring or verification; answers still on their way are ignored.
    void stop();

Q_SIGNALS:
    void output(const QString& line);
    void secondsLeft(qint64 seconds);
    /// The monitoring's time is up.
    void monitored(int checks, int failures);
    void verified(const QString& detail);
    void failed(const QString& reason);

private:
    void tick();
    void monitorCheck();

    QPointer<HttpClient> m_http;
    // The monitoring.
    bool m_monitoring = false;
    int m_seconds = 0;
    int m_every = 30;
    QTimer m_countdown;
    QElapsedTimer m_clock;
    int m_checks = 0;
    int m_failures = 0;
    qint64 m_nextCheckAt = 0;
    // The verification.
    bool m_verifying = false;
};

} // namespace Ops
