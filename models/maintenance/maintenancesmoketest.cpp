// The maintenance run's smoke test (MaintenanceSmokeTest).
#include "models/maintenance/maintenancesmoketest.h"

#include "models/stack/processrunner.h"
#include "models/stack/smoketestcommand.h"

namespace Ops {

MaintenanceSmokeTest::MaintenanceSmokeTest(QObject* parent) : QObject(parent) {}

void MaintenanceSmokeTest::run(const ConnectionProfile& profile)
{
    QString invalid;
    const QStringList parts = SmokeTestCommand::argv(profile, &invalid);
    if (parts.isEmpty()) {
        Q_EMIT failed(invalid);
        return;
    }
    if (m_runner)
        m_runner->deleteLater();
    m_runner = new ProcessRunner(this);
    m_runner->setProgram(parts.first());
    m_runner->setArguments(parts.mid(1));
    m_runner->setTimeout(120000);
    Q_EMIT output(QStringLiteral("$ ") + parts.join(u' '));
    ProcessRunner* runner = m_runner;
    connect(runner, &ProcessRunner::outputLine, this,
            [this](const QByteArray& line) { Q_EMIT output(QString::fromUtf8(line)); });
    connect(runner, &ProcessRunner::startFailed, this, [this, runner](const QString& reason) {
        runner->deleteLater();
        Q_EMIT failed(reason);
    });
    connect(
        runner, &ProcessRunner::finished, this,
        [this, runner](int exitCode, QProcess::ExitStatus status, const QString& stderrText, bool timedOut) {
            runner->deleteLater();
            if (runner->cancelled())
                return;
            if (!stderrText.trimmed().isEmpty())
                Q_EMIT output(stderrText.trimmed());
            if (timedOut)
                Q_EMIT failed(tr("the smoke test did not finish within 120 s"));
            else if (status != QProcess::NormalExit || exitCode != 0)
                Q_EMIT failed(tr("the smoke test failed (exit code %1)").arg(exitCode));
            else
                Q_EMIT passed(tr("the smoke test passed"));
        });
    runner->start();
}

void MaintenanceSmokeTest::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

} // namespace Ops
