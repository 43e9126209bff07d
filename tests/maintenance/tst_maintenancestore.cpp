// The maintenance schedule's store on the real PostgreSQL (a scratch database): read back as written,
// readable from the local copy while the database is down, and nothing lost that was written then.
#include "models/maintenance/maintenancestore.h"
#include "tests/common/consoleside.h"
#include "tests/common/incidenttesthelpers.h"
#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"
#include "models/store/schemamigrations.h"
#include "tests/common/testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ops;

class TestMaintenanceStore : public QObject
{
    Q_OBJECT

private:
    static MaintenanceWindow window()
    {
        MaintenanceWindow w = MaintenanceWindow::recommended(QDateTime::currentDateTimeUtc());
        w.title = QStringLiteral("Index rebuild");
        w.owner = QStringLiteral("dba");
        w.description = QStringLiteral("REINDEX; 'quotes' and \"double\"");
        return w;
    }

private Q_SLOTS:
    void writesAndReadsBack()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        ConsoleSide console(db);
        MaintenanceStore store(&console.worker, &console.journal);
        QSignalSpy saved(&store, &MaintenanceStore::saved);
        const MaintenanceWindow w = window();
        store.saveWindow(w);
        store.recordTick(
            ChecklistTick::create(w.id, QStringLiteral("backup"), true, QStringLiteral("alice")));
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
        QVERIFY(!saved.at(0).at(1).toBool()); // in the database

        MaintenanceStore reader(&console.worker, nullptr);
        QSignalSpy changed(&reader, &MaintenanceStore::windowsChanged);
        reader.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QCOMPARE(reader.windows().size(), 1);
        const MaintenanceWindow back = reader.window(w.id);
        QCOMPARE(back.title, w.title);
        QCOMPARE(back.description, w.description);
        QCOMPARE(back.start, w.start);
        QCOMPARE(back.end, w.end);
        QVERIFY(reader.checklist(w.id).isTicked(QStringLiteral("backup")));
        QCOMPARE(reader.checklist(w.id).latest(QStringLiteral("backup")).by, QStringLiteral("alice"));
    }

    void aReadSentBeforeASaveDoesNotHideIt()
    {
        // The schedule is re-read now and then; a read already on its way when the operator saves a
        // window and ticks its checklist returns the database as it was before. Adopting it as it is made
        // the window vanish until the next read ("Save the window first" on Start, seen in CI).
        ScratchDatabase db;
        QVERIFY(migrate(db));
        ConsoleSide console(db);
        MaintenanceStore store(&console.worker, &console.journal);
        QSignalSpy saved(&store, &MaintenanceStore::saved);
        QSignalSpy changed(&store, &MaintenanceStore::windowsChanged);
        int readsBack = 0;
        connect(&console.worker, &DatabaseWorker::jobFinished, this, [&readsBack] { ++readsBack; });
        store.refresh(); // sent first: it runs before the writes below reach the database
        const MaintenanceWindow w = window();
        store.saveWindow(w);
        store.recordTick(ChecklistTick::create(w.id, QStringLiteral("backup"), true, QStringLiteral("alice")));
        QVERIFY(store.window(w.id).isValid()); // shown at once
        QTRY_COMPARE_WITH_TIMEOUT(readsBack, 3, 10000); // the read, then the two writes
        QCOMPARE(saved.size(), 2);
        QVERIFY(changed.size() >= 3); // the two writes and the read
        QVERIFY2(store.window(w.id).isValid(), "the read sent before the save hid the window");
        QVERIFY(store.checklist(w.id).isTicked(QStringLiteral("backup")));

        // A read sent after them returns them from the database, and nothing is applied twice.
        store.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(readsBack, 4, 10000);
        QCOMPARE(store.windows().size(), 1);
        QCOMPARE(store.checklist(w.id).ticks().size(), 1);
    }

    void readableAndNothingLostWhileTheDatabaseIsDown()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("maintenance.json"));
        OfflineJournal journal(dir.filePath(QStringLiteral("journal")), OfflineJournal::targetOf(db.consoleParams()));
        PostgresConnectionParams down = db.consoleParams();
        down.port = ScratchDatabase::closedPort();
        DatabaseWorker worker;
        worker.setConnectionParams(down);
        worker.setDeadline(3000);

        MaintenanceWindow w = window();
        {
            MaintenanceStore store(&worker, &journal);
            store.setCacheFile(cache);
            store.setRetryInterval(0);
            QSignalSpy saved(&store, &MaintenanceStore::saved);
            store.saveWindow(w);
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
            QVERIFY(saved.first().at(1).toBool()); // journaled
            store.recordTick(
                ChecklistTick::create(w.id, QStringLiteral("on-call"), true, QStringLiteral("bob")));
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
            QCOMPARE(journal.count(), 2);
            QSignalSpy failed(&store, &MaintenanceStore::loadFailed);
            store.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
            QCOMPARE(store.windows().size(), 1); // still shown
        }
        // A console started while the database is down shows the schedule from its local copy.
        MaintenanceStore later(&worker, &journal);
        later.setCacheFile(cache);
        later.setRetryInterval(0);
        QCOMPARE(later.window(w.id).title, w.title);
        QVERIFY(later.checklist(w.id).isTicked(QStringLiteral("on-call")));

        // The database is back: the journal is replayed once, in order, and emptied.
        worker.setConnectionParams(db.consoleParams());
        QSignalSpy synced(&later, &MaintenanceStore::journalSynced);
        QSignalSpy syncFailed(&later, &MaintenanceStore::journalSyncFailed);
        later.syncJournal();
        QTRY_VERIFY_WITH_TIMEOUT(synced.size() + syncFailed.size() == 1, 15000);
        QVERIFY2(syncFailed.isEmpty(), qPrintable(syncFailed.value(0).value(0).toString()));
        QCOMPARE(synced.first().at(1).toInt(), 0);
        QCOMPARE(journal.count(), 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT title FROM ops.maintenance_windows")), w.title);
        QCOMPARE(db.scalar(QStringLiteral("SELECT by_user FROM ops.maintenance_checklist")),
                 QStringLiteral("bob"));
    }
};

QTEST_GUILESS_MAIN(TestMaintenanceStore)
#include "tst_maintenancestore.moc"
