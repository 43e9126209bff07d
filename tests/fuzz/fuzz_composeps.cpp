// libFuzzer entry for what `docker compose ps` and `docker-compose images` print (issue 15 item 8):
// ComposePsParser in every shape Compose has printed (v2's JSON array, v2.21's JSON lines, v1's text
// table) and v1's images table. Any bytes must give a verdict, never crash, hang or trip a sanitizer, and:
//   - a failure has words and no containers, a success no words;
//   - every container has a name; its tag is what tagOf() makes of its image;
//   - the per-service summary counts every container once, running never above total, sorted by name.
// The first input byte picks the project name (v1 names are "project_service_N").
#include "models/stack/composepsparser.h"
#include "tests/fuzz/fuzzcheck.h"

using namespace Ops;

namespace {
constexpr const char* kTarget = "fuzz_composeps";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const char* const projects[] = {"", "fragrance-ai", "fai", "a"};
    const QString project = QString::fromLatin1(size > 0 ? projects[data[0] % 4] : "");
    const QByteArray output = Fuzz::body(size > 0 ? data + 1 : data, size > 0 ? size - 1 : 0);

    ComposePsParser::Result result = ComposePsParser::parse(output, project);
    if (result.ok == !result.error.isEmpty())
        Fuzz::fault(kTarget, "a success with words, or a failure without");
    if (!result.ok && !result.containers.isEmpty())
        Fuzz::fault(kTarget, "a failure with containers");
    for (const ContainerInfo& c : std::as_const(result.containers)) {
        if (c.name.isEmpty())
            Fuzz::fault(kTarget, "a container without a name");
        if (!c.image.isEmpty() && c.imageTag != ComposePsParser::tagOf(c.image))
            Fuzz::fault(kTarget, "a tag that is not the image's");
    }

    QString imagesError;
    const QHash<QString, QString> images = ComposePsParser::parseImagesTable(output, &imagesError);
    if (!imagesError.isEmpty() && !images.isEmpty())
        Fuzz::fault(kTarget, "an images table with an error and images");
    ComposePsParser::applyImages(result.containers, images);

    const QVector<ServiceReplicas> services = ComposePsParser::summarize(result.containers);
    qsizetype counted = 0;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const ServiceReplicas& s = services[i];
        if (s.running < 0 || s.running > s.total)
            Fuzz::fault(kTarget, "more running than there are");
        if (i > 0 && !(services[i - 1].service < s.service))
            Fuzz::fault(kTarget, "services not sorted or not unique");
        counted += s.total;
    }
    if (counted != result.containers.size())
        Fuzz::fault(kTarget, "the summary does not count every container once");
    return 0;
}
