#pragma once

#include "tests/common/scratchdatabase.h"
#include "models/store/databaseworker.h"
#include "models/store/offlinejournal.h"

#include <QTemporaryDir>

/// One console's own side of a store test on a scratch database: a journal in a folder of its own,
/// bound to that database, and a database worker connected to it as the console's role. Two of them are
/// two consoles sharing the database.
struct ConsoleSide
{
    explicit ConsoleSide(const ScratchDatabase& db)
        : journal(dir.filePath(QStringLiteral("journal")), Ops::OfflineJournal::targetOf(db.consoleParams()))
    {
        worker.setConnectionParams(db.consoleParams());
    }

    QTemporaryDir dir; // first: the journal lives in it
    Ops::OfflineJournal journal;
    Ops::DatabaseWorker worker;
};
