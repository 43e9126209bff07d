#pragma once

#include "models/net/httpclient.h"
#include "models/net/apirequest.h"
#include "models/net/prometheustypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Ops {


/// Asynchronous client of Prometheus' HTTP API. Every call returns at once with a request id and
/// later runs its callback on the GUI thread, unless the request was canceled or `context` died
/// meanwhile (then nothing is delivered). Each call has a deadline and a response size cap;
/// failures arrive as data in PromStatus, never as exceptions.
class PrometheusClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusClient)

public:
    using RequestId = quint64;
    /// Prometheus refuses query_range answers with more points than this per series.
    static constexpr qint64 kMaxPoints = 11000;

    /// Talks to the Prometheus of `http` (its base URL, TLS trust and token: HttpService::Prometheus).
    explicit PrometheusClient(HttpClient* http, QObject* parent = nullptr);
    ~PrometheusClient() override;

    HttpClient* http() const { return m_http; }
    QUrl baseUrl() const;
    void setDeadline(int ms) { m_deadlineMs = ms; }
    int deadline() const { return m_deadlineMs; }
    /// Default 16 MiB: a wide query_range answer is large, a runaway one is cut off.
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }

    RequestId query(const QString& promql, const QDateTime& time, QObject* context,
                    std::function<void(const PromQueryResult&)> callback);
    /// Step is raised when needed so that (end - start) / step <= kMaxPoints; the result says which step.
    RequestId queryRange(const QString& promql, const QDateTime& start, const QDateTime& end, qint64 stepMs,
                         QObject* context, std::function<void(const PromQueryResult&)> callback);
    RequestId alerts(QObject* context, std::function<void(const PromAlertsResult&)> callback);
    RequestId rules(QObject* context, std::function<void(const PromRulesResult&)> callback);
    RequestId targets(QObject* context, std::function<void(const PromTargetsResult&)> callback);
    /// `/-/ready`.
    RequestId ready(QObject* context, std::function<void(const PromStatus&)> callback);

    /// Drops a request (e.g. a chart's range changed): its callback never runs.
    void cancel(RequestId id);
    void cancelAll();
    int pendingCount() const { return int(m_pending.size()); }

    /// The smallest step (ms, at least 1) not below `stepMs` that keeps a range under kMaxPoints.
    static qint64 clampStepMs(qint64 rangeMs, qint64 stepMs);

private:
    template <typename Result>
    RequestId send(const QString& path, const QUrlQuery& query, QObject* context,
                   std::function<void(const Result&)> callback, Result (*parse)(const HttpOutcome&),
                   std::function<void(Result&)> adjust = {});

    QPointer<HttpClient> m_http;
    int m_deadlineMs = 10000;
    qint64 m_maxBytes = 16 * 1024 * 1024;
    RequestId m_nextId = 1;
    QHash<RequestId, QPointer<ApiRequest>> m_pending;
};

} // namespace Ops
