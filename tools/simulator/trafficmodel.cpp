#include "tools/simulator/trafficmodel.h"

#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {

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

Outcome TrafficModel::decide(const Endpoint& ep, const ScenarioProfile& p, bool databaseDown)
{
    Outcome o;
    o.status = ep.okStatus;
    o.seconds = ep.medianSeconds * std::exp(0.45 * gaussian());
    if (m_slow.next(p.slowRatio))
        o.seconds = p.slowMin + (p.slowMax - p.slowMin) * uniform();
    if (m_errors.next(p.error5xxRatio)) {
        // Mostly 500 (an unhandled exception), now and then a 503 from an overloaded dependency.
        o.status = uniform() < 0.8 ? 500 : 503;
    } else if (ep.usesDatabase && databaseDown) {
        o.status = 503;
        o.seconds = qMax(o.seconds, 2.0); // the pool's connect timeout
    } else if (ep.usesDatabase && m_dbErrors.next(p.dbError5xxRatio)) {
        o.status = uniform() < 0.7 ? 500 : 503;
    } else if (m_clientErrors.next(0.02)) {
        o.status = QLatin1String(ep.method) == "POST"_L1 ? 422 : 404;
    }
    return o;
}

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
