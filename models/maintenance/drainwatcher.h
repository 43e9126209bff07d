#pragma once

#include "models/net/httpclient.h"
#include "models/net/apirequest.h"
#include "models/net/prometheusclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace Ops {


/// The runbook's "wait for active requests to complete", watched instead of slept: after maintenance
/// mode is on, the rate of http_requests_total (without the /metrics and /health handlers, which
/// monitoring and load balancers keep calling) is read every interval. Drained when it stays at or
/// below the threshold for `quietSamples` reads in a row; otherwise timedOut() at the maximum wait with
/// a message saying what the rate still was.
///
/// Where it is read: with a Prometheus in the profile, from Prometheus (every replica it scrapes,
/// summed), because the API port behind NGINX answers from a different replica each time and one
/// replica's counter says nothing about the others. Without one, from the API's own /metrics, read
/// directly (not through the public site, which serves the maintenance page by then); that is right
/// for a single replica only.
class DrainWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrainWatcher)

public:
    enum class Source { Prometheus, ApiMetrics };

    /// Reads the Prometheus of `http` when it has one, else the API's `/metrics`.
    explicit DrainWatcher(HttpClient* http, QObject* parent = nullptr);
    ~DrainWatcher() override;

    /// Deadline of one read (default 3 s).
    void setDeadline(int ms) { m_deadlineMs = ms; }
    /// Between reads (default 1 s).
    void setInterval(int ms) { m_interval = ms; }
    /// Requests per second at or below which the API counts as drained (default 0.5).
    void setThreshold(double requestsPerSecond) { m_threshold = requestsPerSecond; }
    void setQuietSamples(int samples) { m_quietNeeded = std::max(1, samples); }
    /// The longest wait (default 120 s; the runbook slept 60 s).
    void setMaxWait(int ms) { m_maxWaitMs = ms; }
    int maxWait() const { return m_maxWaitMs; }

    void start();
    void stop();
    /// Where the rate is read from (decided by start() from the HTTP client's servers).
    Source source() const { return m_source; }
    bool isRunning() const { return m_running; }

    /// Sum of http_requests_total without the monitoring handlers, from a /metrics body; -1 when the
    /// body holds no such counter or does not parse.
    static double countRequests(const QByteArray& metricsBody);

Q_SIGNALS:
    /// One rate computed: requests per second over the last interval.
    void sampled(double requestsPerSecond, qint64 elapsedMs);
    void drained(double requestsPerSecond, qint64 elapsedMs);
    /// The maximum wait passed; message is translated and names the last rate (or the read failure).
    void timedOut(const QString& message);

private:
    void poll();
    void pollPrometheus();
    void onRate(double requestsPerSecond, qint64 atMs);
    void onOutcome(const HttpOutcome& outcome);
    void onCounted(double count, qint64 atMs, quint64 generation);

    QPointer<HttpClient> m_http;
    PrometheusClient* m_prometheus = nullptr;
    PrometheusClient::RequestId m_query = 0;
    Source m_source = Source::ApiMetrics;
    int m_deadlineMs = 3000;
    quint64 m_generation = 0;
    int m_interval = 1000;
    double m_threshold = 0.5;
    int m_quietNeeded = 2;
    int m_maxWaitMs = 120000;

    bool m_running = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QPointer<ApiRequest> m_request;
    double m_lastCount = -1;
    qint64 m_lastAtMs = 0;
    double m_lastRate = -1;
    int m_quiet = 0;
    QString m_lastError;
};

} // namespace Ops
