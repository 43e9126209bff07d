#pragma once

#include <QObject>
#include <QString>

namespace Ops {

class ConsoleContext;
class DatabaseWorker;

/// The records database from the command line (issue 15):
/// - `opsconsole --verify-audit`: checks the audit trail's hash chain (AuditChain) as the console's role and
///   prints one sentence; exits 0 when intact, 1 when broken (naming the first broken row), 2 when it could
///   not check.
/// - `opsconsole --migrate --admin-user ROLE`: applies the pending migrations of the records database as
///   ROLE (a superuser; its password from PGPASSWORD or ~/.pgpass, never from the keychain) and makes the
///   profile's own role a console (a member of opsconsole_console); exits 0 or 2.
class RecordsCommand final : public QObject
{
    Q_OBJECT

public:
    enum class Task { VerifyAudit, Migrate };
    RecordsCommand(ConsoleContext& context, Task task, const QString& adminUser, QObject* parent = nullptr);
    void start();

private:
    void run(const QString& password);
    void finish(int code, const QString& message);

    ConsoleContext& m_context;
    Task m_task;
    QString m_adminUser;
    DatabaseWorker* m_worker = nullptr;
};

} // namespace Ops
