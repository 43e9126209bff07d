#pragma once

#include "models/stack/orchestrator.h"

namespace Ops {

/// Docker Compose: `docker compose` (v2 plugin: program docker, first argument "compose") or
/// `docker-compose` (v1), always with `-f FILE`, `-p PROJECT` and `--project-directory DIR` from the
/// profile, DOCKER_HOST in the child's environment (never on the command line), run in the project
/// directory. Names are checked against `config --services`.
class ComposeOrchestrator final : public Orchestrator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposeOrchestrator)

public:
    explicit ComposeOrchestrator(QObject* parent = nullptr);

    QString validateSettings() const override;
    /// `config --services`
    OrchestratorCommand listCommand() const override;
    QStringList parseList(const QByteArray& output, QString* error) const override;
    /// Size and times of the compose file and the project's .env (what `config --services` reads).
    QString listFingerprint() const override;
    /// `up -d --scale A=N --scale B=M` (one command for all services: the runbook's emergency downscale).
    QList<OrchestratorCommand> scaleCommands(const QMap<QString, int>& replicas) const override;
    QString scaleProblem(const QMap<QString, int>& replicas, const QMap<QString, int>& current) const override;
    /// `restart SVC`
    OrchestratorCommand restartServiceCommand(const QString& name) const override;
    /// `logs -f --tail N --timestamps SVC…`
    OrchestratorCommand logsCommand(const QStringList& names, int tail) const override;
    /// `exec -T SVC PROGRAM ARGS…`
    OrchestratorCommand execCommand(const QString& service, const QStringList& argv) const override;
    /// `down`
    /// Stops and removes the whole stack (`down`). The rollback never uses it: it would stop the database
    /// that holds the operator lock and the console's records.
    OrchestratorCommand downCommand() const;
    /// `up -d [SVC…]` with VERSION=version in the environment (the runbook's `export VERSION=…`).
    QList<OrchestratorCommand> stopCommands(const QStringList& services) const override;
    QList<OrchestratorCommand> deployCommands(const QString& version, const QMap<QString, int>& replicas) const override;
    /// `exec -T postgres pg_isready -U USER -d DB`
    OrchestratorCommand databaseReadyCommand(const QString& user, const QString& database) const override;
    /// `exec -T postgres psql -U USER -d DB -v ON_ERROR_STOP=1 --single-transaction` < file
    OrchestratorCommand databaseRestoreCommand(const QString& user, const QString& database, const QString& file,
                                               const QStringList& before = {}) const override;
    /// `exec -T postgres psql -U USER -d DB -At -c SQL`
    OrchestratorCommand databaseQueryCommand(const QString& user, const QString& database,
                                             const QString& sql) const override;

    /// Stops and removes the whole stack (the runbook's rollback starts with it).
    void down();

private:
    OrchestratorCommand command(const QStringList& subcommand) const;
};

} // namespace Ops
