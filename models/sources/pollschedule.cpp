#include "models/sources/pollschedule.h"

#include <QRandomGenerator>
#include <algorithm>

namespace Ops {

PollSchedule::PollSchedule(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PollSchedule::due);
}

void PollSchedule::setInterval(int intervalMs)
{
    m_intervalMs = std::max(10, intervalMs);
}

void PollSchedule::start()
{
    m_active = true;
    m_failures = 0;
    m_timer.start(0);
}

void PollSchedule::stop()
{
    m_active = false;
    m_timer.stop();
}

int PollSchedule::delayAfter(int failures) const
{
    if (failures <= 0)
        return m_intervalMs;
    const qint64 base = qint64(m_minBackoffMs) << std::min(failures - 1, 16);
    const qint64 capped = std::min<qint64>(base, m_intervalMs);
    // ±20 % jitter.
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return int(std::max<double>(10.0, double(capped) * jitter));
}

void PollSchedule::checkFinished(bool ok)
{
    m_failures = ok ? 0 : m_failures + 1;
    if (m_active)
        m_timer.start(delayAfter(m_failures));
}

} // namespace Ops
