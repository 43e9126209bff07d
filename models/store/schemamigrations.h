#pragma once

#include "models/store/databaseresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/store/sql.h"

namespace Ops {

class DatabaseWorker;

/// One versioned change of the console's own `ops` schema: resources/sql/NNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QByteArray sql;
};

/// Brings the `ops` schema up to date. Each migration runs in its own transaction and is recorded in
/// ops.schema_migrations(version, applied_at) in that same transaction, so a crash leaves it either fully
/// applied or not at all. Running again applies nothing. Two runs at once are serialised by a
/// transaction-level advisory lock taken first in every migration transaction: the second waits, then
/// sees the version recorded and skips it (no lock can outlive a dead console).
///
/// Who may migrate (issue 15, README "The records database"). Everything in `ops` belongs to the role
/// opsconsole_owner (NOLOGIN) and migrations run as that role (SET LOCAL ROLE). The console's own login
/// role is only a member of opsconsole_console, which may INSERT and SELECT the records: it can neither
/// create the owner nor become it, so it cannot apply a migration. An administrator does, once per new
/// version of the schema: `opsconsole --migrate --admin-user postgres`, a role that is a superuser (or may
/// create roles and act as the owner). The first run creates both roles, takes over what earlier
/// versions of the console created under its own role, and grants opsconsole_console to the console's
/// role. The console at start only reads ops.schema_migrations: nothing pending, nothing done; something
/// pending and it cannot act as the owner — it says who must run what (MigrationsNeedAdministrator), and
/// its records wait in the offline journal meanwhile.
///
/// Why not let the console's role create the owner (CREATEROLE): in PostgreSQL 15 a role with
/// CREATEROLE may grant itself any role that is not a superuser, the owner included (and from 16 on it
/// holds ADMIN OPTION on the roles it creates): the owner would be the console again.
class SchemaMigrations
{
    Q_DECLARE_TR_FUNCTIONS(Ops::SchemaMigrations)

public:
    /// Key of the advisory lock around migrating ("opsmigr" in ASCII).
    static constexpr qint64 kLockKey = 0x6f70736d696772;

    /// The migrations embedded in the binary (qrc :/sql), sorted by version.
    static QList<Migration> embedded();
    /// Migrations from a folder of NNN_name.sql files (also used for :/sql).
    static QList<Migration> fromDirectory(const QString& path);

    /// The role that owns the schema, and the role whose members are consoles.
    static QString ownerRole() { return QStringLiteral("opsconsole_owner"); }
    static QString consoleRole() { return QStringLiteral("opsconsole_console"); }

    /// A job for DatabaseWorker: applies what is missing; its value is the QList<int> of applied versions.
    /// `consoleLogin` non-empty (an administrator's run): that login role is made a member of
    /// opsconsole_console (also when nothing was pending). Fails with a sentence naming what to run when
    /// migrations are pending and the connected role cannot act as the owner.
    static DatabaseJob job(const QList<Migration>& migrations, const QString& consoleLogin = QString());

    /// Runs job(embedded()) on the worker; callback(result) with value QList<int>.
    static void run(DatabaseWorker* worker, QObject* context, const DatabaseCallback& callback);

    /// What a login role may do to the records (for `--migrate` to warn): a superuser or a member of
    /// the owner role can change or remove them whatever the grants say.
    struct RoleCheck
    {
        bool exists = false;
        bool superuser = false;
        bool ownerMember = false;
        bool createRole = false;
        bool consoleMember = false;
    };
    static RoleCheck checkRole(Sql::Transaction& tx, const QString& role);
};

} // namespace Ops
