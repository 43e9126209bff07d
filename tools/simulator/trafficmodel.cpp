#include "trafficmodel.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

struct Endpoint
{
    const char* method;
    const char* handler;
    double weight;
    double medianSeconds;
    bool usesDatabase;
};

// The production API's traffic mix (the load balancer's /health polls included).
constexpr Endpoint kEndpoints[] = {
    {"GET", "/api/v1/fragrances", 0.30, 0.040, true},
    {"POST", "/api/v1/generate", 0.18, 0.300, false},
    {"GET", "/api/v1/search", 0.20, 0.060, true},
    {"POST", "/api/v1/feedback", 0.10, 0.030, true},
    {"GET", "/health", 0.22, 0.004, false},
};

double uniform()
{
    return QRandomGenerator::global()->generateDouble();
}

double gaussian()
{
    // Box-Muller; 1 - u keeps the log argument positive.
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

QByteArray escapeLabel(const QString& v)
{
    QByteArray out = v.toUtf8();
    out.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return out;
}

QByteArray number(double v)
{
    return QByteArray::number(v, 'g', 12);
}

} // namespace

const QVector<double>& TrafficModel::buckets()
{
    static const QVector<double> b{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};
    return b;
}

TrafficModel::ShareDealer::ShareDealer()
    : m_debt(uniform())
{
}

bool TrafficModel::ShareDealer::next(double share)
{
    if (share <= 0)
        return false;
    m_debt += share;
    if (m_debt < 1.0)
        return false;
    m_debt -= 1.0;
    return true;
}

TrafficModel::TrafficModel() = default;

void TrafficModel::record(const QString& method, const QString& handler, int status, double seconds)
{
    const QString key = method + u'\t' + handler;
    m_requests[key + u'\t' + QString::number(status)] += 1;
    Histogram& h = m_durations[key];
    if (h.counts.isEmpty())
        h.counts.resize(buckets().size());
    for (int i = 0; i < buckets().size(); ++i) {
        if (seconds <= buckets().at(i)) {
            h.counts[i] += 1;
            break;
        }
    }
    h.sum += seconds;
    h.count += 1;
    ++m_total;
}

void TrafficModel::tick(double dt, double rps, const ScenarioProfile& p)
{
    if (p.apiMode != ScenarioProfile::ApiMode::Serving)
        return; // nothing reaches an API that refuses or hangs
    m_carry += rps * dt;
    const int n = int(m_carry);
    m_carry -= n;
    for (int i = 0; i < n; ++i) {
        double pick = uniform();
        const Endpoint* ep = &kEndpoints[0];
        for (const Endpoint& e : kEndpoints) {
            ep = &e;
            if (pick < e.weight)
                break;
            pick -= e.weight;
        }
        double seconds = ep->medianSeconds * std::exp(0.45 * gaussian());
        if (QLatin1String(ep->handler) != "/health"_L1 && m_slow.next(p.slowRatio))
            seconds = p.slowMin + (p.slowMax - p.slowMin) * uniform();
        int status = 200;
        const QString method = QString::fromLatin1(ep->method);
        const QString handler = QString::fromLatin1(ep->handler);
        if (m_errors.next(p.error5xxRatio)) {
            static const int kErrors[] = {500, 500, 502, 503, 504};
            status = kErrors[QRandomGenerator::global()->bounded(5)];
        } else if (ep->usesDatabase && m_dbErrors.next(p.dbError5xxRatio)) {
            status = uniform() < 0.7 ? 500 : 503;
        } else if (uniform() < 0.02 && handler != u"/health"_s) {
            status = method == u"POST"_s ? 422 : 404;
        } else if (method == u"POST"_s && handler == u"/api/v1/generate"_s) {
            status = 202; // queued for a worker
        } else if (method == u"POST"_s) {
            status = 201;
        }
        record(method, handler, status, seconds);
    }
}

QByteArray TrafficModel::metricsText() const
{
    QByteArray out;
    out += "# HELP http_requests_total Total number of HTTP requests by method, handler and status.\n"
           "# TYPE http_requests_total counter\n";
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        const QStringList k = it.key().split(u'\t');
        out += "http_requests_total{method=\"" + escapeLabel(k.at(0)) + "\",handler=\"" + escapeLabel(k.at(1)) +
               "\",status=\"" + escapeLabel(k.at(2)) + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP http_request_duration_seconds Latency of HTTP requests.\n"
           "# TYPE http_request_duration_seconds histogram\n";
    for (auto it = m_durations.cbegin(); it != m_durations.cend(); ++it) {
        const QStringList k = it.key().split(u'\t');
        const QByteArray labels =
            "method=\"" + escapeLabel(k.at(0)) + "\",handler=\"" + escapeLabel(k.at(1)) + "\"";
        qint64 cumulative = 0;
        for (int i = 0; i < buckets().size(); ++i) {
            cumulative += it->counts.at(i);
            out += "http_request_duration_seconds_bucket{" + labels + ",le=\"" + number(buckets().at(i)) + "\"} " +
                   QByteArray::number(cumulative) + '\n';
        }
        out += "http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " + QByteArray::number(it->count) +
               '\n';
        out += "http_request_duration_seconds_sum{" + labels + "} " + number(it->sum) + '\n';
        out += "http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(it->count) + '\n';
    }
    return out;
}

} // namespace Sim
