#pragma once

#include "scenarioprofile.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace Sim {

/// The API's request counters and latency histograms, fed by real requests and by synthetic
/// traffic, written in the Prometheus text format 0.0.4.
class TrafficModel
{
public:
    TrafficModel();

    void record(const QString& method, const QString& handler, int status, double seconds);
    /// Simulates dt seconds of traffic at rps requests per second under the profile.
    void tick(double dt, double rps, const ScenarioProfile& profile);
    /// http_requests_total and http_request_duration_seconds.
    QByteArray metricsText() const;
    qint64 totalRequests() const { return m_total; }

    static const QVector<double>& buckets();

private:
    /// Deals out a share of requests evenly (error diffusion) rather than by coin flips, so a
    /// scenario's 10 % of 5xx is 10 % of any 60 requests too: the alert tests and the charts
    /// then never see a run of luck. The phase starts random so the pattern does not repeat.
    class ShareDealer
    {
    public:
        ShareDealer();
        bool next(double share);

    private:
        double m_debt;
    };

    struct Histogram
    {
        QVector<qint64> counts; ///< per bucket, not cumulative
        double sum = 0;
        qint64 count = 0;
    };

    QMap<QString, qint64> m_requests; ///< key: method \t handler \t status
    QMap<QString, Histogram> m_durations; ///< key: method \t handler
    double m_carry = 0;
    ShareDealer m_slow;
    ShareDealer m_errors;
    ShareDealer m_dbErrors;
    qint64 m_total = 0;
};

} // namespace Sim
