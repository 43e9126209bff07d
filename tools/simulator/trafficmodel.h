#pragma once

#include "tools/simulator/scenarioprofile.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace Sim {

/// One route of the simulated Fragrance AI API.
struct Endpoint
{
    const char* method;
    const char* handler;
    double medianSeconds; ///< typical time the real handler takes
    bool usesDatabase;
    int okStatus;         ///< 200, or 201/202 for the POST routes
};

/// The answer a request gets: its status and how long it takes.
struct Outcome
{
    int status = 200;
    double seconds = 0;
};

/// The API's request counters and latency histograms, fed by the real requests the replica
/// serves, written in the Prometheus text format 0.0.4. Also decides, under a profile, how a
/// request to one of the API's routes is answered.
class TrafficModel
{
public:
    TrafficModel();

    /// Status and duration of one request under the profile; databaseDown answers the
    /// database routes 503 like an API whose pool cannot reach PostgreSQL.
    Outcome decide(const Endpoint& endpoint, const ScenarioProfile& profile, bool databaseDown);
    void record(const QString& method, const QString& handler, int status, double seconds);
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

    QMap<QString, qint64> m_requests;     ///< key: method \t handler \t status
    QMap<QString, Histogram> m_durations; ///< key: method \t handler
    ShareDealer m_slow;
    ShareDealer m_errors;
    ShareDealer m_dbErrors;
    ShareDealer m_clientErrors;
    qint64 m_total = 0;
};

} // namespace Sim
