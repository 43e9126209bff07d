#include "models/stack/orchestrator.h"

#include "models/core/logging.h"
#include "models/profiles/programapprovals.h"
#include "models/stack/processrunner.h"

#include <QRegularExpression>

#include <algorithm>

namespace Ops {

Orchestrator::Orchestrator(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<Ops::OrchestratorResult>();
}

Orchestrator::~Orchestrator() = default; // a running child is killed by ~ProcessRunner

bool Orchestrator::isValidServiceName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

bool Orchestrator::isValidVersion(const QString& version)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    static const QRegularExpression digest(QStringLiteral("^sha256:[a-f0-9]{64}$"));
    return tag.match(version).hasMatch() || digest.match(version).hasMatch();
}

bool Orchestrator::isValidDatabaseName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

void Orchestrator::runCommands(const QString& action, const QStringList& names,
                               const QList<OrchestratorCommand>& commands)
{
    if (commands.isEmpty()) {
        Q_EMIT refused(tr("nothing to run", "stack: orchestrator: error or status fragment, shown after “…: ” in a longer message"));
        return;
    }
    execute(action, names, [commands] { return commands; });
}

QString Orchestrator::deployProblem(const QStringList&) const
{
    return QString();
}

bool Orchestrator::isValidProgramName(const QString& program)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,63}$"));
    return pattern.match(program).hasMatch();
}

void Orchestrator::setTimeouts(int actionMs, int listMs)
{
    m_actionTimeoutMs = actionMs;
    m_listTimeoutMs = listMs;
}

QProcessEnvironment Orchestrator::baseEnvironment() const
{
    return ProcessRunner::minimalEnvironment(m_passthrough);
}

QString Orchestrator::checkName(const QString& name) const
{
    if (!isValidServiceName(name))
        return tr("\"%1\" is not a valid service name (letters, digits, '.', '_' and '-', starting with a "
                  "letter "
                  "or digit, at most 63 characters)")
            .arg(name);
    return QString();
}

ProcessRunner* Orchestrator::startRunner(const OrchestratorCommand& command, bool toSink)
{
    auto* runner = new ProcessRunner(this);
    runner->setProgram(command.program);
    runner->setArguments(command.arguments);
    runner->setEnvironment(command.environment);
    runner->setWorkingDirectory(command.workingDirectory);
    runner->setTimeout(command.timeoutMs);
    runner->setStandardInputFile(command.stdinFile);
    runner->setStandardInputIsBackup(command.stdinIsBackup);
    if (command.outputCap >= 0)
        runner->setOutputCap(command.outputCap);
    if (toSink && m_sink) {
        runner->setOutputDevice(m_sink);
        connect(runner, &ProcessRunner::outputWritten, this, &Orchestrator::outputProgress);
    }
    m_runner = runner;
    runner->start();
    return runner;
}

QString Orchestrator::approvalProblem() const
{
    const OrchestratorCommand probe = listCommand();
    return ProgramApprovals::startProblem(probe.program, probe.environment.value(QStringLiteral("DOCKER_HOST")));
}

void Orchestrator::loadServices()
{
    if (m_busy) {
        Q_EMIT refused(tr("another command is still running on this stack"));
        return;
    }
    QString invalid = validateSettings();
    if (invalid.isEmpty())
        invalid = approvalProblem();
    if (!invalid.isEmpty()) {
        Q_EMIT refused(invalid);
        return;
    }
    m_busy = true;
    runList([this](const QStringList& names) {
        m_busy = false;
        Q_EMIT servicesLoaded(names);
    });
}

void Orchestrator::runList(const std::function<void(const QStringList&)>& then, bool reuse)
{
    // Taken before the command runs: a file changed while it runs gives a different fingerprint next
    // time, so a stale list is never reused.
    const QString fingerprint = listFingerprint();
    if (reuse && !fingerprint.isEmpty() && fingerprint == m_knownFingerprint && !m_known.isEmpty()) {
        then(m_known);
        return;
    }
    m_knownFingerprint.clear();
    OrchestratorCommand command = listCommand();
    command.timeoutMs = m_listTimeoutMs;
    ProcessRunner* runner = startRunner(command);
    const QString what = command.argv().join(u' ');
    connect(runner, &ProcessRunner::startFailed, this, [this, runner](const QString& reason) {
        runner->deleteLater();
        m_busy = false;
        Q_EMIT refused(reason);
    });
    connect(runner, &ProcessRunner::finished, this,
            [this, runner, then, what, fingerprint](int exitCode, QProcess::ExitStatus status,
                                                    const QString& stderrText, bool timedOut) {
                runner->deleteLater();
                QString error;
                if (timedOut)
                    error = tr("%1 did not answer within %2 s").arg(what).arg(m_listTimeoutMs / 1000);
                else if (status != QProcess::NormalExit || exitCode != 0)
                    error = tr("%1 failed (exit code %2): %3")
                                .arg(what)
                                .arg(exitCode)
                                .arg(explainFailure(stderrText));
                QStringList names;
                if (error.isEmpty())
                    names = parseList(runner->collectedOutput(), &error);
                if (!error.isEmpty()) {
                    m_busy = false;
                    Q_EMIT refused(tr("cannot list the services of the stack: %1").arg(error));
                    return;
                }
                m_known = names;
                m_knownFingerprint = fingerprint;
                then(names);
            });
}

void Orchestrator::execute(const QString& action, const QStringList& names,
                           const std::function<QList<OrchestratorCommand>()>& build)
{
    if (m_busy) {
        Q_EMIT refused(tr("another command is still running on this stack"));
        return;
    }
    QString invalid = validateSettings();
    // A program the operator has not approved on this workstation runs nothing (ProcessRunner would refuse
    // it too; here the procedure stops before it starts).
    if (invalid.isEmpty())
        invalid = approvalProblem();
    if (!invalid.isEmpty()) {
        Q_EMIT refused(invalid);
        return;
    }
    // Before anything runs: a name that could be read as an option or carries shell syntax stops here.
    for (const QString& name : names) {
        const QString bad = checkName(name);
        if (!bad.isEmpty()) {
            Q_EMIT refused(bad);
            return;
        }
    }
    m_busy = true;
    m_result = OrchestratorResult();
    m_result.action = action;
    m_result.targets = names;
    const auto run = [this, build] {
        m_queue = build();
        runNext();
    };
    if (names.isEmpty()) {
        run();
        return;
    }
    const auto checkThenRun = [this, names, run](const QStringList& known) {
        for (const QString& name : names) {
            if (!known.contains(name)) {
                m_busy = false;
                Q_EMIT refused(tr("the stack has no service \"%1\" (it has: %2)")
                                   .arg(name, known.join(QStringLiteral(", "))));
                return;
            }
        }
        run();
    };
    // Compose's `config --services` costs half a second of CPU (Python) for every action: a list read
    // from an unchanged file is reused (runList). A name it lacks is looked up once more in a fresh list.
    const bool allKnown = std::all_of(names.cbegin(), names.cend(),
                                      [this](const QString& name) { return m_known.contains(name); });
    runList(checkThenRun, allKnown);
}

void Orchestrator::runNext()
{
    if (m_queue.isEmpty()) {
        m_result.ok = true;
        finish();
        return;
    }
    const OrchestratorCommand command = m_queue.takeFirst();
    m_result.commands.append(command.argv());
    qCInfo(lcOrchestrator) << m_result.action << "running" << command.argv();
    ProcessRunner* runner = startRunner(command, true);
    connect(runner, &ProcessRunner::outputLine, this, &Orchestrator::outputLine);
    connect(runner, &ProcessRunner::inputProgress, this, &Orchestrator::inputProgress);
    connect(runner, &ProcessRunner::startFailed, this, [this, runner](const QString& reason) {
        runner->deleteLater();
        m_result.error = reason;
        finish();
    });
    connect(runner, &ProcessRunner::finished, this,
            [this, runner, command](int exitCode, QProcess::ExitStatus status, const QString& stderrText,
                                    bool timedOut) {
                runner->deleteLater();
                m_result.exitCode = exitCode;
                m_result.output += runner->collectedOutput();
                m_result.stderrText += stderrText;
                m_result.timedOut = timedOut;
                m_result.cancelled = runner->cancelled();
                const QString what = command.argv().join(u' ');
                if (!runner->inputError().isEmpty()) {
                    m_result.error = tr("%1: the backup was not restored: %2").arg(what, runner->inputError());
                    finish();
                } else if (!runner->sinkError().isEmpty()) {
                    m_result.error =
                        tr("%1: the output could not be written: %2").arg(what, runner->sinkError());
                    finish();
                } else if (m_result.cancelled) {
                    // Stopping `logs -f` is how a log view ends: not a failure.
                    m_result.ok = m_result.action == QLatin1String("logs");
                    if (!m_result.ok)
                        m_result.error = tr("%1 was cancelled", "stack: orchestrator").arg(what);
                    finish();
                } else if (timedOut) {
                    m_result.error = tr("%1 did not finish within %2 s and was stopped")
                                         .arg(what)
                                         .arg(command.timeoutMs / 1000);
                    finish();
                } else if (status != QProcess::NormalExit || exitCode != 0) {
                    m_result.error = tr("%1 failed (exit code %2): %3")
                                         .arg(what)
                                         .arg(exitCode)
                                         .arg(explainFailure(stderrText));
                    finish();
                } else {
                    runNext();
                }
            });
}

void Orchestrator::finish()
{
    m_busy = false;
    m_sink = nullptr;
    m_queue.clear();
    const OrchestratorResult result = std::exchange(m_result, OrchestratorResult());
    if (!result.ok)
        qCWarning(lcOrchestrator) << result.action << "failed:" << result.error;
    Q_EMIT finished(result);
}

void Orchestrator::scale(const QMap<QString, int>& replicas)
{
    for (auto it = replicas.cbegin(); it != replicas.cend(); ++it) {
        if (it.value() < 0) {
            Q_EMIT refused(tr("replica counts cannot be negative"));
            return;
        }
    }
    if (replicas.isEmpty()) {
        Q_EMIT refused(tr("nothing to scale", "stack: orchestrator: error or status fragment, shown after “…: ” in a longer message"));
        return;
    }
    execute(QStringLiteral("scale"), replicas.keys(), [this, replicas] { return scaleCommands(replicas); });
}

void Orchestrator::restart(const QString& name)
{
    execute(QStringLiteral("restart"), {name},
            [this, name] { return QList<OrchestratorCommand>{restartServiceCommand(name)}; });
}

void Orchestrator::followLogs(const QStringList& names, int tail)
{
    execute(QStringLiteral("logs"), names, [this, names, tail] {
        OrchestratorCommand command = logsCommand(names, std::max(0, tail));
        command.timeoutMs = 0;
        command.outputCap = 0;
        return QList<OrchestratorCommand>{command};
    });
}

void Orchestrator::exec(const QString& service, const QStringList& argv, const QString& action,
                        QIODevice* sink)
{
    if (argv.isEmpty() || !isValidProgramName(argv.first())) {
        Q_EMIT refused(tr("\"%1\" is not a program name that can be run in a container").arg(argv.value(0)));
        return;
    }
    if (m_busy) {
        Q_EMIT refused(tr("another command is still running on this stack"));
        return;
    }
    m_sink = sink;
    execute(action, {service},
            [this, service, argv] { return QList<OrchestratorCommand>{execCommand(service, argv)}; });
    if (!m_busy)
        m_sink = nullptr; // refused before anything ran
}

void Orchestrator::cancel()
{
    m_queue.clear();
    if (m_runner)
        m_runner->cancel();
}

QString Orchestrator::runningTag(const QString& service) const
{
    const QString tag = m_runningTags.value(service);
    // During a rollout the containers run several tags ("0.1.0, 0.2.0"): none of them is "the" version.
    return isValidVersion(tag) ? tag : QString();
}

QString Orchestrator::scaleProblem(const QMap<QString, int>&, const QMap<QString, int>&) const
{
    return QString();
}

QString Orchestrator::explainFailure(const QString& stderrText) const
{
    const QString line = ProcessRunner::errorLine(stderrText);
    if (m_settings.isKubernetes())
        return line;
    // The engine itself is not there (not running, socket missing or unreadable): say which one.
    static const QStringList engineDown = {QStringLiteral("server API version"), QStringLiteral("connect to the Docker daemon"),
                                           QStringLiteral("connect to Docker daemon"), QStringLiteral("docker.sock"),
                                           QStringLiteral("Is the docker daemon running")};
    for (const QString& marker : engineDown)
        if (line.contains(marker, Qt::CaseInsensitive))
            return tr("%1 — the Docker Engine at %2 does not answer")
                .arg(line, m_settings.dockerHost.isEmpty() ? QStringLiteral("unix:///var/run/docker.sock") : m_settings.dockerHost);
    return line;
}

} // namespace Ops
