#include "models/maintenance/drainwatcher.h"

#include "models/net/httpclient.h"
#include "models/metrics/runbookqueries.h"
#include "models/net/prometheustextparser.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Ops {

namespace {
constexpr qint64 kMaxMetricsBytes = 8 * 1024 * 1024;
}

DrainWatcher::DrainWatcher(HttpClient* http, QObject* parent)
    : QObject(parent), m_http(http), m_prometheus(http ? new PrometheusClient(http, this) : nullptr)
{
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
    m_source = m_prometheus && m_http && m_http->baseUrl(HttpService::Prometheus).isValid() ? Source::Prometheus
                                                                                         : Source::ApiMetrics;
    if (m_prometheus)
        m_prometheus->setDeadline(m_deadlineMs);
    m_clock.start();
    poll();
}

void DrainWatcher::stop()
{
    m_running = false;
    ++m_generation; // a count still being parsed is stale now
    m_timer.stop();
    if (m_request)
        m_request->cancel();
    m_request = nullptr;
    if (m_query && m_prometheus)
        m_prometheus->cancel(m_query);
    m_query = 0;
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
    if (!m_http) {
        m_lastError = tr("no HTTP client", "maintenance: drainwatcher: error or status fragment, shown after “…: ” in a longer message");
        m_timer.start(m_interval);
        return;
    }
    if (m_source == Source::Prometheus) {
        pollPrometheus();
        return;
    }
    m_request = m_http->get(HttpService::Api, QStringLiteral("/metrics"), {}, this, m_deadlineMs, kMaxMetricsBytes);
    connect(m_request, &ApiRequest::finished, this, &DrainWatcher::onOutcome);
}

void DrainWatcher::pollPrometheus()
{
    m_query = m_prometheus->query(
        RunbookQueries::servedRequestRateNow(), QDateTime(), this, [this](const PromQueryResult& result) {
            m_query = 0;
            if (!m_running)
                return;
            if (!result.status.ok) {
                m_lastError = tr("Prometheus: %1").arg(result.status.error);
            } else if (result.noData() || result.series.first().points.isEmpty()) {
                // No replica scraped within the last minute: nothing says the traffic stopped.
                m_lastError = tr("Prometheus has no request counter of the API");
            } else {
                onRate(result.series.first().points.last().y(), m_clock.elapsed());
                return;
            }
            m_timer.start(m_interval);
        });
}

void DrainWatcher::onRate(double requestsPerSecond, qint64 atMs)
{
    m_lastRate = requestsPerSecond;
    Q_EMIT sampled(m_lastRate, atMs);
    m_quiet = m_lastRate <= m_threshold ? m_quiet + 1 : 0;
    if (m_quiet >= m_quietNeeded) {
        stop();
        Q_EMIT drained(m_lastRate, atMs);
        return;
    }
    m_timer.start(m_interval);
}

void DrainWatcher::onOutcome(const HttpOutcome& outcome)
{
    m_request = nullptr;
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    if (!outcome.transferred() || outcome.httpStatus != 200) {
        m_lastError =
            outcome.transferred() ? tr("/metrics answered HTTP %1", "maintenance: drainwatcher").arg(outcome.httpStatus) : outcome.reason;
        m_timer.start(m_interval);
        return;
    }
    // A large /metrics takes milliseconds to parse: never on the GUI thread.
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<double>(this);
    connect(watcher, &QFutureWatcher<double>::finished, this, [this, watcher, now, generation] {
        watcher->deleteLater();
        onCounted(watcher->result(), now, generation);
    });
    watcher->setFuture(QtConcurrent::run([body = outcome.body] { return countRequests(body); }));
}

void DrainWatcher::onCounted(double count, qint64 now, quint64 generation)
{
    if (!m_running || generation != m_generation)
        return;
    if (count < 0) {
        m_lastError = tr("/metrics has no http_requests_total");
    } else if (m_lastCount >= 0 && count >= m_lastCount && now > m_lastAtMs) {
        const double rate = (count - m_lastCount) * 1000.0 / double(now - m_lastAtMs);
        m_lastCount = count;
        m_lastAtMs = now;
        onRate(rate, now);
        return;
    }
    // A counter that went down: the API restarted; start counting again from here.
    if (count >= 0) {
        m_lastCount = count;
        m_lastAtMs = now;
    }
    m_timer.start(m_interval);
}

} // namespace Ops
