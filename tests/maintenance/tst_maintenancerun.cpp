#include "models/core/privatefiles.h"
#include "models/maintenance/drainwatcher.h"
#include "models/maintenance/maintenancerun.h"
#include "models/maintenance/maintenancestore.h"
#include "models/metrics/runbookqueries.h"
#include "models/audit/auditstore.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/operatorlock.h"
#include "tests/common/consoleside.h"
#include "tests/common/scratchdatabase.h"
#include "models/stack/processrunner.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/schemamigrations.h"
#include "tests/common/stackcontrol.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

/// The guided maintenance run against the real stack: PostgreSQL (a scratch database for the console's
/// records; the stack's fragrance_ai is what pg_dump backs up), real NGINX (its public site answers the
/// maintenance page while the flag is there, and the load generator's traffic stops reaching the app
/// replicas) and Prometheus (which sees the served request rate fall). Every test leaves the flag
/// removed and NGINX reloaded.
class TestMaintenanceRun : public QObject
{
    Q_OBJECT

private:
    ConnectionProfile m_profile;

    static bool migrate(const ScratchDatabase& db)
    {
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        bool done = false;
        bool ok = false;
        SchemaMigrations::run(&worker, nullptr, [&](const DatabaseResult& r) {
            ok = r.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

    /// Whether the maintenance flag is in the NGINX container (read with docker, not through the console).
    static bool flagPresent()
    {
        const QList<StackTest::Container> nginx =
            StackTest::ofService(StackTest::containers(), QStringLiteral("nginx"));
        return !nginx.isEmpty() &&
               StackTest::docker({QStringLiteral("exec"), nginx.first().id, QStringLiteral("test"),
                                  QStringLiteral("-e"), QString::fromLatin1(MaintenanceRun::kFlagFile)})
                       .exitCode == 0;
    }

    bool nginxExec(const QStringList& argv)
    {
        ComposeOrchestrator o;
        o.setSettings(m_profile.orchestrator);
        QSignalSpy finished(&o, &Orchestrator::finished);
        o.exec(QStringLiteral("nginx"), argv);
        return finished.wait(30000) && finished.first().first().value<OrchestratorResult>().ok;
    }

    void restoreNormalMode()
    {
        QVERIFY(nginxExec(
            {QStringLiteral("rm"), QStringLiteral("-f"), QString::fromLatin1(MaintenanceRun::kFlagFile)}));
        QVERIFY(nginxExec({QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload")}));
    }

    /// A console (maintenancerunchild) that starts a scheduled run with its records in `db`, its saved run
    /// in `stateDir` and its backups in `backups`, and kills itself with SIGKILL at `when`.
    static bool runKilledConsole(const ScratchDatabase& db, const QString& stateDir, const QString& backups,
                                 const QString& when)
    {
        QProcess console;
        console.setProcessChannelMode(QProcess::ForwardedChannels);
        console.start(QStringLiteral(OPSCONSOLE_MAINTENANCE_CHILD), {stateDir, db.name(), backups, when});
        if (!console.waitForStarted(10000) || !QTest::qWaitFor([&console] { return console.state() == QProcess::NotRunning; }, 120000))
            return false;
        qInfo("the killed console ended: exit status %d, code %d", int(console.exitStatus()), console.exitCode());
        return console.exitStatus() == QProcess::CrashExit;
    }

    /// docker-compose processes of this stack's project still running (read from /proc).
    int composeProcessesOfThisStack() const
    {
        int n = 0;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& entry : entries) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            const QList<QByteArray> args = cmdline.readAll().split('\0');
            if (args.contains(m_profile.orchestrator.projectDirectory.toUtf8()) && args.contains("pg_dump"))
                ++n;
        }
        return n;
    }

    static int backupFiles(const QString& dir)
    {
        return int(QDir(dir).entryList({QStringLiteral("backup_*.sql")}, QDir::Files).size());
    }

    static MaintenanceChecklist completeChecklist(const QUuid& window)
    {
        MaintenanceChecklist list;
        for (const QString& key : MaintenanceChecklist::itemKeys())
            list.add(ChecklistTick::create(window, key, true, QStringLiteral("tester")));
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = TestEnv::stackProfile();
        QVERIFY(!m_profile.orchestrator.program.isEmpty());
        QVERIFY(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("normal")}).exitCode == 0);
        restoreNormalMode();
    }

    void cleanup()
    {
        restoreNormalMode();
        QTRY_COMPARE_WITH_TIMEOUT(StackTest::publicStatus(), 200, 10000);
    }

    void scheduledRunEndToEnd()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir journalDir;
        QTemporaryDir backups;
        OfflineJournal journal(journalDir.path() + QStringLiteral("/audit"));
        OfflineJournal maintenanceJournal(journalDir.path() + QStringLiteral("/maintenance"));
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, &journal);
        MaintenanceStore store(&worker, &maintenanceJournal);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(OperatorLock::keyFor(m_profile));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_profile.orchestrator);

        ConnectionProfile profile = m_profile;
        profile.backupsDirectory = backups.path();
        MaintenanceRun run(&orchestrator, &lock, &audit, &store, TestEnv::httpFor(profile, this));
        run.setProfile(profile);
        run.setDrain(30000, 0.5, 500);
        run.setMonitoring(3, 1);

        MaintenanceWindow window = MaintenanceWindow::recommended(QDateTime::currentDateTimeUtc());
        window.start = QDateTime::currentDateTimeUtc().addSecs(-60);
        window.end = window.start.addSecs(7200);
        window.owner = QStringLiteral("tester");
        store.saveWindow(window);

        QCOMPARE(StackTest::publicStatus(), 200);
        QSignalSpy finished(&run, &MaintenanceRun::finished);
        QSignalSpy refused(&run, &MaintenanceRun::refused);
        QSignalSpy auditFailed(&run, &MaintenanceRun::auditFailed);
        run.start(window, completeChecklist(window.id));
        QCOMPARE(refused.size(), 0);

        // The operator's own work waits for them.
        const int work =
            int(MaintenanceRun::stepKeys(MaintenanceRun::Mode::Scheduled).indexOf(QStringLiteral("work")));
        const auto failedStep = [&run]() -> QString {
            for (const MaintenanceRun::Step& s : run.steps())
                if (s.state == MaintenanceRun::StepState::Failed)
                    return s.key + QStringLiteral(": ") + s.output.join(u'\n');
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            (run.currentStep() == work && run.steps().at(work).state == MaintenanceRun::StepState::Waiting) ||
                !failedStep().isEmpty(),
            60000);
        QVERIFY2(failedStep().isEmpty(), qPrintable(failedStep()));
        // Behind the maintenance page (the drain could only end because the public traffic stopped),
        // while operators still reach the API on its own port.
        QVERIFY(flagPresent());
        QCOMPARE(StackTest::publicStatus(), 503);
        QVERIFY(StackTest::promValue(RunbookQueries::servedRequestRateNow()) < 1.0);
        const QList<MaintenanceRun::Step> sofar = run.steps();
        QCOMPARE(sofar.at(0).state, MaintenanceRun::StepState::Done);
        QCOMPARE(sofar.at(1).state, MaintenanceRun::StepState::Done); // drained, not timed out
        QCOMPARE(sofar.at(2).state, MaintenanceRun::StepState::Done);
        run.confirm(QStringLiteral("migrations applied"));

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(run.runState(), MaintenanceRun::RunState::Completed);
        for (const MaintenanceRun::Step& step : run.steps())
            QVERIFY2(step.state == MaintenanceRun::StepState::Done,
                     qPrintable(step.key + step.output.join(u'\n')));
        QVERIFY(!lock.isHeld());
        QCOMPARE(auditFailed.size(), 0);

        // Normal mode again: the flag is gone, the public site serves, and the traffic reaches the replicas.
        QVERIFY(!flagPresent());
        QCOMPARE(StackTest::publicStatus(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(StackTest::promValue(RunbookQueries::servedRequestRateNow()) > 2.0, 20000);

        // A real backup, complete, named as the runbook's script names it, readable by psql.
        const QString path = run.backupPath();
        QVERIFY(QRegularExpression(QStringLiteral("/backup_\\d{8}_\\d{6}\\.sql$")).match(path).hasMatch());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QDir(backups.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no .part left
        QCOMPARE(PrivateFiles::mode(path), 0600); // created so: only the operator can read the dump
        QFile dump(path);
        QVERIFY(dump.open(QIODevice::ReadOnly));
        const QByteArray head = dump.read(4096);
        QVERIFY(head.contains("PostgreSQL database dump"));
        QVERIFY(dump.size() > 1000);
        qInfo("backup %s: %lld bytes", qPrintable(path), dump.size());

        ScratchDatabase restored;
        QVERIFY(restored.isValid());
        // The test's own psql (the client on this machine) goes through the console's runner: approved here.
        const QString psqlProgram = TestEnv::require("OPSCONSOLE_PG_BIN") + QStringLiteral("/psql");
        QVERIFY(TestEnv::approveProgram(psqlProgram));
        ProcessRunner psql;
        psql.setProgram(psqlProgram);
        psql.setArguments({QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                           QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), TestEnv::pgHost(),
                           QStringLiteral("-p"), QString::number(TestEnv::pgPort()), QStringLiteral("-U"),
                           QStringLiteral("postgres"), QStringLiteral("-d"), restored.name(),
                           QStringLiteral("-f"), path});
        psql.setTimeout(60000);
        QSignalSpy psqlDone(&psql, &ProcessRunner::finished);
        psql.start();
        QVERIFY(psqlDone.wait(65000));
        QVERIFY2(psqlDone.first().at(0).toInt() == 0, qPrintable(psqlDone.first().at(2).toString()));
        const int tables =
            restored
                .scalar(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema "
                                       "NOT IN ('pg_catalog', 'information_schema')"))
                .toInt();
        QVERIFY(tables > 0);
        qInfo("restored %d tables into %s", tables, qPrintable(restored.name()));

        // The audit trail: the start, every step with its commands, the end.
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-end'")),
            QStringLiteral("1"), 10000);
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-start'")),
            QStringLiteral("1"));
        QCOMPARE(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-step'")),
            QStringLiteral("7"));
        QCOMPARE(
            db.scalar(QStringLiteral(
                "SELECT count(*) FROM ops.audit WHERE action = 'maintenance-step' AND target = 'enable-mode'"
                " AND array_to_string(argv, ' ') LIKE '%touch /tmp/maintenance.flag%'")),
            QStringLiteral("1"));
        QCOMPARE(db.scalar(
                     QStringLiteral("SELECT count(*) FROM ops.audit WHERE target = 'backup' AND exit_code = 0"
                                    " AND array_to_string(argv, ' ') LIKE '%pg_dump%'")),
                 QStringLiteral("1"));
        // The window and its steps in the ops schema.
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT status FROM ops.maintenance_windows WHERE id = '%1'")
                          .arg(window.id.toString(QUuid::WithoutBraces))),
            QStringLiteral("completed"), 10000);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM ops.maintenance_steps WHERE state = 'done'"))
                    .toInt() == 7);
        QCOMPARE(maintenanceJournal.count(), 0);
    }

    void drainEndsEarlyWhenTrafficStops()
    {
        DrainWatcher watcher(TestEnv::httpFor(m_profile, this));
        watcher.setInterval(500);
        watcher.setMaxWait(40000);
        QSignalSpy drained(&watcher, &DrainWatcher::drained);
        QSignalSpy timedOut(&watcher, &DrainWatcher::timedOut);
        QSignalSpy sampled(&watcher, &DrainWatcher::sampled);

        // Traffic flows first: the rate is well above the threshold (Prometheus sees it a few scrapes after
        // the previous test lifted maintenance mode).
        QTRY_VERIFY_WITH_TIMEOUT(StackTest::promValue(RunbookQueries::servedRequestRateNow()) > 2.0, 30000);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 2, 10000);
        QVERIFY2(sampled.last().first().toDouble() > 2.0,
                 qPrintable(QString::number(sampled.last().first().toDouble())));
        QCOMPARE(drained.size(), 0);

        QVERIFY(nginxExec({QStringLiteral("touch"), QString::fromLatin1(MaintenanceRun::kFlagFile)}));
        QVERIFY(nginxExec({QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload")}));
        QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 1, 30000);
        const qint64 elapsed = drained.first().at(1).toLongLong();
        QVERIFY(elapsed < 40000);
        QVERIFY(drained.first().first().toDouble() <= 0.5);
        QCOMPARE(timedOut.size(), 0);
        QCOMPARE(watcher.source(), DrainWatcher::Source::Prometheus);
        qInfo("drained after %.1f s", elapsed / 1000.0);
    }

    void drainRightAfterAnAppRestartSeesOnlyLiveReplicas()
    {
        // The runbook's first P0 mitigation is `restart app`; maintenance may well follow it. A restarted
        // replica's counters are new series, and Prometheus keeps the old ones' last samples for a whole
        // rate window: read naively, a minute of traffic nobody sends any more.
        QTRY_VERIFY_WITH_TIMEOUT(StackTest::promValue(RunbookQueries::servedRequestRateNow()) > 2.0, 30000);
        const StackControl::RunningGuard running(QStringLiteral("app"));
        QVERIFY(StackControl::stopService(QStringLiteral("app")));
        QVERIFY(StackControl::startService(QStringLiteral("app")));
        // Both replicas are scraped again and serve the public traffic…
        QTRY_VERIFY_WITH_TIMEOUT(StackTest::promValue(QStringLiteral("count(up{job=\"fragrance-ai-api\"} == 1)")) >= 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(StackTest::publicStatus(), 200, 30000);
        // …and go behind the maintenance page at once, while the old counters are well inside the window.
        DrainWatcher watcher(TestEnv::httpFor(m_profile, this));
        watcher.setInterval(500);
        watcher.setMaxWait(40000);
        QSignalSpy drained(&watcher, &DrainWatcher::drained);
        QVERIFY(nginxExec({QStringLiteral("touch"), QString::fromLatin1(MaintenanceRun::kFlagFile)}));
        QVERIFY(nginxExec({QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload")}));
        watcher.start();
        // The old series alone read as traffic until a minute after the restart.
        QTRY_COMPARE_WITH_TIMEOUT(drained.size(), 1, 25000);
        qInfo("drained %.1f s after maintenance mode, right after an app restart",
              drained.first().at(1).toLongLong() / 1000.0);
    }

    void drainTimesOutWhileTrafficContinues()
    {
        // No maintenance mode: the public traffic goes on (the load generator's ~18 requests/s).
        QCOMPARE(StackTest::publicStatus(), 200);
        QTRY_VERIFY_WITH_TIMEOUT(StackTest::promValue(RunbookQueries::servedRequestRateNow()) > 2.0, 30000);
        DrainWatcher watcher(TestEnv::httpFor(m_profile, this));
        watcher.setInterval(500);
        watcher.setMaxWait(5000);
        QSignalSpy drained(&watcher, &DrainWatcher::drained);
        QSignalSpy timedOut(&watcher, &DrainWatcher::timedOut);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(timedOut.size(), 1, 15000);
        QCOMPARE(drained.size(), 0);
        const QString message = timedOut.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("5 s")) && message.contains(QStringLiteral("requests/s")),
                 qPrintable(message));
        qInfo("%s", qPrintable(message));
    }

    void abortRestoresNormalModeAndRecords()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir journalDir;
        OfflineJournal journal(journalDir.path());
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, &journal);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(OperatorLock::keyFor(m_profile));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_profile.orchestrator);
        MaintenanceRun run(&orchestrator, &lock, &audit, nullptr, TestEnv::httpFor(m_profile, this));
        run.setProfile(m_profile);
        run.setDrain(60000, 0.5, 500); // aborted while it waits

        MaintenanceWindow window = MaintenanceWindow::emergency(QDateTime::currentDateTimeUtc());
        window.kind = MaintenanceWindow::Kind::Scheduled;
        QSignalSpy finished(&run, &MaintenanceRun::finished);
        QSignalSpy refused(&run, &MaintenanceRun::refused);
        // Unticked items: only with a reason.
        run.start(window, MaintenanceChecklist());
        QCOMPARE(refused.size(), 1);
        run.start(window, MaintenanceChecklist(), QStringLiteral("test of the abort path"));
        QTRY_VERIFY_WITH_TIMEOUT(run.currentStep() == 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(StackTest::publicStatus(), 503, 10000);
        run.abort(QStringLiteral("changed my mind"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(run.runState(), MaintenanceRun::RunState::Aborted);
        QVERIFY(!flagPresent());
        QCOMPARE(StackTest::publicStatus(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-end'"
                                     " AND reason LIKE '%changed my mind%'")),
            QStringLiteral("1"), 10000);
        QCOMPARE(db.scalar(QStringLiteral(
                     "SELECT override::text FROM ops.audit WHERE action = 'maintenance-start'")),
                 QStringLiteral("true"));
        QVERIFY(!lock.isHeld());
    }

    /// The operator lock lost while the operator's own work waits (its session ended by the server): the
    /// run stops before the next step that changes the stack, says why, and that step's audit row names
    /// no command — not the backup's pg_dump, the last command the run had run.
    void lockLostStopsBeforeTheNextChangeAndRecordsNoCommand()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        ConsoleSide console(db);
        AuditStore audit(&console.worker, &console.journal);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(OperatorLock::keyFor(m_profile));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_profile.orchestrator);
        QTemporaryDir backups;
        ConnectionProfile profile = m_profile;
        profile.backupsDirectory = backups.path();
        MaintenanceRun run(&orchestrator, &lock, &audit, nullptr, TestEnv::httpFor(profile, this));
        run.setProfile(profile);
        run.setDrain(60000, 0.5, 500);
        run.setMonitoring(3, 1);
        MaintenanceWindow window = MaintenanceWindow::emergency(QDateTime::currentDateTimeUtc());
        window.kind = MaintenanceWindow::Kind::Scheduled;
        run.start(window, completeChecklist(window.id));
        const int work =
            int(MaintenanceRun::stepKeys(MaintenanceRun::Mode::Scheduled).indexOf(QStringLiteral("work")));
        QTRY_VERIFY_WITH_TIMEOUT(run.currentStep() == work &&
                                     run.steps().at(work).state == MaintenanceRun::StepState::Waiting,
                                 90000);
        QVERIFY(lock.isHeld());
        // The server ends the lock's session (a failover, an administrator): the advisory lock is gone.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = "
                                          "'advisory' AND granted AND database = (SELECT oid FROM pg_database "
                                          "WHERE datname = current_database())")),
                 QStringLiteral("1"));
        run.confirm(QStringLiteral("done"));
        const int disable =
            int(MaintenanceRun::stepKeys(MaintenanceRun::Mode::Scheduled).indexOf(QStringLiteral("disable-mode")));
        QTRY_VERIFY_WITH_TIMEOUT(run.steps().at(disable).state == MaintenanceRun::StepState::Failed, 60000);
        QVERIFY2(run.steps().at(disable).output.join(u' ').contains(QStringLiteral("stopped before this step")),
                 qPrintable(run.steps().at(disable).output.join(u' ')));
        QVERIFY(flagPresent()); // nothing ran: still behind the maintenance page until the operator retries
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-step' "
                                     "AND target = 'disable-mode'")),
            QStringLiteral("1"), 10000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT coalesce(array_length(argv, 1), 0) FROM ops.audit "
                                          "WHERE action = 'maintenance-step' AND target = 'disable-mode'")),
                 QStringLiteral("0"));
        run.abort(QStringLiteral("test over"));
        QTRY_VERIFY_WITH_TIMEOUT(!run.isActive(), 60000);
    }

    /// kill -9 while the operator's own work waits (maintenance mode on, the backup written): a new console
    /// finds the run saved, resumes it at that step without setting the flag or writing the backup again,
    /// and completes it (normal mode back).
    void killedRunResumesWithoutRepeatingAStep()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir stateDir;
        QTemporaryDir backups;
        QVERIFY(runKilledConsole(db, stateDir.path(), backups.path(), QStringLiteral("work")));
        // What the dead console left: maintenance mode on, one backup, its run saved at the work step.
        QVERIFY(flagPresent());
        QCOMPARE(StackTest::publicStatus(), 503);
        QCOMPARE(backupFiles(backups.path()), 1);
        const std::optional<MaintenanceRunState> saved =
            MaintenanceStateFile(QStringLiteral("demo"), stateDir.path()).load();
        QVERIFY(saved.has_value());
        QVERIFY(!saved->isEnded());
        QCOMPARE(saved->steps.at(saved->current).key, QStringLiteral("work"));
        QVERIFY(saved->modeOn);
        const QString flagOn = QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-mode'"
                                              " AND stage = 'intent' AND reason = 'maintenance mode on'");
        const QString backupIntents =
            QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-backup' AND stage = 'intent'");
        QCOMPARE(db.scalar(flagOn), QStringLiteral("1"));
        QCOMPARE(db.scalar(backupIntents), QStringLiteral("1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit_unfinished")), QStringLiteral("0"));

        // The new console: its lock is free again (the dead one's session ended with it).
        QTemporaryDir journalDir;
        OfflineJournal journal(journalDir.path() + QStringLiteral("/audit"));
        OfflineJournal maintenanceJournal(journalDir.path() + QStringLiteral("/maintenance"));
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, &journal);
        MaintenanceStore store(&worker, &maintenanceJournal);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(OperatorLock::keyFor(m_profile));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_profile.orchestrator);
        ConnectionProfile profile = m_profile;
        profile.backupsDirectory = backups.path();
        MaintenanceRun run(&orchestrator, &lock, &audit, &store, TestEnv::httpFor(profile, this));
        run.setProfile(profile);
        run.setStateFile(MaintenanceStateFile(QStringLiteral("demo"), stateDir.path()));
        run.setMonitoring(3, 1);
        QSignalSpy finished(&run, &MaintenanceRun::finished);
        QSignalSpy refused(&run, &MaintenanceRun::refused);
        run.resume(*saved, MaintenanceRun::Interrupted::Repeat);
        const int work = int(saved->current);
        QTRY_VERIFY_WITH_TIMEOUT(run.runState() == MaintenanceRun::RunState::Running &&
                                     run.steps().at(work).state == MaintenanceRun::StepState::Waiting,
                                 30000);
        QCOMPARE(refused.size(), 0);
        for (int i = 0; i < work; ++i)
            QCOMPARE(run.steps().at(i).state, MaintenanceRun::StepState::Done);
        run.confirm(QStringLiteral("done after the crash"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 90000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!flagPresent());
        QCOMPARE(StackTest::publicStatus(), 200);
        // Nothing repeated: one "on", one backup; the run is recorded as resumed and ended.
        QCOMPARE(db.scalar(flagOn), QStringLiteral("1"));
        QCOMPARE(db.scalar(backupIntents), QStringLiteral("1"));
        QCOMPARE(backupFiles(backups.path()), 1);
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action ="
                                                           " 'maintenance-step' AND target = 'resume'")),
                                  QStringLiteral("1"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-end'")),
            QStringLiteral("1"), 10000);
        QVERIFY(MaintenanceStateFile(QStringLiteral("demo"), stateDir.path()).load()->isEnded());
        QVERIFY(!lock.isHeld());
    }

    /// kill -9 while pg_dump writes the backup: no docker-compose of the dead console keeps running, the
    /// backup's intent is in the audit trail without an outcome (ops.audit_unfinished), and a resume that
    /// aborts restores normal mode and records it.
    void killedDuringBackupLeavesItsIntentAndNoCommand()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir stateDir;
        QTemporaryDir backups;
        QVERIFY(runKilledConsole(db, stateDir.path(), backups.path(), QStringLiteral("backup")));
        QTRY_COMPARE_WITH_TIMEOUT(composeProcessesOfThisStack(), 0, 15000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT action FROM ops.audit_unfinished")),
                 QStringLiteral("maintenance-backup"));
        QCOMPARE(backupFiles(backups.path()), 0); // only its hidden part file, never taken for a backup
        const std::optional<MaintenanceRunState> saved =
            MaintenanceStateFile(QStringLiteral("demo"), stateDir.path()).load();
        QVERIFY(saved.has_value());
        QVERIFY(saved->interruptedCommand());
        QVERIFY(flagPresent());

        QTemporaryDir journalDir;
        OfflineJournal journal(journalDir.path());
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, &journal);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(OperatorLock::keyFor(m_profile));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_profile.orchestrator);
        MaintenanceRun run(&orchestrator, &lock, &audit, nullptr, TestEnv::httpFor(m_profile, this));
        run.setProfile(m_profile);
        run.setStateFile(MaintenanceStateFile(QStringLiteral("demo"), stateDir.path()));
        QSignalSpy finished(&run, &MaintenanceRun::finished);
        run.resume(*saved, MaintenanceRun::Interrupted::Repeat, QStringLiteral("not today (test)"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!flagPresent());
        QCOMPARE(StackTest::publicStatus(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'maintenance-end'"
                                     " AND reason LIKE '%not today%'")),
            QStringLiteral("1"), 10000);
        QCOMPARE(backupFiles(backups.path()), 0);
        QVERIFY(MaintenanceStateFile(QStringLiteral("demo"), stateDir.path()).load()->isEnded());
        QVERIFY(!lock.isHeld());
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceRun)
#include "tst_maintenancerun.moc"
