#pragma once

#include "models/audit/auditaction.h"
#include "models/stack/orchestratorcommand.h"
#include "models/stack/orchestratorsnapshot.h"
#include "models/rollback/rollbackdecision.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Ops {

class Orchestrator;

/// One step of a rollback run: what it does and the exact commands it runs.
struct RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(Ops::RollbackStep)

public:
    /// The audit trail's vocabulary names the steps (models/audit/auditaction.h).
    using Kind = RollbackStepKind;

    Kind kind = Kind::Down;
    QList<OrchestratorCommand> commands;
    QStringList names; ///< services checked against the stack's list before it runs

    /// Changes the stack or its data (asked about again before it is repeated after a crash).
    bool destructive() const;
    QString title() const;
    static QString title(Kind kind);
    static QString key(Kind kind);
    static bool kindFromKey(const QString& key, Kind* kind);
};

/// What the operator chose in the wizard.
struct RollbackRequest
{
    RollbackPath path = RollbackPath::Quick;
    QString version;    ///< the target image tag
    QString backupFile; ///< full rollback: the checked, canonical path
    QString databaseUser = QStringLiteral("fragrance_user");
    QString database = QStringLiteral("fragrance_ai");
    /// The services that carry the application's version, with the replicas each runs now: a rollback
    /// redeploys exactly these, at these counts (workers only: the worker-… ones among them).
    QMap<QString, int> applicationReplicas;
};

/// Builds the runbook's procedure for a request as steps of prepared commands (nothing runs here):
/// quick — the application's services on the target version (VERSION=… up -d --no-deps --scale …);
/// full — stop the application's services, wait for PostgreSQL, restore the backup through psql (every
/// schema the dump creates, and public, replaced in one transaction), check the tables, the services on
/// the target version; workers only — the workers on the target version.
///
/// Unlike the runbook's `down`, nothing else stops: PostgreSQL keeps running (it holds the operator lock
/// and, in their own database, the console's records), and so do Redis, NGINX and the monitoring. The
/// replica counts and the other services' images stay as they are.
class RollbackPlan
{
    Q_DECLARE_TR_FUNCTIONS(Ops::RollbackPlan)

public:
    /// Empty with a translated `error` when the request is invalid (version, names, backup missing).
    static QList<RollbackStep> build(const RollbackRequest& request, const Orchestrator& orchestrator,
                                     QString* error);
    /// The statements run before a restore of `path` in the same transaction: each schema the dump creates
    /// is dropped first, and public is emptied when the dump does not create it (a plain `pg_dump`, with
    /// or without --clean, -n or -t, restores into it). Empty with `error` for a schema name the console
    /// will not put into SQL. An unreadable file gives the statements for a dump without schemas (the
    /// runner refuses the file itself before anything runs).
    static QStringList restorePreamble(const QString& path, QString* error);
    /// The replicas of `services` in `snapshot` (containers, running or not): what a rollback redeploys.
    static QMap<QString, int> applicationReplicas(const QStringList& services, const OrchestratorSnapshot& snapshot);
    /// The query CheckTables runs: every user table as schema.name, one per line.
    static QString tablesQuery();
    /// Tables a plain-SQL pg_dump creates ("public.fragrances"), read from its CREATE TABLE lines.
    static QSet<QString> tablesInDump(const QString& path);
    /// One command as a person would type it: VERSION=… first, quoted where needed, `< file` last.
    static QString commandLine(const OrchestratorCommand& command);
};

} // namespace Ops
