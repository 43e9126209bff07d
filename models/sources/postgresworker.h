#pragma once

#include "models/core/health.h"
#include "models/store/postgresconnectionparams.h"
#include "models/sources/postgressnapshot.h"

#include <QAtomicInt>
#include <QObject>
#include <memory>

namespace Ops {

/// Runs PostgreSQL checks with blocking libpq/libpqxx calls. Lives on its own QThread and owns the one
/// connection of that thread (never shared). Everything that can throw is caught here: the result
/// crosses back to the GUI thread as data.
class PostgresWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresWorker)

public:
    PostgresWorker();
    ~PostgresWorker() override;

    /// Workers alive in the process (all sources): for tests that assert bounded growth.
    static int liveCount() { return s_live.loadRelaxed(); }

public Q_SLOTS:
    /// One check; answers with finished(generation, …). Blocks this worker's thread only.
    void check(quint64 generation, const Ops::PostgresConnectionParams& params);

Q_SIGNALS:
    void finished(quint64 generation, const Ops::PostgresSnapshot& snapshot, Ops::Health health,
                  const QString& reason);

private:
    void query(PostgresSnapshot& snapshot);

    // pqxx 6.4 declares `connection` as an alias template instance: it cannot be forward-declared.
    struct Connection;
    std::unique_ptr<Connection> m_connection;
    QByteArray m_connectedWith; ///< conninfo of m_connection, to reconnect when the profile changes
    static QAtomicInt s_live;
};

} // namespace Ops

Q_DECLARE_METATYPE(Ops::PostgresConnectionParams)
