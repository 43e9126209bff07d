#include "app/recordscommand.h"

#include "models/audit/auditchain.h"
#include "models/session/consolecontext.h"
#include "models/session/profilesecrets.h"
#include "models/store/databaseworker.h"
#include "models/store/postgresconnectionparams.h"
#include "models/store/schemamigrations.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Ops {

namespace {

/// Migrations take longer than a console's queries; still bounded.
constexpr int kMigrateDeadlineMs = 120000;
constexpr int kVerifyDeadlineMs = 60000;

} // namespace

RecordsCommand::RecordsCommand(ConsoleContext& context, Task task, const QString& adminUser, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_task(task)
    , m_adminUser(adminUser)
{
}

void RecordsCommand::start()
{
    if (!m_context.hasActiveProfile()) {
        finish(2, tr("No profile: use --profile NAME or --profile-file FILE."));
        return;
    }
    if (m_task == Task::Migrate) {
        run(QString()); // the administrator's password: PGPASSWORD or ~/.pgpass, read by libpq
        return;
    }
    // A password entered for another endpoint is withheld (and said so), as for the dashboard.
    const std::optional<ConnectionProfile> saved = m_context.savedActiveProfile();
    readProfileSecrets(m_context.secrets(), m_context.activeProfile(), saved ? &*saved : nullptr, this,
                       [this](const ProfileSecrets& secrets) {
                           for (const QString& withheld : secrets.withheld)
                               QTextStream(stderr) << withheld << Qt::endl;
                           run(secrets.postgresPassword);
                       });
}

void RecordsCommand::run(const QString& password)
{
    const ConnectionProfile profile = m_context.activeProfile();
    PostgresConnectionParams params = PostgresConnectionParams::recordsFromProfile(profile, password);
    m_worker = new DatabaseWorker(this);
    if (m_task == Task::Migrate) {
        params.user = m_adminUser;
        params.password.clear();
        m_worker->setDeadline(kMigrateDeadlineMs);
        m_worker->setConnectionParams(params);
        m_worker->submit(SchemaMigrations::job(SchemaMigrations::embedded(), profile.pgUser), this,
                         [this, params, profile](const DatabaseResult& result) {
                             if (!result.ok()) {
                                 finish(2, tr("The records database %1 was not migrated: %2")
                                               .arg(params.database, result.error));
                                 return;
                             }
                             const QList<int> applied = result.value.value<QList<int>>();
                             QStringList versions;
                             for (int v : applied)
                                 versions << QString::number(v);
                             finish(0, applied.isEmpty()
                                           ? tr("The records database %1 is up to date; %2 may append and read.")
                                                 .arg(params.database, profile.pgUser)
                                           : tr("The records database %1 was migrated (%2); %3 may append and read.")
                                                 .arg(params.database, versions.join(QStringLiteral(", ")),
                                                      profile.pgUser));
                         });
        return;
    }
    m_worker->setDeadline(kVerifyDeadlineMs);
    m_worker->setConnectionParams(params);
    m_worker->submit(AuditChain::verifyJob(), this, [this](const DatabaseResult& result) {
        if (!result.ok()) {
            finish(2, tr("The audit trail could not be checked: %1").arg(result.error));
            return;
        }
        const AuditChainReport report = result.value.value<AuditChainReport>();
        finish(report.intact ? 0 : 1, report.summary());
    });
}

void RecordsCommand::finish(int code, const QString& message)
{
    QTextStream(code == 0 ? stdout : stderr) << message << Qt::endl;
    QCoreApplication::exit(code);
}

} // namespace Ops
