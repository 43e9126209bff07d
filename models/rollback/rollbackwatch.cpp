#include "models/rollback/rollbackwatch.h"

#include "models/metrics/runbookqueries.h"
#include "models/net/prometheusclient.h"

#include <cmath>

namespace Ops {

RollbackWatch::RollbackWatch(PrometheusClient* prometheus, QObject* parent) : QObject(parent), m_prometheus(prometheus)
{
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &RollbackWatch::tick);
    connect(&m_sampler, &QTimer::timeout, this, &RollbackWatch::sample);
}

RollbackWatch::~RollbackWatch() = default;

void RollbackWatch::start(int seconds, int sampleMs)
{
    m_left = seconds;
    m_first.reset();
    m_last.reset();
    m_warned = false;
    m_completed = false;
    m_countdown.start();
    m_sampler.start(sampleMs);
    sample();
    Q_EMIT changed();
}

void RollbackWatch::stop()
{
    m_countdown.stop();
    m_sampler.stop();
    Q_EMIT changed();
}

void RollbackWatch::tick()
{
    if (--m_left <= 0) {
        m_left = 0;
        m_completed = true;
        stop();
        Q_EMIT finished(!m_warned);
        return;
    }
    Q_EMIT changed();
}

void RollbackWatch::sample()
{
    if (!m_prometheus)
        return;
    m_prometheus->query(RunbookQueries::errorPercent(m_window), QDateTime::currentDateTimeUtc(), this,
                        [this](const PromQueryResult& r) {
                            if (!r.status.ok || r.series.isEmpty() || r.series.first().points.isEmpty())
                                return;
                            const double v = r.series.first().points.last().y();
                            if (!std::isfinite(v))
                                return;
                            if (!m_first)
                                m_first = v;
                            const bool rising = m_last && v > *m_last && v > *m_first + kRiseMargin;
                            m_last = v;
                            if (v >= kWarnPercent || rising)
                                m_warned = true;
                            Q_EMIT changed();
                        });
}

} // namespace Ops
