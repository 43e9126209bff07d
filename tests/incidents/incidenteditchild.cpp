// Helper process of tst_incidentkill: with PostgreSQL unreachable, creates an incident, edits it and adds
// a timeline update (all journaled), prints "edited" and then keeps running until it is SIGKILLed.
//   incidenteditchild JOURNAL_DIR CLOSED_PORT INCIDENT_ID TARGET (the database the journal is bound to)
#include "models/incidents/incidentstore.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        return 2;
    Ops::OfflineJournal journal(args.at(1), args.at(4)); // bound to the database it is written for
    Ops::DatabaseWorker worker;
    Ops::PostgresConnectionParams params;
    params.host = QStringLiteral("127.0.0.1");
    params.port = args.at(2).toInt();
    params.database = QStringLiteral("nowhere");
    params.user = QStringLiteral("fragrance_user");
    params.sslMode = QStringLiteral("disable");
    worker.setConnectionParams(params);
    worker.setDeadline(3000);
    Ops::IncidentStore store(&worker, &journal);
    store.setRetryInterval(0);

    Ops::Incident incident = Ops::Incident::create(QStringLiteral("Killed while editing"), Ops::Severity::P1);
    incident.id = QUuid::fromString(args.at(3));
    int step = 0;
    QObject::connect(&store, &Ops::IncidentStore::saved, &app, [&](const QUuid&, int, const QUuid&, bool) {
        if (++step == 1) {
            incident = store.incident(incident.id);
            incident.impact = QStringLiteral("edited before the kill");
            store.save(incident);
        } else {
            store.appendUpdate(incident.id, {QUuid::createUuid(), QDateTime::currentDateTimeUtc(),
                                             QStringLiteral("child"), QStringLiteral("last words")});
        }
    });
    QObject::connect(&store, &Ops::IncidentStore::updateAppended, &app, [] {
        std::puts("edited");
        std::fflush(stdout);
    });
    store.save(incident);
    return app.exec();
}
