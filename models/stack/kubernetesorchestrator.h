#pragma once

#include "models/stack/orchestrator.h"

namespace Ops {

/// Kubernetes through kubectl (absolute path from the profile), always with `--context` (when set) and
/// `--namespace`. Names are checked against `get deployments -o json`, which also gives the replica
/// counts (deploymentReplicas()).
class KubernetesOrchestrator final : public Orchestrator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubernetesOrchestrator)

public:
    explicit KubernetesOrchestrator(QObject* parent = nullptr);

    QString validateSettings() const override;
    /// `get deployments -o json`
    OrchestratorCommand listCommand() const override;
    QStringList parseList(const QByteArray& output, QString* error) const override;
    /// `scale deployment/A deployment/B --replicas=N`, one command per distinct count.
    QList<OrchestratorCommand> scaleCommands(const QMap<QString, int>& replicas) const override;
    /// `rollout restart deployment/NAME`
    OrchestratorCommand restartServiceCommand(const QString& name) const override;
    /// `logs -f --tail=N --timestamps deployment/NAME` (kubectl follows one resource).
    OrchestratorCommand logsCommand(const QStringList& names, int tail) const override;
    /// `exec deployment/NAME -- PROGRAM ARGS…` (one pod of the deployment, no TTY, no stdin).
    OrchestratorCommand execCommand(const QString& service, const QStringList& argv) const override;
    OrchestratorCommand rolloutStatusCommand(const QString& name) const;
    OrchestratorCommand rolloutUndoCommand(const QString& name) const;
    /// `set image deployment/NAME CONTAINER=IMAGE:VERSION` (or IMAGE@sha256:… for a digest).
    OrchestratorCommand setImageCommand(const QString& name, const QString& container, const QString& image,
                                        const QString& version) const;

    /// `scale deployment/A deployment/B --replicas=0`: the named deployments only. There is no command
    /// that scales a whole namespace: the database that holds the operator lock lives there too.
    QList<OrchestratorCommand> stopCommands(const QStringList& services) const override;
    /// Per deployment `set image deployment/NAME CONTAINER=REPOSITORY:VERSION` — its own application
    /// container and the repository that container already runs, never one from elsewhere — then
    /// `scale deployment/NAME --replicas=N` (at least 1). Only the given deployments are touched.
    QList<OrchestratorCommand> deployCommands(const QString& version, const QMap<QString, int>& replicas) const override;
    QString deployProblem(const QStringList& services) const override;
    /// `exec deployment/postgres -- pg_isready -U USER -d DB`
    OrchestratorCommand databaseReadyCommand(const QString& user, const QString& database) const override;
    /// `exec -i deployment/postgres -- psql -U USER -d DB -v ON_ERROR_STOP=1 --single-transaction` < file
    OrchestratorCommand databaseRestoreCommand(const QString& user, const QString& database, const QString& file,
                                               const QStringList& before = {}) const override;
    /// `exec deployment/postgres -- psql -U USER -d DB -At -c SQL`
    OrchestratorCommand databaseQueryCommand(const QString& user, const QString& database,
                                             const QString& sql) const override;
    /// The deployments' application containers as the status source read them (service → container and
    /// image); the last list of this orchestrator wins where both know a deployment.
    void setDeploymentImages(const QMap<QString, QPair<QString, QString>>& containerAndImage);
    /// The repository of a deployment's own application image ("registry/app", no tag), empty when unknown.
    QString imageRepositoryOf(const QString& deployment) const;
    /// The name of a deployment's application container, empty when unknown.
    QString containerOf(const QString& deployment) const;

    static bool isValidImage(const QString& image);

    /// spec.replicas of each deployment from the last list.
    QMap<QString, int> deploymentReplicas() const { return m_replicas; }

    void rolloutStatus(const QString& name);
    void rolloutUndo(const QString& name);
    /// Refused with words when the container, image or version is not valid.
    void setImage(const QString& name, const QString& container, const QString& image,
                  const QString& version);

private:
    OrchestratorCommand command(const QStringList& subcommand) const;
    mutable QMap<QString, int> m_replicas;
    mutable QMap<QString, QString> m_imageRepositories;
    mutable QMap<QString, QString> m_containers;
};

} // namespace Ops
