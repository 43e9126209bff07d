#include "models/core/stallprobe.h"

#include "models/core/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <algorithm>
#include <cmath>

namespace Ops {

namespace {
constexpr qint64 kSlotNs = qint64(StallProbe::kIntervalMs) * 1000000;
constexpr int kQuietTicksBeforeIdle = 2;

QString ms(double v)
{
    return QString::number(v, 'f', 2);
}
} // namespace

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
    m_report.setTimerType(Qt::VeryCoarseTimer);
    m_report.setInterval(60000);
    connect(&m_report, &QTimer::timeout, this, &StallProbe::report);
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
    m_clock.start();
    reset();
    m_running = true;
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_report.start();
    wake();
    return true;
}

void StallProbe::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
    settleIdle(m_clock.nsecsElapsed());
    m_timer.stop();
    m_report.stop();
    writeLine(QStringLiteral("run"), m_run, m_measured);
    m_log.close();
}

void StallProbe::reset()
{
    m_run.clear();
    m_interval.clear();
    m_measured = 0;
    m_intervalMeasured = 0;
    if (m_idleSinceNs >= 0 && m_clock.isValid())
        m_idleSinceNs = m_clock.nsecsElapsed();
}

bool StallProbe::eventFilter(QObject* watched, QEvent* event)
{
    // The probe's own timers are not work of the console.
    if (watched != &m_timer && watched != &m_report) {
        m_activity = true;
        if (m_running && !m_timer.isActive())
            wake();
    }
    return QObject::eventFilter(watched, event);
}

void StallProbe::wake()
{
    const qint64 now = m_clock.nsecsElapsed();
    settleIdle(now);
    m_idleSinceNs = -1;
    m_quietTicks = 0;
    m_expectedNs = now + kSlotNs;
    m_timer.start();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double lateMs = double(std::max<qint64>(0, now - m_expectedNs)) / 1e6;
    m_run.record(lateMs);
    m_interval.record(lateMs);
    ++m_measured;
    ++m_intervalMeasured;
    // The next expectation starts from now: one long stall counts once, not as a backlog.
    m_expectedNs = now + kSlotNs;
    if (m_activity) {
        m_quietTicks = 0;
    } else if (++m_quietTicks >= kQuietTicksBeforeIdle) {
        // Nothing but the probe ran for two periods: stop, and count the idle slots when work comes.
        m_timer.stop();
        m_idleSinceNs = now;
    }
    m_activity = false;
}

qint64 StallProbe::pendingIdleSlots(qint64 nowNs) const
{
    if (m_idleSinceNs < 0 || nowNs <= m_idleSinceNs)
        return 0;
    return (nowNs - m_idleSinceNs) / kSlotNs;
}

void StallProbe::settleIdle(qint64 nowNs)
{
    const qint64 slots = pendingIdleSlots(nowNs);
    if (slots <= 0)
        return;
    m_run.record(0, slots);
    m_interval.record(0, slots);
    m_idleSinceNs += slots * kSlotNs;
}

LatencyHistogram StallProbe::histogram() const
{
    LatencyHistogram h = m_run;
    if (m_running && m_clock.isValid())
        h.record(0, pendingIdleSlots(m_clock.nsecsElapsed()));
    return h;
}

LatencyHistogram StallProbe::intervalHistogram() const
{
    LatencyHistogram h = m_interval;
    if (m_running && m_clock.isValid())
        h.record(0, pendingIdleSlots(m_clock.nsecsElapsed()));
    return h;
}

QString StallProbe::summary() const
{
    const LatencyHistogram h = histogram();
    return QStringLiteral("p50_ms=%1 p99_ms=%2 max_ms=%3 samples=%4 measured=%5")
        .arg(ms(h.percentileMs(50)), ms(h.percentileMs(99)), ms(h.maxMs()))
        .arg(h.count())
        .arg(m_measured);
}

void StallProbe::report()
{
    settleIdle(m_clock.nsecsElapsed());
    writeLine(QStringLiteral("minute"), m_interval, m_intervalMeasured);
    m_interval.clear();
    m_intervalMeasured = 0;
}

void StallProbe::writeLine(const QString& kind, const LatencyHistogram& h, qint64 measured)
{
    if (!m_log.isOpen() || h.count() == 0)
        return;
    const QString line = QStringLiteral("%1 %2 p50_ms=%3 p99_ms=%4 max_ms=%5 samples=%6 measured=%7\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), kind,
                                  ms(h.percentileMs(50)), ms(h.percentileMs(99)), ms(h.maxMs()))
                             .arg(h.count())
                             .arg(measured);
    m_log.write(line.toUtf8());
    m_log.flush();
}

} // namespace Ops
