// Helper process of tst_journalkill: replays a journal into a database, then exits 0 (1 on failure).
// The test kills it with SIGKILL while its replay transaction waits on a row lock.
//   journalreplaychild JOURNAL_DIR HOST PORT DATABASE USER
#include "models/audit/auditstore.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return 2;
    Ops::OfflineJournal journal(args.at(1));
    Ops::DatabaseWorker worker;
    Ops::PostgresConnectionParams params;
    params.host = args.at(2);
    params.port = args.at(3).toInt();
    params.database = args.at(4);
    params.user = args.at(5);
    params.sslMode = QStringLiteral("disable");
    worker.setConnectionParams(params);
    worker.setDeadline(60000);
    Ops::AuditStore store(&worker, &journal);
    QObject::connect(&store, &Ops::AuditStore::journalSynced, &app, [] { QCoreApplication::exit(0); });
    QObject::connect(&store, &Ops::AuditStore::journalSyncFailed, &app, [] { QCoreApplication::exit(1); });
    store.syncJournal();
    return app.exec();
}
