#include "models/core/formatting.h"
#include "models/sources/orchestratorsource.h"

#include "models/stack/orchestratorsettingscheck.h"
#include "models/stack/profileprograms.h"
#include "models/profiles/programapprovals.h"

#include "models/core/logging.h"
#include "models/stack/kubectldeploymentsparser.h"
#include "models/stack/processrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace Ops {

OrchestratorSource::OrchestratorSource(QObject* parent)
    : Source(QStringLiteral("orchestrator"), parent)
    , m_schedule(60000)
{
    qRegisterMetaType<Ops::OrchestratorSnapshot>();
    connect(&m_schedule, &PollSchedule::due, this, &OrchestratorSource::runCheck);
}

OrchestratorSource::~OrchestratorSource()
{
    stop();
}

QStringList OrchestratorSource::statusArguments(const OrchestratorSettings& settings)
{
    return ProfilePrograms::statusArguments(settings);
}

QString OrchestratorSource::validate(const OrchestratorSettings& settings)
{
    return OrchestratorSettingsCheck::problem(settings);
}

QString OrchestratorSource::validateKubernetes(const OrchestratorSettings& settings)
{
    return OrchestratorSettingsCheck::kubernetesProblem(settings);
}

QString OrchestratorSource::commandName() const
{
    if (m_settings.isKubernetes())
        return QStringLiteral("kubectl get deployments");
    return m_settings.isComposeV1() ? QStringLiteral("docker-compose ps") : QStringLiteral("docker compose ps");
}

void OrchestratorSource::start()
{
    m_schedule.start();
}

void OrchestratorSource::stop()
{
    m_schedule.stop();
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
}

void OrchestratorSource::refresh()
{
    runCheck();
}

void OrchestratorSource::runCheck()
{
    if (m_runner)
        return;
    const QString invalid = validate(m_settings);
    if (!invalid.isEmpty()) {
        finish(Health::Down, invalid);
        return;
    }
    // Not approved on this workstation: not a failure of the stack, and nothing runs (ProcessRunner
    // would refuse it too). The reason says how to approve it.
    const QString program = m_settings.isKubernetes() ? m_settings.kubectlProgram : m_settings.program;
    const QString unapproved =
        ProgramApprovals::startProblem(program, m_settings.isKubernetes() ? QString() : m_settings.dockerHost);
    if (!unapproved.isEmpty()) {
        finish(Health::Unknown, unapproved);
        return;
    }
    QProcessEnvironment environment = ProcessRunner::minimalEnvironment(m_passthrough);
    if (m_settings.isKubernetes()) {
        // kubectl finds its credentials through KUBECONFIG (or ~/.kube/config under HOME).
        const QString kubeconfig = qEnvironmentVariable("KUBECONFIG");
        if (!kubeconfig.isEmpty())
            environment.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    } else if (!m_settings.dockerHost.isEmpty()) {
        environment.insert(QStringLiteral("DOCKER_HOST"), m_settings.dockerHost);
    }

    auto* runner = new ProcessRunner(this);
    runner->setProgram(m_settings.isKubernetes() ? m_settings.kubectlProgram : m_settings.program);
    runner->setArguments(statusArguments(m_settings));
    runner->setEnvironment(environment);
    if (!m_settings.isKubernetes())
        runner->setWorkingDirectory(m_settings.projectDirectory);
    runner->setTimeout(m_timeoutMs);
    runner->setOutputCap(4 * 1024 * 1024);
    connect(runner, &ProcessRunner::startFailed, this, [this, runner](const QString& reason) {
        if (runner != m_runner)
            return;
        m_runner = nullptr;
        runner->deleteLater();
        finish(Health::Down, reason);
    });
    connect(runner, &ProcessRunner::finished, this, &OrchestratorSource::onFinished);
    m_runner = runner;
    runner->start();
}

void OrchestratorSource::onFinished(int exitCode, QProcess::ExitStatus status, const QString& stderrText,
                                    bool timedOut)
{
    ProcessRunner* runner = m_runner;
    if (!runner || sender() != runner)
        return;
    m_runner = nullptr;
    runner->deleteLater();
    const qint64 latency = runner->elapsedMs();

    if (timedOut) {
        finish(Health::Down, tr("%1 did not answer within %2 s").arg(commandName(), Format::seconds(m_timeoutMs)));
        return;
    }
    if (status == QProcess::CrashExit) {
        finish(Health::Down, tr("%1 crashed", "sources: orchestratorsource").arg(commandName()));
        return;
    }
    if (exitCode != 0) {
        QString line = ProcessRunner::errorLine(stderrText);
        if (!m_settings.isKubernetes() && (line.contains(QLatin1String("server API version")) ||
                                          line.contains(QLatin1String("onnect to the Docker daemon")) ||
                                          line.contains(QLatin1String("onnect to Docker daemon"))))
            line = tr("%1 — the Docker Engine at %2 does not answer")
                       .arg(line, m_settings.dockerHost.isEmpty() ? QStringLiteral("unix:///var/run/docker.sock")
                                                                  : m_settings.dockerHost);
        finish(Health::Down, line.isEmpty()
                                 ? tr("%1 failed with exit code %2 and no message").arg(commandName()).arg(exitCode)
                                 : tr("%1 failed with exit code %2: %3").arg(commandName()).arg(exitCode).arg(line));
        return;
    }
    if (runner->outputTruncated()) {
        finish(Health::Down, tr("the output of %1 is too large to be a container list").arg(commandName()));
        return;
    }
    if (m_settings.isKubernetes()) {
        finishKubernetes(runner->collectedOutput(), latency);
        return;
    }
    const ComposePsParser::Result parsed = ComposePsParser::parse(runner->collectedOutput(), m_settings.projectName);
    if (!parsed.ok) {
        finish(Health::Down, tr("cannot read the output of %1: %2").arg(commandName(), parsed.error));
        return;
    }

    OrchestratorSnapshot snapshot;
    snapshot.containers = parsed.containers;
    snapshot.format = parsed.format;
    if (m_settings.isComposeV1() && !snapshot.containers.isEmpty()) {
        // v1's table has no image column: `images` names each container's image (the running version).
        readImages(snapshot, latency);
        return;
    }
    publish(snapshot, latency);
}

void OrchestratorSource::readImages(const OrchestratorSnapshot& partial, qint64 latency)
{
    QStringList arguments = {QStringLiteral("-f"), m_settings.composeFile};
    if (!m_settings.projectName.isEmpty())
        arguments << QStringLiteral("-p") << m_settings.projectName;
    arguments << QStringLiteral("images");
    QProcessEnvironment environment = ProcessRunner::minimalEnvironment(m_passthrough);
    if (!m_settings.dockerHost.isEmpty())
        environment.insert(QStringLiteral("DOCKER_HOST"), m_settings.dockerHost);
    auto* runner = new ProcessRunner(this);
    runner->setProgram(m_settings.program);
    runner->setArguments(arguments);
    runner->setEnvironment(environment);
    runner->setWorkingDirectory(m_settings.projectDirectory);
    runner->setTimeout(m_timeoutMs);
    runner->setOutputCap(4 * 1024 * 1024);
    const auto done = [this, runner, partial, latency](bool ok) {
        if (runner != m_runner)
            return;
        m_runner = nullptr;
        runner->deleteLater();
        OrchestratorSnapshot snapshot = partial;
        QString error;
        const QHash<QString, QString> images =
            ok ? ComposePsParser::parseImagesTable(runner->collectedOutput(), &error) : QHash<QString, QString>();
        if (!error.isEmpty())
            qCInfo(lcOrchestrator) << "docker-compose images:" << error;
        ComposePsParser::applyImages(snapshot.containers, images);
        publish(snapshot, latency + runner->elapsedMs());
    };
    connect(runner, &ProcessRunner::startFailed, this, [done] { done(false); });
    connect(runner, &ProcessRunner::finished, this,
            [done](int exitCode, QProcess::ExitStatus status, const QString&, bool timedOut) {
                done(exitCode == 0 && status == QProcess::NormalExit && !timedOut);
            });
    m_runner = runner;
    runner->start();
}

void OrchestratorSource::publish(OrchestratorSnapshot snapshot, qint64 latency)
{
    snapshot.services = ComposePsParser::summarize(snapshot.containers);
    snapshot.checkedAt = QDateTime::currentDateTimeUtc();
    m_lastSnapshot = snapshot;
    Q_EMIT snapshotReady(snapshot);

    if (snapshot.containers.isEmpty()) {
        finish(Health::NoData, tr("the project has no containers"), latency);
        return;
    }
    QStringList problems;
    for (const ServiceReplicas& service : std::as_const(snapshot.services)) {
        if (!service.allRunning())
            problems.append(tr("%1: %2 of %3 running", "sources: orchestratorsource").arg(service.service).arg(service.running).arg(service.total));
        else if (service.health == QLatin1String("unhealthy"))
            problems.append(tr("%1: unhealthy", "sources: orchestratorsource").arg(service.service));
    }
    finish(problems.isEmpty() ? Health::Ok : Health::Degraded, problems.join(QStringLiteral("; ")), latency);
}

void OrchestratorSource::finishKubernetes(const QByteArray& output, qint64 latency)
{
    const KubectlDeploymentsParser::Result parsed = KubectlDeploymentsParser::parse(output);
    if (!parsed.ok) {
        finish(Health::Down, tr("cannot read the output of %1: %2").arg(commandName(), parsed.error));
        return;
    }
    OrchestratorSnapshot snapshot;
    snapshot.services = parsed.services;
    snapshot.checkedAt = QDateTime::currentDateTimeUtc();
    m_lastSnapshot = snapshot;
    Q_EMIT snapshotReady(snapshot);
    if (snapshot.services.isEmpty()) {
        finish(Health::NoData, tr("the namespace %1 has no deployments").arg(m_settings.kubeNamespace), latency);
        return;
    }
    QStringList problems;
    for (const ServiceReplicas& service : std::as_const(snapshot.services))
        if (service.running < service.total)
            problems.append(tr("%1: %2 of %3 ready", "sources: orchestratorsource").arg(service.service).arg(service.running).arg(service.total));
    finish(problems.isEmpty() ? Health::Ok : Health::Degraded, problems.join(QStringLiteral("; ")), latency);
}

void OrchestratorSource::finish(Health health, const QString& reason, qint64 latencyMs)
{
    if (health == Health::Down)
        qCInfo(lcOrchestrator) << "orchestrator down:" << reason;
    CheckResult result;
    result.health = health;
    result.reason = reason;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    result.latencyMs = latencyMs;
    report(result);
    m_schedule.checkFinished(health == Health::Ok || health == Health::Degraded || health == Health::NoData);
}

} // namespace Ops
