#include "models/stack/orchestratorsettingscheck.h"

#include "models/profiles/connectionprofile.h"
#include "models/profiles/profilevalidator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace Ops::OrchestratorSettingsCheck {

QString problem(const OrchestratorSettings& settings)
{
    if (settings.isKubernetes())
        return kubernetesProblem(settings);
    const QString command = settings.composeCommand.trimmed();
    if (command != QLatin1String("docker compose") && command != QLatin1String("docker-compose"))
        return QCoreApplication::translate("Ops::OrchestratorSource", "unknown compose command \"%1\" (expected \"docker compose\" or \"docker-compose\")").arg(command);
    const QFileInfo program(settings.program);
    if (settings.program.isEmpty() || !ProfileValidator::isValidProgramPath(settings.program))
        return QCoreApplication::translate("Ops::OrchestratorSource", "the orchestrator program must be an absolute path, not \"%1\"").arg(settings.program);
    if (!program.isFile() || !program.isExecutable())
        return QCoreApplication::translate("Ops::OrchestratorSource", "the orchestrator program %1 does not exist or is not executable").arg(settings.program);
    // Separate arguments already stop a shell; names that look like options must not reach compose either.
    if (!ProfileValidator::isValidComposeFile(settings.composeFile))
        return QCoreApplication::translate("Ops::OrchestratorSource", "invalid compose file name \"%1\"").arg(settings.composeFile);
    static const QRegularExpression projectName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    if (!settings.projectName.isEmpty() && !projectName.match(settings.projectName).hasMatch())
        return QCoreApplication::translate("Ops::OrchestratorSource", "invalid compose project name \"%1\"").arg(settings.projectName);
    if (!settings.projectDirectory.isEmpty() && !QFileInfo(settings.projectDirectory).isDir())
        return QCoreApplication::translate("Ops::OrchestratorSource", "the project directory %1 does not exist").arg(settings.projectDirectory);
    // DOCKER_HOST reaches docker's (and ssh's) own parsers: ssh://-oProxyCommand=…@host would run a command.
    if (!ProfileValidator::isValidDockerHost(settings.dockerHost))
        return QCoreApplication::translate("Ops::OrchestratorSource", "invalid DOCKER_HOST \"%1\"").arg(settings.dockerHost);
    return QString();
}

QString kubernetesProblem(const OrchestratorSettings& settings)
{
    const QFileInfo program(settings.kubectlProgram);
    if (settings.kubectlProgram.isEmpty() || !ProfileValidator::isValidProgramPath(settings.kubectlProgram))
        return QCoreApplication::translate("Ops::OrchestratorSource", "kubectl must be given as an absolute path, not \"%1\"").arg(settings.kubectlProgram);
    if (!program.isFile() || !program.isExecutable())
        return QCoreApplication::translate("Ops::OrchestratorSource", "kubectl %1 does not exist or is not executable").arg(settings.kubectlProgram);
    if (!settings.kubeContext.isEmpty() && !ProfileValidator::isValidKubeContext(settings.kubeContext))
        return QCoreApplication::translate("Ops::OrchestratorSource", "invalid Kubernetes context \"%1\"").arg(settings.kubeContext);
    static const QRegularExpression ns(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
    if (!ns.match(settings.kubeNamespace).hasMatch())
        return QCoreApplication::translate("Ops::OrchestratorSource", "invalid Kubernetes namespace \"%1\"").arg(settings.kubeNamespace);
    return QString();
}

} // namespace Ops::OrchestratorSettingsCheck
