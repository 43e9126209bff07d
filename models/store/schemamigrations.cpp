#include "models/store/schemamigrations.h"

#include "models/core/logging.h"
#include "models/store/databaseworker.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <pqxx/pqxx>

namespace Ops {

QList<Migration> SchemaMigrations::embedded()
{
    return fromDirectory(QStringLiteral(":/sql"));
}

QList<Migration> SchemaMigrations::fromDirectory(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files = QDir(path).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            qCWarning(lcStore) << "ignoring a migration file with an unexpected name:" << file;
            continue;
        }
        QFile in(QDir(path).filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), in.readAll()});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

DatabaseJob SchemaMigrations::job(const QList<Migration>& migrations)
{
    return [migrations](pqxx::connection_base& connection) -> QVariant {
        {
            pqxx::work tx(connection);
            tx.exec_params("SELECT pg_advisory_xact_lock($1)", kLockKey);
            tx.exec("CREATE SCHEMA IF NOT EXISTS ops");
            tx.exec("CREATE TABLE IF NOT EXISTS ops.schema_migrations ("
                    " version integer PRIMARY KEY,"
                    " name text NOT NULL,"
                    " applied_at timestamptz NOT NULL DEFAULT now())");
            tx.commit();
        }
        QList<int> applied;
        for (const Migration& migration : migrations) {
            pqxx::work tx(connection);
            tx.exec_params("SELECT pg_advisory_xact_lock($1)", kLockKey);
            const pqxx::result done =
                tx.exec_params("SELECT 1 FROM ops.schema_migrations WHERE version = $1", migration.version);
            if (!done.empty())
                continue; // the transaction rolls back: nothing to do
            // A migration file is trusted SQL from our own binary, several statements: plain exec.
            tx.exec(migration.sql.toStdString());
            tx.exec_params("INSERT INTO ops.schema_migrations (version, name) VALUES ($1, $2)",
                           migration.version, migration.name.toStdString());
            tx.commit();
            applied.append(migration.version);
        }
        return QVariant::fromValue(applied);
    };
}

void SchemaMigrations::run(DatabaseWorker* worker, QObject* context, const DatabaseCallback& callback)
{
    worker->submit(job(embedded()), context, [callback](const DatabaseResult& result) {
        if (result.ok()) {
            const auto applied = result.value.value<QList<int>>();
            if (!applied.isEmpty())
                qCInfo(lcStore) << "applied migrations" << applied;
        } else {
            qCWarning(lcStore) << "migrations failed:" << result.error;
        }
        if (callback)
            callback(result);
    });
}

} // namespace Ops
