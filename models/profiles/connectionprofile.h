#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Ops {

/// How the console reaches the stack's orchestrator.
struct OrchestratorSettings
{
    enum class Kind { Compose, Kubernetes };
    Kind kind = Kind::Compose;
    /// "docker compose" (v2 plugin) or "docker-compose" (v1).
    QString composeCommand = QStringLiteral("docker compose");
    /// Absolute path of the program run for compose ("docker" or "docker-compose"); pinned, never looked up per call.
    QString program;
    QString composeFile = QStringLiteral("docker-compose.production.yml");
    QString projectName;
    QString projectDirectory;
    QString dockerHost; ///< DOCKER_HOST, e.g. ssh://ops@host
    QString kubectlProgram;
    QString kubeContext;
    QString kubeNamespace = QStringLiteral("default");

    bool isKubernetes() const { return kind == Kind::Kubernetes; }
    /// The v1 program (`docker-compose`), whose arguments and output differ from the v2 plugin's.
    bool isComposeV1() const { return composeCommand.trimmed() == QLatin1String("docker-compose"); }

    bool operator==(const OrchestratorSettings&) const = default;
};

/// Everything the console needs to reach one stack. Holds no secrets: passwords and tokens are stored
/// in the keychain under the profile's id, each with the endpoint it was entered for (SecretBinding).
struct ConnectionProfile
{
    /// Stable on this workstation: generated when the profile is created, kept when it is renamed, never
    /// read from or written to a profile file (ids are not shared between workstations).
    QString id;
    QString name;
    bool production = false;

    QString apiBaseUrl = QStringLiteral("http://localhost:8000");
    QString caCertificateFile; ///< extra CA for every HTTP server of the profile (PEM), optional
    /// A client certificate and its unencrypted key (PEM) for servers that ask for one, optional.
    QString clientCertificateFile;
    QString clientKeyFile;
    QString prometheusUrl = QStringLiteral("http://localhost:9090");
    QString grafanaUrl = QStringLiteral("http://localhost:3000");
    QString alertmanagerUrl;

    QString pgHost = QStringLiteral("localhost");
    int pgPort = 5432;
    QString pgDatabase = QStringLiteral("fragrance_ai"); ///< the application's database (monitored, backed up)
    /// The console's own records (audit trail, incidents, on-call, maintenance, lock holders): a database
    /// of their own on the same server, so that restoring an application backup never rewinds them.
    QString pgRecordsDatabase = QStringLiteral("opsconsole");
    QString pgUser = QStringLiteral("fragrance_user");
    /// libpq's sslmode, or "auto": prefer on loopback, verify-full for any other host.
    QString pgSslMode = QStringLiteral("auto");

    QString redisHost = QStringLiteral("localhost");
    int redisPort = 6379;
    /// The operator's recorded choice to send the Redis password to a host that is not this machine
    /// although the connection has no TLS (hiredis 0.14 has none). Off: the password stays here.
    bool redisAllowPlaintextAuth = false;

    OrchestratorSettings orchestrator;

    QString backupsDirectory;
    QString smokeTestCommand; ///< program and arguments, split without a shell
    /// The services that carry the application's version: the ones a rollback redeploys and the
    /// only ones offered for scaling. PostgreSQL, Redis, NGINX and the monitoring are not among them.
    QStringList applicationServices = {QStringLiteral("app"), QStringLiteral("worker-llm"), QStringLiteral("worker-rl")};
    QStringList celeryQueues = {QStringLiteral("celery")};

    bool operator==(const ConnectionProfile&) const = default;

    QJsonObject toJson() const;
    /// Reads what toJson wrote; fields that are missing keep their defaults.
    static ConnectionProfile fromJson(const QJsonObject& object);

    /// Secret names a profile can have in the keychain.
    enum class Secret { PostgresPassword, RedisPassword, ApiToken, PrometheusToken };
    static QList<Secret> allSecrets();
    /// The keychain entry of a secret of the profile with this id.
    static QString secretKey(const QString& profileId, Secret secret);
    /// Where secrets were kept before they were bound to a profile id (by name): read once, migrated.
    static QString legacySecretKey(const QString& profileName, Secret secret);
    /// A new random id (a UUID without braces).
    static QString newId();
};

/// Profile names: letters, digits, '.', '_' and '-', 1 to 64 characters.
bool isValidProfileName(const QString& name);

} // namespace Ops

Q_DECLARE_METATYPE(Ops::ConnectionProfile)
