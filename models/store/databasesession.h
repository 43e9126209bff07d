#pragma once

#include "models/store/postgresconnectionparams.h"
#include "models/store/databaseresult.h"

#include <QObject>
#include <memory>

namespace Ops {

/// The database thread's side of DatabaseWorker: owns the thread's one libpqxx connection (never
/// shared), connects lazily, runs one job at a time and reports each outcome as data.
class DatabaseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSession)

public:
    DatabaseSession();
    ~DatabaseSession() override;

    /// Runs on this object's thread; may block it (that is why it has its own thread).
    void run(quint64 id, const Ops::DatabaseJob& job, const Ops::PostgresConnectionParams& params);

Q_SIGNALS:
    void finished(quint64 id, const Ops::DatabaseResult& result);

private:
    struct Connection;
    std::unique_ptr<Connection> m_connection;
    QByteArray m_connectedWith;
};

} // namespace Ops
