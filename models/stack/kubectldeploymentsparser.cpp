#include "models/stack/kubectldeploymentsparser.h"

#include "models/core/formatting.h"
#include "models/stack/composepsparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Ops {

QString KubectlDeploymentsParser::repositoryOf(const QString& image)
{
    QString repository = image.section(u'@', 0, 0);
    const qsizetype colon = repository.lastIndexOf(u':');
    if (colon > repository.lastIndexOf(u'/'))
        repository.truncate(colon);
    return repository;
}

KubectlDeploymentsParser::Container KubectlDeploymentsParser::applicationContainer(const QJsonObject& deployment)
{
    const QString name =
        deployment.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    const QJsonArray containers = deployment.value(QLatin1String("spec"))
                                      .toObject()
                                      .value(QLatin1String("template"))
                                      .toObject()
                                      .value(QLatin1String("spec"))
                                      .toObject()
                                      .value(QLatin1String("containers"))
                                      .toArray();
    QJsonObject chosen = containers.isEmpty() ? QJsonObject() : containers.first().toObject();
    for (const QJsonValue& c : containers) {
        if (c.toObject().value(QLatin1String("name")).toString() == name) {
            chosen = c.toObject();
            break;
        }
    }
    Container out;
    out.name = chosen.value(QLatin1String("name")).toString();
    out.image = chosen.value(QLatin1String("image")).toString();
    out.repository = repositoryOf(out.image);
    return out;
}

KubectlDeploymentsParser::Result KubectlDeploymentsParser::parse(const QByteArray& output)
{
    Result result;
    // Refused before parsing (the parse takes a multiple of its input); the depth is bounded by Qt's
    // parser (1024 levels, an error in words).
    if (output.size() > kMaxOutputBytes) {
        result.error = tr("the list of deployments is %1, more than the %2 the console reads: it was not read")
                           .arg(Format::bytes(output.size()), Format::bytes(kMaxOutputBytes));
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = tr("not a JSON object: %1").arg(parseError.errorString());
        return result;
    }
    const QJsonValue items = document.object().value(QLatin1String("items"));
    if (!items.isArray()) {
        result.error = tr("the JSON has no \"items\" list of deployments");
        return result;
    }
    // Names as Kubernetes allows them (DNS-1123); anything else is not shown, whatever the server says.
    static const QRegularExpression name(QStringLiteral("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$"));
    for (const QJsonValue& item : items.toArray()) {
        const QJsonObject object = item.toObject();
        const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        const QJsonObject status = object.value(QLatin1String("status")).toObject();
        ServiceReplicas service;
        service.service = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        if (!name.match(service.service).hasMatch())
            continue;
        // A deployment without spec.replicas runs one (the API's default).
        service.total = std::max(0, spec.value(QLatin1String("replicas")).toInt(1));
        service.running = std::clamp(status.value(QLatin1String("readyReplicas")).toInt(0), 0, service.total);
        if (service.running > 0)
            service.states.insert(QStringLiteral("running"), service.running);
        if (service.total > service.running)
            service.states.insert(QStringLiteral("starting"), service.total - service.running);
        const Container container = applicationContainer(object);
        if (!container.image.isEmpty()) {
            service.imageTag = ComposePsParser::tagOf(container.image);
            service.container = container.name;
            service.image = container.image;
        }
        result.services.append(service);
    }
    std::sort(result.services.begin(), result.services.end(),
              [](const ServiceReplicas& a, const ServiceReplicas& b) { return a.service < b.service; });
    result.ok = true;
    return result;
}

} // namespace Ops
