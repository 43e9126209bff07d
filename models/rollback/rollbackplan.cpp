#include "models/rollback/rollbackplan.h"

#include "models/stack/orchestrator.h"

#include <QFile>
#include <QRegularExpression>

namespace Ops {

bool RollbackStep::destructive() const
{
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

QString RollbackPlan::commandLine(const OrchestratorCommand& command)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    const auto quote = [](const QString& word) -> QString {
        if (plain.match(word).hasMatch())
            return word;
        QString q = word;
        q.replace(u'\'', QStringLiteral("'\\''"));
        return u'\'' + q + u'\'';
    };
    QStringList words;
    if (command.environment.contains(QStringLiteral("VERSION")))
        words << QStringLiteral("VERSION=") + quote(command.environment.value(QStringLiteral("VERSION")));
    for (const QString& word : command.argv())
        words << quote(word);
    if (!command.stdinFile.isEmpty())
        words << QStringLiteral("<") << quote(command.stdinFile);
    return words.join(u' ');
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
    switch (request.path) {
    case RollbackPath::None:
        return fail(tr("no rollback path chosen"));
    case RollbackPath::Quick:
        add(RollbackStep::Kind::Down, {orchestrator.downCommand()});
        add(RollbackStep::Kind::StartVersion, orchestrator.upCommands(request.version, {}));
        break;
    case RollbackPath::Full: {
        if (!Orchestrator::isValidDatabaseName(request.databaseUser))
            return fail(tr("\"%1\" is not a valid database user name").arg(request.databaseUser));
        if (!Orchestrator::isValidDatabaseName(request.database))
            return fail(tr("\"%1\" is not a valid database name").arg(request.database));
        if (request.backupFile.isEmpty())
            return fail(tr("a full rollback needs a backup file"));
        const QString db = QStringLiteral("postgres");
        add(RollbackStep::Kind::Down, {orchestrator.downCommand()});
        add(RollbackStep::Kind::StartDatabase, orchestrator.upCommands(QString(), {db}), {db});
        add(RollbackStep::Kind::WaitDatabase,
            {orchestrator.databaseReadyCommand(request.databaseUser, request.database)});
        add(RollbackStep::Kind::Restore, {orchestrator.databaseRestoreCommand(
                                             request.databaseUser, request.database, request.backupFile)});
        add(RollbackStep::Kind::CheckTables,
            {orchestrator.databaseQueryCommand(request.databaseUser, request.database, tablesQuery())});
        add(RollbackStep::Kind::StartVersion, orchestrator.upCommands(request.version, {}));
        break;
    }
    case RollbackPath::WorkersOnly: {
        if (request.workerServices.isEmpty())
            return fail(tr("the stack has no worker services"));
        for (const QString& name : request.workerServices) {
            if (!Orchestrator::isValidServiceName(name))
                return fail(tr("\"%1\" is not a valid service name").arg(name));
        }
        add(RollbackStep::Kind::StartWorkers,
            orchestrator.upCommands(request.version, request.workerServices), request.workerServices);
        break;
    }
    }
    return steps;
}

} // namespace Ops
