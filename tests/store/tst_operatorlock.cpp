#include "models/audit/auditentry.h"
#include "models/store/operatorlock.h"
#include "models/profiles/connectionprofile.h"
#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"
#include "models/store/schemamigrations.h"
#include "tests/common/testenv.h"

#include <QSignalSpy>
#include <QTest>

using namespace Ops;

class TestOperatorLock : public QObject
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

private Q_SLOTS:
    void keyIsPerStackNotPerProfileName()
    {
        ConnectionProfile a;
        a.name = QStringLiteral("ops-laptop");
        a.orchestrator.projectName = QStringLiteral("fragrance-ai");
        ConnectionProfile b = a;
        b.name = QStringLiteral("night-shift");
        QCOMPARE(OperatorLock::keyFor(a), OperatorLock::keyFor(b));
        b.orchestrator.projectName = QStringLiteral("staging");
        QVERIFY(OperatorLock::keyFor(a) != OperatorLock::keyFor(b));
        ConnectionProfile k = a;
        k.orchestrator.kind = OrchestratorSettings::Kind::Kubernetes;
        k.orchestrator.kubeContext = QStringLiteral("prod");
        QVERIFY(OperatorLock::keyFor(a) != OperatorLock::keyFor(k));
    }

    void secondConsoleIsRefusedWithTheHoldersWords()
    {
        ScratchDatabase db;
        QVERIFY(db.isValid());
        QVERIFY(migrate(db));
        const qint64 key = OperatorLock::keyFor(TestEnv::stackProfile());

        OperatorLock first; // two objects: two connections, like two consoles
        OperatorLock second;
        for (OperatorLock* lock : {&first, &second}) {
            lock->setConnectionParams(db.consoleParams());
            lock->setKey(key);
        }
        QSignalSpy acquired1(&first, &OperatorLock::acquired);
        first.acquire(QStringLiteral("demo"), QStringLiteral("scale worker-llm"));
        QTRY_COMPARE_WITH_TIMEOUT(acquired1.size(), 1, 10000);
        QVERIFY(first.isHeld());
        QCOMPARE(db.scalar(QStringLiteral("SELECT action FROM ops.lock_holders")),
                 QStringLiteral("scale worker-llm"));

        QSignalSpy refused(&second, &OperatorLock::refused);
        QSignalSpy acquired2(&second, &OperatorLock::acquired);
        second.acquire(QStringLiteral("demo"), QStringLiteral("restart app"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QCOMPARE(acquired2.size(), 0);
        QVERIFY(!second.isHeld());
        const auto holder = refused.first().at(0).value<LockHolder>();
        QVERIFY(holder.known);
        QCOMPARE(holder.osUser, AuditEntry::currentOsUser());
        QCOMPARE(holder.host, AuditEntry::currentHost());
        QCOMPARE(holder.profile, QStringLiteral("demo"));
        QCOMPARE(holder.action, QStringLiteral("scale worker-llm"));
        QVERIFY(qAbs(holder.since.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        const QString words = refused.first().at(1).toString();
        QCOMPARE(words, OperatorLock::describe(holder));
        QVERIFY(words.contains(holder.osUser + u'@' + holder.host));
        QVERIFY(words.contains(QStringLiteral("scale worker-llm")));
        QVERIFY(words.contains(holder.since.toLocalTime().toString(QStringLiteral("HH:mm"))));

        // Released: the row is gone and the other console gets it.
        QSignalSpy released(&first, &OperatorLock::released);
        first.release();
        QTRY_COMPARE_WITH_TIMEOUT(released.size(), 1, 10000);
        QVERIFY(!first.isHeld());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.lock_holders")), QStringLiteral("0"));
        second.acquire(QStringLiteral("demo"), QStringLiteral("restart app"));
        QTRY_COMPARE_WITH_TIMEOUT(acquired2.size(), 1, 10000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT action FROM ops.lock_holders")),
                 QStringLiteral("restart app"));
    }

    void lockEndsWithTheConsole()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        auto* dying = new OperatorLock;
        dying->setConnectionParams(db.consoleParams());
        dying->setKey(42);
        QSignalSpy acquired(dying, &OperatorLock::acquired);
        dying->acquire(QStringLiteral("demo"), QStringLiteral("scale app"));
        QTRY_COMPARE_WITH_TIMEOUT(acquired.size(), 1, 10000);
        delete dying; // its connection closes (on the worker thread), and the server drops the lock

        OperatorLock next;
        next.setConnectionParams(db.consoleParams());
        next.setKey(42);
        QSignalSpy nextAcquired(&next, &OperatorLock::acquired);
        QSignalSpy refused(&next, &OperatorLock::refused);
        // The old session may take a moment to end on the server: ask until it is granted.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!next.isBusy() && !next.isHeld())
                    next.acquire(QStringLiteral("demo"), QStringLiteral("scale app"));
                return nextAcquired.size() == 1;
            }(),
            10000);
        // The stale row of the dead console was overwritten, not duplicated.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.lock_holders")), QStringLiteral("1"));
    }

    void unreachableDatabaseFailsInWords()
    {
        ScratchDatabase db;
        PostgresConnectionParams down = db.consoleParams();
        down.port = ScratchDatabase::closedPort();
        OperatorLock lock;
        lock.setConnectionParams(down);
        QSignalSpy failed(&lock, &OperatorLock::failed);
        lock.acquire(QStringLiteral("demo"), QStringLiteral("scale app"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(!lock.isHeld());
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOperatorLock)
#include "tst_operatorlock.moc"
