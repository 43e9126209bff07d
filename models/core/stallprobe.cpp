#include "models/core/stallprobe.h"

#include "models/core/logging.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace Ops {

double percentile(QVector<double> samples, double pct)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(pct / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

StallProbe::StallProbe(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

StallProbe::~StallProbe()
{
    stop();
}

bool StallProbe::start(const QString& logPath)
{
    if (!logPath.isEmpty()) {
        m_log.setFileName(logPath);
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            qCWarning(lcDiagnostics) << "cannot write stall log" << logPath << m_log.errorString();
            return false;
        }
    }
    reset();
    m_clock.start();
    m_expectedNs = qint64(kIntervalMs) * 1000000;
    m_secondStartNs = 0;
    m_timer.start();
    return true;
}

void StallProbe::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    flushSecond();
    m_log.close();
}

void StallProbe::reset()
{
    m_all.clear();
    m_second.clear();
    m_overallMax = 0;
}

double StallProbe::p99LatenessMs() const
{
    return percentile(m_all, 99.0);
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double lateMs = std::max<qint64>(0, now - m_expectedNs) / 1e6;
    m_second.append(lateMs);
    m_all.append(lateMs);
    if (m_all.size() > 360000) // an hour of samples; older ones matter less than memory
        m_all.remove(0, 60000);
    m_overallMax = std::max(m_overallMax, lateMs);
    // The next expectation starts from now: one long stall counts once, not as a backlog.
    m_expectedNs = now + qint64(kIntervalMs) * 1000000;
    if (now - m_secondStartNs >= 1000000000LL) {
        flushSecond();
        m_secondStartNs = now;
    }
}

void StallProbe::flushSecond()
{
    if (m_second.isEmpty())
        return;
    if (m_log.isOpen()) {
        const double max = *std::max_element(m_second.cbegin(), m_second.cend());
        const QString line = QStringLiteral("%1 max_ms=%2 p99_ms=%3 samples=%4\n")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                                 .arg(max, 0, 'f', 2)
                                 .arg(percentile(m_second, 99.0), 0, 'f', 2)
                                 .arg(m_second.size());
        m_log.write(line.toUtf8());
        m_log.flush();
    }
    m_second.clear();
}

} // namespace Ops
