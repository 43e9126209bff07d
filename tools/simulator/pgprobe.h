#pragma once

#include "tools/simulator/snapshots.h"

#include <QObject>

#include <vector>

#include <libpq-fe.h>

class QTimer;

namespace Sim {

/// Probes the real PostgreSQL once a second on its own thread (readiness, numbackends per
/// database, max_connections) and, for the db-pool-exhausted scenario, holds real idle
/// connections open until the share of max_connections reaches the asked percentage.
class PgProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgProbe)

public:
    PgProbe(const QByteArray& conninfo, const QString& database, QObject* parent = nullptr);
    ~PgProbe() override;

public Q_SLOTS:
    void start();
    /// 0 releases every held connection.
    void setHoldPercent(int percent);

Q_SIGNALS:
    void snapshotReady(const Sim::PgSnapshot& snapshot);

private:
    void probe();
    void adjustHeld(const PgSnapshot& snap);
    void releaseHeld();

    QByteArray m_conninfo;
    QString m_database;
    PGconn* m_conn = nullptr;
    std::vector<PGconn*> m_held;
    int m_holdPercent = 0;
    QTimer* m_timer = nullptr;
};

} // namespace Sim
