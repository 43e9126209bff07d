#include "models/profiles/profilevalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace Ops {

namespace {
void checkUrl(QList<ProfileIssue>& issues, const char* field, const QString& value, const QString& what,
              bool required)
{
    if (value.trimmed().isEmpty()) {
        if (required)
            issues.append({QLatin1String(field), QCoreApplication::translate("Ops::ProfileValidator", "%1 is required.", "profiles: profilevalidator").arg(what)});
        return;
    }
    const QUrl url(value.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        issues.append({QLatin1String(field),
                       QCoreApplication::translate("Ops::ProfileValidator", "%1 must be an http:// or https:// address with a host, for example http://localhost:8000.")
                           .arg(what)});
}

void checkPort(QList<ProfileIssue>& issues, const char* field, int port, const QString& what)
{
    if (port < 1 || port > 65535)
        issues.append({QLatin1String(field), QCoreApplication::translate("Ops::ProfileValidator", "%1 port must be between 1 and 65535.").arg(what)});
}

bool isHostName(const QString& host)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.:_-]{0,252})$"));
    return re.match(host).hasMatch();
}

// A path handed to another program: absolute, already clean (no "..", no "//"), and only characters no
// argument parser reads as anything but a name.
bool isPlainAbsolutePath(const QString& path)
{
    static const QRegularExpression re(QStringLiteral("^/[A-Za-z0-9._+@/-]{0,4095}$"));
    return re.match(path).hasMatch() && QDir::cleanPath(path) == path;
}
} // namespace

bool ProfileValidator::isValidDockerHost(const QString& value)
{
    if (value.isEmpty())
        return true;
    // unix:///absolute/path
    static const QRegularExpression unixRe(QStringLiteral("^unix://(/[A-Za-z0-9._+@/-]{1,4095})$"));
    if (const auto m = unixRe.match(value); m.hasMatch())
        return isPlainAbsolutePath(m.captured(1));
    // tcp://host:port and ssh://[user@]host[:port]: ssh reads a user or host that starts with '-' as one
    // of its options (ssh://-oProxyCommand=…@host runs a command), so neither may.
    static const QRegularExpression networkRe(
        QStringLiteral("^(tcp|ssh)://(?:([A-Za-z0-9_][A-Za-z0-9._-]{0,63})@)?"
                       "([A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\\[[0-9A-Fa-f:.]{2,45}\\])(?::([0-9]{1,5}))?/?$"));
    const auto m = networkRe.match(value);
    if (!m.hasMatch())
        return false;
    if (m.captured(1) == QLatin1String("tcp") && !m.captured(2).isEmpty())
        return false; // no user part in a tcp address
    if (!m.captured(4).isEmpty()) {
        const int port = m.captured(4).toInt();
        if (port < 1 || port > 65535)
            return false;
    }
    return true;
}

bool ProfileValidator::isValidComposeFile(const QString& file)
{
    // Relative to the project folder or absolute; never an option, never a parent folder.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._/][A-Za-z0-9._+@/-]{0,4095}$"));
    if (!re.match(file).hasMatch() || file.startsWith(QLatin1String("-")))
        return false;
    const QStringList parts = file.split(u'/');
    return !parts.contains(QStringLiteral(".."));
}

bool ProfileValidator::isValidProgramPath(const QString& path)
{
    return isPlainAbsolutePath(path);
}

bool ProfileValidator::isValidKubeContext(const QString& context)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._@:/+-]{0,252}$"));
    return re.match(context).hasMatch();
}

bool ProfileValidator::isValidComposeProjectName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    return re.match(name).hasMatch();
}

bool ProfileValidator::isValidQueueName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$"));
    return re.match(name).hasMatch();
}

QList<ProfileIssue> ProfileValidator::validate(const ConnectionProfile& p)
{
    QList<ProfileIssue> issues;
    if (!isValidProfileName(p.name))
        issues.append({QStringLiteral("name"),
                       tr("Profile name must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.")});

    checkUrl(issues, "apiBaseUrl", p.apiBaseUrl, tr("API address", "profiles: profilevalidator"), true);
    checkUrl(issues, "prometheusUrl", p.prometheusUrl, tr("Prometheus address", "profiles: profilevalidator"), false);
    checkUrl(issues, "grafanaUrl", p.grafanaUrl, tr("Grafana address", "profiles: profilevalidator"), false);
    checkUrl(issues, "alertmanagerUrl", p.alertmanagerUrl, tr("Alertmanager address", "profiles: profilevalidator"), false);

    if (!p.caCertificateFile.isEmpty() && !QFileInfo(p.caCertificateFile).isFile())
        issues.append({QStringLiteral("caCertificateFile"), tr("The CA certificate file does not exist.")});
    if (!p.clientCertificateFile.isEmpty() && !QFileInfo(p.clientCertificateFile).isFile())
        issues.append({QStringLiteral("clientCertificateFile"), tr("The client certificate file does not exist.")});
    if (!p.clientCertificateFile.isEmpty() && !QFileInfo(p.clientKeyFile).isFile())
        issues.append({QStringLiteral("clientKeyFile"),
                       tr("A client certificate needs its key file (PEM, unencrypted), and it does not exist.")});
    if (p.clientCertificateFile.isEmpty() && !p.clientKeyFile.isEmpty())
        issues.append({QStringLiteral("clientKeyFile"), tr("A key file without a client certificate.")});

    if (!isHostName(p.pgHost))
        issues.append({QStringLiteral("postgres.host"), tr("PostgreSQL host is not a valid host name.")});
    checkPort(issues, "postgres.port", p.pgPort, tr("PostgreSQL", "profiles: profilevalidator"));
    static const QRegularExpression ident(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$-]{0,62}$"));
    if (!ident.match(p.pgDatabase).hasMatch())
        issues.append({QStringLiteral("postgres.database"), tr("PostgreSQL database name is not valid.")});
    if (!ident.match(p.pgRecordsDatabase).hasMatch())
        issues.append({QStringLiteral("postgres.recordsDatabase"),
                       tr("The name of the console's records database is not valid.")});
    else if (p.pgRecordsDatabase == p.pgDatabase)
        issues.append({QStringLiteral("postgres.recordsDatabase"),
                       tr("The console's records need a database of their own: restoring an application "
                          "backup must never rewind the audit trail.")});
    if (!ident.match(p.pgUser).hasMatch())
        issues.append({QStringLiteral("postgres.user"), tr("PostgreSQL user name is not valid.")});
    static const QStringList sslModes = {QStringLiteral("auto"), QStringLiteral("disable"), QStringLiteral("allow"),
                                         QStringLiteral("prefer"), QStringLiteral("require"),
                                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!sslModes.contains(p.pgSslMode))
        issues.append({QStringLiteral("postgres.sslmode"),
                       tr("SSL mode must be one of auto, disable, allow, prefer, require, verify-ca, verify-full.")});

    if (!isHostName(p.redisHost))
        issues.append({QStringLiteral("redis.host"), tr("Redis host is not a valid host name.")});
    checkPort(issues, "redis.port", p.redisPort, tr("Redis", "profiles: profilevalidator"));

    const auto& o = p.orchestrator;
    if (o.kind == OrchestratorSettings::Kind::Compose) {
        if (o.composeCommand != QLatin1String("docker compose") && o.composeCommand != QLatin1String("docker-compose"))
            issues.append({QStringLiteral("orchestrator.composeCommand"),
                           tr("Compose command must be \"docker compose\" or \"docker-compose\".")});
        if (!o.program.isEmpty() && !isValidProgramPath(o.program))
            issues.append({QStringLiteral("orchestrator.program"),
                           tr("The orchestrator program must be an absolute path, for example /usr/bin/docker.")});
        if (o.composeFile.trimmed().isEmpty())
            issues.append({QStringLiteral("orchestrator.composeFile"), tr("Compose file is required.")});
        else if (!isValidComposeFile(o.composeFile))
            issues.append({QStringLiteral("orchestrator.composeFile"),
                           tr("The compose file must be a file name or path of letters, digits, '.', '_', '-', '+', "
                              "'@' and '/', not starting with '-' and without \"..\".")});
        if (!o.projectName.isEmpty() && !isValidComposeProjectName(o.projectName))
            issues.append({QStringLiteral("orchestrator.projectName"),
                           tr("Project name must be lower-case letters, digits, '-' or '_', starting with a letter or digit.")});
        if (!o.projectDirectory.isEmpty() && !isPlainAbsolutePath(o.projectDirectory))
            issues.append({QStringLiteral("orchestrator.projectDirectory"),
                           tr("The project folder must be an absolute path of letters, digits, '.', '_', '-', '+', "
                              "'@' and '/'.")});
        if (!isValidDockerHost(o.dockerHost))
            issues.append({QStringLiteral("orchestrator.dockerHost"),
                           tr("DOCKER_HOST must look like ssh://user@host, tcp://host:2376 or unix:///path; a user or "
                              "host may not start with '-'.")});
    } else {
        if (!o.kubectlProgram.isEmpty() && !isValidProgramPath(o.kubectlProgram))
            issues.append({QStringLiteral("orchestrator.kubectlProgram"), tr("kubectl must be an absolute path.")});
        if (!o.kubeContext.isEmpty() && !isValidKubeContext(o.kubeContext))
            issues.append({QStringLiteral("orchestrator.kubeContext"), tr("Kubernetes context is not valid.")});
        static const QRegularExpression ns(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
        if (!ns.match(o.kubeNamespace).hasMatch())
            issues.append({QStringLiteral("orchestrator.kubeNamespace"), tr("Kubernetes namespace is not valid.")});
    }

    if (!p.backupsDirectory.isEmpty() && !isPlainAbsolutePath(p.backupsDirectory))
        issues.append({QStringLiteral("backupsDirectory"), tr("Backups folder must be an absolute path.")});
    // Run without a shell (SmokeTestCommand): its program must not depend on the working directory or PATH.
    if (const QStringList smoke = QProcess::splitCommand(p.smokeTestCommand.trimmed());
        !smoke.isEmpty() && !isValidProgramPath(smoke.first()))
        issues.append({QStringLiteral("smokeTestCommand"),
                       tr("The smoke test command must start with an absolute path, e.g. /srv/fragrance/scripts/smoke_test.sh.")});
    if (p.celeryQueues.isEmpty())
        issues.append({QStringLiteral("celeryQueues"), tr("At least one Celery queue is required.")});
    for (const QString& q : p.celeryQueues) {
        if (!isValidQueueName(q)) {
            issues.append({QStringLiteral("celeryQueues"), tr("Queue name \"%1\" is not valid.").arg(q)});
            break;
        }
    }
    static const QRegularExpression serviceName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$"));
    for (const QString& s : p.applicationServices) {
        if (!serviceName.match(s).hasMatch()) {
            issues.append({QStringLiteral("applicationServices"), tr("Service name \"%1\" is not valid.").arg(s)});
            break;
        }
    }
    return issues;
}

} // namespace Ops
