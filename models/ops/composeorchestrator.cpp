#include "composeorchestrator.h"

#include "sources/orchestratorsource.h"

namespace Ops {

ComposeOrchestrator::ComposeOrchestrator(QObject* parent) : Orchestrator(parent) {}

QString ComposeOrchestrator::validateSettings() const
{
    // The same rules as the status source: compose command, absolute program, file, project, directory.
    return OrchestratorSource::validate(m_settings);
}

OrchestratorCommand ComposeOrchestrator::command(const QStringList& subcommand) const
{
    OrchestratorCommand c;
    c.program = m_settings.program;
    if (m_settings.composeCommand.trimmed() == QLatin1String("docker compose"))
        c.arguments << QStringLiteral("compose");
    c.arguments << QStringLiteral("-f") << m_settings.composeFile;
    if (!m_settings.projectName.isEmpty())
        c.arguments << QStringLiteral("-p") << m_settings.projectName;
    if (!m_settings.projectDirectory.isEmpty())
        c.arguments << QStringLiteral("--project-directory") << m_settings.projectDirectory;
    c.arguments += subcommand;
    c.environment = baseEnvironment();
    if (!m_settings.dockerHost.isEmpty())
        c.environment.insert(QStringLiteral("DOCKER_HOST"), m_settings.dockerHost);
    c.workingDirectory = m_settings.projectDirectory;
    c.timeoutMs = actionTimeout();
    return c;
}

OrchestratorCommand ComposeOrchestrator::listCommand() const
{
    return command({QStringLiteral("config"), QStringLiteral("--services")});
}

QStringList ComposeOrchestrator::parseList(const QByteArray& output, QString* error) const
{
    QStringList names;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        // A service the console could not address safely is left out, so it can never be acted on.
        if (isValidServiceName(line))
            names.append(line);
    }
    if (names.isEmpty() && error)
        *error = tr("config --services listed no services");
    return names;
}

QList<OrchestratorCommand> ComposeOrchestrator::scaleCommands(const QMap<QString, int>& replicas) const
{
    QStringList arguments = {QStringLiteral("up"), QStringLiteral("-d")};
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it)
        arguments << QStringLiteral("--scale") << (it.key() + u'=' + QString::number(it.value()));
    return {command(arguments)};
}

OrchestratorCommand ComposeOrchestrator::restartServiceCommand(const QString& name) const
{
    return command({QStringLiteral("restart"), name});
}

OrchestratorCommand ComposeOrchestrator::logsCommand(const QStringList& names, int tail) const
{
    return command(QStringList{QStringLiteral("logs"), QStringLiteral("-f"), QStringLiteral("--tail"),
                               QString::number(tail), QStringLiteral("--timestamps")} +
                   names);
}

OrchestratorCommand ComposeOrchestrator::execCommand(const QString& service, const QStringList& argv) const
{
    return command(QStringList{QStringLiteral("exec"), QStringLiteral("-T"), service} + argv);
}

OrchestratorCommand ComposeOrchestrator::downCommand() const
{
    return command({QStringLiteral("down")});
}

void ComposeOrchestrator::down()
{
    execute(QStringLiteral("down"), {}, [this] { return QList<OrchestratorCommand>{downCommand()}; });
}

} // namespace Ops
