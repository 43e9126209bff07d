#include "models/maintenance/drainwatcher.h"

#include "models/net/prometheustextparser.h"

#include <QNetworkAccessManager>

namespace Ops {

DrainWatcher::DrainWatcher(QObject* parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_options.deadlineMs = 3000;
    m_options.maxBytes = 8 * 1024 * 1024;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DrainWatcher::poll);
}

DrainWatcher::~DrainWatcher() = default;

double DrainWatcher::countRequests(const QByteArray& body)
{
    const Metrics::ParseResult parsed = Metrics::PrometheusTextParser::parse(body);
    if (!parsed.ok())
        return -1;
    const Metrics::MetricFamily* family = parsed.family(QStringLiteral("http_requests_total"));
    if (!family)
        return -1;
    double sum = 0;
    for (const Metrics::Sample& sample : family->samples) {
        const QString handler = sample.label(QStringLiteral("handler"));
        if (handler == QLatin1String("/metrics") || handler == QLatin1String("/health"))
            continue;
        sum += sample.value;
    }
    return sum;
}

void DrainWatcher::start()
{
    stop();
    m_running = true;
    m_lastCount = -1;
    m_lastRate = -1;
    m_quiet = 0;
    m_lastError.clear();
    m_clock.start();
    poll();
}

void DrainWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_request)
        m_request->cancel();
    m_request = nullptr;
}

void DrainWatcher::poll()
{
    if (!m_running)
        return;
    if (m_clock.elapsed() >= m_maxWaitMs) {
        stop();
        const int seconds = m_maxWaitMs / 1000;
        if (m_lastRate >= 0)
            Q_EMIT timedOut(tr("requests did not drain within %1 s: still %2 requests/s (threshold %3)")
                                .arg(seconds)
                                .arg(m_lastRate, 0, 'f', 1)
                                .arg(m_threshold, 0, 'f', 1));
        else
            Q_EMIT timedOut(tr("requests could not be watched within %1 s: %2")
                                .arg(seconds)
                                .arg(m_lastError.isEmpty() ? tr("no reading of /metrics") : m_lastError));
        return;
    }
    m_request = ApiRequest::get(m_network, m_url, m_options, this);
    connect(m_request, &ApiRequest::finished, this, &DrainWatcher::onOutcome);
}

void DrainWatcher::onOutcome(const HttpOutcome& outcome)
{
    m_request = nullptr;
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    if (!outcome.transferred() || outcome.httpStatus != 200) {
        m_lastError =
            outcome.transferred() ? tr("/metrics answered HTTP %1").arg(outcome.httpStatus) : outcome.reason;
    } else {
        const double count = countRequests(outcome.body);
        if (count < 0) {
            m_lastError = tr("/metrics has no http_requests_total");
        } else if (m_lastCount >= 0 && count >= m_lastCount && now > m_lastAtMs) {
            m_lastRate = (count - m_lastCount) * 1000.0 / double(now - m_lastAtMs);
            Q_EMIT sampled(m_lastRate, now);
            m_quiet = m_lastRate <= m_threshold ? m_quiet + 1 : 0;
            if (m_quiet >= m_quietNeeded) {
                stop();
                Q_EMIT drained(m_lastRate, now);
                return;
            }
        }
        // A counter that went down: the API restarted; start counting again from here.
        if (count >= 0) {
            m_lastCount = count;
            m_lastAtMs = now;
        }
    }
    m_timer.start(m_interval);
}

} // namespace Ops
