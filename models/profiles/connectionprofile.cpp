#include "models/profiles/connectionprofile.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace Ops {

namespace {
QString kindName(OrchestratorSettings::Kind kind)
{
    return kind == OrchestratorSettings::Kind::Kubernetes ? QStringLiteral("kubernetes") : QStringLiteral("compose");
}

QString str(const QJsonObject& o, const char* key, const QString& fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

int integer(const QJsonObject& o, const char* key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInt(fallback) : fallback;
}
} // namespace

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject pg{{QStringLiteral("host"), pgHost},
                   {QStringLiteral("port"), pgPort},
                   {QStringLiteral("database"), pgDatabase},
                   {QStringLiteral("recordsDatabase"), pgRecordsDatabase},
                   {QStringLiteral("user"), pgUser},
                   {QStringLiteral("sslmode"), pgSslMode}};
    QJsonObject redis{{QStringLiteral("host"), redisHost},
                      {QStringLiteral("port"), redisPort},
                      {QStringLiteral("allowPlaintextAuth"), redisAllowPlaintextAuth}};
    QJsonObject orch{{QStringLiteral("kind"), kindName(orchestrator.kind)},
                     {QStringLiteral("composeCommand"), orchestrator.composeCommand},
                     {QStringLiteral("program"), orchestrator.program},
                     {QStringLiteral("composeFile"), orchestrator.composeFile},
                     {QStringLiteral("projectName"), orchestrator.projectName},
                     {QStringLiteral("projectDirectory"), orchestrator.projectDirectory},
                     {QStringLiteral("dockerHost"), orchestrator.dockerHost},
                     {QStringLiteral("kubectlProgram"), orchestrator.kubectlProgram},
                     {QStringLiteral("kubeContext"), orchestrator.kubeContext},
                     {QStringLiteral("kubeNamespace"), orchestrator.kubeNamespace}};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("production"), production},
                       {QStringLiteral("apiBaseUrl"), apiBaseUrl},
                       {QStringLiteral("caCertificateFile"), caCertificateFile},
                       {QStringLiteral("clientCertificateFile"), clientCertificateFile},
                       {QStringLiteral("clientKeyFile"), clientKeyFile},
                       {QStringLiteral("prometheusUrl"), prometheusUrl},
                       {QStringLiteral("grafanaUrl"), grafanaUrl},
                       {QStringLiteral("alertmanagerUrl"), alertmanagerUrl},
                       {QStringLiteral("postgres"), pg},
                       {QStringLiteral("redis"), redis},
                       {QStringLiteral("orchestrator"), orch},
                       {QStringLiteral("backupsDirectory"), backupsDirectory},
                       {QStringLiteral("smokeTestCommand"), smokeTestCommand},
                       {QStringLiteral("celeryQueues"), QJsonArray::fromStringList(celeryQueues)},
                       {QStringLiteral("applicationServices"), QJsonArray::fromStringList(applicationServices)}};
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject& o)
{
    ConnectionProfile p;
    p.id = str(o, "id", p.id);
    p.name = str(o, "name", p.name);
    p.production = o.value(QLatin1String("production")).toBool(false);
    p.apiBaseUrl = str(o, "apiBaseUrl", p.apiBaseUrl);
    p.caCertificateFile = str(o, "caCertificateFile", p.caCertificateFile);
    p.clientCertificateFile = str(o, "clientCertificateFile", p.clientCertificateFile);
    p.clientKeyFile = str(o, "clientKeyFile", p.clientKeyFile);
    p.prometheusUrl = str(o, "prometheusUrl", p.prometheusUrl);
    p.grafanaUrl = str(o, "grafanaUrl", p.grafanaUrl);
    p.alertmanagerUrl = str(o, "alertmanagerUrl", p.alertmanagerUrl);

    const QJsonObject pg = o.value(QLatin1String("postgres")).toObject();
    p.pgHost = str(pg, "host", p.pgHost);
    p.pgPort = integer(pg, "port", p.pgPort);
    p.pgDatabase = str(pg, "database", p.pgDatabase);
    p.pgRecordsDatabase = str(pg, "recordsDatabase", p.pgRecordsDatabase);
    p.pgUser = str(pg, "user", p.pgUser);
    p.pgSslMode = str(pg, "sslmode", p.pgSslMode);

    const QJsonObject redis = o.value(QLatin1String("redis")).toObject();
    p.redisHost = str(redis, "host", p.redisHost);
    p.redisPort = integer(redis, "port", p.redisPort);
    p.redisAllowPlaintextAuth = redis.value(QLatin1String("allowPlaintextAuth")).toBool(false);

    const QJsonObject orch = o.value(QLatin1String("orchestrator")).toObject();
    auto& oc = p.orchestrator;
    oc.kind = str(orch, "kind", QString()) == QLatin1String("kubernetes") ? OrchestratorSettings::Kind::Kubernetes
                                                                         : OrchestratorSettings::Kind::Compose;
    oc.composeCommand = str(orch, "composeCommand", oc.composeCommand);
    oc.program = str(orch, "program", oc.program);
    oc.composeFile = str(orch, "composeFile", oc.composeFile);
    oc.projectName = str(orch, "projectName", oc.projectName);
    oc.projectDirectory = str(orch, "projectDirectory", oc.projectDirectory);
    oc.dockerHost = str(orch, "dockerHost", oc.dockerHost);
    oc.kubectlProgram = str(orch, "kubectlProgram", oc.kubectlProgram);
    oc.kubeContext = str(orch, "kubeContext", oc.kubeContext);
    oc.kubeNamespace = str(orch, "kubeNamespace", oc.kubeNamespace);

    p.backupsDirectory = str(o, "backupsDirectory", p.backupsDirectory);
    p.smokeTestCommand = str(o, "smokeTestCommand", p.smokeTestCommand);
    const QJsonValue queues = o.value(QLatin1String("celeryQueues"));
    if (queues.isArray()) {
        p.celeryQueues.clear();
        for (const QJsonValue& q : queues.toArray())
            if (q.isString())
                p.celeryQueues << q.toString();
    }
    const QJsonValue application = o.value(QLatin1String("applicationServices"));
    if (application.isArray()) {
        p.applicationServices.clear();
        for (const QJsonValue& s : application.toArray())
            if (s.isString())
                p.applicationServices << s.toString();
    }
    return p;
}

QList<ConnectionProfile::Secret> ConnectionProfile::allSecrets()
{
    return {Secret::PostgresPassword, Secret::RedisPassword, Secret::ApiToken, Secret::PrometheusToken};
}

QString ConnectionProfile::legacySecretKey(const QString& profileName, Secret secret)
{
    switch (secret) {
    case Secret::PostgresPassword: return profileName + QStringLiteral("/postgres-password");
    case Secret::RedisPassword: return profileName + QStringLiteral("/redis-password");
    case Secret::ApiToken: return profileName + QStringLiteral("/api-token");
    case Secret::PrometheusToken: return profileName + QStringLiteral("/prometheus-token");
    }
    return profileName;
}

QString ConnectionProfile::secretKey(const QString& profileId, Secret secret)
{
    // "id:" keeps these apart from the legacy keys, whose first part is a profile name.
    return QStringLiteral("id:") + legacySecretKey(profileId, secret);
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidProfileName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

} // namespace Ops
