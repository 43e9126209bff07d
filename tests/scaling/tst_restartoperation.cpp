#include "models/audit/auditstore.h"
#include "models/scaling/restartoperation.h"
#include "models/stack/composeorchestrator.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/operatorlock.h"
#include "models/store/schemamigrations.h"
#include "tests/common/scratchdatabase.h"
#include "tests/common/stacktest.h"
#include "tests/common/testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

/// The runbook's first P0 mitigation against the real stack, through the flow it shares with a scale
/// (GuardedChange): the intent row is in PostgreSQL (a scratch database) before the containers restart,
/// the outcome row after, naming it; a refused restart touches nothing and records nothing.
class TestRestartOperation : public QObject
{
    Q_OBJECT

    OrchestratorSettings m_settings;

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

    /// When each container of `service` last started, as the Docker Engine says (UTC).
    static QList<QDateTime> startedAt(const QString& service)
    {
        QList<QDateTime> out;
        for (const StackTest::Container& c : StackTest::ofService(StackTest::containers(), service)) {
            const auto r = StackTest::docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                                              QStringLiteral("{{.State.StartedAt}}"), c.id});
            // "2026-12-06T08:45:01.123456789Z": nanoseconds, cut to the milliseconds Qt reads.
            QString text = QString::fromUtf8(r.out).trimmed();
            const qsizetype dot = text.indexOf(u'.');
            if (dot > 0)
                text = text.left(dot + 4) + u'Z';
            out << QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_settings = TestEnv::stackProfile().orchestrator;
        QVERIFY(!m_settings.program.isEmpty());
        QVERIFY(StackTest::reset());
    }

    void restartWritesItsIntentBeforeAndItsOutcomeAfter()
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
        RestartOperation operation(&orchestrator, &lock, &audit);
        ConnectionProfile profile = TestEnv::stackProfile();
        profile.name = QStringLiteral("demo");
        operation.setProfile(profile);
        QSignalSpy refused(&operation, &RestartOperation::refused);
        QSignalSpy finished(&operation, &RestartOperation::finished);

        const QString service = QStringLiteral("worker-rl");
        const QList<QDateTime> before = startedAt(service);
        QVERIFY(!before.isEmpty());
        QVERIFY(before.first().isValid());

        // Not armed (the gate says no once the lock is held): nothing restarts, nothing is recorded, the
        // lock is given back.
        bool armed = false;
        int asked = 0;
        operation.setGate([&armed, &asked] {
            // The first question is start()'s; the second comes with the lock held.
            return ++asked >= 2 && !armed ? QStringLiteral("arming expired") : QString();
        });
        operation.start(service, QStringLiteral("worker stuck on a poisoned task"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20000);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("arming expired"));
        QCOMPARE(startedAt(service), before);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")), QStringLiteral("0"));
        QTRY_VERIFY(!lock.isHeld());

        armed = true;
        operation.setGate(MutationGate());
        operation.start(service, QStringLiteral("worker stuck on a poisoned task"));
        QVERIFY(operation.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 90000);
        const auto result = finished.first().at(0).value<OrchestratorResult>();
        const auto entry = finished.first().at(1).value<AuditEntry>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(finished.first().at(3).toString().isEmpty());
        QCOMPARE(entry.stage, AuditEntry::Stage::Outcome);
        QVERIFY(!entry.intentId.isNull());

        // The effect: every container of the service started again, nothing else did.
        const QList<QDateTime> after = startedAt(service);
        QCOMPARE(after.size(), before.size());
        QVERIFY(after.first() > before.last());

        // Write-ahead, in PostgreSQL: one intent (no exit code) and one outcome naming it, the intent
        // written before the containers restarted and the outcome after.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'restart'")), QStringLiteral("2"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE action = 'restart' AND stage = 'intent'"
                                          " AND exit_code IS NULL AND target = 'worker-rl'")),
                 QStringLiteral("1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit o JOIN ops.audit i ON o.intent_id = i.id"
                                          " WHERE o.action = 'restart' AND o.stage = 'outcome' AND i.stage = 'intent'"
                                          " AND i.at <= o.at AND i.argv = o.argv AND o.exit_code = 0"
                                          " AND i.reason = o.reason")),
                 QStringLiteral("1"));
        const QDateTime intentAt = QDateTime::fromString(
            db.scalar(QStringLiteral("SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
                                     "FROM ops.audit WHERE stage = 'intent'")),
            Qt::ISODateWithMs);
        const QDateTime outcomeAt = QDateTime::fromString(
            db.scalar(QStringLiteral("SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
                                     "FROM ops.audit WHERE stage = 'outcome'")),
            Qt::ISODateWithMs);
        QVERIFY(intentAt.isValid() && outcomeAt.isValid());
        qInfo("intent %s, containers started %s, outcome %s", qPrintable(intentAt.toString(Qt::ISODateWithMs)),
              qPrintable(after.first().toString(Qt::ISODateWithMs)), qPrintable(outcomeAt.toString(Qt::ISODateWithMs)));
        QVERIFY(intentAt <= after.first());
        QVERIFY(after.last() <= outcomeAt);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit_unfinished")), QStringLiteral("0"));
        QVERIFY(!lock.isHeld());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.lock_holders")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestRestartOperation)
#include "tst_restartoperation.moc"
