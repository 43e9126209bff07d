#include "models/audit/auditstore.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/operatorlock.h"
#include "models/scaling/scaleoperation.h"
#include "tests/common/scratchdatabase.h"
#include "models/stack/composepsparser.h"
#include "models/stack/processrunner.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/schemamigrations.h"
#include "tests/common/scalingfixture.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

/// The whole guarded scale against the real PostgreSQL (a scratch database) and the stack's docker
/// double: guardrails, operator lock, command, audit entry, release. Restores worker-llm afterwards.
class TestScaleOperation : public QObject
{
    Q_OBJECT

private:
    OrchestratorSettings m_settings;
    int m_restoreLlm = -1;

    static int replicasOf(const QString& service) { return ScalingFixture::replicasOf(service); }

    /// The tags the status source would hand to the orchestrator: read from the engine here.
    static QMap<QString, QString> runningTags()
    {
        QMap<QString, QString> tags;
        for (const QString& service : {QStringLiteral("app"), QStringLiteral("worker-llm"), QStringLiteral("worker-rl")})
            tags.insert(service, StackTest::tagOf(service));
        return tags;
    }

    /// The other services' containers, as they are: same ids, states and images afterwards means the
    /// scale touched nothing else.
    static QStringList othersThan(const QString& service)
    {
        QStringList out;
        for (const QString& line : StackTest::fingerprint())
            if (!line.contains(QStringLiteral("_") + service + QStringLiteral("_")))
                out << line;
        return out;
    }

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

    static ScaleRequest request(int current, int target, const QString& reason, bool override = false)
    {
        ScaleRequest r;
        r.service = QStringLiteral("worker-llm");
        r.current = current;
        r.target = target;
        r.reason = reason;
        r.override = override;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = TestEnv::stackProfile().orchestrator;
        QVERIFY(!m_settings.program.isEmpty());
    }

    void init() { QVERIFY(StackTest::reset()); }

    void cleanup()
    {
        if (m_restoreLlm < 0)
            return;
        QVERIFY(StackTest::reset());
        m_restoreLlm = -1;
    }

    void guardedScaleIsLockedRunAndAudited()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir dir;
        OfflineJournal journal(dir.path());
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, &journal);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(OperatorLock::keyFor(TestEnv::stackProfile()));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_settings);
        orchestrator.setRunningTags(runningTags());
        ScaleOperation operation(&orchestrator, &lock, &audit);
        operation.setProfileName(QStringLiteral("demo"));

        const int before = replicasOf(QStringLiteral("worker-llm"));
        QVERIFY(before >= 1);
        const int target = before + 1; // always within ×2
        const QStringList others = othersThan(QStringLiteral("worker-llm"));

        // A guardrail: no reason, nothing runs (no lock taken either).
        QSignalSpy refused(&operation, &ScaleOperation::refused);
        QSignalSpy finished(&operation, &ScaleOperation::finished);
        operation.start({request(before, target, QString())});
        QCOMPARE(refused.size(), 1);
        QVERIFY(!operation.isRunning());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")), QStringLiteral("0"));

        m_restoreLlm = before;
        operation.start({request(before, target, QStringLiteral("LLM queue 61 > 50"))},
                        {{QStringLiteral("queue"), 61}});
        QVERIFY(operation.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto result = finished.first().at(0).value<OrchestratorResult>();
        const auto entry = finished.first().at(1).value<AuditEntry>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(finished.first().at(2).toBool(), false); // in the database
        QVERIFY(finished.first().at(3).toString().isEmpty());
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), target);
        QCOMPARE(StackTest::tagOf(QStringLiteral("worker-llm")), runningTags().value(QStringLiteral("worker-llm")));
        QCOMPARE(othersThan(QStringLiteral("worker-llm")), others); // nothing else recreated or rescaled
        QVERIFY(!lock.isHeld());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.lock_holders")), QStringLiteral("0"));

        // The audit row: the exact argv, exit code, digest of the output, not an override.
        QCOMPARE(db.scalar(QStringLiteral("SELECT array_to_string(argv, ' ') FROM ops.audit WHERE stage = 'outcome'")),
                 QStringList({m_settings.program, QStringLiteral("-f"), m_settings.composeFile,
                              QStringLiteral("-p"), m_settings.projectName, QStringLiteral("--project-directory"),
                              m_settings.projectDirectory, QStringLiteral("up"), QStringLiteral("-d"),
                              QStringLiteral("--no-deps"), QStringLiteral("--no-recreate"), QStringLiteral("--scale"),
                              QStringLiteral("worker-llm=%1").arg(target), QStringLiteral("worker-llm")})
                     .join(u' '));
        QCOMPARE(db.scalar(QStringLiteral("SELECT exit_code FROM ops.audit WHERE stage = 'outcome'")), QStringLiteral("0"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT output_digest FROM ops.audit WHERE stage = 'outcome'")), result.outputDigest());
        QCOMPARE(db.scalar(QStringLiteral("SELECT override FROM ops.audit WHERE stage = 'outcome'")), QStringLiteral("f"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT metrics_before->>'queue' FROM ops.audit WHERE stage = 'outcome'")),
                 QStringLiteral("61"));
        QCOMPARE(entry.target, QStringLiteral("worker-llm"));
        // Write-ahead: the intent was in the database before the command ran (no exit code, the same
        // argv), and the outcome names it.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE stage = 'intent'"
                                          " AND exit_code IS NULL AND metrics_before->>'queue' = '61'")),
                 QStringLiteral("1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit o JOIN ops.audit i ON o.intent_id = i.id"
                                          " WHERE o.stage = 'outcome' AND i.stage = 'intent' AND i.at <= o.at"
                                          " AND i.argv = o.argv")),
                 QStringLiteral("1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit_unfinished")), QStringLiteral("0"));

        // Straight back: the cool-down (from the audit trail) refuses it...
        ScaleRequest back = request(target, before, QStringLiteral("traffic back to normal"));
        back.lastChange = ScalePolicy::lastChangeOf({entry}, back.service);
        operation.start({back});
        QCOMPARE(refused.size(), 2);
        QVERIFY(operation.evaluate({back}).breaks(ScaleDecision::Rule::CoolDown));
        // ...unless it is an emergency override with a reason, recorded as one.
        back.override = true;
        operation.start({back});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY(finished.at(1).at(0).value<OrchestratorResult>().ok);
        QVERIFY(finished.at(1).at(1).value<AuditEntry>().override);
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), before);
        m_restoreLlm = -1;
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE override AND stage = 'outcome'")),
                 QStringLiteral("1"));
    }

    /// PostgreSQL down: no lock can be taken. A plain scale is refused in words; an emergency override
    /// goes on without the lock and its audit entry (journaled) says so.
    void databaseDownOnlyAnOverrideActs()
    {
        QTemporaryDir dir;
        OfflineJournal journal(dir.path());
        PostgresConnectionParams down;
        down.host = QStringLiteral("127.0.0.1");
        down.port = ScratchDatabase::closedPort();
        down.database = QStringLiteral("fragrance_ai");
        down.user = QStringLiteral("fragrance_user");
        DatabaseWorker worker;
        worker.setConnectionParams(down);
        worker.setDeadline(3000);
        AuditStore audit(&worker, &journal);
        audit.setRetryInterval(0);
        OperatorLock lock;
        lock.setConnectionParams(down);
        lock.setDeadline(3000);
        lock.setKey(OperatorLock::keyFor(TestEnv::stackProfile()));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_settings);
        orchestrator.setRunningTags(runningTags());
        ScaleOperation operation(&orchestrator, &lock, &audit);
        operation.setProfileName(QStringLiteral("demo"));
        const int before = replicasOf(QStringLiteral("worker-llm"));
        QVERIFY(before >= 1);
        m_restoreLlm = before;

        QSignalSpy refused(&operation, &ScaleOperation::refused);
        QSignalSpy finished(&operation, &ScaleOperation::finished);
        QSignalSpy lockless(&operation, &ScaleOperation::proceedingWithoutLock);
        operation.start({request(before, before + 1, QStringLiteral("queue (test)"))});
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 15000);
        qInfo("refused: %s", qPrintable(refused.first().first().toString()));
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("emergency override")));
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), before);

        ScaleRequest emergency = request(before, before + 1, QStringLiteral("DB down, queue exploding (test)"), true);
        emergency.lastChange = QDateTime::currentDateTimeUtc(); // inside the cool-down: an override indeed
        operation.start({emergency});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(lockless.size(), 1);
        QVERIFY(finished.first().at(0).value<OrchestratorResult>().ok);
        const auto entry = finished.first().at(1).value<AuditEntry>();
        QVERIFY(entry.override);
        QVERIFY(entry.metricsBefore.value(QStringLiteral("operatorLock")).toString().startsWith(QStringLiteral("no lock")));
        QCOMPARE(finished.first().at(2).toBool(), true); // journaled: replayed when PostgreSQL is back
        QCOMPARE(journal.count(), 2); // the intent, written before the command, and the outcome
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), before + 1);
    }

    /// The stack's own PostgreSQL stopped (docker-compose stop postgres): the emergency downscale (an
    /// override with a reason) acts without the lock; its intent and outcome are journaled saying "no lock"
    /// and reach ops.audit once PostgreSQL is back.
    void emergencyActsWithPostgresStopped()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QVERIFY(ScalingFixture::setReplicas(QStringLiteral("worker-llm"), 2));
        m_restoreLlm = 2;
        QTemporaryDir dir;
        OfflineJournal journal(dir.path());
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        worker.setDeadline(5000);
        AuditStore audit(&worker, &journal);
        audit.setRetryInterval(0);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setDeadline(5000);
        lock.setKey(OperatorLock::keyFor(TestEnv::stackProfile()));
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_settings);
        orchestrator.setRunningTags(runningTags());
        ScaleOperation operation(&orchestrator, &lock, &audit);
        operation.setProfileName(QStringLiteral("demo"));

        QCOMPARE(StackTest::compose({QStringLiteral("stop"), QStringLiteral("postgres")}).exitCode, 0);
        QSignalSpy finished(&operation, &ScaleOperation::finished);
        QSignalSpy lockless(&operation, &ScaleOperation::proceedingWithoutLock);
        // What the Scaling page's emergency downscale asks for: worker-llm to 1, override ticked, a reason.
        operation.start({request(2, 1, QStringLiteral("System overloaded, DB down (test)"), true)});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 90000);
        QCOMPARE(lockless.size(), 1);
        QVERIFY2(finished.first().at(0).value<OrchestratorResult>().ok,
                 qPrintable(finished.first().at(0).value<OrchestratorResult>().error));
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), 1);
        const auto entry = finished.first().at(1).value<AuditEntry>();
        QVERIFY(entry.override);
        QVERIFY(entry.metricsBefore.value(QStringLiteral("operatorLock")).toString().startsWith(QStringLiteral("no lock")));
        QCOMPARE(finished.first().at(2).toBool(), true); // journaled
        QCOMPARE(journal.count(), 2);                     // its intent and its outcome

        // Both journaled rows (replayed into ops.audit when PostgreSQL is back) say they ran without the lock.
        QStringList stages;
        for (const QJsonObject& record : journal.readAll()) {
            QVERIFY(record.value(QStringLiteral("metricsBefore")).toObject().value(QStringLiteral("operatorLock"))
                        .toString().startsWith(QStringLiteral("no lock")));
            QVERIFY(record.value(QStringLiteral("override")).toBool());
            stages << record.value(QStringLiteral("stage")).toString();
        }
        QCOMPARE(stages, QStringList({QStringLiteral("intent"), QStringLiteral("outcome")}));
        QCOMPARE(StackTest::compose({QStringLiteral("start"), QStringLiteral("postgres")}).exitCode, 0);
    }

    /// The "done when": worker-llm scaled to 4 stays 4, and the app keeps the version it runs
    /// (here 0.2.0, not the compose file's default) when the app is scaled.
    void scalingOneServiceLeavesTheOthersAndTheRunningVersionAlone()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, nullptr);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(OperatorLock::keyFor(TestEnv::stackProfile()));
        m_restoreLlm = 1;
        // A version other than the file's default runs (as after a rollback to another version)...
        QCOMPARE(StackTest::stackSh({QStringLiteral("scenario"), QStringLiteral("bad-deploy")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(StackTest::tagOf(QStringLiteral("app")), QStringLiteral("0.2.0"), 60000);
        // ...and worker-llm runs 4.
        QVERIFY(ScalingFixture::setReplicas(QStringLiteral("worker-llm"), 4));
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), 4);
        const int apps = replicasOf(QStringLiteral("app"));

        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_settings);
        orchestrator.setRunningTags(runningTags());
        ScaleOperation operation(&orchestrator, &lock, &audit);
        operation.setProfileName(QStringLiteral("demo"));
        QSignalSpy finished(&operation, &ScaleOperation::finished);
        ScaleRequest r = request(apps, apps + 1, QStringLiteral("p95 over 500 ms (test)"));
        r.service = QStringLiteral("app");
        operation.start({r});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY2(finished.first().at(0).value<OrchestratorResult>().ok,
                 qPrintable(finished.first().at(0).value<OrchestratorResult>().error));
        QCOMPARE(replicasOf(QStringLiteral("app")), apps + 1);
        QCOMPARE(StackTest::tagOf(QStringLiteral("app")), QStringLiteral("0.2.0")); // every replica, the new one too
        QCOMPARE(replicasOf(QStringLiteral("worker-llm")), 4);
        QCOMPARE(replicasOf(QStringLiteral("worker-rl")), 1);

        // Without a known running version, adding replicas is refused (it would start the default).
        ComposeOrchestrator blind;
        blind.setSettings(m_settings);
        ScaleOperation guessing(&blind, &lock, &audit);
        QSignalSpy refused(&guessing, &ScaleOperation::refused);
        ScaleRequest more = request(apps + 1, apps + 2, QStringLiteral("more (test)"), true);
        more.service = QStringLiteral("app");
        guessing.start({more});
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("not known")));
        QCOMPARE(replicasOf(QStringLiteral("app")), apps + 1);
    }

    void anotherOperatorHoldsTheLock()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, nullptr);
        const qint64 key = OperatorLock::keyFor(TestEnv::stackProfile());
        OperatorLock theirs;
        theirs.setConnectionParams(db.consoleParams());
        theirs.setKey(key);
        QSignalSpy taken(&theirs, &OperatorLock::acquired);
        theirs.acquire(QStringLiteral("demo"), QStringLiteral("restart app"));
        QTRY_COMPARE_WITH_TIMEOUT(taken.size(), 1, 10000);

        OperatorLock mine;
        mine.setConnectionParams(db.consoleParams());
        mine.setKey(key);
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_settings);
        orchestrator.setRunningTags(runningTags());
        QSignalSpy ran(&orchestrator, &Orchestrator::finished);
        ScaleOperation operation(&orchestrator, &mine, &audit);
        QSignalSpy refused(&operation, &ScaleOperation::refused);
        operation.start({request(2, 3, QStringLiteral("queue"))});
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("restart app")));
        QCOMPARE(ran.size(), 0);
        QVERIFY(!operation.isRunning());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")), QStringLiteral("0"));
    }

    void unknownServiceReleasesTheLock()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore audit(&worker, nullptr);
        OperatorLock lock;
        lock.setConnectionParams(db.consoleParams());
        lock.setKey(7);
        ComposeOrchestrator orchestrator;
        orchestrator.setSettings(m_settings);
        ScaleOperation operation(&orchestrator, &lock, &audit);
        QSignalSpy refused(&operation, &ScaleOperation::refused);
        ScaleRequest ghost = request(2, 3, QStringLiteral("queue"));
        ghost.service = QStringLiteral("ghost");
        operation.start({ghost});
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 15000);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("ghost")));
        QVERIFY(!lock.isHeld());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.lock_holders")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestScaleOperation)
#include "tst_scaleoperation.moc"
