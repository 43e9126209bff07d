#include "models/audit/auditstore.h"
#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/schemamigrations.h"
#include "tests/common/testenv.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace Ops;

/// The journal replay survives a real SIGKILL in the middle: a child process replays a journal of five
/// records while the test holds an uncommitted row with the id of the third, so the child's transaction
/// (two records already inserted in it) waits on that row's lock. The child is killed there; afterwards
/// a new replay brings in every record exactly once.
class TestJournalKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidReplayLosesNothingDoublesNothing()
    {
        ScratchDatabase db;
        QVERIFY(db.isValid());
        {
            DatabaseWorker worker;
            worker.setConnectionParams(db.consoleParams());
            bool done = false;
            bool ok = false;
            SchemaMigrations::run(&worker, this, [&](const DatabaseResult& r) {
                ok = r.ok();
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            QVERIFY(ok);
        }
        QTemporaryDir dir;
        OfflineJournal journal(dir.path(), OfflineJournal::targetOf(db.consoleParams()));
        QList<AuditEntry> entries;
        for (int i = 0; i < 5; ++i) {
            AuditEntry e = AuditEntry::create(QStringLiteral("demo"), AuditAction::Scale,
                                              QStringLiteral("app"), QStringLiteral("record %1").arg(i));
            e.setExitCode(0);
            entries.append(e);
            QJsonObject record = e.toJson();
            record.insert(QStringLiteral("kind"), QStringLiteral("audit"));
            QVERIFY(journal.append(record));
        }

        // Hold the third id, uncommitted: the child's INSERT … ON CONFLICT of it must wait for us.
        pqxx::connection blocker(db.adminConnInfo().toStdString());
        auto holding = std::make_unique<pqxx::work>(blocker);
        holding->exec_params("INSERT INTO ops.audit (id, at, os_user, host, profile, action) VALUES "
                             "($1::uuid, now(), 'x', 'x', 'x', 'x')",
                             entries.at(2).id.toString(QUuid::WithoutBraces).toStdString());

        QProcess child;
        child.setProgram(QStringLiteral(OPSCONSOLE_REPLAY_CHILD));
        child.setArguments({dir.path(), TestEnv::pgHost(), QString::number(TestEnv::pgPort()), db.name(),
                            QStringLiteral("fragrance_user")});
        QSignalSpy ended(&child, &QProcess::finished);
        child.start();
        QVERIFY(child.waitForStarted(10000));
        const QString waiting =
            QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND "
                           "usename = 'fragrance_user' AND wait_event_type = 'Lock'")
                .arg(db.name());
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar(waiting), QStringLiteral("1"), 15000);
        QCOMPARE(ended.size(), 0);

        child.kill(); // SIGKILL: no cleanup of any kind in the child
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        holding->abort();
        holding.reset();

        // The dead child's transaction never committed; the journal still holds all five records.
        QTRY_COMPARE_WITH_TIMEOUT(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")),
                                  QStringLiteral("0"), 10000);
        QCOMPARE(journal.count(), 5);

        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore store(&worker, &journal);
        QSignalSpy synced(&store, &AuditStore::journalSynced);
        store.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QCOMPARE(synced.first().at(0).toInt(), 5);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT id) FROM ops.audit")), QStringLiteral("5"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")), QStringLiteral("5"));
        QVERIFY(journal.isEmpty());
    }

    /// Two consoles sharing one journal (the same profile twice on a workstation), each appending records
    /// and replaying the journal every few appends, at the same time: every record reaches the database
    /// exactly once and the journal ends empty. (Removing "the first N" after a replay, as before, dropped
    /// the records the other console appended meanwhile.) The audit chain stays whole under the race.
    void twoConsolesRacingOnOneJournalLoseAndDoubleNothing()
    {
        ScratchDatabase db;
        QVERIFY(db.isValid());
        QTemporaryDir dir;
        constexpr int kEach = 60;
        QList<QProcess*> children;
        for (const QString& tag : {QStringLiteral("first"), QStringLiteral("second")}) {
            auto* child = new QProcess(this);
            child->setProgram(QStringLiteral(OPSCONSOLE_REPLAY_CHILD));
            child->setArguments({dir.path(), TestEnv::pgHost(), QString::number(TestEnv::pgPort()), db.name(),
                                 QStringLiteral("fragrance_user"), QString::number(kEach), tag});
            child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            children.append(child);
        }
        for (QProcess* child : std::as_const(children))
            child->start();
        for (QProcess* child : std::as_const(children)) {
            QVERIFY(child->waitForFinished(120000));
            QCOMPARE(child->exitStatus(), QProcess::NormalExit);
            QCOMPARE(child->exitCode(), 0);
        }
        // Whatever the last replays left (one console's last append after the other's last replay).
        OfflineJournal journal(dir.path(), OfflineJournal::targetOf(db.consoleParams()));
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        AuditStore store(&worker, &journal);
        QSignalSpy synced(&store, &AuditStore::journalSynced);
        store.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QVERIFY(journal.isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")), QString::number(2 * kEach));
        for (const QString& tag : {QStringLiteral("first"), QStringLiteral("second")})
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT reason) FROM ops.audit WHERE reason LIKE '%1 %'")
                                   .arg(tag)),
                     QString::number(kEach));
        QCOMPARE(db.scalar(QStringLiteral("SELECT max(seq) FROM ops.audit")), QString::number(2 * kEach));
    }
};

QTEST_GUILESS_MAIN(TestJournalKill)
#include "tst_journalkill.moc"
