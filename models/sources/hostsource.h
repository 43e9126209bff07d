#pragma once

#include "models/sources/hostsnapshot.h"
#include "models/net/prometheusclient.h"
#include "models/sources/source.h"

#include <QPointer>

namespace Ops {

class PollSchedule;

/// Host figures from node_exporter series through Prometheus instant queries, with the runbook's
/// thresholds: disk > 85 % or memory > 90 % used -> Degraded, saying which. Prometheus unreachable
/// -> Down (the figures cannot be read); no node_exporter series -> NoData.
class HostSource final : public Source
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostSource)

public:
    /// The runbook checks memory every 5 min and disk every 10 min; one poll serves both.
    static constexpr int kDefaultIntervalMs = 5 * 60 * 1000;
    static constexpr double kDefaultDiskThreshold = 85.0;
    static constexpr double kDefaultMemoryThreshold = 90.0;

    /// Uses `client` (shared, e.g. PrometheusSource::client()); it must outlive this source.
    explicit HostSource(PrometheusClient* client, QObject* parent = nullptr);
    ~HostSource() override;

    void setInterval(int ms);
    void setMinimumBackoff(int ms);
    void setDiskThreshold(double percent) { m_diskThreshold = percent; }
    void setMemoryThreshold(double percent) { m_memoryThreshold = percent; }
    double diskThreshold() const { return m_diskThreshold; }
    double memoryThreshold() const { return m_memoryThreshold; }
    /// PromQL giving used percent per instance; defaults read node_exporter's root filesystem and memory.
    void setDiskQuery(const QString& promql) { m_diskQuery = promql; }
    void setMemoryQuery(const QString& promql) { m_memoryQuery = promql; }
    QString diskQuery() const { return m_diskQuery; }
    QString memoryQuery() const { return m_memoryQuery; }

    void start() override;
    void stop() override;
    void refresh() override;
    bool isChecking() const { return m_pending > 0; }

Q_SIGNALS:
    void snapshotReady(const Ops::HostSnapshot& snapshot);

private:
    void check();
    void finishIfDone(quint64 generation);
    void cancelRequests();

    QPointer<PrometheusClient> m_client;
    PollSchedule* m_schedule;
    QString m_diskQuery;
    QString m_memoryQuery;
    double m_diskThreshold = kDefaultDiskThreshold;
    double m_memoryThreshold = kDefaultMemoryThreshold;
    quint64 m_generation = 0;
    int m_pending = 0;
    QVector<PrometheusClient::RequestId> m_requests;
    PromQueryResult m_disk;
    PromQueryResult m_memory;
};

} // namespace Ops
