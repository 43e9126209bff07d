#include "models/metrics/clientscraper.h"

#include "models/core/logging.h"
#include "models/net/httpclient.h"
#include "models/metrics/localevaluator.h"
#include "models/net/prometheustextparser.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Ops::Metrics {

namespace {
constexpr qint64 kMaxScrapeBytes = 32 * 1024 * 1024; // a big /metrics is fine, a runaway one is cut off
}

ClientScraper::ClientScraper(HttpClient* http, QObject* parent) : QObject(parent), m_http(http)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClientScraper::scrapeNow);
}

ClientScraper::~ClientScraper()
{
    if (m_request)
        m_request->cancel();
}

void ClientScraper::setPanels(const QList<PanelDefinition>& panels)
{
    m_panels = panels;
}

void ClientScraper::setIntervalMs(int ms)
{
    m_intervalMs = std::max(1000, ms);
}

void ClientScraper::start()
{
    if (m_running)
        return;
    m_running = true;
    scrapeNow();
}

void ClientScraper::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_request)
        m_request->cancel();
    m_busy = false;
    ++m_generation;
}

void ClientScraper::scrapeNow()
{
    if (m_busy || !m_http)
        return;
    const QUrl url = m_http->url(HttpService::Api, QStringLiteral("/metrics"));
    if (!url.isValid() || url.host().isEmpty())
        return;
    if (url != m_url) {
        // Another API: its history means nothing here.
        m_url = url;
        m_history.clear();
        m_previous.reset();
        ++m_generation;
    }
    m_busy = true;
    m_request = m_http->get(HttpService::Api, QStringLiteral("/metrics"), {}, this, m_deadlineMs, kMaxScrapeBytes);
    connect(m_request, &ApiRequest::finished, this, &ClientScraper::onFetched);
}

void ClientScraper::scheduleNext()
{
    m_busy = false;
    if (m_running)
        m_timer.start(m_intervalMs);
}

void ClientScraper::onFetched(const HttpOutcome& outcome)
{
    if (!outcome.transferred() || outcome.httpStatus != 200) {
        m_lastError = outcome.transferred()
                          ? tr("the API's /metrics answered HTTP %1").arg(outcome.httpStatus)
                          : tr("the API's /metrics is unreachable: %1").arg(outcome.reason);
        Q_EMIT failed(m_lastError);
        scheduleNext();
        return;
    }
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const quint64 generation = m_generation;
    // Parsing a large body takes tens of milliseconds: never on the GUI thread.
    auto* watcher = new QFutureWatcher<ParseResult>(this);
    connect(watcher, &QFutureWatcher<ParseResult>::finished, this, [this, watcher, at, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // stopped or pointed elsewhere meanwhile
        const ParseResult result = watcher->result();
        if (!result.ok()) {
            m_lastError = tr("the API's /metrics could not be read: %1").arg(result.error);
            Q_EMIT failed(m_lastError);
        } else {
            m_lastError.clear();
            ingest(result, at);
        }
        scheduleNext();
    });
    watcher->setFuture(QtConcurrent::run([body = outcome.body] { return PrometheusTextParser::parse(body); }));
}

void ClientScraper::ingest(const ParseResult& result, qint64 atMs)
{
    for (const PanelDefinition& panel : std::as_const(m_panels)) {
        auto& seriesMap = m_history[panel.id];
        for (const LocalTerm& term : panel.local) {
            const auto values = LocalEvaluator::evaluate(term, m_previous.get(), m_previousMs, result, atMs);
            for (const auto& [name, value] : values) {
                QVector<QPointF>& points = seriesMap[name];
                points.append(QPointF(double(atMs), value));
                if (points.size() > m_maxPoints)
                    points.remove(0, points.size() - m_maxPoints);
            }
        }
    }
    m_previous = std::make_unique<ParseResult>(result);
    m_previousMs = atMs;
    ++m_scrapes;
    Q_EMIT updated();
}

PanelData ClientScraper::panelData(const QString& panelId, qint64 startMs, qint64 endMs) const
{
    PanelData data;
    data.local = true;
    data.startMs = startMs;
    data.endMs = endMs;
    data.stepMs = m_intervalMs;
    const auto panel = std::find_if(m_panels.cbegin(), m_panels.cend(),
                                    [&](const PanelDefinition& p) { return p.id == panelId; });
    if (panel == m_panels.cend() || panel->local.isEmpty()) {
        data.state = PanelData::State::Unavailable;
        data.message = tr("Needs Prometheus: the console cannot compute this panel from the API's /metrics.");
        return data;
    }
    const auto& seriesMap = m_history.value(panelId);
    for (auto it = seriesMap.cbegin(); it != seriesMap.cend(); ++it) {
        ChartSeries s{it.key(), {}};
        for (const QPointF& p : it.value()) {
            if (p.x() >= double(startMs) && p.x() <= double(endMs))
                s.points.append(p);
        }
        if (!s.points.isEmpty())
            data.series.append(std::move(s));
    }
    if (data.series.isEmpty()) {
        data.state = m_scrapes < 2 && m_lastError.isEmpty() ? PanelData::State::Loading : PanelData::State::NoData;
        data.message = m_lastError.isEmpty() ? tr("Collecting: rates need two scrapes of /metrics.") : m_lastError;
    } else {
        data.state = PanelData::State::Ok;
    }
    return data;
}

} // namespace Ops::Metrics
