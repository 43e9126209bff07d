#include "models/stack/composeorchestrator.h"

#include "models/stack/orchestratorsettingscheck.h"

#include <QDir>
#include <QFileInfo>

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

QString ComposeOrchestrator::listFingerprint() const
{
    // The file is named relative to the project directory, where the command runs. A write or a rename
    // onto it changes its change time even when size and modification time are put back.
    const QDir project(m_settings.projectDirectory);
    QStringList parts;
    for (const QString& name : {m_settings.composeFile, QStringLiteral(".env")}) {
        const QFileInfo info(project.filePath(name));
        parts << info.absoluteFilePath();
        if (info.exists())
            parts << QString::number(info.size()) << QString::number(info.lastModified().toMSecsSinceEpoch())
                  << QString::number(info.metadataChangeTime().toMSecsSinceEpoch());
        else
            parts << QStringLiteral("-");
    }
    return parts.join(u'|');
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
    // `up --scale` alone recreates every service whose configuration or image changed (a rolled-back
    // VERSION falls back to the file's default) and resets the replicas of every service not named:
    // one command per service, --no-deps --no-recreate, the service named, its running tag pinned.
    QList<OrchestratorCommand> commands;
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it) {
        OrchestratorCommand c = command({QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"),
                                         QStringLiteral("--no-recreate"), QStringLiteral("--scale"),
                                         it.key() + u'=' + QString::number(it.value()), it.key()});
        const QString tag = runningTag(it.key());
        if (!tag.isEmpty())
            c.environment.insert(QStringLiteral("VERSION"), tag);
        commands << c;
    }
    return commands;
}

QString ComposeOrchestrator::scaleProblem(const QMap<QString, int>& replicas, const QMap<QString, int>& current) const
{
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it) {
        // Only new containers need an image; fewer replicas stop some of the running ones.
        if (it.value() > current.value(it.key(), 0) && runningTag(it.key()).isEmpty())
            return tr("The version %1 runs now is not known (yet): new replicas could start another image. "
                      "Wait for the orchestrator's status, or check that all its containers run one tag.")
                .arg(it.key());
    }
    return QString();
}

OrchestratorCommand ComposeOrchestrator::restartServiceCommand(const QString& name) const
{
    return command({QStringLiteral("restart"), name});
}

OrchestratorCommand ComposeOrchestrator::logsCommand(const QStringList& names, int tail) const
{
    // --no-color: compose colours each service's prefix with terminal escapes even into a pipe, and the
    // Logs page showed them as text ("[33mapp_1 |[0m").
    return command(QStringList{QStringLiteral("logs"), QStringLiteral("--no-color"), QStringLiteral("-f"),
                               QStringLiteral("--tail"), QString::number(tail), QStringLiteral("--timestamps")} +
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

QList<OrchestratorCommand> ComposeOrchestrator::stopCommands(const QStringList& services) const
{
    return {command(QStringList{QStringLiteral("stop")} + services)};
}

QList<OrchestratorCommand> ComposeOrchestrator::deployCommands(const QString& version,
                                                               const QMap<QString, int>& replicas) const
{
    // Without --scale, up resets every named service to the file's count; without --no-deps it would
    // recreate their dependencies too.
    QStringList arguments = {QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps")};
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it)
        arguments << QStringLiteral("--scale") << (it.key() + u'=' + QString::number(it.value()));
    arguments += replicas.keys();
    OrchestratorCommand c = command(arguments);
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
                                                                const QString& file, const QStringList& before) const
{
    QStringList argv = {QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"), QStringLiteral("psql"),
                        QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-v"),
                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("--single-transaction")};
    for (const QString& statement : before)
        argv << QStringLiteral("-c") << statement;
    // -c and -f together: psql runs them in order, inside the one transaction.
    argv << QStringLiteral("-f") << QStringLiteral("-");
    OrchestratorCommand c = command(argv);
    c.stdinFile = file;
    c.stdinIsBackup = true;
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
