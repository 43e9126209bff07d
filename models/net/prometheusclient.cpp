#include "models/net/prometheusclient.h"

#include "models/core/logging.h"
#include "models/net/httpclient.h"
#include "models/net/prometheusapiparser.h"

namespace Ops {

namespace {
QString seconds(const QDateTime& when)
{
    return QString::number(double(when.toMSecsSinceEpoch()) / 1000.0, 'f', 3);
}
} // namespace

PrometheusClient::PrometheusClient(HttpClient* http, QObject* parent) : QObject(parent), m_http(http)
{
    Q_ASSERT(http);
}

PrometheusClient::~PrometheusClient()
{
    cancelAll();
}

QUrl PrometheusClient::baseUrl() const
{
    return m_http ? m_http->baseUrl(HttpService::Prometheus) : QUrl();
}

qint64 PrometheusClient::clampStepMs(qint64 rangeMs, qint64 stepMs)
{
    qint64 step = std::max<qint64>(1, stepMs);
    if (rangeMs <= 0)
        return step;
    const qint64 minimum = (rangeMs + kMaxPoints - 1) / kMaxPoints; // ceil(range / max)
    return std::max(step, minimum);
}

template <typename Result>
PrometheusClient::RequestId PrometheusClient::send(const QString& path, const QUrlQuery& query, QObject* context,
                                                   std::function<void(const Result&)> callback,
                                                   Result (*parse)(const HttpOutcome&),
                                                   std::function<void(Result&)> adjust)
{
    const RequestId id = m_nextId++;
    if (!m_http) {
        Result failed;
        failed.status.ok = false;
        failed.status.error = tr("no Prometheus client", "net: prometheusclient: error or status fragment, shown after “…: ” in a longer message");
        QMetaObject::invokeMethod(this, [callback, failed] { callback(failed); }, Qt::QueuedConnection);
        return id;
    }
    ApiRequest* request = m_http->get(HttpService::Prometheus, path, query, this, m_deadlineMs, m_maxBytes);
    const bool tokenSent = m_http->hasBearerToken(HttpService::Prometheus);
    m_pending.insert(id, request);
    QPointer<QObject> guard(context);
    connect(request, &ApiRequest::finished, this,
            [this, id, guard, tokenSent, callback = std::move(callback), parse,
             adjust = std::move(adjust)](const HttpOutcome& outcome) {
                if (!m_pending.remove(id))
                    return; // canceled meanwhile
                if (!guard)
                    return; // the asker is gone
                Result result = parse(outcome);
                // A proxy's 401/403 in words: a missing or wrong token is the operator's to fix.
                if (outcome.httpStatus == 401 || outcome.httpStatus == 403)
                    result.status.error = HttpClient::describeStatus(outcome.httpStatus, tokenSent);
                if (adjust)
                    adjust(result);
                if (!result.status.ok)
                    qCDebug(lcPrometheus) << "request" << id << "failed:" << result.status.error;
                callback(result);
            });
    return id;
}

PrometheusClient::RequestId PrometheusClient::query(const QString& promql, const QDateTime& time, QObject* context,
                                                    std::function<void(const PromQueryResult&)> callback)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    if (time.isValid())
        q.addQueryItem(QStringLiteral("time"), seconds(time));
    return send<PromQueryResult>(QStringLiteral("/api/v1/query"), q, context, std::move(callback),
                                 &PrometheusApiParser::queryResult);
}

PrometheusClient::RequestId PrometheusClient::queryRange(const QString& promql, const QDateTime& start,
                                                         const QDateTime& end, qint64 stepMs, QObject* context,
                                                         std::function<void(const PromQueryResult&)> callback)
{
    const qint64 step = clampStepMs(start.msecsTo(end), stepMs);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(promql)));
    q.addQueryItem(QStringLiteral("start"), seconds(start));
    q.addQueryItem(QStringLiteral("end"), seconds(end));
    q.addQueryItem(QStringLiteral("step"), QString::number(double(step) / 1000.0, 'f', 3));
    return send<PromQueryResult>(QStringLiteral("/api/v1/query_range"), q, context, std::move(callback),
                                 &PrometheusApiParser::queryResult,
                                 [step](PromQueryResult& r) { r.stepMs = step; });
}

PrometheusClient::RequestId PrometheusClient::alerts(QObject* context,
                                                     std::function<void(const PromAlertsResult&)> callback)
{
    return send<PromAlertsResult>(QStringLiteral("/api/v1/alerts"), {}, context, std::move(callback),
                                  &PrometheusApiParser::alerts);
}

PrometheusClient::RequestId PrometheusClient::rules(QObject* context,
                                                    std::function<void(const PromRulesResult&)> callback)
{
    return send<PromRulesResult>(QStringLiteral("/api/v1/rules"), {}, context, std::move(callback),
                                 &PrometheusApiParser::rules);
}

PrometheusClient::RequestId PrometheusClient::targets(QObject* context,
                                                      std::function<void(const PromTargetsResult&)> callback)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("state"), QStringLiteral("active"));
    return send<PromTargetsResult>(QStringLiteral("/api/v1/targets"), q, context, std::move(callback),
                                   &PrometheusApiParser::targets);
}

namespace {
struct ReadyResult
{
    PromStatus status;
};
ReadyResult parseReady(const HttpOutcome& outcome)
{
    return ReadyResult{PrometheusApiParser::ready(outcome)};
}
} // namespace

PrometheusClient::RequestId PrometheusClient::ready(QObject* context, std::function<void(const PromStatus&)> callback)
{
    return send<ReadyResult>(QStringLiteral("/-/ready"), {}, context,
                             [callback = std::move(callback)](const ReadyResult& r) { callback(r.status); },
                             &parseReady);
}

void PrometheusClient::cancel(RequestId id)
{
    const QPointer<ApiRequest> request = m_pending.take(id);
    if (request)
        request->cancel();
}

void PrometheusClient::cancelAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<ApiRequest>& request : pending) {
        if (request)
            request->cancel();
    }
}

} // namespace Ops
