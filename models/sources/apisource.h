#pragma once

#include "models/net/httpclient.h"
#include "models/sources/apihealthsnapshot.h"
#include "models/net/apirequest.h"
#include "models/sources/source.h"

#include <QPointer>
#include <QUrl>

namespace Ops {

class PollSchedule;

/// Watches the Fragrance AI API: `GET /health` (and `GET /version`) every interval (runbook: 30 s),
/// each with a deadline (5 s). healthy -> Ok, degraded -> Degraded, unhealthy, HTTP 5xx, refused,
/// timeout, non-JSON or oversized answers -> Down, each with words that say which.
class ApiSource final : public Source
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiSource)

public:
    /// The runbook alerts after this many consecutive failed checks.
    static constexpr int kAlertAfterFailures = 2;
    static constexpr int kDefaultIntervalMs = 30000;
    static constexpr int kDefaultDeadlineMs = 5000;
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    /// Asks the API of `http` (its base URL, TLS trust and token: HttpService::Api).
    explicit ApiSource(HttpClient* http, QObject* parent = nullptr);
    ~ApiSource() override;

    QUrl baseUrl() const;
    void setInterval(int ms);
    int interval() const;
    void setDeadline(int ms) { m_deadlineMs = ms; }
    int deadline() const { return m_deadlineMs; }
    /// Smallest retry delay after a failure (tests shorten it).
    void setMinimumBackoff(int ms);

    void start() override;
    void stop() override;
    void refresh() override;

    bool isChecking() const { return m_pending > 0; }
    int consecutiveFailures() const { return m_failures; }
    /// True from the kAlertAfterFailures-th consecutive failure until a check succeeds.
    bool isAlerting() const { return m_failures >= kAlertAfterFailures; }
    /// The last snapshot received (a cached value, never a blocking call).
    ApiHealthSnapshot lastSnapshot() const { return m_snapshot; }

Q_SIGNALS:
    void snapshotReady(const Ops::ApiHealthSnapshot& snapshot);
    void consecutiveFailuresChanged(int failures);

private:
    void check();
    void healthArrived(quint64 generation, const HttpOutcome& outcome);
    void versionArrived(quint64 generation, const HttpOutcome& outcome);
    void finishIfDone(quint64 generation);
    void cancelRequests();

    QPointer<HttpClient> m_http;
    PollSchedule* m_schedule;
    int m_deadlineMs = kDefaultDeadlineMs;
    quint64 m_generation = 0;
    int m_pending = 0;
    QPointer<ApiRequest> m_healthRequest;
    QPointer<ApiRequest> m_versionRequest;
    HttpOutcome m_healthOutcome;
    QString m_versionText;
    ApiHealthSnapshot m_snapshot;
    int m_failures = 0;
};

} // namespace Ops
