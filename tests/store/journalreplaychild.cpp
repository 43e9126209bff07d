// Helper process of tst_journalkill.
//   journalreplaychild JOURNAL_DIR HOST PORT DATABASE USER
//     replays a journal into a database, then exits 0 (1 on failure). The test kills it with SIGKILL while
//     its replay transaction waits on a lock.
//   journalreplaychild JOURNAL_DIR HOST PORT DATABASE USER COUNT TAG
//     a console racing another on one journal: appends COUNT audit records ("TAG i") to the journal one
//     by one, replaying it every few appends, replays once more at the end and exits 0 (1 on failure).
#include "models/audit/auditstore.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6 && args.size() != 8)
        return 2;
    Ops::DatabaseWorker worker;
    Ops::PostgresConnectionParams params;
    params.host = args.at(2);
    params.port = args.at(3).toInt();
    params.database = args.at(4);
    params.user = args.at(5);
    params.sslMode = QStringLiteral("disable");
    worker.setConnectionParams(params);
    worker.setDeadline(60000);
    Ops::OfflineJournal journal(args.at(1), Ops::OfflineJournal::targetOf(params));
    Ops::AuditStore store(&worker, &journal);
    store.setRetryInterval(0);
    if (args.size() == 6) {
        QObject::connect(&store, &Ops::AuditStore::journalSynced, &app, [] { QCoreApplication::exit(0); });
        QObject::connect(&store, &Ops::AuditStore::journalSyncFailed, &app, [] { QCoreApplication::exit(1); });
        store.syncJournal();
        return app.exec();
    }

    const int count = args.at(6).toInt();
    const QString tag = args.at(7);
    int appended = 0;
    bool last = false;
    QObject::connect(&store, &Ops::AuditStore::journalSynced, &app, [&last] {
        if (last)
            QCoreApplication::exit(0);
    });
    QObject::connect(&store, &Ops::AuditStore::journalSyncFailed, &app, [&last](const QString& reason) {
        qWarning("replay failed: %s", qPrintable(reason));
        if (last)
            QCoreApplication::exit(1);
    });
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (appended < count) {
            Ops::AuditEntry e = Ops::AuditEntry::create(QStringLiteral("demo"), Ops::AuditAction::Scale,
                                                        QStringLiteral("app"), tag + u' ' + QString::number(appended));
            QJsonObject record = e.toJson();
            record.insert(QStringLiteral("kind"), QStringLiteral("audit"));
            if (!journal.append(record)) {
                qWarning("append failed: %s", qPrintable(journal.errorString()));
                QCoreApplication::exit(1);
                return;
            }
            if (++appended % 3 == 0)
                store.syncJournal();
        } else if (!store.isSyncing()) {
            tick.stop();
            last = true;
            store.syncJournal();
        }
    });
    tick.start();
    return app.exec();
}
