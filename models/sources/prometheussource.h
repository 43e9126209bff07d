#pragma once

#include "models/net/prometheusclient.h"
#include "models/sources/prometheussnapshot.h"
#include "models/sources/source.h"

class QNetworkAccessManager;

namespace Ops {

struct ConnectionProfile;
class PollSchedule;

/// Watches Prometheus: `/-/ready`, then `/api/v1/alerts` and `/api/v1/targets`. Not ready or
/// unreachable -> Down; ready with scrape targets down, or alerts/targets unreadable -> Degraded
/// (the reason names them); otherwise Ok. Firing alerts are data for the alerts page, not a
/// verdict on Prometheus.
class PrometheusSource final : public Source
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSource)

public:
    static constexpr int kDefaultIntervalMs = 15000;
    static constexpr int kDefaultDeadlineMs = 5000;

    /// Asks the Prometheus of `http` (HttpService::Prometheus).
    explicit PrometheusSource(HttpClient* http, QObject* parent = nullptr);
    ~PrometheusSource() override;

    void setInterval(int ms);
    void setDeadline(int ms) { m_client->setDeadline(ms); }
    void setMinimumBackoff(int ms);
    /// The client the source uses (shared by HostSource and chart panels of the same profile).
    PrometheusClient* client() const { return m_client; }

    void start() override;
    void stop() override;
    void refresh() override;
    bool isChecking() const { return m_pending > 0; }

Q_SIGNALS:
    void snapshotReady(const Ops::PrometheusSnapshot& snapshot);

private:
    void check();
    void finishIfDone(quint64 generation);
    void cancelRequests();

    PrometheusClient* m_client;
    PollSchedule* m_schedule;
    quint64 m_generation = 0;
    int m_pending = 0;
    QVector<PrometheusClient::RequestId> m_requests;
    PromStatus m_readyStatus;
    PrometheusSnapshot m_building;
};

} // namespace Ops
