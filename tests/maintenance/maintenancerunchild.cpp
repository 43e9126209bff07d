// Helper process of tst_maintenancerun: a console that starts a scheduled maintenance run against the
// local stack (records, lock and audit trail in DATABASE; the run saved in STATE_DIR; backups in
// BACKUPS) and kills itself with SIGKILL at a chosen moment — a console dying in the middle of a run.
//   maintenancerunchild STATE_DIR DATABASE BACKUPS WHEN
// WHEN: "work"   — once the operator's own work waits (maintenance mode on, the backup written)
//       "backup" — while pg_dump writes the backup (its first bytes arrived; its intent is recorded)
// Exit 3: refused; 4: the run ended or a step failed before the kill.
#include "models/audit/auditstore.h"
#include "models/maintenance/maintenancerun.h"
#include "models/maintenance/maintenancestore.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/operatorlock.h"
#include "tests/common/testenv.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace Ops;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    const QString when = args.at(4);
    ConnectionProfile profile = TestEnv::stackProfile();
    profile.backupsDirectory = args.at(3);
    PostgresConnectionParams params;
    params.host = TestEnv::pgHost();
    params.port = TestEnv::pgPort();
    params.database = args.at(2);
    params.user = QStringLiteral("fragrance_user");
    params.sslMode = QStringLiteral("disable");
    DatabaseWorker worker;
    worker.setConnectionParams(params);
    OfflineJournal journal(args.at(1) + QStringLiteral("/journal"));
    OfflineJournal maintenanceJournal(args.at(1) + QStringLiteral("/journal-maintenance"));
    AuditStore audit(&worker, &journal);
    MaintenanceStore store(&worker, &maintenanceJournal);
    OperatorLock lock;
    lock.setConnectionParams(params);
    lock.setKey(OperatorLock::keyFor(profile));
    ComposeOrchestrator orchestrator;
    orchestrator.setSettings(profile.orchestrator);
    MaintenanceRun run(&orchestrator, &lock, &audit, &store, TestEnv::httpFor(profile, &app));
    run.setProfile(profile);
    run.setStateFile(MaintenanceStateFile(QStringLiteral("demo"), args.at(1)));
    run.setDrain(30000, 0.5, 500);
    run.setMonitoring(3, 1);

    MaintenanceWindow window = MaintenanceWindow::recommended(QDateTime::currentDateTimeUtc());
    window.title = QStringLiteral("killed run (test)");
    window.start = QDateTime::currentDateTimeUtc().addSecs(-60);
    window.end = window.start.addSecs(7200);
    window.owner = QStringLiteral("tester");
    store.saveWindow(window);
    MaintenanceChecklist checklist;
    for (const QString& key : MaintenanceChecklist::itemKeys())
        checklist.add(ChecklistTick::create(window.id, key, true, QStringLiteral("tester")));

    const int work = int(MaintenanceRun::stepKeys(MaintenanceRun::Mode::Scheduled).indexOf(QStringLiteral("work")));
    QObject::connect(&run, &MaintenanceRun::stepChanged, &app, [&run, work, when](int index) {
        const MaintenanceRun::Step step = run.steps().at(index);
        std::printf("step %s %s\n", qPrintable(step.key), qPrintable(MaintenanceRun::stepStateText(step.state)));
        std::fflush(stdout);
        if (step.state == MaintenanceRun::StepState::Failed) {
            std::fprintf(stderr, "step failed: %s\n", qPrintable(step.output.join(u'\n')));
            QCoreApplication::exit(4);
        }
        if (when == QLatin1String("work") && index == work && step.state == MaintenanceRun::StepState::Waiting)
            std::raise(SIGKILL);
    });
    QObject::connect(&run, &MaintenanceRun::progressChanged, &app, [&run, when](int index, qint64 bytes) {
        if (when == QLatin1String("backup") && run.steps().at(index).key == QLatin1String("backup") && bytes > 0)
            std::raise(SIGKILL);
    });
    QObject::connect(&run, &MaintenanceRun::refused, &app, [](const QString& reason) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(reason));
        QCoreApplication::exit(3);
    });
    QObject::connect(&run, &MaintenanceRun::finished, &app, [] { QCoreApplication::exit(4); });
    // The window is in the database first (the steps' rows name it).
    QObject::connect(&store, &MaintenanceStore::saved, &app, [&run, window, checklist] { run.start(window, checklist); },
                     Qt::SingleShotConnection);
    return app.exec();
}
