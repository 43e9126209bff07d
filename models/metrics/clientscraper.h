#pragma once

#include "models/net/httpclient.h"
#include "models/net/metricfamily.h"
#include "models/metrics/paneldata.h"
#include "models/metrics/paneldefinition.h"
#include "models/net/apirequest.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Ops {
}

namespace Ops::Metrics {

/// When Prometheus is missing or unreachable, the console scrapes the API's `/metrics` itself at the
/// chosen refresh, keeps a bounded history per panel and computes the panels' LocalTerms
/// (rates and quantiles between successive scrapes). Parsing runs on a pool thread; scrapes never
/// overlap (the timer is re-armed when one finishes).
class ClientScraper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientScraper)

public:
    /// Scrapes the API of `http` (HttpService::Api, `/metrics`).
    explicit ClientScraper(HttpClient* http, QObject* parent = nullptr);
    ~ClientScraper() override;

    /// Deadline of one scrape (default 5 s).
    void setDeadline(int ms) { m_deadlineMs = ms; }
    void setPanels(const QList<PanelDefinition>& panels);
    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }
    /// At most this many points per series (oldest dropped); default 24 h at 5 s.
    void setMaxPointsPerSeries(int n) { m_maxPoints = n; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// One scrape now (unless one is under way).
    void scrapeNow();

    /// The panel's series between start and end (ms since the epoch).
    PanelData panelData(const QString& panelId, qint64 startMs, qint64 endMs) const;
    int scrapeCount() const { return m_scrapes; }
    QString lastError() const { return m_lastError; }

    /// Adds one parsed scrape taken at `atMs` (what a finished scrape does; public for tests).
    void ingest(const ParseResult& result, qint64 atMs);

Q_SIGNALS:
    void updated();
    void failed(const QString& reason);

private:
    void onFetched(const Ops::HttpOutcome& outcome);
    void scheduleNext();

    QPointer<HttpClient> m_http;
    QUrl m_url; ///< what the history belongs to
    int m_deadlineMs = 5000;
    QList<PanelDefinition> m_panels;
    int m_intervalMs = 5000;
    int m_maxPoints = 17280;
    bool m_running = false;
    bool m_busy = false;
    quint64 m_generation = 0;
    QTimer m_timer;
    QPointer<ApiRequest> m_request;
    std::unique_ptr<ParseResult> m_previous;
    qint64 m_previousMs = 0;
    QHash<QString, QMap<QString, QVector<QPointF>>> m_history; ///< panel id → series name → points
    int m_scrapes = 0;
    QString m_lastError;
};

} // namespace Ops::Metrics
