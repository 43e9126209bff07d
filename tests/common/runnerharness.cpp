#include "tests/common/runnerharness.h"

#include "models/rollback/rollbackrunstate.h"
#include "models/store/schemamigrations.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QTest>

using namespace Ops;

bool RunnerHarness::setUpHarness()
{
    m_profile = TestEnv::stackProfile();
    if (m_profile.orchestrator.program.isEmpty() || m_profile.backupsDirectory.isEmpty() || !m_stateDir.isValid()) {
        qWarning("the stack's profile has no orchestrator program or backups folder");
        return false;
    }
    m_db = std::make_unique<ScratchDatabase>();
    if (!m_db->isValid())
        return false;
    DatabaseWorker worker;
    worker.setConnectionParams(m_db->consoleParams());
    bool done = false;
    bool ok = false;
    SchemaMigrations::run(&worker, nullptr, [&](const DatabaseResult& r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 15000) && ok;
}

std::unique_ptr<RunnerHarness::Rig> RunnerHarness::rig() const
{
    auto r = std::make_unique<Rig>();
    r->worker.setConnectionParams(m_db->consoleParams());
    r->lock.setConnectionParams(m_db->consoleParams());
    r->lock.setKey(OperatorLock::keyFor(m_profile));
    r->orchestrator.setSettings(m_profile.orchestrator);
    r->runner.setProfile(m_profile);
    r->runner.setStateFile(RollbackStateFile(m_profile.name, m_stateDir.path()));
    r->runner.setDatabaseWait(30000, 300);
    return r;
}

QMap<QString, int> RunnerHarness::applicationReplicas() const
{
    QMap<QString, int> replicas;
    for (const QString& service : m_profile.applicationServices)
        replicas.insert(service, StackTest::replicasOf(service));
    return replicas;
}

QList<RollbackStep> RunnerHarness::plan(const RollbackRequest& request) const
{
    ComposeOrchestrator o;
    o.setSettings(m_profile.orchestrator);
    RollbackRequest r = request;
    if (r.applicationReplicas.isEmpty())
        r.applicationReplicas = applicationReplicas();
    QString error;
    const QList<RollbackStep> steps = RollbackPlan::build(r, o, &error);
    if (steps.isEmpty())
        qWarning() << error;
    return steps;
}

int RunnerHarness::auditCount(const QString& action, const QString& run, const QString& stage) const
{
    return m_db
        ->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = '%1' AND metrics_after->>'run' = '%2'"
                                " AND (stage = '%3' OR ('%3' = 'done' AND stage <> 'intent'))")
                     .arg(action, run, stage))
        .toInt();
}

RollbackRequest RunnerHarness::fullRequest(const QString& backup) const
{
    RollbackRequest r;
    r.path = RollbackPath::Full;
    r.version = QStringLiteral("0.1.0");
    r.backupFile = backup;
    r.databaseUser = m_profile.pgUser;
    r.database = m_profile.pgDatabase;
    r.applicationReplicas = applicationReplicas();
    return r;
}
