// libFuzzer entry for the API's /health answer (issue 15 item 8): ApiHealthSnapshot::fromBody, what
// ApiSource reads every poll. Any bytes must give a verdict, never crash, hang or trip a sanitizer, and:
//   - a body that is not a JSON object is refused with words and leaves the snapshot untouched;
//   - a parsed snapshot's API time, when there is one, is in UTC; worker counts come only from
//     services.workers; the status word always has words to show (apiStatusText).
#include "models/sources/apihealthsnapshot.h"
#include "tests/fuzz/fuzzcheck.h"

using namespace Ops;

namespace {
constexpr const char* kTarget = "fuzz_apihealth";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = Fuzz::body(data, size);
    ApiHealthSnapshot snapshot;
    snapshot.httpStatus = 299; // a marker: a refusal must leave the snapshot as it was
    QString problem;
    const bool ok = ApiHealthSnapshot::fromBody(body, &snapshot, &problem);
    if (!ok) {
        if (problem.isEmpty())
            Fuzz::fault(kTarget, "a refusal without words");
        if (snapshot.httpStatus != 299 || !snapshot.status.isEmpty())
            Fuzz::fault(kTarget, "a refusal that changed the snapshot");
        return 0;
    }
    if (!problem.isEmpty())
        Fuzz::fault(kTarget, "a success with words");
    if (snapshot.apiTime.isValid() && snapshot.apiTime.timeSpec() != Qt::UTC)
        Fuzz::fault(kTarget, "an API time not in UTC");
    if (snapshot.apiTime.isValid() && snapshot.timestamp.isEmpty())
        Fuzz::fault(kTarget, "an API time from no timestamp");
    if (apiStatusText(snapshot.status).isEmpty())
        Fuzz::fault(kTarget, "a status without words");
    return 0;
}
