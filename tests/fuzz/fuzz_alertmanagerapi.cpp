// libFuzzer entry for Alertmanager's API v2 answers (issue 15 item 8): GET /api/v2/alerts under any
// HTTP status. Any bytes must give a verdict, never crash, hang or trip a sanitizer, and:
//   - a failure has words and no alerts, a success no words;
//   - never more alerts than AlertmanagerApiParser::kMaxAlerts;
//   - every alert is named by its alertname label; its state and its silences agree (silenced means suppressed), its summary is its
//     annotation, its start (when given) in UTC.
// The first input byte picks the HTTP status.
#include "models/net/alertmanagerapiparser.h"
#include "tests/fuzz/fuzzcheck.h"

using namespace Ops;

namespace {
constexpr const char* kTarget = "fuzz_alertmanagerapi";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const int statuses[] = {200, 200, 200, 200, 400, 500, 503, 404, 401, 302};
    HttpOutcome outcome;
    outcome.httpStatus = size > 0 ? statuses[data[0] % (sizeof statuses / sizeof statuses[0])] : 200;
    outcome.body = Fuzz::body(size > 0 ? data + 1 : data, size > 0 ? size - 1 : 0);
    outcome.latencyMs = 1;

    const AmAlertsResult result = AlertmanagerApiParser::alerts(outcome);
    if (result.ok == !result.error.isEmpty())
        Fuzz::fault(kTarget, "a success with words, or a failure without");
    if (!result.ok && !result.alerts.isEmpty())
        Fuzz::fault(kTarget, "a failure with alerts");
    if (result.alerts.size() > AlertmanagerApiParser::kMaxAlerts)
        Fuzz::fault(kTarget, "more alerts than the cap");
    for (const AmAlert& alert : result.alerts) {
        if (alert.name.isEmpty() || alert.name != alert.labels.value(QStringLiteral("alertname")))
            Fuzz::fault(kTarget, "an alert without its alertname");
        if (alert.isSilenced() && !alert.isSuppressed())
            Fuzz::fault(kTarget, "silenced but not suppressed");
        if (alert.summary != alert.annotations.value(QStringLiteral("summary")))
            Fuzz::fault(kTarget, "a summary that is not the annotation");
        if (alert.startsAt.isValid() && alert.startsAt.timeSpec() != Qt::UTC)
            Fuzz::fault(kTarget, "a start time not in UTC");
        for (const QString& id : alert.silencedBy) {
            if (id.isEmpty())
                Fuzz::fault(kTarget, "an empty silence id");
        }
    }
    return 0;
}
