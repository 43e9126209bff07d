#pragma once

#include "models/store/databaselink.h"
#include "models/store/databaseresult.h"

#include <QObject>

namespace Ops {

/// The database thread's side of DatabaseWorker: owns the thread's one connection (a DatabaseLink, never
/// shared), runs one task at a time and reports each outcome as data. Every exception of libpqxx or of
/// the task is caught here: nothing throws across the thread.
class DatabaseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSession)

public:
    DatabaseSession();
    ~DatabaseSession() override;

    /// Sessions alive in the process (one per running database thread, stuck ones included).
    static int liveCount();

    /// Runs on this object's thread; may block it (that is why it has its own thread).
    void run(quint64 id, const Ops::DatabaseTask& task, const Ops::PostgresConnectionParams& params);

Q_SIGNALS:
    void finished(quint64 id, const Ops::DatabaseResult& result);

private:
    DatabaseLink m_link;
};

} // namespace Ops
