// libFuzzer entry for the Prometheus text format parser: any byte sequence must parse or fail
// with an error, never crash, hang or read out of bounds; a success must be internally consistent.
#include "models/net/prometheustextparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Ops::Metrics::ParseResult result =
        Ops::Metrics::PrometheusTextParser::parse(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (result.ok()) {
        if (result.errorLine != 0 || !result.error.isEmpty())
            std::abort();
        for (const auto& family : result.families) {
            if (family.name.isEmpty() || family.samples.isEmpty())
                std::abort();
            for (const auto& sample : family.samples) {
                for (qsizetype i = 1; i < sample.labels.size(); ++i) {
                    if (!(sample.labels[i - 1].first < sample.labels[i].first))
                        std::abort(); // labels sorted and unique
                }
            }
        }
    } else if (result.errorLine <= 0 || result.error.isEmpty() || !result.families.isEmpty()) {
        std::abort();
    }
    return 0;
}
