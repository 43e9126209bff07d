// Crash-resume of the gradual downscale against the real stack: a console (gradualdownscalechild) is
// killed with SIGKILL in the middle of the plan; a new one resumes it from the saved plan without
// running a finished step again. Replica counts are read from the Docker Engine, the audit rows from a
// scratch database.
#include "models/audit/auditstore.h"
#include "models/scaling/gradualdownscale.h"
#include "models/scaling/scaleoperation.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/operatorlock.h"
#include "models/store/schemamigrations.h"
#include "tests/common/scalingfixture.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"
#include "tests/stack/processgone.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestGradualDownscale : public QObject
{
    Q_OBJECT

private:
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

    /// Runs the killed console; returns its first line of output (empty when none) or "ended" when it
    /// was not killed.
    static QByteArray runKilledConsole(const ScratchDatabase& db, const QString& stateDir, int from, int to,
                                       const QString& when)
    {
        QProcess console;
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        console.start(QStringLiteral(OPSCONSOLE_GRADUAL_CHILD),
                      {stateDir, db.name(), QString::number(from), QString::number(to), when});
        if (!console.waitForStarted(10000) ||
            !QTest::qWaitFor([&console] { return console.state() == QProcess::NotRunning; }, 120000))
            return "hung";
        if (console.exitStatus() != QProcess::CrashExit)
            return "ended";
        return console.readLine().trimmed();
    }

    static int scaleIntentsTo(const ScratchDatabase& db, int target)
    {
        return db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'scale' AND stage = 'intent'"
                                        " AND metrics_after->'replicas'->'worker-llm'->>'to' = '%1'")
                             .arg(target))
            .toInt();
    }

    /// The resuming console: the plan of `stateDir` continued with the given choice; true once it is done.
    static bool resume(const ScratchDatabase& db, const QString& stateDir, GradualDownscale::Interrupted choice)
    {
        const ConnectionProfile profile = TestEnv::stackProfile();
        const std::optional<GradualDownscaleState> saved = GradualDownscaleStateFile(profile.name, stateDir).load();
        if (!saved || saved->isEnded())
            return false;
        QTemporaryDir journalDir;
        OfflineJournal journal(journalDir.path());
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, &journal);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(OperatorLock::keyFor(profile));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(profile.orchestrator);
        orchestrator.setRunningTags({{QStringLiteral("worker-llm"), StackTest::tagOf(QStringLiteral("worker-llm"))}});
        ScaleOperation operation(&orchestrator, &lock, &audit);
        operation.setProfileName(profile.name);
        GradualDownscale plan(&operation);
        plan.setProfileName(profile.name);
        plan.setStateFile(GradualDownscaleStateFile(profile.name, stateDir));
        plan.setReplicaSource([](const QString& service) { return ScalingFixture::replicasOf(service); });
        QSignalSpy finished(&plan, &GradualDownscale::finished);
        plan.resumeSaved(*saved, choice);
        if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 120000))
            return false;
        qInfo("resumed plan: %s", qPrintable(finished.first().at(1).toString()));
        return finished.first().first().value<GradualDownscale::State>() == GradualDownscale::State::Done &&
               !lock.isHeld();
    }

private Q_SLOTS:
    void init() { QVERIFY(StackTest::reset()); }
    void cleanupTestCase() { StackTest::reset(); }

    /// Killed while waiting between two steps: the first step is never run again, the plan ends at its
    /// target after the resume.
    void killedWhileWaitingResumesAtTheNextStep()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir stateDir;
        QVERIFY(ScalingFixture::setReplicas(QStringLiteral("worker-llm"), 3));
        QCOMPARE(runKilledConsole(db, stateDir.path(), 3, 1, QStringLiteral("waiting")), QByteArray());
        QCOMPARE(ScalingFixture::replicasOf(QStringLiteral("worker-llm")), 2);
        QCOMPARE(scaleIntentsTo(db, 2), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit_unfinished")), QStringLiteral("0"));

        QVERIFY(resume(db, stateDir.path(), GradualDownscale::Interrupted::Repeat));
        QCOMPARE(ScalingFixture::replicasOf(QStringLiteral("worker-llm")), 1);
        QCOMPARE(scaleIntentsTo(db, 2), 1); // not repeated
        QCOMPARE(scaleIntentsTo(db, 1), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'scale' AND stage = 'outcome'"
                                          " AND exit_code = 0")),
                 QStringLiteral("2"));
        QVERIFY(GradualDownscaleStateFile(TestEnv::stackProfile().name, stateDir.path()).load()->isEnded());
    }

    /// Killed while the first step's docker-compose runs: that docker-compose ends with the console (no
    /// change keeps going unrecorded), its intent is in the audit trail without an outcome, and the resume
    /// scales that step again only when the stack is not there yet.
    void killedMidCommandLeavesItsIntentAndNoCommand()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir stateDir;
        QVERIFY(ScalingFixture::setReplicas(QStringLiteral("worker-llm"), 3));
        const QByteArray line = runKilledConsole(db, stateDir.path(), 3, 1, QStringLiteral("scaling"));
        QVERIFY2(line.startsWith("child "), line.constData());
        const qint64 compose = line.mid(6).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(!ProcessGone::alive(compose), 15000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT action FROM ops.audit_unfinished")), QStringLiteral("scale"));
        QCOMPARE(scaleIntentsTo(db, 2), 1);
        const std::optional<GradualDownscaleState> saved =
            GradualDownscaleStateFile(TestEnv::stackProfile().name, stateDir.path()).load();
        QVERIFY(saved && saved->interrupted());

        const int found = ScalingFixture::replicasOf(QStringLiteral("worker-llm"));
        qInfo("worker-llm after the kill: %d", found);
        QVERIFY(resume(db, stateDir.path(), GradualDownscale::Interrupted::Repeat));
        QCOMPARE(ScalingFixture::replicasOf(QStringLiteral("worker-llm")), 1);
        // The step ran again only when the stack was not at its count yet.
        QCOMPARE(scaleIntentsTo(db, 2), found == 2 ? 1 : 2);
        QCOMPARE(scaleIntentsTo(db, 1), 1);
    }
};

QTEST_GUILESS_MAIN(TestGradualDownscale)
#include "tst_gradualdownscale.moc"
