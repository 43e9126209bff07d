// libFuzzer entry for Prometheus' HTTP API answers (issue 15 item 8): /api/v1/query and query_range
// (both the one-pass reader readQueryResult and the QJsonDocument path), /api/v1/alerts, /rules and
// /targets, under any HTTP status. Any bytes must give a verdict, never crash, hang or trip a sanitizer,
// and:
//   - a failure has words, a success none; a query result's points are finite in time;
//   - whatever the one-pass reader accepts, the document path reads to the very same result (same
//     type, warnings, series, labels and points, NaN equal to NaN): the two ways never disagree;
//   - queryResult() is what the document path says whenever the reader declines.
// The first input byte picks the HTTP status (so error envelopes under 4xx/5xx are reached too).
#include "models/net/prometheusapiparser.h"
#include "models/net/promqueryreader.h"
#include "tests/fuzz/fuzzcheck.h"

#include <cmath>

using namespace Ops;

namespace {

constexpr const char* kTarget = "fuzz_prometheusapi";

bool same(const PromQueryResult& a, const PromQueryResult& b)
{
    if (a.status.ok != b.status.ok || a.type != b.type || a.status.warnings != b.status.warnings ||
        a.series.size() != b.series.size())
        return false;
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        if (a.series[i].labels != b.series[i].labels || a.series[i].points.size() != b.series[i].points.size())
            return false;
        for (qsizetype k = 0; k < a.series[i].points.size(); ++k) {
            const QPointF p = a.series[i].points[k];
            const QPointF q = b.series[i].points[k];
            if (p.x() != q.x() || !(p.y() == q.y() || (std::isnan(p.y()) && std::isnan(q.y()))))
                return false;
        }
    }
    return true;
}

void checkStatus(const PromStatus& status)
{
    if (status.ok != status.error.isEmpty())
        Fuzz::fault(kTarget, "a success with words, or a failure without");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const int statuses[] = {200, 200, 200, 200, 400, 422, 503, 500, 404, 401, 302, 204};
    HttpOutcome outcome;
    outcome.httpStatus = size > 0 ? statuses[data[0] % (sizeof statuses / sizeof statuses[0])] : 200;
    outcome.body = Fuzz::body(size > 0 ? data + 1 : data, size > 0 ? size - 1 : 0);
    outcome.latencyMs = 1;

    const std::optional<PromQueryResult> fast = readQueryResult(outcome);
    const PromQueryResult document = PrometheusApiParser::queryResultFromDocument(outcome);
    const PromQueryResult used = PrometheusApiParser::queryResult(outcome);
    checkStatus(document.status);
    checkStatus(used.status);
    if (fast) {
        checkStatus(fast->status);
        if (!fast->status.ok)
            Fuzz::fault(kTarget, "the one-pass reader took an answer it did not read");
        if (!same(*fast, document)) {
            std::fprintf(stderr, "body: %s\n", outcome.body.constData());
            Fuzz::fault(kTarget, "the one-pass reader and the document disagree");
        }
        if (!same(used, *fast))
            Fuzz::fault(kTarget, "queryResult() is not what the reader read");
    } else if (!same(used, document)) {
        Fuzz::fault(kTarget, "queryResult() is not what the document says");
    }
    for (const PromSeries& series : used.series) {
        for (const QPointF& p : series.points) {
            if (!std::isfinite(p.x()))
                Fuzz::fault(kTarget, "a point at no finite time");
        }
    }

    const PromAlertsResult alerts = PrometheusApiParser::alerts(outcome);
    checkStatus(alerts.status);
    const PromRulesResult rules = PrometheusApiParser::rules(outcome);
    checkStatus(rules.status);
    const PromTargetsResult targets = PrometheusApiParser::targets(outcome);
    checkStatus(targets.status);
    PrometheusApiParser::ready(outcome);
    if (outcome.body.size() < 64)
        PrometheusApiParser::parseTime(QString::fromUtf8(outcome.body));
    return 0;
}
