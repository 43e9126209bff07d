#pragma once

#include "models/stack/orchestratorcommand.h"
#include "models/profiles/connectionprofile.h"

#include <QIODevice>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <functional>

namespace Ops {

class ProcessRunner;

/// Runs the stack's mutating and log commands (ComposeOrchestrator, KubernetesOrchestrator). Every
/// command is an absolute, pinned program with an argument list and a minimal environment, run through
/// ProcessRunner — never a shell. Names are checked twice before anything runs: against a strict
/// pattern (so `-h` or `app;rm` never reach the program) and against the stack's own list of services
/// or deployments, fetched fresh for every action — unless listFingerprint() says what the list is read
/// from has not changed since it was last fetched (Compose: its file and .env). One action at a time per
/// object: the console keeps one orchestrator per stack, behind the OperatorLock.
class Orchestrator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Orchestrator)

public:
    ~Orchestrator() override;

    /// `^[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}$`
    static bool isValidServiceName(const QString& name);
    /// `^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$` or `sha256:` and 64 hex digits.
    static bool isValidVersion(const QString& version);

    void setSettings(const OrchestratorSettings& settings)
    {
        m_settings = settings;
        m_knownFingerprint.clear();
    }
    OrchestratorSettings settings() const { return m_settings; }
    /// Extra environment variables passed to the program besides PATH, HOME and LANG. Default none.
    void setEnvironmentPassthrough(const QStringList& names) { m_passthrough = names; }
    /// Deadline of mutating commands (default 300 s) and of the service list (default 30 s).
    void setTimeouts(int actionMs, int listMs);
    /// The image tag each service runs now (from the status source): commands that start containers
    /// pin it, so that scaling a service never starts the compose file's default version.
    void setRunningTags(const QMap<QString, QString>& tagByService) { m_runningTags = tagByService; }
    /// The tag `service` runs now; empty when it is not known (or differs between its containers).
    QString runningTag(const QString& service) const;
    /// Replica counts that start new containers need the running tag of their service; the Compose
    /// orchestrator says why it cannot pin one (translated), others return empty.
    virtual QString scaleProblem(const QMap<QString, int>& replicas, const QMap<QString, int>& current) const;

    /// Why the settings cannot be run (translated), or an empty string.
    virtual QString validateSettings() const = 0;
    /// Why the program may not run on this workstation (not approved, or changed since; translated), or
    /// empty. Every action checks it before anything starts.
    QString approvalProblem() const;
    /// The command that lists the stack's services or deployments, and its parser.
    virtual OrchestratorCommand listCommand() const = 0;
    virtual QStringList parseList(const QByteArray& output, QString* error) const = 0;
    /// What the list depends on, read now (file sizes and times); an action whose fingerprint equals the
    /// one taken with the last list reuses that list instead of running listCommand() again. Empty (the
    /// default: kubectl asks a cluster that changes under it) means always fetch.
    virtual QString listFingerprint() const { return QString(); }
    /// Commands that set these replica counts and touch nothing else (Compose: one per service,
    /// `up -d --no-deps --no-recreate --scale S=N S` with the running tag pinned; kubectl: one per count).
    virtual QList<OrchestratorCommand> scaleCommands(const QMap<QString, int>& replicas) const = 0;
    virtual OrchestratorCommand restartServiceCommand(const QString& name) const = 0;
    /// Follows the logs of `names` with timestamps, starting `tail` lines back.
    virtual OrchestratorCommand logsCommand(const QStringList& names, int tail) const = 0;
    /// Runs `argv` in one container of `service`, without a TTY or standard input (`exec -T`,
    /// `kubectl exec deployment/… --`). argv is passed as a list: nothing is read by a shell.
    virtual OrchestratorCommand execCommand(const QString& service, const QStringList& argv) const = 0;
    /// `^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,63}$`, no path: a program run inside a container.
    static bool isValidProgramName(const QString& program);

    /// Stops `services` and nothing else (Compose `stop S…`; kubectl: each deployment to 0 replicas).
    virtual QList<OrchestratorCommand> stopCommands(const QStringList& services) const = 0;
    /// Runs `replicas` (service → count) on image tag `version` and touches no other service: Compose
    /// `VERSION=… up -d --no-deps --scale S=N … S…` (a changed image recreates their containers, the
    /// counts stay); kubectl sets the image of each deployment, then its replicas.
    virtual QList<OrchestratorCommand> deployCommands(const QString& version, const QMap<QString, int>& replicas) const = 0;
    /// Why deployCommands() cannot be built for `services` (translated; kubectl: a deployment whose own
    /// image is not known yet), or empty.
    virtual QString deployProblem(const QStringList& services) const;
    /// `pg_isready` inside the database service: exit 0 once PostgreSQL accepts connections.
    virtual OrchestratorCommand databaseReadyCommand(const QString& user, const QString& database) const = 0;
    /// `psql` inside the database service running the `before` statements, then `file` read on its
    /// standard input, stopping at the first error (ON_ERROR_STOP), all in one transaction: a failed
    /// restore leaves the database as it was.
    virtual OrchestratorCommand databaseRestoreCommand(const QString& user, const QString& database,
                                                       const QString& file, const QStringList& before = {}) const = 0;
    /// `psql -At -c SQL` inside the database service (unaligned rows, one per line).
    virtual OrchestratorCommand databaseQueryCommand(const QString& user, const QString& database,
                                                     const QString& sql) const = 0;

    /// `^[A-Za-z_][A-Za-z0-9_]{0,62}$`: a PostgreSQL role or database name that can go on a command line.
    static bool isValidDatabaseName(const QString& name);

    /// Runs prepared commands one after the other as `action`, after checking `names` against the
    /// stack's list (like scale); finished() or refused() follows.
    void runCommands(const QString& action, const QStringList& names, const QList<OrchestratorCommand>& commands);

    /// Fetches the list: servicesLoaded() or refused().
    void loadServices();
    void scale(const QMap<QString, int>& replicas);
    void restart(const QString& name);
    /// Runs until cancel(); lines arrive through outputLine().
    void followLogs(const QStringList& names, int tail = 100);
    /// execCommand(service, argv) after the service was checked against the stack's list; finished()
    /// reports it as `action`. With `sink`, standard output is written there as it arrives (a dump into a
    /// backup file) and outputProgress() counts the bytes; the result's output then stays empty.
    void exec(const QString& service, const QStringList& argv, const QString& action = QStringLiteral("exec"),
              QIODevice* sink = nullptr);
    void cancel();
    bool isBusy() const { return m_busy; }
    QStringList knownServices() const { return m_known; }

Q_SIGNALS:
    void servicesLoaded(const QStringList& names);
    /// Nothing was run (invalid settings or names, or busy); reason is translated.
    void refused(const QString& reason);
    void outputLine(const QByteArray& line);
    /// A command's standard-input file: bytes written so far of `total`.
    void inputProgress(qint64 written, qint64 total);
    /// Bytes written to the sink of exec() so far.
    void outputProgress(qint64 bytes);
    void finished(const Ops::OrchestratorResult& result);

protected:
    explicit Orchestrator(QObject* parent = nullptr);

    QProcessEnvironment baseEnvironment() const;
    /// The operator's words for a failed command: the line that says what went wrong, and which Docker
    /// Engine did not answer when that was the reason.
    QString explainFailure(const QString& stderrText) const;
    /// The common path of every action: checks settings and names, fetches the list when names are given,
    /// checks them against it, then runs the commands from `build` one after the other (stopping at the
    /// first failure) and reports finished().
    void execute(const QString& action, const QStringList& names,
                 const std::function<QList<OrchestratorCommand>()>& build);
    /// Translated "what is wrong with this name" for an invalid one, or empty.
    QString checkName(const QString& name) const;
    int actionTimeout() const { return m_actionTimeoutMs; }
    int listTimeout() const { return m_listTimeoutMs; }

    OrchestratorSettings m_settings;

    QMap<QString, QString> m_runningTags;

private:
    /// `reuse`: a list fetched with the same listFingerprint() is handed on without running anything.
    void runList(const std::function<void(const QStringList&)>& then, bool reuse = false);
    void runNext();
    void finish();
    /// `toSink`: standard output goes to the sink of exec() (never for the service list).
    ProcessRunner* startRunner(const OrchestratorCommand& command, bool toSink = false);

    QStringList m_passthrough;
    int m_actionTimeoutMs = 300000;
    int m_listTimeoutMs = 30000;
    bool m_busy = false;
    QStringList m_known;
    QString m_knownFingerprint; ///< listFingerprint() taken before m_known was fetched; empty: none
    QPointer<ProcessRunner> m_runner;
    QList<OrchestratorCommand> m_queue;
    QPointer<QIODevice> m_sink; ///< of the running exec(), else null
    OrchestratorResult m_result;
};

} // namespace Ops
