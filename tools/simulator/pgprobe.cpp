#include "tools/simulator/pgprobe.h"

#include "tools/simulator/pgwire.h"

#include <QDateTime>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sim {

namespace {
constexpr int kConnectMs = 2500;
constexpr int kQueryMs = 2000;
} // namespace

PgProbe::PgProbe(const QByteArray& conninfo, const QString& database, QObject* parent)
    : QObject(parent)
    , m_conninfo(conninfo)
    , m_database(database)
{
}

PgProbe::~PgProbe()
{
    releaseHeld();
    if (m_conn)
        PQfinish(m_conn);
}

void PgProbe::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PgProbe::probe);
    m_timer->start();
    probe();
}

void PgProbe::setHoldPercent(int percent)
{
    if (percent == m_holdPercent)
        return;
    m_holdPercent = percent;
    if (percent <= 0)
        releaseHeld();
    probe();
}

void PgProbe::probe()
{
    PgSnapshot snap;
    QString error;
    if (!m_conn) {
        m_conn = PgWire::connect(m_conninfo, kConnectMs, &error);
    }
    if (m_conn) {
        PGresult* r = PgWire::exec(m_conn,
                                   "SELECT datname, numbackends, current_setting('max_connections')::bigint "
                                   "FROM pg_stat_database WHERE datname IS NOT NULL ORDER BY datname",
                                   kQueryMs, &error);
        if (r) {
            snap.ok = true;
            for (int i = 0; i < PQntuples(r); ++i) {
                snap.backends.insert(QString::fromUtf8(PQgetvalue(r, i, 0)),
                                     QByteArray(PQgetvalue(r, i, 1)).toLongLong());
                snap.maxConnections = QByteArray(PQgetvalue(r, i, 2)).toLongLong();
            }
            PQclear(r);
        } else {
            // A stuck or broken connection is dropped, never waited on again.
            PQfinish(m_conn);
            m_conn = nullptr;
        }
    }
    snap.error = error;
    if (snap.ok)
        adjustHeld(snap);
    snap.held = int(m_held.size());
    snap.atMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT snapshotReady(snap);
}

void PgProbe::adjustHeld(const PgSnapshot& snap)
{
    if (m_holdPercent <= 0 || snap.maxConnections <= 0)
        return;
    const qint64 target = qint64(std::ceil(double(snap.maxConnections) * m_holdPercent / 100.0));
    const qint64 missing = target - snap.backends.value(m_database);
    // Every app replica runs this probe against the same server: each opens a quarter of what is
    // missing per probe, so up to four replicas together approach the target without overshooting
    // into "too many clients" (which would lock out the exporter and the health checks too).
    const qint64 share = missing > 0 ? qMax<qint64>(1, missing / 4) : 0;
    for (qint64 opened = 0; opened < share; ++opened) {
        QString error;
        PGconn* c = PgWire::connect(m_conninfo, kConnectMs, &error);
        if (!c)
            break; // "too many clients" is the honest end of it
        m_held.push_back(c);
    }
}

void PgProbe::releaseHeld()
{
    for (PGconn* c : m_held)
        PQfinish(c);
    m_held.clear();
}

} // namespace Sim
