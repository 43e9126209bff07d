// libFuzzer entry for `kubectl get deployments -o json` (issue 15 item 8): KubectlDeploymentsParser,
// what the orchestrator status reads from a cluster. Any bytes must give a verdict, never crash, hang or
// trip a sanitizer, and:
//   - a failure has words and no services, a success no words;
//   - every service has a DNS-1123 name, running between 0 and total, the list sorted by name.
#include "models/stack/kubectldeploymentsparser.h"
#include "tests/fuzz/fuzzcheck.h"

#include <QRegularExpression>

using namespace Ops;

namespace {
constexpr const char* kTarget = "fuzz_kubectldeployments";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const KubectlDeploymentsParser::Result result = KubectlDeploymentsParser::parse(Fuzz::body(data, size));
    if (result.ok == !result.error.isEmpty())
        Fuzz::fault(kTarget, "a success with words, or a failure without");
    if (!result.ok && !result.services.isEmpty())
        Fuzz::fault(kTarget, "a failure with services");
    static const QRegularExpression dns1123(QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
    for (qsizetype i = 0; i < result.services.size(); ++i) {
        const ServiceReplicas& s = result.services[i];
        if (!dns1123.match(s.service).hasMatch())
            Fuzz::fault(kTarget, "a service name Kubernetes does not allow");
        if (s.total < 0 || s.running < 0 || s.running > s.total)
            Fuzz::fault(kTarget, "replica counts out of order");
        if (i > 0 && result.services[i - 1].service > s.service)
            Fuzz::fault(kTarget, "services not sorted");
    }
    return 0;
}
