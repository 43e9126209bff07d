#include "models/incidents/incidentstore.h"
#include "tests/common/incidenttesthelpers.h"
#include "models/store/offlinejournal.h"
#include "tests/common/testenv.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Ops;

/// A console SIGKILLed after editing during an outage: its journal holds every acknowledged change,
/// and the next console replays them into PostgreSQL.
class TestIncidentKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedConsoleLosesNoEdit()
    {
        ScratchDatabase db;
        QVERIFY(migrate(db));
        QTemporaryDir dir;
        const QUuid id = QUuid::createUuid();
        QProcess child;
        child.setProgram(QStringLiteral(OPSCONSOLE_EDIT_CHILD));
        child.setArguments({dir.path(), QString::number(ScratchDatabase::closedPort()),
                            id.toString(QUuid::WithoutBraces), OfflineJournal::targetOf(db.consoleParams())});
        QSignalSpy output(&child, &QProcess::readyReadStandardOutput);
        QSignalSpy ended(&child, &QProcess::finished);
        child.start();
        QTRY_VERIFY_WITH_TIMEOUT(child.readAllStandardOutput().contains("edited") || !output.isEmpty(), 30000);
        child.kill(); // SIGKILL: no cleanup of any kind
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 10000);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        OfflineJournal journal(dir.path(), OfflineJournal::targetOf(db.consoleParams()));
        QCOMPARE(journal.count(), 3);

        DatabaseWorker worker;
        worker.setConnectionParams(db.consoleParams());
        IncidentStore store(&worker, &journal);
        QCOMPARE(store.pendingCount(), 3);
        QSignalSpy synced(&store, &IncidentStore::journalSynced);
        store.syncJournal();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QCOMPARE(db.scalar(QStringLiteral("SELECT impact || ' v' || version FROM ops.incidents")),
                 QStringLiteral("edited before the kill v2"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT message FROM ops.incident_updates")), QStringLiteral("last words"));
        QCOMPARE(synced.at(0).at(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestIncidentKill)
#include "tst_incidentkill.moc"
