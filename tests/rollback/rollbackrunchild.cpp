// Helper process of tst_rollbackrun: starts the rollback run saved in STATE_DIR (profile "demo") against
// the local stack, with the operator lock and audit trail in DATABASE, and kills itself with SIGKILL the
// moment the step after the restore has started (its "running" state already saved) — a console dying
// in the middle of a full rollback. Exit 3: the run was refused; 4: it ended without reaching the kill.
//   rollbackrunchild STATE_DIR DATABASE
#include "models/audit/auditstore.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/operatorlock.h"
#include "models/rollback/rollbackrunner.h"
#include "models/store/databaseworker.h"
#include "tests/common/testenv.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace Ops;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const ConnectionProfile profile = TestEnv::stackProfile();
    RollbackStateFile file(QStringLiteral("demo"), args.at(1));
    const std::optional<RollbackRunState> state = file.load();
    if (!state)
        return 2;
    PostgresConnectionParams params;
    params.host = TestEnv::pgHost();
    params.port = TestEnv::pgPort();
    params.database = args.at(2);
    params.user = QStringLiteral("fragrance_user");
    params.sslMode = QStringLiteral("disable");
    DatabaseWorker worker;
    worker.setConnectionParams(params);
    AuditStore audit(&worker, nullptr);
    OperatorLock lock;
    lock.setConnectionParams(params);
    lock.setKey(OperatorLock::keyFor(profile));
    ComposeOrchestrator orchestrator;
    orchestrator.setSettings(profile.orchestrator);
    RollbackRunner runner(&orchestrator, &lock, &audit);
    runner.setProfile(profile);
    runner.setStateFile(file);
    runner.setDatabaseWait(30000, 300);
    QObject::connect(&runner, &RollbackRunner::stepFinished, &app, [&runner](int index, bool ok) {
        std::printf("finished %s %d\n", qPrintable(RollbackStep::key(runner.state().steps.at(index).kind)),
                    ok ? 1 : 0);
        std::fflush(stdout);
    });
    QObject::connect(&runner, &RollbackRunner::stepStarted, &app, [&runner](int index) {
        if (index > 0 && runner.state().steps.at(index - 1).kind == RollbackStep::Kind::Restore)
            std::raise(SIGKILL);
    });
    QObject::connect(&runner, &RollbackRunner::refused, &app, [](const QString& reason) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(reason));
        QCoreApplication::exit(3);
    });
    QObject::connect(&runner, &RollbackRunner::stepFailed, &app, [](int, const QString& reason) {
        std::fprintf(stderr, "step failed: %s\n", qPrintable(reason));
        QCoreApplication::exit(4);
    });
    QObject::connect(&runner, &RollbackRunner::finished, &app, [] { QCoreApplication::exit(4); });
    runner.start(*state);
    return app.exec();
}
