#include "models/core/privatefiles.h"
#include "models/audit/auditstore.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/operatorlock.h"
#include "models/rollback/rollbackassessor.h"
#include "models/rollback/rollbackrunner.h"
#include "models/rollback/rollbackverifier.h"
#include "tests/common/rollbackfixture.h"
#include "tests/common/runnerharness.h"
#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"
#include "models/store/schemamigrations.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Ops;
using namespace RollbackFixture;

/// The rollback runner end to end against the local stack (bad-deploy: tst_rollbackquick): a full rollback
/// restores a real pg_dump into the stack's PostgreSQL; a run killed (SIGKILL) after the restore resumes
/// without restoring twice; a backup outside the folder is refused before anything runs. Lock and audit trail
/// live in a scratch database.
class TestRollbackRun : public QObject, protected RunnerHarness
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(setUpHarness()); }

    void init()
    {
        QVERIFY(resetStack(m_profile));
        QTRY_COMPARE_WITH_TIMEOUT(apiVersion(m_profile), QStringLiteral("0.1.0"), 10000);
    }

    void cleanupTestCase()
    {
        resetStack(m_profile);
        psql(m_profile, QStringLiteral("DROP TABLE IF EXISTS public.rollback_probe"));
    }

    void fullRollbackRestoresARealDump()
    {
        QVERIFY(createProbe(m_profile, QStringLiteral("before")));
        const QString backup = dumpProbe(m_profile, QStringLiteral("backup_full_test.sql"));
        QVERIFY(!backup.isEmpty());
        QVERIFY(
            psql(m_profile, QStringLiteral("UPDATE public.rollback_probe SET value = 'after' WHERE id = 1"))
                .exitCode == 0);
        QCOMPARE(probeValue(m_profile), QStringLiteral("after"));

        const RollbackRequest request = fullRequest(backup);
        const RollbackRunState state = RollbackRunState::create(m_profile.name, request, plan(request));
        QCOMPARE(state.steps.size(), 5);
        const QStringList postgresBefore = StackTest::fingerprint().filter(QStringLiteral("_postgres_1 "));
        auto r = rig();
        QSignalSpy finished(&r->runner, &RollbackRunner::finished);
        QSignalSpy progress(&r->runner, &RollbackRunner::stepProgress);
        QSignalSpy failed(&r->runner, &RollbackRunner::stepFailed);
        r->runner.start(state);
        QVERIFY(finished.wait(90000));
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().at(1).toString()));
        const RollbackRunState end = finished.first().first().value<RollbackRunState>();
        QCOMPARE(end.phase, RollbackRunState::Phase::Done);
        QCOMPARE(probeValue(m_profile), QStringLiteral("before")); // restored
        // PostgreSQL kept running through the whole rollback (the lock and the records with it).
        QCOMPARE(StackTest::fingerprint().filter(QStringLiteral("_postgres_1 ")), postgresBefore);
        // Progress in bytes, ending at the file's size.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(backup).size());
        QCOMPARE(progress.last().at(2).toLongLong(), QFileInfo(backup).size());
        QVERIFY(end.steps.at(3).note.contains(QStringLiteral("table")));
        QTRY_COMPARE_WITH_TIMEOUT(apiVersion(m_profile), QStringLiteral("0.1.0"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(auditCount(QStringLiteral("rollback-step"), end.id), 5, 10000);
        // Write-ahead: every step's intent was recorded before its commands ran.
        QCOMPARE(auditCount(QStringLiteral("rollback-step"), end.id, QStringLiteral("intent")), 5);

        // The verification's table check reads the backup's tables and finds them.
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_profile.orchestrator);
        RollbackVerifier verifier(TestEnv::httpFor(m_profile, this));
        verifier.setProfile(m_profile);
        verifier.setOrchestrator(&orchestrator);
        verifier.setBackupFile(backup);
        verifier.setDeadline(20000, 1000);
        QSignalSpy updated(&verifier, &RollbackVerifier::checkUpdated);
        verifier.verify(QStringLiteral("0.1.0"));
        const auto tablesPassed = [&] {
            for (const QList<QVariant>& u : updated) {
                if (u.at(0).value<RollbackVerifier::Check>() == RollbackVerifier::Check::Tables &&
                    u.at(1).toBool())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(tablesPassed(), 20000);
        verifier.cancel();
        QFile::remove(backup);
    }

    /// The "done when": a backup the console made itself (the maintenance run's `pg_dump` of the
    /// application's database, every schema in it) restores, and the console's records written after it
    /// are all still there: they live in a database of their own.
    void consolesOwnBackupRestoresAndKeepsTheRecords()
    {
        QVERIFY(createProbe(m_profile, QStringLiteral("before")));
        // What MaintenanceRun runs: exec -T postgres pg_dump -U USER -d DATABASE > backups/backup_….sql
        const QString backup = m_profile.backupsDirectory + QStringLiteral("/backup_console_test.sql");
        const Run dump = compose(m_profile.orchestrator,
                                 {QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("postgres"),
                                  QStringLiteral("pg_dump"), QStringLiteral("-U"), m_profile.pgUser, QStringLiteral("-d"),
                                  m_profile.pgDatabase});
        QCOMPARE(dump.exitCode, 0);
        QFile f(backup);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(dump.out);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(psql(m_profile, QStringLiteral("UPDATE public.rollback_probe SET value = 'after' WHERE id = 1")).exitCode == 0);
        // Records written after the backup: they must survive the restore.
        auto r = rig();
        AuditEntry later = AuditEntry::create(m_profile.name, AuditAction::Restart, QStringLiteral("app"),
                                              QStringLiteral("written after the backup (test)"));
        QSignalSpy appended(&r->audit, &AuditStore::appended);
        r->audit.append(later);
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
        const QString recordsBefore = m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit"));

        const RollbackRequest request = fullRequest(backup);
        const RollbackRunState state = RollbackRunState::create(m_profile.name, request, plan(request));
        QVERIFY(!state.steps.isEmpty());
        QSignalSpy finished(&r->runner, &RollbackRunner::finished);
        QSignalSpy failed(&r->runner, &RollbackRunner::stepFailed);
        r->runner.start(state);
        QVERIFY(finished.wait(120000));
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().at(1).toString()));
        QCOMPARE(finished.first().first().value<RollbackRunState>().phase, RollbackRunState::Phase::Done);
        QCOMPARE(probeValue(m_profile), QStringLiteral("before"));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE id = '%1'")
                                  .arg(later.id.toString(QUuid::WithoutBraces))),
                 QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(m_db->scalar(QStringLiteral("SELECT count(*) FROM ops.audit")).toInt() >
                                     recordsBefore.toInt(),
                                 10000); // the rollback's own rows came on top
        QFile::remove(backup);
    }

    void backupOutsideTheFolderIsRefused()
    {
        QTemporaryDir elsewhere;
        const QString evil = elsewhere.filePath(QStringLiteral("evil.sql"));
        QFile f(evil);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("DROP TABLE public.rollback_probe;\n");
        f.close();
        const QString link = m_profile.backupsDirectory + QStringLiteral("/looks-fine.sql");
        QFile::remove(link);
        QVERIFY(QFile::link(evil, link));
        const QStringList before = StackTest::fingerprint();
        QVERIFY(createProbe(m_profile, QStringLiteral("kept")));
        const QStringList paths = {evil, link, m_profile.backupsDirectory + QStringLiteral("/../evil.sql")};
        for (const QString& path : paths) {
            auto r = rig();
            RollbackRequest request = fullRequest(path);
            const RollbackRunState state = RollbackRunState::create(m_profile.name, request, plan(request));
            QSignalSpy refused(&r->runner, &RollbackRunner::refused);
            r->runner.start(state);
            // The backup is read on a worker thread: the refusal arrives, nothing runs meanwhile.
            QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 30000);
            const QString reason = refused.first().first().toString();
            qInfo("refused: %s", qPrintable(reason));
            QVERIFY2(reason.contains(QStringLiteral("not inside the backups folder")) ||
                         reason.contains(QStringLiteral("symbolic link")) || reason.contains(QStringLiteral("\"..\"")),
                     qPrintable(reason));
            QVERIFY(!r->runner.isActive());
        }
        QFile::remove(link);
        // A backup inside the folder that holds a psql meta-command: refused before anything runs, the
        // command named with its line (the restore would also refuse it while feeding psql).
        QTemporaryDir traces;
        const QString marker = traces.filePath(QStringLiteral("ran"));
        const QString hostile = m_profile.backupsDirectory + QStringLiteral("/hostile.sql");
        {
            QFile h(hostile);
            QVERIFY(h.open(QIODevice::WriteOnly | QIODevice::Truncate));
            h.write("CREATE TABLE public.rollback_probe_hostile (a int);\n\\! touch " + QFile::encodeName(marker) + "\n");
            h.close();
            QVERIFY(h.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        {
            auto r = rig();
            RollbackRequest request = fullRequest(hostile);
            const RollbackRunState state = RollbackRunState::create(m_profile.name, request, plan(request));
            QSignalSpy refused(&r->runner, &RollbackRunner::refused);
            r->runner.start(state);
            // The backup is read on a worker thread: the refusal arrives, nothing runs meanwhile.
            QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 30000);
            const QString reason = refused.first().first().toString();
            QVERIFY2(reason.contains(QStringLiteral("line 2")) && reason.contains(QStringLiteral("\\!")), qPrintable(reason));
            QVERIFY(!r->runner.isActive());
        }
        QFile::remove(hostile);
        QVERIFY(!QFileInfo::exists(marker));
        QCOMPARE(StackTest::fingerprint(), before); // nothing ran: no container stopped or recreated
        QCOMPARE(probeValue(m_profile), QStringLiteral("kept"));
    }

    void killedAfterRestoreResumesWithoutRestoringTwice()
    {
        QVERIFY(createProbe(m_profile, QStringLiteral("before")));
        const QString backup = dumpProbe(m_profile, QStringLiteral("backup_kill_test.sql"));
        QVERIFY(!backup.isEmpty());
        QVERIFY(
            psql(m_profile, QStringLiteral("UPDATE public.rollback_probe SET value = 'after' WHERE id = 1"))
                .exitCode == 0);

        const RollbackRequest request = fullRequest(backup);
        RollbackRunState state = RollbackRunState::create(m_profile.name, request, plan(request));
        RollbackStateFile file(m_profile.name, m_stateDir.path());
        QVERIFY(file.save(state));
        QCOMPARE(PrivateFiles::mode(file.path()), 0600); // the run state: only the operator can read it

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(OPSCONSOLE_ROLLBACK_CHILD), {m_stateDir.path(), m_db->name()});
        QVERIFY(child.waitForStarted(10000));
        QVERIFY(child.waitForFinished(90000));
        const QByteArray out = child.readAllStandardOutput();
        qInfo("child said: %s", out.constData());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY(out.contains("finished restore 1"));
        QCOMPARE(probeValue(m_profile), QStringLiteral("before"));

        // What the next console start finds: restore done, the table check interrupted.
        std::optional<RollbackRunState> saved = file.load();
        QVERIFY(saved);
        QCOMPARE(saved->phase, RollbackRunState::Phase::Running);
        QCOMPARE(saved->steps.at(2).state, RollbackRunState::StepState::Done);
        QCOMPARE(saved->steps.at(3).state, RollbackRunState::StepState::Running);
        QCOMPARE(saved->nextStep(), 3);
        QVERIFY(!saved->interruptedDestructive()); // a table check may simply run again

        // A change after the crash survives the resume: the restore is not run again.
        QVERIFY(psql(m_profile,
                     QStringLiteral("UPDATE public.rollback_probe SET value = 'after-crash' WHERE id = 1"))
                    .exitCode == 0);
        auto r = rig();
        QSignalSpy finished(&r->runner, &RollbackRunner::finished);
        QSignalSpy started(&r->runner, &RollbackRunner::stepStarted);
        QSignalSpy refused(&r->runner, &RollbackRunner::refused);
        // The dead child's lock went with its connection.
        r->runner.resume(*saved, RollbackRunner::Interrupted::Repeat);
        QVERIFY2(finished.wait(60000),
                 refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
        const RollbackRunState end = finished.first().first().value<RollbackRunState>();
        QCOMPARE(end.phase, RollbackRunState::Phase::Done);
        QCOMPARE(started.count(), 2);
        QCOMPARE(started.at(0).first().toInt(), 3);
        QCOMPARE(started.at(1).first().toInt(), 4);
        QCOMPARE(probeValue(m_profile), QStringLiteral("after-crash")); // the restore did not run again
        QCOMPARE(end.id, state.id);
        QTRY_COMPARE_WITH_TIMEOUT(auditCount(QStringLiteral("rollback"), end.id), 1, 10000);
        QFile::remove(backup);
    }

    void interruptedRestoreAsksBeforeRepeating()
    {
        // Saved as if the console died during the restore: treated as done only when the operator says so.
        QVERIFY(createProbe(m_profile, QStringLiteral("before")));
        const QString backup = dumpProbe(m_profile, QStringLiteral("backup_interrupted_test.sql"));
        QVERIFY(!backup.isEmpty());
        QVERIFY(
            psql(m_profile, QStringLiteral("UPDATE public.rollback_probe SET value = 'after' WHERE id = 1"))
                .exitCode == 0);
        const RollbackRequest request = fullRequest(backup);
        RollbackRunState state = RollbackRunState::create(m_profile.name, request, plan(request));
        for (int i = 0; i < 2; ++i)
            state.steps[i].state = RollbackRunState::StepState::Done;
        state.steps[2].state = RollbackRunState::StepState::Running;
        QVERIFY(state.interruptedDestructive());
        auto r = rig();
        QSignalSpy finished(&r->runner, &RollbackRunner::finished);
        r->runner.resume(state, RollbackRunner::Interrupted::TreatAsDone);
        QVERIFY(finished.wait(60000));
        const RollbackRunState end = finished.first().first().value<RollbackRunState>();
        QCOMPARE(end.phase, RollbackRunState::Phase::Done);
        QCOMPARE(probeValue(m_profile), QStringLiteral("after")); // treated as done: not restored
        QVERIFY(!end.steps.at(2).note.isEmpty());
        QFile::remove(backup);
    }
};

QTEST_GUILESS_MAIN(TestRollbackRun)
#include "tst_rollbackrun.moc"
