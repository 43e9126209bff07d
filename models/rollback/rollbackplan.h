#pragma once

#include "models/audit/auditaction.h"
#include "models/stack/orchestratorcommand.h"
#include "models/rollback/rollbackdecision.h"

#include <QCoreApplication>
#include <QList>
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
    QStringList workerServices; ///< workers-only: the stack's worker services
};

/// Builds the runbook's procedure for a request as steps of prepared commands (nothing runs here):
/// quick — down, VERSION=… up -d; full — down, up -d postgres, wait for PostgreSQL, restore the backup
/// through psql, check the tables, VERSION=… up -d; workers only — VERSION=… up -d WORKER….
class RollbackPlan
{
    Q_DECLARE_TR_FUNCTIONS(Ops::RollbackPlan)

public:
    /// Empty with a translated `error` when the request is invalid (version, names, backup missing).
    static QList<RollbackStep> build(const RollbackRequest& request, const Orchestrator& orchestrator,
                                     QString* error);
    /// The query CheckTables runs: every user table as schema.name, one per line.
    static QString tablesQuery();
    /// Tables a plain-SQL pg_dump creates ("public.fragrances"), read from its CREATE TABLE lines.
    static QSet<QString> tablesInDump(const QString& path);
    /// One command as a person would type it: VERSION=… first, quoted where needed, `< file` last.
    static QString commandLine(const OrchestratorCommand& command);
};

} // namespace Ops
