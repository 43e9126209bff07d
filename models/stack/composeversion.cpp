#include "models/stack/composeversion.h"

#include "models/stack/processrunner.h"

#include <QRegularExpression>

namespace Ops {

namespace {
constexpr int kDeadlineMs = 20000;
}

ComposeVersion ComposeVersion::parse(const QByteArray& output)
{
    // `version --short` prints one line; take the first non-empty one, bounded.
    static const QRegularExpression pattern(QStringLiteral("^v?(\\d{1,3})\\.(\\d{1,4})\\.(\\d{1,4})([-+][0-9A-Za-z.+-]{0,64})?$"));
    ComposeVersion version;
    for (const QByteArray& raw : output.left(4096).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch match = pattern.match(line);
        if (!match.hasMatch())
            return version;
        version.major = match.captured(1).toInt();
        version.minor = match.captured(2).toInt();
        version.patch = match.captured(3).toInt();
        version.text = line.startsWith(u'v') ? line.mid(1) : line;
        return version;
    }
    return version;
}

QString ComposeVersion::describe(const QString& project) const
{
    const QString name = project.isEmpty() ? QStringLiteral("project") : project;
    if (major == 1)
        return QCoreApplication::translate("Ops::ComposeVersion",
                                           "Compose %1 (v1): containers are named %2_app_1")
            .arg(text, name);
    return QCoreApplication::translate("Ops::ComposeVersion", "Compose %1 (v%2): containers are named %3-app-1")
        .arg(text)
        .arg(major)
        .arg(name);
}

ComposeVersionProbe::ComposeVersionProbe(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<Ops::ComposeVersion>();
}

ComposeVersionProbe::~ComposeVersionProbe() = default;

void ComposeVersionProbe::start(const OrchestratorSettings& settings)
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
    if (settings.kind != OrchestratorSettings::Kind::Compose || settings.program.isEmpty())
        return;
    m_runner = new ProcessRunner(this);
    m_runner->setProgram(settings.program);
    QStringList arguments;
    if (settings.composeCommand.trimmed() == QLatin1String("docker compose"))
        arguments << QStringLiteral("compose");
    arguments << QStringLiteral("version") << QStringLiteral("--short");
    m_runner->setArguments(arguments);
    // The same DOCKER_HOST as the orchestrator's commands: the program is approved for that engine.
    QProcessEnvironment environment = ProcessRunner::minimalEnvironment();
    if (!settings.dockerHost.isEmpty())
        environment.insert(QStringLiteral("DOCKER_HOST"), settings.dockerHost);
    m_runner->setEnvironment(environment);
    // docker-compose v1 is a Python program: 1 s to start on a quiet machine, 7 s on a loaded one.
    m_runner->setTimeout(kDeadlineMs);
    m_runner->setOutputCap(4096);
    ProcessRunner* runner = m_runner;
    connect(runner, &ProcessRunner::startFailed, this, [this, runner](const QString& reason) {
        if (runner != m_runner)
            return;
        Q_EMIT failed(reason);
    });
    connect(runner, &ProcessRunner::finished, this,
            [this, runner](int exitCode, QProcess::ExitStatus status, const QString& stderrText, bool timedOut) {
                if (runner != m_runner)
                    return;
                if (timedOut) {
                    Q_EMIT failed(tr("no answer within %n s", nullptr, kDeadlineMs / 1000));
                    return;
                }
                if (status != QProcess::NormalExit || exitCode != 0) {
                    const QString line = ProcessRunner::errorLine(stderrText);
                    Q_EMIT failed(line.isEmpty() ? tr("it exited with code %1").arg(exitCode) : line);
                    return;
                }
                const ComposeVersion version = ComposeVersion::parse(runner->collectedOutput());
                if (!version.isValid()) {
                    Q_EMIT failed(tr("its answer is not a Compose version"));
                    return;
                }
                Q_EMIT detected(version);
            });
    m_runner->start();
}

} // namespace Ops
