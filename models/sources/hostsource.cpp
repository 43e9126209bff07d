#include "models/sources/hostsource.h"

#include "models/core/formatting.h"
#include "models/core/logging.h"
#include "models/sources/pollschedule.h"

#include <QStringList>

namespace Ops {

namespace {
/// The highest figure over all instances (the worst host), with its instance.
void worst(const PromQueryResult& result, double* value, QString* instance)
{
    for (const PromSeries& s : result.series) {
        if (s.points.isEmpty() || std::isnan(s.points.last().y()))
            continue;
        const double v = s.points.last().y();
        if (std::isnan(*value) || v > *value) {
            *value = v;
            *instance = s.labels.value(QStringLiteral("instance"));
        }
    }
}
} // namespace

HostSource::HostSource(PrometheusClient* client, QObject* parent)
    : Source(QStringLiteral("host"), parent)
    , m_client(client)
    , m_schedule(new PollSchedule(kDefaultIntervalMs, this))
    , m_diskQuery(QStringLiteral(
          "100 * (1 - node_filesystem_avail_bytes{mountpoint=\"/\",fstype!~\"tmpfs|overlay\"}"
          " / node_filesystem_size_bytes{mountpoint=\"/\",fstype!~\"tmpfs|overlay\"})"))
    , m_memoryQuery(QStringLiteral("100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)"))
{
    qRegisterMetaType<Ops::HostSnapshot>();
    connect(m_schedule, &PollSchedule::due, this, &HostSource::check);
}

HostSource::~HostSource()
{
    cancelRequests();
}

void HostSource::setInterval(int ms) { m_schedule->setInterval(ms); }
void HostSource::setMinimumBackoff(int ms) { m_schedule->setMinimumBackoff(ms); }
void HostSource::start() { m_schedule->start(); }

void HostSource::stop()
{
    m_schedule->stop();
    cancelRequests();
}

void HostSource::refresh()
{
    if (!isChecking())
        check();
}

void HostSource::cancelRequests()
{
    ++m_generation;
    m_pending = 0;
    if (m_client) {
        for (const auto id : std::as_const(m_requests))
            m_client->cancel(id);
    }
    m_requests.clear();
}

void HostSource::check()
{
    if (isChecking() || !m_client)
        return;
    const quint64 generation = ++m_generation;
    m_requests.clear();
    m_disk = PromQueryResult();
    m_memory = PromQueryResult();
    m_pending = 2;
    m_requests.append(m_client->query(m_diskQuery, QDateTime(), this, [this, generation](const PromQueryResult& r) {
        if (generation != m_generation)
            return;
        m_disk = r;
        --m_pending;
        finishIfDone(generation);
    }));
    m_requests.append(m_client->query(m_memoryQuery, QDateTime(), this, [this, generation](const PromQueryResult& r) {
        if (generation != m_generation)
            return;
        m_memory = r;
        --m_pending;
        finishIfDone(generation);
    }));
}

void HostSource::finishIfDone(quint64 generation)
{
    if (generation != m_generation || m_pending > 0)
        return;
    m_requests.clear();
    HostSnapshot snapshot;
    snapshot.checkedAt = QDateTime::currentDateTimeUtc();
    snapshot.latencyMs = std::max(m_disk.status.latencyMs, m_memory.status.latencyMs);
    worst(m_disk, &snapshot.diskUsedPercent, &snapshot.diskInstance);
    worst(m_memory, &snapshot.memoryUsedPercent, &snapshot.memoryInstance);

    CheckResult result;
    result.checkedAt = snapshot.checkedAt;
    result.latencyMs = snapshot.latencyMs;
    if (!m_disk.status.ok || !m_memory.status.ok) {
        result.health = Health::Down;
        result.latencyMs = -1;
        result.reason = tr("cannot read host figures from Prometheus: %1")
                            .arg(!m_disk.status.ok ? m_disk.status.error : m_memory.status.error);
    } else {
        QStringList over;
        if (snapshot.hasDisk() && snapshot.diskUsedPercent > m_diskThreshold)
            over.append(tr("disk %1 used on %2 (above %3)")
                            .arg(Format::percent(snapshot.diskUsedPercent), snapshot.diskInstance,
                                 Format::percent(m_diskThreshold, 0)));
        if (snapshot.hasMemory() && snapshot.memoryUsedPercent > m_memoryThreshold)
            over.append(tr("memory %1 used on %2 (above %3)")
                            .arg(Format::percent(snapshot.memoryUsedPercent), snapshot.memoryInstance,
                                 Format::percent(m_memoryThreshold, 0)));
        QStringList missing;
        if (!snapshot.hasDisk())
            missing.append(tr("no disk figures from node_exporter"));
        if (!snapshot.hasMemory())
            missing.append(tr("no memory figures from node_exporter"));
        if (!over.isEmpty()) {
            result.health = Health::Degraded;
            result.reason = (over + missing).join(QStringLiteral("; "));
        } else if (!missing.isEmpty()) {
            result.health = Health::NoData;
            result.reason = missing.join(QStringLiteral("; "));
        } else {
            result.health = Health::Ok;
        }
    }
    if (result.health != Health::Ok)
        qCDebug(lcPrometheus) << "host check:" << result.health << result.reason;
    m_schedule->checkFinished(result.health != Health::Down);
    Q_EMIT snapshotReady(snapshot);
    report(result);
}

} // namespace Ops
