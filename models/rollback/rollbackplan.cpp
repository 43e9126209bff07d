#include "models/rollback/rollbackplan.h"

#include "models/stack/orchestrator.h"

#include <QFile>
#include <QRegularExpression>

namespace Ops {

bool RollbackStep::destructive() const
{
    // Reads only; everything else changes the stack or its data.
    return kind != Kind::WaitDatabase && kind != Kind::CheckTables;
}

QString RollbackStep::title() const
{
    return title(kind);
}

QString RollbackStep::title(Kind kind)
{
    return RollbackSteps::title(kind);
}

QString RollbackStep::key(Kind kind)
{
    return RollbackSteps::key(kind);
}

bool RollbackStep::kindFromKey(const QString& key, Kind* kind)
{
    const std::optional<RollbackStepKind> k = RollbackSteps::fromKey(key);
    if (k)
        *kind = *k;
    return k.has_value();
}

QString RollbackPlan::tablesQuery()
{
    return QStringLiteral("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname NOT IN "
                          "('pg_catalog', 'information_schema') ORDER BY 1");
}

QSet<QString> RollbackPlan::tablesInDump(const QString& path)
{
    static const QRegularExpression create(
        QStringLiteral("^CREATE TABLE (?:IF NOT EXISTS )?([A-Za-z0-9_.\"]+)"));
    QSet<QString> tables;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tables;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(64 * 1024);
        if (!line.startsWith("CREATE TABLE"))
            continue;
        const QRegularExpressionMatch m = create.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        QString name = m.captured(1).remove(u'"');
        if (!name.contains(u'.'))
            name.prepend(QStringLiteral("public."));
        tables.insert(name);
    }
    return tables;
}

QMap<QString, int> RollbackPlan::applicationReplicas(const QStringList& services, const OrchestratorSnapshot& snapshot)
{
    QMap<QString, int> replicas;
    for (const ServiceReplicas& s : snapshot.services)
        if (services.contains(s.service) && s.total > 0)
            replicas.insert(s.service, s.total);
    return replicas;
}

QStringList RollbackPlan::restorePreamble(const QString& path, QString* error)
{
    QFile file(path);
    // An unreadable file is refused by the runner's own check of the backup, in words, before anything
    // runs; the plan then only says what a dump without schemas of its own needs.
    const bool readable = file.open(QIODevice::ReadOnly);
    static const QRegularExpression createSchema(QStringLiteral("^CREATE SCHEMA (?:IF NOT EXISTS )?(\"?)([^\";\\s]+)\\1;"));
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    QStringList schemas;
    while (readable && !file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine(64 * 1024)).trimmed();
        const QRegularExpressionMatch m = createSchema.match(line);
        if (!m.hasMatch())
            continue;
        const QString name = m.captured(2);
        if (!plainName.match(name).hasMatch()) {
            if (error)
                *error = tr("the backup creates the schema \"%1\", which the console will not replace").arg(name);
            return {};
        }
        if (!schemas.contains(name))
            schemas << name;
    }
    QStringList statements;
    for (const QString& schema : std::as_const(schemas))
        statements << QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema);
    if (!schemas.contains(QStringLiteral("public")))
        statements << QStringLiteral("DROP SCHEMA IF EXISTS public CASCADE") << QStringLiteral("CREATE SCHEMA public");
    return statements;
}

QString RollbackPlan::commandLine(const OrchestratorCommand& command)
{
    return command.displayLine();
}

QList<RollbackStep> RollbackPlan::build(const RollbackRequest& request, const Orchestrator& orchestrator,
                                        QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return QList<RollbackStep>();
    };
    if (!Orchestrator::isValidVersion(request.version))
        return fail(tr("\"%1\" is not a valid version (a tag like 0.1.0, or sha256: and 64 hex digits)")
                        .arg(request.version));
    const QString settings = orchestrator.validateSettings();
    if (!settings.isEmpty())
        return fail(settings);

    QList<RollbackStep> steps;
    const auto add = [&steps](RollbackStep::Kind kind, const QList<OrchestratorCommand>& commands,
                              const QStringList& names = QStringList()) {
        RollbackStep step;
        step.kind = kind;
        step.commands = commands;
        step.names = names;
        steps.append(step);
    };
    QMap<QString, int> application;
    for (auto it = request.applicationReplicas.cbegin(); it != request.applicationReplicas.cend(); ++it) {
        if (!Orchestrator::isValidServiceName(it.key()))
            return fail(tr("\"%1\" is not a valid service name").arg(it.key()));
        application.insert(it.key(), std::max(1, it.value()));
    }
    switch (request.path) {
    case RollbackPath::None:
        return fail(tr("no rollback path chosen"));
    case RollbackPath::Quick:
        if (application.isEmpty())
            return fail(tr("the replica counts of the application's services are not known yet"));
        if (const QString problem = orchestrator.deployProblem(application.keys()); !problem.isEmpty())
            return fail(problem);
        add(RollbackStep::Kind::StartVersion, orchestrator.deployCommands(request.version, application),
            application.keys());
        break;
    case RollbackPath::Full: {
        if (!Orchestrator::isValidDatabaseName(request.databaseUser))
            return fail(tr("\"%1\" is not a valid database user name").arg(request.databaseUser));
        if (!Orchestrator::isValidDatabaseName(request.database))
            return fail(tr("\"%1\" is not a valid database name").arg(request.database));
        if (request.backupFile.isEmpty())
            return fail(tr("a full rollback needs a backup file"));
        if (application.isEmpty())
            return fail(tr("the replica counts of the application's services are not known yet"));
        if (const QString problem = orchestrator.deployProblem(application.keys()); !problem.isEmpty())
            return fail(problem);
        QString preambleError;
        const QStringList preamble = restorePreamble(request.backupFile, &preambleError);
        if (!preambleError.isEmpty())
            return fail(preambleError);
        const QString db = QStringLiteral("postgres");
        add(RollbackStep::Kind::StopApplication, orchestrator.stopCommands(application.keys()), application.keys());
        add(RollbackStep::Kind::WaitDatabase,
            {orchestrator.databaseReadyCommand(request.databaseUser, request.database)}, {db});
        add(RollbackStep::Kind::Restore,
            {orchestrator.databaseRestoreCommand(request.databaseUser, request.database, request.backupFile, preamble)},
            {db});
        add(RollbackStep::Kind::CheckTables,
            {orchestrator.databaseQueryCommand(request.databaseUser, request.database, tablesQuery())}, {db});
        add(RollbackStep::Kind::StartVersion, orchestrator.deployCommands(request.version, application),
            application.keys());
        break;
    }
    case RollbackPath::WorkersOnly: {
        QMap<QString, int> workers;
        for (auto it = application.cbegin(); it != application.cend(); ++it)
            if (it.key().startsWith(QLatin1String("worker")))
                workers.insert(it.key(), it.value());
        if (workers.isEmpty())
            return fail(tr("the stack has no worker services"));
        if (const QString problem = orchestrator.deployProblem(workers.keys()); !problem.isEmpty())
            return fail(problem);
        add(RollbackStep::Kind::StartWorkers, orchestrator.deployCommands(request.version, workers), workers.keys());
        break;
    }
    }
    return steps;
}

} // namespace Ops
