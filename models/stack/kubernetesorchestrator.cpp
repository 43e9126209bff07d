#include "models/stack/kubernetesorchestrator.h"

#include "models/core/formatting.h"
#include "models/stack/kubectldeploymentsparser.h"
#include "models/stack/orchestratorsettingscheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Ops {

KubernetesOrchestrator::KubernetesOrchestrator(QObject* parent) : Orchestrator(parent) {}

bool KubernetesOrchestrator::isValidImage(const QString& image)
{
    // registry[:port]/path/name — lower case, no tag (the version is separate), no leading '-'.
    static const QRegularExpression pattern(QStringLiteral(
        "^[a-z0-9]([a-z0-9._-]*[a-z0-9])?(:[0-9]{1,5})?(/[a-z0-9]([a-z0-9._-]*[a-z0-9])?){0,8}$"));
    return image.size() <= 255 && pattern.match(image).hasMatch();
}

QString KubernetesOrchestrator::validateSettings() const
{
    if (!m_settings.isKubernetes())
        return tr("this profile's stack is not a Kubernetes cluster");
    // The same rules as the status source: absolute kubectl, context and namespace names.
    return OrchestratorSettingsCheck::kubernetesProblem(m_settings);
}

OrchestratorCommand KubernetesOrchestrator::command(const QStringList& subcommand) const
{
    OrchestratorCommand c;
    c.program = m_settings.kubectlProgram;
    if (!m_settings.kubeContext.isEmpty())
        c.arguments << QStringLiteral("--context") << m_settings.kubeContext;
    c.arguments << QStringLiteral("--namespace") << m_settings.kubeNamespace;
    c.arguments += subcommand;
    // kubectl finds its credentials through KUBECONFIG (or ~/.kube/config under HOME).
    c.environment = baseEnvironment();
    const QString kubeconfig = qEnvironmentVariable("KUBECONFIG");
    if (!kubeconfig.isEmpty())
        c.environment.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    c.timeoutMs = actionTimeout();
    return c;
}

OrchestratorCommand KubernetesOrchestrator::listCommand() const
{
    return command(
        {QStringLiteral("get"), QStringLiteral("deployments"), QStringLiteral("-o"), QStringLiteral("json")});
}

QStringList KubernetesOrchestrator::parseList(const QByteArray& output, QString* error) const
{
    if (output.size() > KubectlDeploymentsParser::kMaxOutputBytes) {
        if (error)
            *error = tr("kubectl printed %1, more than the %2 the console reads: it was not read")
                         .arg(Format::bytes(output.size()), Format::bytes(KubectlDeploymentsParser::kMaxOutputBytes));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("kubectl printed no JSON list: %1").arg(parseError.errorString());
        return {};
    }
    QStringList names;
    m_replicas.clear();
    const QJsonArray items = document.object().value(QStringLiteral("items")).toArray();
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        const QString name =
            object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        if (!isValidServiceName(name))
            continue;
        names.append(name);
        const QJsonObject spec = object.value(QStringLiteral("spec")).toObject();
        m_replicas.insert(name, spec.value(QStringLiteral("replicas")).toInt(1));
        // A rollback sets the tag of the image the deployment already runs, never another repository.
        const KubectlDeploymentsParser::Container container = KubectlDeploymentsParser::applicationContainer(object);
        if (!container.repository.isEmpty() && isValidImage(container.repository) &&
            isValidServiceName(container.name)) {
            m_imageRepositories.insert(name, container.repository);
            m_containers.insert(name, container.name);
        }
    }
    return names;
}

QList<OrchestratorCommand> KubernetesOrchestrator::scaleCommands(const QMap<QString, int>& replicas) const
{
    QMap<int, QStringList> byCount;
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it)
        byCount[it.value()].append(QStringLiteral("deployment/") + it.key());
    QList<OrchestratorCommand> commands;
    for (auto it = byCount.cbegin(); it != byCount.cend(); ++it)
        commands.append(command(QStringList{QStringLiteral("scale")} + it.value() +
                                QStringList{QStringLiteral("--replicas=") + QString::number(it.key())}));
    return commands;
}

OrchestratorCommand KubernetesOrchestrator::restartServiceCommand(const QString& name) const
{
    return command(
        {QStringLiteral("rollout"), QStringLiteral("restart"), QStringLiteral("deployment/") + name});
}

OrchestratorCommand KubernetesOrchestrator::execCommand(const QString& service, const QStringList& argv) const
{
    return command(
        QStringList{QStringLiteral("exec"), QStringLiteral("deployment/") + service, QStringLiteral("--")} +
        argv);
}

OrchestratorCommand KubernetesOrchestrator::logsCommand(const QStringList& names, int tail) const
{
    return command({QStringLiteral("logs"), QStringLiteral("-f"),
                    QStringLiteral("--tail=") + QString::number(tail), QStringLiteral("--timestamps"),
                    QStringLiteral("deployment/") + names.value(0)});
}

OrchestratorCommand KubernetesOrchestrator::rolloutStatusCommand(const QString& name) const
{
    OrchestratorCommand c =
        command({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/") + name,
                 QStringLiteral("--timeout=%1s").arg(std::max(1, actionTimeout() / 1000 - 5))});
    return c;
}

OrchestratorCommand KubernetesOrchestrator::rolloutUndoCommand(const QString& name) const
{
    return command({QStringLiteral("rollout"), QStringLiteral("undo"), QStringLiteral("deployment/") + name});
}

OrchestratorCommand KubernetesOrchestrator::setImageCommand(const QString& name, const QString& container,
                                                            const QString& image,
                                                            const QString& version) const
{
    const QString reference = image + (version.startsWith(QLatin1String("sha256:")) ? u'@' : u':') + version;
    return command({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/") + name,
                    container + u'=' + reference});
}

void KubernetesOrchestrator::setDeploymentImages(const QMap<QString, QPair<QString, QString>>& containerAndImage)
{
    for (auto it = containerAndImage.cbegin(); it != containerAndImage.cend(); ++it) {
        const QString repository = KubectlDeploymentsParser::repositoryOf(it.value().second);
        if (!isValidServiceName(it.key()) || !isValidServiceName(it.value().first) || !isValidImage(repository))
            continue;
        m_imageRepositories.insert(it.key(), repository);
        m_containers.insert(it.key(), it.value().first);
    }
}

QString KubernetesOrchestrator::imageRepositoryOf(const QString& deployment) const
{
    return m_imageRepositories.value(deployment);
}

QString KubernetesOrchestrator::containerOf(const QString& deployment) const
{
    return m_containers.value(deployment);
}

QString KubernetesOrchestrator::deployProblem(const QStringList& services) const
{
    QStringList unknown;
    for (const QString& name : services) {
        if (imageRepositoryOf(name).isEmpty() || containerOf(name).isEmpty())
            unknown << name;
    }
    if (unknown.isEmpty())
        return QString();
    return tr("the image of deployment(s) %1 is not known yet (the cluster has not been listed): a rollback "
              "sets the tag of each deployment's own image only")
        .arg(unknown.join(QStringLiteral(", ")));
}

QList<OrchestratorCommand> KubernetesOrchestrator::stopCommands(const QStringList& services) const
{
    QStringList deployments;
    for (const QString& name : services)
        deployments << QStringLiteral("deployment/") + name;
    return {command(QStringList{QStringLiteral("scale")} + deployments + QStringList{QStringLiteral("--replicas=0")})};
}

QList<OrchestratorCommand> KubernetesOrchestrator::deployCommands(const QString& version,
                                                                  const QMap<QString, int>& replicas) const
{
    QList<OrchestratorCommand> commands;
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it) {
        // Its own container and repository: a sidecar keeps its image, and no other repository is ever set.
        if (!version.isEmpty() && !imageRepositoryOf(it.key()).isEmpty())
            commands.append(setImageCommand(it.key(), containerOf(it.key()), imageRepositoryOf(it.key()), version));
        commands.append(command({QStringLiteral("scale"), QStringLiteral("deployment/") + it.key(),
                                 QStringLiteral("--replicas=") + QString::number(std::max(1, it.value()))}));
    }
    return commands;
}

OrchestratorCommand KubernetesOrchestrator::databaseReadyCommand(const QString& user,
                                                                 const QString& database) const
{
    return command({QStringLiteral("exec"), QStringLiteral("deployment/postgres"), QStringLiteral("--"),
                    QStringLiteral("pg_isready"), QStringLiteral("-U"), user, QStringLiteral("-d"), database});
}

OrchestratorCommand KubernetesOrchestrator::databaseRestoreCommand(const QString& user, const QString& database,
                                                                   const QString& file, const QStringList& before) const
{
    QStringList argv = {QStringLiteral("exec"), QStringLiteral("-i"), QStringLiteral("deployment/postgres"),
                        QStringLiteral("--"), QStringLiteral("psql"), QStringLiteral("-U"), user,
                        QStringLiteral("-d"), database, QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--single-transaction")};
    for (const QString& statement : before)
        argv << QStringLiteral("-c") << statement;
    argv << QStringLiteral("-f") << QStringLiteral("-");
    OrchestratorCommand c = command(argv);
    c.stdinFile = file;
    c.stdinIsBackup = true;
    return c;
}

OrchestratorCommand KubernetesOrchestrator::databaseQueryCommand(const QString& user, const QString& database,
                                                                 const QString& sql) const
{
    return command({QStringLiteral("exec"), QStringLiteral("deployment/postgres"), QStringLiteral("--"),
                    QStringLiteral("psql"), QStringLiteral("-U"), user, QStringLiteral("-d"), database,
                    QStringLiteral("-At"), QStringLiteral("-c"), sql});
}

void KubernetesOrchestrator::rolloutStatus(const QString& name)
{
    execute(QStringLiteral("rollout-status"), {name},
            [this, name] { return QList<OrchestratorCommand>{rolloutStatusCommand(name)}; });
}

void KubernetesOrchestrator::rolloutUndo(const QString& name)
{
    execute(QStringLiteral("rollout-undo"), {name},
            [this, name] { return QList<OrchestratorCommand>{rolloutUndoCommand(name)}; });
}

void KubernetesOrchestrator::setImage(const QString& name, const QString& container, const QString& image,
                                      const QString& version)
{
    if (!isValidServiceName(container)) {
        Q_EMIT refused(tr("\"%1\" is not a valid container name").arg(container));
        return;
    }
    if (!isValidImage(image)) {
        Q_EMIT refused(tr("\"%1\" is not a valid image name").arg(image));
        return;
    }
    if (!isValidVersion(version)) {
        Q_EMIT refused(tr("\"%1\" is not a valid version (a tag like 0.2.1, or sha256: and 64 hex digits)")
                           .arg(version));
        return;
    }
    execute(QStringLiteral("set-image"), {name}, [this, name, container, image, version] {
        return QList<OrchestratorCommand>{setImageCommand(name, container, image, version)};
    });
}

} // namespace Ops
