#pragma once

#include "models/profiles/connectionprofile.h"
#include "models/stack/orchestratorsnapshot.h"
#include "models/sources/pollschedule.h"
#include "models/sources/source.h"

#include <QPointer>
#include <QProcess>
#include <QStringList>

namespace Ops {

class ProcessRunner;

/// Container status of the stack (id "orchestrator") from `docker compose ps --format json`
/// (or docker-compose v1's `ps` table), or for a Kubernetes profile from `kubectl get deployments -o json`. Runs the profile's pinned program with an argument list —
/// never a shell — in the project directory with a minimal environment, under a deadline after
/// which the process is killed.
class OrchestratorSource final : public Source
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrchestratorSource)

public:
    explicit OrchestratorSource(QObject* parent = nullptr);
    ~OrchestratorSource() override;

    void setProfile(const ConnectionProfile& profile) { setSettings(profile.orchestrator); }
    void setSettings(const OrchestratorSettings& settings) { m_settings = settings; }
    OrchestratorSettings settings() const { return m_settings; }
    /// Extra environment variables passed through to the program besides PATH, HOME, LANG
    /// (and DOCKER_HOST from the profile). Default none.
    void setEnvironmentPassthrough(const QStringList& names) { m_passthrough = names; }

    /// Time between checks while healthy (default 60 s).
    void setInterval(int ms) { m_schedule.setInterval(ms); }
    int interval() const { return m_schedule.interval(); }
    /// Deadline of one `ps` run (default 15 s): the process is killed after it.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    void setMinimumBackoff(int ms) { m_schedule.setMinimumBackoff(ms); }

    void start() override;
    void stop() override;
    void refresh() override;

    bool isChecking() const { return !m_runner.isNull(); }
    OrchestratorSnapshot lastSnapshot() const { return m_lastSnapshot; }

    /// The argument list of the status command for these settings (exposed for tests).
    static QStringList statusArguments(const OrchestratorSettings& settings);
    /// Why these settings cannot be run (translated), or an empty string.
    static QString validate(const OrchestratorSettings& settings);
    /// The Kubernetes part of validate(): absolute kubectl, context and namespace names.
    static QString validateKubernetes(const OrchestratorSettings& settings);

Q_SIGNALS:
    void snapshotReady(const Ops::OrchestratorSnapshot& snapshot);

private:
    void runCheck();
    void onFinished(int exitCode, QProcess::ExitStatus status, const QString& stderrText, bool timedOut);
    void readImages(const Ops::OrchestratorSnapshot& partial, qint64 latency);
    void publish(Ops::OrchestratorSnapshot snapshot, qint64 latency);
    void finishKubernetes(const QByteArray& output, qint64 latency);
    void finish(Health health, const QString& reason, qint64 latencyMs = -1);
    QString commandName() const;

    OrchestratorSettings m_settings;
    QStringList m_passthrough;
    PollSchedule m_schedule;
    int m_timeoutMs = 15000;
    QPointer<ProcessRunner> m_runner;
    OrchestratorSnapshot m_lastSnapshot;
};

} // namespace Ops
