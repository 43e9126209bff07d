#include "models/store/schemamigrations.h"

#include "models/core/logging.h"
#include "models/store/databaseworker.h"

#include "models/store/sql.h"
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <stdexcept>

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

namespace {

/// Creates a role that is missing. Roles belong to the whole server: another database's migration (or
/// a second administrator) may create it at the same moment, which is as good.
void ensureRole(Sql::Transaction& tx, const QString& role)
{
    const std::string name = tx.quote_name(role.toStdString());
    tx.exec("DO $$ BEGIN"
            " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = " + tx.quote(role.toStdString()) + ") THEN"
            "  BEGIN CREATE ROLE " + name + " NOLOGIN;"
            "  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;"
            " END IF; END $$");
}

/// Versions recorded in ops.schema_migrations; empty when the table does not exist yet.
QSet<int> appliedVersions(Sql::Transaction& tx)
{
    QSet<int> versions;
    const Sql::Result exists = tx.exec("SELECT to_regclass('ops.schema_migrations') IS NOT NULL");
    if (!exists[0][0].as<bool>())
        return versions;
    for (const auto& row : tx.exec("SELECT version FROM ops.schema_migrations"))
        versions.insert(row[0].as<int>());
    return versions;
}

} // namespace

SchemaMigrations::RoleCheck SchemaMigrations::checkRole(Sql::Transaction& tx, const QString& role)
{
    RoleCheck check;
    const Sql::Result r = tx.exec_params(
        "SELECT r.rolsuper, r.rolcreaterole,"
        " EXISTS (SELECT 1 FROM pg_roles o WHERE o.rolname = $2) AND pg_has_role(r.oid, $2, 'MEMBER'),"
        " EXISTS (SELECT 1 FROM pg_roles c WHERE c.rolname = $3) AND pg_has_role(r.oid, $3, 'MEMBER')"
        " FROM pg_roles r WHERE r.rolname = $1",
        role.toStdString(), ownerRole().toStdString(), consoleRole().toStdString());
    if (r.empty())
        return check;
    check.exists = true;
    check.superuser = r[0][0].as<bool>();
    check.createRole = r[0][1].as<bool>();
    check.ownerMember = r[0][2].as<bool>();
    check.consoleMember = r[0][3].as<bool>();
    return check;
}

DatabaseJob SchemaMigrations::job(const QList<Migration>& migrations, const QString& consoleLogin)
{
    return [migrations, consoleLogin](Sql::Connection& connection) -> QVariant {
        QList<int> pending;
        {
            // What is there, read by whoever connects (the console's role may SELECT it): nothing
            // pending, nothing to do — no DDL, no privileges needed.
            Sql::ReadTransaction tx(connection);
            const QSet<int> applied = appliedVersions(tx);
            for (const Migration& migration : migrations)
                if (!applied.contains(migration.version))
                    pending.append(migration.version);
            if (!pending.isEmpty()) {
                const Sql::Result me = tx.exec("SELECT current_user");
                const RoleCheck check = checkRole(tx, QString::fromUtf8(me[0][0].c_str()));
                if (!check.superuser && !check.createRole && !check.ownerMember) {
                    QStringList versions;
                    for (int v : std::as_const(pending))
                        versions << QString::number(v);
                    throw std::runtime_error(
                        tr("the records database needs the migrations %1, which only an administrator can apply: "
                           "opsconsole --migrate --admin-user <a superuser> (the role %2 may not act as %3)")
                            .arg(versions.join(QStringLiteral(", ")), QString::fromUtf8(me[0][0].c_str()), ownerRole())
                            .toStdString());
                }
            }
        }
        QList<int> applied;
        if (!pending.isEmpty()) {
            // Once per database: the roles, the schema, and — from databases whose first migrations an
            // earlier console ran under its own role — every object in `ops` handed to the owner.
            Sql::Work tx(connection);
            tx.exec_params("SELECT pg_advisory_xact_lock($1)", kLockKey);
            ensureRole(tx, ownerRole());
            ensureRole(tx, consoleRole());
            const std::string owner = tx.quote_name(ownerRole().toStdString());
            // A CREATEROLE administrator (no superuser) acts as the owner through membership.
            tx.exec("DO $$ BEGIN"
                    " IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
                    "    AND NOT pg_has_role(current_user, " + tx.quote(ownerRole().toStdString()) + ", 'MEMBER') THEN"
                    "  EXECUTE 'GRANT " + owner + " TO ' || quote_ident(current_user);"
                    " END IF; END $$");
            tx.exec("CREATE SCHEMA IF NOT EXISTS ops AUTHORIZATION " + owner);
            tx.exec("DO $$ DECLARE o record; BEGIN"
                    " IF (SELECT nspowner FROM pg_namespace WHERE nspname = 'ops') <> " + tx.quote(ownerRole().toStdString()) + "::regrole THEN"
                    "  ALTER SCHEMA ops OWNER TO " + owner + ";"
                    " END IF;"
                    " FOR o IN SELECT c.relname, c.relkind FROM pg_class c"
                    "  WHERE c.relnamespace = 'ops'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                    "  AND c.relowner <> " + tx.quote(ownerRole().toStdString()) + "::regrole LOOP"
                    "  EXECUTE format('ALTER %s ops.%I OWNER TO " + owner + "',"
                    "   CASE o.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'"
                    "   WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, o.relname);"
                    " END LOOP;"
                    " FOR o IN SELECT p.oid::regprocedure AS routine FROM pg_proc p"
                    "  WHERE p.pronamespace = 'ops'::regnamespace"
                    "  AND p.proowner <> " + tx.quote(ownerRole().toStdString()) + "::regrole LOOP"
                    "  EXECUTE format('ALTER ROUTINE %s OWNER TO " + owner + "', o.routine);"
                    " END LOOP;"
                    " END $$");
            tx.exec("SET LOCAL ROLE " + owner);
            tx.exec("CREATE TABLE IF NOT EXISTS ops.schema_migrations ("
                    " version integer PRIMARY KEY,"
                    " name text NOT NULL,"
                    " applied_at timestamptz NOT NULL DEFAULT now())");
            tx.commit();
        }
        for (const Migration& migration : migrations) {
            if (!pending.contains(migration.version))
                continue;
            Sql::Work tx(connection);
            tx.exec_params("SELECT pg_advisory_xact_lock($1)", kLockKey);
            // Every object a migration creates belongs to the owner.
            tx.exec("SET LOCAL ROLE " + tx.quote_name(ownerRole().toStdString()));
            const Sql::Result done =
                tx.exec_params("SELECT 1 FROM ops.schema_migrations WHERE version = $1", migration.version);
            if (!done.empty())
                continue; // applied meanwhile by another run: the transaction rolls back
            // A migration file is trusted SQL from our own binary, several statements: plain exec.
            tx.exec(migration.sql.toStdString());
            tx.exec_params("INSERT INTO ops.schema_migrations (version, name) VALUES ($1, $2)",
                           migration.version, migration.name.toStdString());
            tx.commit();
            applied.append(migration.version);
        }
        if (!consoleLogin.isEmpty()) {
            Sql::Work tx(connection);
            const RoleCheck check = checkRole(tx, consoleLogin);
            if (!check.exists)
                throw std::runtime_error(tr("the role %1 does not exist").arg(consoleLogin).toStdString());
            if (!check.consoleMember) {
                // Also roles: a second administrator granting it at the same moment is as good.
                try {
                    Sql::Subtransaction grant(tx, "grant");
                    grant.exec("GRANT " + tx.quote_name(consoleRole().toStdString()) + " TO " +
                               tx.quote_name(consoleLogin.toStdString()));
                    grant.commit();
                } catch (const Sql::SqlError&) {
                    if (!checkRole(tx, consoleLogin).consoleMember)
                        throw;
                }
            }
            // The records database itself: its owner could drop it whole. A superuser hands it to the owner
            // role (a database created "OWNER <the console's role>", as the stack's and older setups did).
            tx.exec("DO $$ BEGIN"
                    " IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
                    "    AND (SELECT datdba FROM pg_database WHERE datname = current_database()) <> "
                    + tx.quote(ownerRole().toStdString()) + "::regrole THEN"
                    "  EXECUTE format('ALTER DATABASE %I OWNER TO " + tx.quote_name(ownerRole().toStdString())
                    + "', current_database());"
                    " END IF; END $$");
            tx.commit();
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
