#include "models/incidents/incidentnotifier.h"
#include "models/incidents/incidentstore.h"
#include "tests/common/consoleside.h"
#include "tests/common/incidenttesthelpers.h"
#include "models/store/offlinejournal.h"
#include "tests/common/testenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Ops;

/// The incident log against the stack's real PostgreSQL, each test on its own scratch database.
class TestIncidentStore : public QObject
{
    Q_OBJECT

    static Ops::PostgresConnectionParams downParams()
    {
        Ops::PostgresConnectionParams params;
        params.host = QStringLiteral("127.0.0.1");
        params.port = ScratchDatabase::closedPort();
        params.database = QStringLiteral("nowhere");
        params.user = QStringLiteral("fragrance_user");
        params.sslMode = QStringLiteral("disable");
        params.connectTimeoutS = 2;
        return params;
    }

    /// "1,2,3,…": every migration the binary carries (later issues add their own).
    static QString embeddedVersions()
    {
        QStringList versions;
        for (const Migration& m : SchemaMigrations::embedded())
            versions.append(QString::number(m.version));
        return versions.join(u',');
    }

private Q_SLOTS:
    void migratesFromEmpty()
    {
        ScratchDatabase db(ScratchDatabase::Schema::Empty);
        QVERIFY(db.isValid());
        QVERIFY(migrate(db));
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM "
                                          "ops.schema_migrations")),
                 embeddedVersions());
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('ops.incidents')::text")), QStringLiteral("ops.incidents"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('ops.oncall')::text")), QStringLiteral("ops.oncall"));
    }

    void upgradesFromPreviousVersion()
    {
        ScratchDatabase db(ScratchDatabase::Schema::Empty);
        QVERIFY(db.isValid());
        QVERIFY(migrate(db, 2)); // 001 + 002 only: the schema before the incident log
        QCOMPARE(db.scalar(QStringLiteral("SELECT to_regclass('ops.incidents')::text")), QString());
        QCOMPARE(db.execAs(QStringLiteral("postgres"),
                           QStringLiteral("INSERT INTO ops.audit (id, at, os_user, host, profile, action) VALUES "
                                          "(gen_random_uuid(), now(), 'u', 'h', 'p', 'scale')")),
                 QString());
        QVERIFY(migrate(db));
        QCOMPARE(db.scalar(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM "
                                          "ops.schema_migrations")),
                 embeddedVersions());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.audit")), QStringLiteral("1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.incidents")), QStringLiteral("0"));
    }

    void createEditResolve()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        ConsoleSide console(db);
        IncidentStore store(&console.worker, &console.journal);
        QSignalSpy saved(&store, &IncidentStore::saved);

        Incident incident = Incident::create(QStringLiteral("API down"), Severity::P0);
        incident.impact = QStringLiteral("All requests fail");
        incident.commander = QStringLiteral("kim");
        store.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(saved.at(0).at(1).toInt(), 1);
        QCOMPARE(saved.at(0).at(3).toBool(), false);
        incident = store.incident(incident.id);
        QCOMPARE(incident.version, 1);

        incident.status = IncidentStatus::Identified;
        incident.actionsTaken = {QStringLiteral("Restarted app"), QStringLiteral("Rolled back to v0.1.0")};
        incident.setChecked(ServiceRestored, true);
        store.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
        QCOMPARE(saved.at(1).at(1).toInt(), 2);

        QSignalSpy appended(&store, &IncidentStore::updateAppended);
        store.appendUpdate(incident.id, {QUuid::createUuid(), QDateTime::currentDateTimeUtc(), QStringLiteral("kim"),
                                         QStringLiteral("Rollback done")});
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);

        incident = store.incident(incident.id);
        incident.status = IncidentStatus::Resolved;
        incident.resolvedAt = QDateTime::currentDateTimeUtc();
        incident.rootCause = QStringLiteral("Bad release");
        store.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, 10000);

        QSignalSpy changed(&store, &IncidentStore::incidentsChanged);
        store.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1 && !store.isSyncing(), 10000);
        const Incident back = store.incident(incident.id);
        QCOMPARE(back.version, 3);
        QCOMPARE(back.status, IncidentStatus::Resolved);
        QCOMPARE(back.actionsTaken.size(), 2);
        QVERIFY(back.isChecked(ServiceRestored));
        QCOMPARE(back.rootCause, QStringLiteral("Bad release"));
        QCOMPARE(back.timeline.size(), 1);
        QCOMPARE(back.startedAt, incident.startedAt);
        QVERIFY(console.journal.isEmpty());
    }

    /// A read already sent when an update is appended returns the timeline without it; the update is
    /// still shown once its insert is done (it used to vanish until the next read).
    void anUpdateOutlivesAReadSentBeforeIt()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        ConsoleSide console(db);
        IncidentStore store(&console.worker, &console.journal);
        QSignalSpy saved(&store, &IncidentStore::saved);
        const Incident incident = Incident::create(QStringLiteral("Slow searches"), Severity::P3);
        store.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);

        QSignalSpy appended(&store, &IncidentStore::updateAppended);
        store.refresh(); // sent first: it reads the timeline before the insert below
        const TimelineEntry entry{QUuid::createUuid(), QDateTime::currentDateTimeUtc(), QStringLiteral("kim"),
                                  QStringLiteral("Index rebuilt")};
        store.appendUpdate(incident.id, entry);
        QCOMPARE(store.incident(incident.id).timeline.size(), 1); // shown at once
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
        QCOMPARE(store.incident(incident.id).timeline.size(), 1);
        QCOMPARE(store.incident(incident.id).timeline.first().id, entry.id);
    }

    /// PostgreSQL unreachable: everything goes to the journal with the pending count visible; when it is
    /// back the replay writes each change once, and replaying the same journal again writes nothing.
    void outageThenReplayLosesNothingDoublesNothing()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir dir;
        OfflineJournal journal(dir.path(), OfflineJournal::targetOf(db.consoleParams()));
        DatabaseWorker worker;
        worker.setDeadline(3000);
        worker.setConnectionParams(downParams());
        IncidentStore store(&worker, &journal);
        store.setRetryInterval(0);
        QSignalSpy saved(&store, &IncidentStore::saved);
        QSignalSpy pending(&store, &IncidentStore::pendingCountChanged);

        Incident incident = Incident::create(QStringLiteral("DB pool exhausted"), Severity::P1);
        store.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        QCOMPARE(saved.at(0).at(3).toBool(), true); // journaled
        QCOMPARE(store.pendingCount(), 1);
        QVERIFY(!pending.isEmpty());

        // Two more edits and a timeline update, all offline, each built on the previous one.
        incident = store.incident(incident.id);
        incident.status = IncidentStatus::Identified;
        store.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 15000);
        incident = store.incident(incident.id);
        incident.nextSteps = {QStringLiteral("Raise max_connections")};
        store.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 3, 15000);
        QSignalSpy appended(&store, &IncidentStore::updateAppended);
        store.appendUpdate(incident.id, {QUuid::createUuid(), QDateTime::currentDateTimeUtc(), QStringLiteral("lee"),
                                         QStringLiteral("Connections at 98 %")});
        QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 15000);
        QCOMPARE(store.pendingCount(), 4);
        QVERIFY(store.isPending(incident.id));
        QCOMPARE(store.incident(incident.id).nextSteps, incident.nextSteps);

        // A copy of the journal, to replay it a second time afterwards (as after a kill between the
        // commit and the journal's rewrite).
        QVERIFY(QFile::copy(journal.filePath(), dir.filePath(QStringLiteral("copy.jsonl"))));

        worker.setConnectionParams(db.consoleParams());
        QSignalSpy synced(&store, &IncidentStore::journalSynced);
        QSignalSpy conflicts(&store, &IncidentStore::conflictDetected);
        const auto applied = [&synced] {
            int sum = 0;
            for (const QList<QVariant>& args : std::as_const(synced))
                sum += args.at(0).toInt();
            return sum;
        };
        store.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingCount(), 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!store.isSyncing(), 15000);
        QCOMPARE(applied(), 4);
        QCOMPARE(conflicts.size(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.incidents")), QStringLiteral("1"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM ops.incidents")), QStringLiteral("3"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT status || ':' || next_steps[1] FROM ops.incidents")),
                 QStringLiteral("identified:Raise max_connections"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.incident_updates")), QStringLiteral("1"));

        QFile::remove(journal.filePath());
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("copy.jsonl")), journal.filePath()));
        const qsizetype before = synced.size();
        store.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), before + 1, 15000);
        QCOMPARE(synced.last().at(0).toInt(), 0);
        QCOMPARE(conflicts.size(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM ops.incidents")), QStringLiteral("3"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM ops.incident_updates")), QStringLiteral("1"));
        QVERIFY(journal.isEmpty());
    }

    /// Two consoles edit the same version: the second gets a conflict, the first's change stays.
    void twoConsolesConflict()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        ConsoleSide one(db);
        ConsoleSide two(db);
        DatabaseWorker& worker1 = one.worker;
        DatabaseWorker& worker2 = two.worker;
        OfflineJournal& journal1 = one.journal;
        OfflineJournal& journal2 = two.journal;
        IncidentStore first(&worker1, &journal1);
        IncidentStore second(&worker2, &journal2);
        QSignalSpy saved1(&first, &IncidentStore::saved);
        QSignalSpy conflict2(&second, &IncidentStore::conflictDetected);
        QSignalSpy saved2(&second, &IncidentStore::saved);

        Incident incident = Incident::create(QStringLiteral("Queue backlog"), Severity::P2);
        first.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved1.size(), 1, 10000);
        QSignalSpy loaded(&second, &IncidentStore::incidentsChanged);
        second.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!second.incident(incident.id).id.isNull(), 10000);
        Incident theirsBase = second.incident(incident.id);
        QCOMPARE(theirsBase.version, 1);

        Incident mine = first.incident(incident.id);
        mine.title = QStringLiteral("Queue backlog (llm)");
        first.save(mine);
        QTRY_COMPARE_WITH_TIMEOUT(saved1.size(), 2, 10000);

        theirsBase.title = QStringLiteral("Queue backlog (rl)");
        second.save(theirsBase);
        QTRY_COMPARE_WITH_TIMEOUT(conflict2.size(), 1, 10000);
        QCOMPARE(saved2.size(), 0);
        const auto refused = conflict2.at(0).at(0).value<Incident>();
        const auto current = conflict2.at(0).at(1).value<Incident>();
        QCOMPARE(refused.title, QStringLiteral("Queue backlog (rl)"));
        QCOMPARE(current.title, QStringLiteral("Queue backlog (llm)"));
        QCOMPARE(current.version, 2);
        QCOMPARE(db.scalar(QStringLiteral("SELECT title FROM ops.incidents")), QStringLiteral("Queue backlog (llm)"));

        // "Keep mine": saved again on top of theirs, deliberately.
        Incident keep = refused;
        keep.version = current.version;
        keep.lastChange = current.lastChange;
        second.save(keep);
        QTRY_COMPARE_WITH_TIMEOUT(saved2.size(), 1, 10000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT title || ' v' || version FROM ops.incidents")),
                 QStringLiteral("Queue backlog (rl) v3"));
    }

    /// An edit journaled offline while another console changed the incident: the replay reports a
    /// conflict and keeps the refused change aside instead of overwriting or dropping it.
    void offlineEditConflictsOnReplay()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        ConsoleSide one(db);
        ConsoleSide two(db);
        DatabaseWorker& worker1 = one.worker;
        DatabaseWorker& worker2 = two.worker;
        OfflineJournal& journal1 = one.journal;
        OfflineJournal& journal2 = two.journal;
        worker2.setDeadline(3000);
        IncidentStore first(&worker1, &journal1);
        IncidentStore second(&worker2, &journal2);
        second.setRetryInterval(0);
        QSignalSpy saved1(&first, &IncidentStore::saved);
        QSignalSpy saved2(&second, &IncidentStore::saved);

        Incident incident = Incident::create(QStringLiteral("Disk 90 %"), Severity::P2);
        first.save(incident);
        QTRY_COMPARE_WITH_TIMEOUT(saved1.size(), 1, 10000);
        second.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!second.incident(incident.id).id.isNull(), 10000);

        worker2.setConnectionParams(downParams());
        Incident offline = second.incident(incident.id);
        offline.eta = QStringLiteral("30 min");
        second.save(offline);
        QTRY_COMPARE_WITH_TIMEOUT(saved2.size(), 1, 15000);
        QCOMPARE(second.pendingCount(), 1);

        Incident online = first.incident(incident.id);
        online.eta = QStringLiteral("2 h");
        first.save(online);
        QTRY_COMPARE_WITH_TIMEOUT(saved1.size(), 2, 10000);

        worker2.setConnectionParams(db.consoleParams());
        QSignalSpy conflicts(&second, &IncidentStore::conflictDetected);
        QSignalSpy synced(&second, &IncidentStore::journalSynced);
        second.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QCOMPARE(synced.at(0).at(0).toInt(), 0);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).at(0).value<Incident>().eta, QStringLiteral("30 min"));
        QCOMPARE(conflicts.at(0).at(1).value<Incident>().eta, QStringLiteral("2 h"));
        QCOMPARE(second.pendingCount(), 0);
        QCOMPARE(second.conflictCount(), 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT eta FROM ops.incidents")), QStringLiteral("2 h"));
    }

    /// Another console's change reaches this one through LISTEN/NOTIFY on a dedicated connection.
    void notificationsBetweenConsoles()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        IncidentNotifier notifier;
        QSignalSpy listening(&notifier, &IncidentNotifier::listeningChanged);
        QSignalSpy changed(&notifier, &IncidentNotifier::changed);
        notifier.start(db.consoleParams());
        QTRY_VERIFY_WITH_TIMEOUT(notifier.isListening(), 10000);

        ConsoleSide console(db);
        IncidentStore other(&console.worker, &console.journal);
        const Incident incident = Incident::create(QStringLiteral("Latency p95 > 1s"), Severity::P1);
        other.save(incident);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.at(0).at(0).toString(), incident.id.toString(QUuid::WithoutBraces));
        notifier.stop();
    }
};

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
