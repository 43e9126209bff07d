#include "models/stack/profileprograms.h"

#include "models/profiles/programapprovals.h"
#include "models/stack/composeorchestrator.h"
#include "models/stack/kubernetesorchestrator.h"
#include "models/stack/orchestratorsettingscheck.h"

#include <QProcess>

namespace Ops {

namespace {


} // namespace

QStringList ProfilePrograms::statusArguments(const OrchestratorSettings& settings)
{
    QStringList arguments;
    if (settings.isKubernetes()) {
        if (!settings.kubeContext.isEmpty())
            arguments << QStringLiteral("--context") << settings.kubeContext;
        arguments << QStringLiteral("--namespace") << settings.kubeNamespace << QStringLiteral("get")
                  << QStringLiteral("deployments") << QStringLiteral("-o") << QStringLiteral("json");
        return arguments;
    }
    if (!settings.isComposeV1())
        arguments << QStringLiteral("compose");
    arguments << QStringLiteral("-f") << settings.composeFile;
    if (!settings.projectName.isEmpty())
        arguments << QStringLiteral("-p") << settings.projectName;
    arguments << QStringLiteral("ps");
    if (!settings.isComposeV1())
        arguments << QStringLiteral("--format") << QStringLiteral("json") << QStringLiteral("-a");
    return arguments;
}

QList<PlannedProgram> ProfilePrograms::of(const ConnectionProfile& profile)
{
    QList<PlannedProgram> out;
    const OrchestratorSettings& o = profile.orchestrator;
    const QString service = profile.applicationServices.value(0, QStringLiteral("app"));
    if (o.isKubernetes()) {
        if (!o.kubectlProgram.isEmpty()) {
            PlannedProgram p;
            p.role = PlannedProgram::Role::Kubectl;
            p.path = o.kubectlProgram;
            KubernetesOrchestrator kube;
            kube.setSettings(o);
            p.examples << QStringList{o.kubectlProgram} + statusArguments(o) << kube.listCommand().argv()
                       << kube.restartServiceCommand(service).argv() << kube.logsCommand({service}, 100).argv();
            out << p;
        }
    } else if (!o.program.isEmpty()) {
        PlannedProgram p;
        p.role = PlannedProgram::Role::Orchestrator;
        p.path = o.program;
        p.target = o.dockerHost;
        p.workingDirectory = o.projectDirectory;
        if (!o.dockerHost.isEmpty())
            p.environment << QStringLiteral("DOCKER_HOST=") + o.dockerHost;
        ComposeOrchestrator compose;
        compose.setSettings(o);
        p.examples << QStringList{o.program} + statusArguments(o) << compose.listCommand().argv()
                   << compose.restartServiceCommand(service).argv() << compose.logsCommand({service}, 100).argv()
                   << compose.databaseReadyCommand(profile.pgUser, profile.pgDatabase).argv();
        out << p;
    }
    const QStringList smoke = QProcess::splitCommand(profile.smokeTestCommand.trimmed());
    if (!smoke.isEmpty()) {
        PlannedProgram p;
        p.role = PlannedProgram::Role::SmokeTest;
        p.path = smoke.first();
        p.examples << smoke;
        out << p;
    }
    return out;
}

QString ProfilePrograms::roleText(PlannedProgram::Role role)
{
    switch (role) {
    case PlannedProgram::Role::Orchestrator:
        return tr("Docker Compose: the container status and every stack action (scale, restart, logs, rollback, "
                  "backups through pg_dump in the database container)");
    case PlannedProgram::Role::Kubectl:
        return tr("kubectl: the deployments' status and every stack action");
    case PlannedProgram::Role::SmokeTest:
        return tr("The smoke test after a rollback or a maintenance run");
    }
    return QString();
}

QStringList ProfilePrograms::unapproved(const ConnectionProfile& profile)
{
    QStringList out;
    for (const PlannedProgram& p : of(profile)) {
        const QString problem = ProgramApprovals::startProblem(p.path, p.target);
        if (!problem.isEmpty())
            out << problem;
    }
    return out;
}

QString ProfilePrograms::settingsProblem(const ConnectionProfile& profile)
{
    const OrchestratorSettings& o = profile.orchestrator;
    if ((o.isKubernetes() && !o.kubectlProgram.isEmpty()) || (!o.isKubernetes() && !o.program.isEmpty())) {
        const QString problem = OrchestratorSettingsCheck::problem(o);
        if (!problem.isEmpty())
            return problem;
    }
    return QString();
}

QString ProfilePrograms::displayCommand(const QStringList& argv)
{
    QStringList out;
    for (const QString& a : argv) {
        if (a.isEmpty() || a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('"')) || a.contains(QLatin1Char('\'')))
            out << QLatin1Char('\'') + QString(a).replace(QLatin1String("'"), QLatin1String("'\\''")) + QLatin1Char('\'');
        else
            out << a;
    }
    return out.join(QLatin1Char(' '));
}

} // namespace Ops
