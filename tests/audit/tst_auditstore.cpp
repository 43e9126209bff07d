#include "models/audit/auditstore.h"
#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/schemamigrations.h"
#include "tests/common/testenv.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestAuditStore : public QObject
{
    Q_OBJECT

private:
    static bool migrate(DatabaseWorker& worker)
    {
        bool done = false;
        bool ok = false;
        SchemaMigrations::run(&worker, nullptr, [&](const DatabaseResult& r) {
            ok = r.ok();
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }

    static AuditEntry scaleEntry(const QString& target, int replicas, const QString& reason)
    {
        AuditEntry e = AuditEntry::create(QStringLiteral("demo"), AuditAction::Scale, target, reason);
        e.argv = {QStringLiteral("/usr/bin/docker"),
                  QStringLiteral("compose"),
                  QStringLiteral("up"),
                  QStringLiteral("-d"),
                  QStringLiteral("--scale"),
                  target + u'=' + QString::number(replicas)};
        e.setExitCode(0);
        e.outputDigest = AuditEntry::digestOf("Container fragrance-ai-worker-llm-4  Started\n");
        e.metricsBefore = {{QStringLiteral("replicas"), 2}, {QStringLiteral("queue"), 61}};
        e.metricsAfter = {{QStringLiteral("replicas"), replicas}};
        return e;
    }

    static QList<AuditEntry> listAll(AuditStore& store, const AuditFilter& filter = AuditFilter())
    {
        QSignalSpy spy(&store, &AuditStore::listed);
        QSignalSpy failed(&store, &AuditStore::listFailed);
        store.list(filter);
        if (!QTest::qWaitFor([&] { return spy.size() + failed.size() > 0; }, 10000) || spy.isEmpty())
            return {};
        return spy.first().first().value<QList<AuditEntry>>();
    }

private Q_SLOTS:
    void appendListAndFilter()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        QVERIFY(migrate(worker));
        QTemporaryDir dir;
        OfflineJournal journal(dir.path(), OfflineJournal::targetOf(db.consoleParams()));
        AuditStore store(&worker, &journal);

        const AuditEntry up =
            scaleEntry(QStringLiteral("worker-llm"), 4, QStringLiteral("LLM queue 61 > 50"));
        AuditEntry restart =
            AuditEntry::create(QStringLiteral("demo"), AuditAction::Restart, QStringLiteral("app"),
                               QStringLiteral("memory leak, 100% used"));
        restart.at = up.at.addSecs(-3600);
        restart.override = true;
        QSignalSpy appended(&store, &AuditStore::appended);
        store.append(up);
        store.append(restart);
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 2, 10000);
        QCOMPARE(appended.at(0).at(1).toBool(), false); // in the database, not journaled
        QVERIFY(journal.isEmpty());

        const auto all = listAll(store);
        QCOMPARE(all.size(), 2);
        // Newest first, every field back as written (time to the millisecond).
        QCOMPARE(all.at(0), up);
        QCOMPARE(all.at(1), restart);

        AuditFilter byAction;
        byAction.action = QStringLiteral("restart");
        QCOMPARE(listAll(store, byAction).size(), 1);
        AuditFilter byTarget;
        byTarget.target = QStringLiteral("worker-llm");
        QCOMPARE(listAll(store, byTarget).value(0).id, up.id);
        AuditFilter byText;
        byText.text = QStringLiteral("QUEUE 61"); // case-insensitive, and % or _ are not wildcards
        QCOMPARE(listAll(store, byText).size(), 1);
        byText.text = QStringLiteral("100%");
        QCOMPARE(listAll(store, byText).value(0).id, restart.id);
        byText.text = QStringLiteral("_");
        QCOMPARE(listAll(store, byText).size(), 0);
        AuditFilter byTime;
        byTime.from = up.at.addSecs(-60);
        byTime.to = up.at.addSecs(60);
        QCOMPARE(listAll(store, byTime).value(0).id, up.id);
        QCOMPARE(listAll(store, byTime).size(), 1);
    }

    void appendOnlyInTheDatabase()
    {
        ScratchDatabase db;
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        QVERIFY(migrate(worker));
        AuditStore store(&worker, nullptr);
        QSignalSpy appended(&store, &AuditStore::appended);
        store.append(scaleEntry(QStringLiteral("app"), 4, QStringLiteral("traffic")));
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);

        const QString role = QStringLiteral("fragrance_user");
        // The console's role: 42501 insufficient_privilege for each (revoked, and the trigger too).
        QCOMPARE(db.execAs(role, QStringLiteral("UPDATE ops.audit SET reason = 'edited'")),
                 QStringLiteral("42501"));
        QCOMPARE(db.execAs(role, QStringLiteral("DELETE FROM ops.audit")), QStringLiteral("42501"));
        QCOMPARE(db.execAs(role, QStringLiteral("TRUNCATE ops.audit")), QStringLiteral("42501"));
        // Even a superuser meets the trigger.
        QCOMPARE(db.execAs(QStringLiteral("postgres"), QStringLiteral("UPDATE ops.audit SET reason = 'x'")),
                 QStringLiteral("42501"));
        QCOMPARE(db.execAs(QStringLiteral("postgres"), QStringLiteral("TRUNCATE ops.audit")),
                 QStringLiteral("42501"));
        // Appending and reading are still allowed.
        QCOMPARE(db.execAs(role, QStringLiteral("SELECT count(*) FROM ops.audit")), QString());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit WHERE reason = 'traffic'")),
                 QStringLiteral("1"));
    }

    void journalWhileDownReplayWhenBack()
    {
        ScratchDatabase db;
        QTemporaryDir dir;
        OfflineJournal journal(dir.path(), OfflineJournal::targetOf(db.consoleParams()));
        DatabaseWorker worker;
        PostgresConnectionParams down = db.consoleParams();
        down.port = ScratchDatabase::closedPort();
        worker.setConnectionParams(down);
        AuditStore store(&worker, &journal);

        QSignalSpy appended(&store, &AuditStore::appended);
        QList<AuditEntry> written;
        for (int i = 0; i < 3; ++i) {
            written.append(
                scaleEntry(QStringLiteral("worker-rl"), 2 + i, QStringLiteral("offline %1").arg(i)));
            store.append(written.last());
        }
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 3, 15000);
        for (const auto& args : std::as_const(appended))
            QCOMPARE(args.at(1).toBool(), true); // journaled
        QCOMPARE(journal.count(), 3);

        // The database is back.
        worker.setConnectionParams(db.consoleParams());
        QVERIFY(migrate(worker));
        QSignalSpy synced(&store, &AuditStore::journalSynced);
        store.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QCOMPARE(synced.first().at(0).toInt(), 3);
        QCOMPARE(synced.first().at(1).toInt(), 0);
        QVERIFY(journal.isEmpty());
        const auto all = listAll(store);
        QCOMPARE(all.size(), 3);
        // Nothing changed on the way through the journal.
        for (const AuditEntry& e : std::as_const(written))
            QVERIFY(std::find(all.cbegin(), all.cend(), e) != all.cend());
    }

    void replayRetriedByItself()
    {
        ScratchDatabase db;
        QTemporaryDir dir;
        OfflineJournal journal(dir.path(), OfflineJournal::targetOf(db.consoleParams()));
        DatabaseWorker worker;
        PostgresConnectionParams down = db.consoleParams();
        down.port = ScratchDatabase::closedPort();
        worker.setConnectionParams(down);
        AuditStore store(&worker, &journal);
        store.setRetryInterval(100);
        QSignalSpy appended(&store, &AuditStore::appended);
        QSignalSpy failed(&store, &AuditStore::journalSyncFailed);
        QSignalSpy synced(&store, &AuditStore::journalSynced);
        store.append(scaleEntry(QStringLiteral("app"), 4, QStringLiteral("while down")));
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
        QVERIFY(appended.first().at(1).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 1, 10000); // retried while still down

        worker.setConnectionParams(db.consoleParams());
        QVERIFY(migrate(worker));
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000); // nobody asked: the retry timer did
        QCOMPARE(synced.first().at(0).toInt(), 1);
        QVERIFY(journal.isEmpty());
        QCOMPARE(db.scalar(QStringLiteral("SELECT reason FROM ops.audit")), QStringLiteral("while down"));
    }

    void replayAfterKillNeitherLosesNorDoubles()
    {
        ScratchDatabase db;
        QTemporaryDir dir;
        OfflineJournal journal(dir.path(), OfflineJournal::targetOf(db.consoleParams()));
        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        QVERIFY(migrate(worker));
        AuditStore store(&worker, &journal);

        QList<AuditEntry> entries;
        for (int i = 0; i < 4; ++i) {
            entries.append(scaleEntry(QStringLiteral("app"), 2, QStringLiteral("kill test %1").arg(i)));
            QJsonObject record = entries.last().toJson();
            record.insert(QStringLiteral("kind"), QStringLiteral("audit"));
            QVERIFY(journal.append(record));
        }
        // Killed after the replay committed the first two but before the journal was trimmed: they are in
        // the database and still in the journal. (Killed before the commit: nothing is in the database.)
        QSignalSpy appended(&store, &AuditStore::appended);
        QSignalSpy synced(&store, &AuditStore::journalSynced);
        AuditStore direct(&worker, nullptr);
        QSignalSpy directAppended(&direct, &AuditStore::appended);
        direct.append(entries.at(0));
        direct.append(entries.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(directAppended.size(), 2, 10000);

        store.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QCOMPARE(synced.first().at(0).toInt(), 2); // only the two that were missing
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")), QStringLiteral("4"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(DISTINCT id) FROM ops.audit")), QStringLiteral("4"));

        // Replaying the same records again (a kill right after the commit) inserts nothing.
        for (const AuditEntry& e : std::as_const(entries)) {
            QJsonObject record = e.toJson();
            record.insert(QStringLiteral("kind"), QStringLiteral("audit"));
            QVERIFY(journal.append(record));
        }
        store.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 2, 10000);
        QCOMPARE(synced.at(1).at(0).toInt(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")), QStringLiteral("4"));
        QVERIFY(journal.isEmpty());
    }

    void csvExport()
    {
        AuditEntry e =
            scaleEntry(QStringLiteral("worker-llm"), 4, QStringLiteral("=HYPERLINK(\"x\"), and more"));
        const QByteArray csv = AuditStore::toCsv({e});
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.at(0).startsWith("id,at,os_user,host,profile,action,target,reason,argv,exit_code"));
        // Quoted (comma, quotes) and defused (leading '=').
        QVERIFY(lines.at(1).contains("\"'=HYPERLINK(\"\"x\"\"), and more\""));
        QVERIFY(lines.at(1).contains(QByteArray(",0," + e.outputDigest.toLatin1() + ",false,")));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(AuditStore::exportCsv({e}, &buffer));
        QCOMPARE(buffer.data(), csv);
    }
};

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_auditstore.moc"
