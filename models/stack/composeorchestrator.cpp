#include "models/stack/composeorchestrator.h"

#include "models/stack/orchestratorsettingscheck.h"

namespace Ops {

ComposeOrchestrator::ComposeOrchestrator(QObject* parent) : Orchestrator(parent) {}

QString ComposeOrchestrator::validateSettings() const
{
    if (m_settings.kind != OrchestratorSettings::Kind::Compose)
        return tr("this profile's stack is not a Docker Compose project");
    // The same rules as the status source: compose command, absolute program, file, project, directory.
    return OrchestratorSettingsCheck::problem(m_settings);
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

QList<OrchestratorCommand> ComposeOrchestrator::upCommands(const QString& version,
                                                           const QStringList& services) const
{
    OrchestratorCommand c = command(QStringList{QStringLiteral("up"), QStringLiteral("-d")} + services);
    if (!version.isEmpty())
        c.environment.insert(QStringLiteral("VERSION"), version);
    return {c};
}

OrchestratorCommand ComposeOrchestrator::databaseReadyCommand(const QString& user, const QString& database) const
{
    return command({QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"),
                    QStringLiteral("pg_isready"), QStringLiteral("-U"), user, QStringLiteral("-d"), database});
}

OrchestratorCommand ComposeOrchestrator::databaseRestoreCommand(const QString& user, const QString& database,
                                                                const QString& file) const
{
    OrchestratorCommand c =
        command({QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"), QStringLiteral("psql"),
                 QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--single-transaction")});
    c.stdinFile = file;
    return c;
}

OrchestratorCommand ComposeOrchestrator::databaseQueryCommand(const QString& user, const QString& database,
                                                              const QString& sql) const
{
    return command({QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"), QStringLiteral("psql"),
                    QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-At"),
                    QStringLiteral("-c"), sql});
}

void ComposeOrchestrator::down()
{
    execute(QStringLiteral("down"), {}, [this] { return QList<OrchestratorCommand>{downCommand()}; });
}

} // namespace Ops
