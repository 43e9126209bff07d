#include "models/store/incidentlistenthread.h"

#include "models/core/logging.h"

#include "models/store/sqlconnect.h"

namespace Ops {

IncidentListenThread::IncidentListenThread(const PostgresConnectionParams& params) : m_params(params) {}

void IncidentListenThread::pause(int ms)
{
    for (int waited = 0; waited < ms && !isInterruptionRequested(); waited += 100)
        msleep(100);
}

void IncidentListenThread::run()
{
    const std::string conninfo = m_params.conninfo().toStdString();
    while (!isInterruptionRequested()) {
        try {
            const std::unique_ptr<Sql::Connection> owned = Sql::connect(conninfo);
            Sql::Connection& connection = *owned;
            connection.listen(kChannel, [this](const std::string& payload) {
                Q_EMIT notified(QString::fromStdString(payload));
            });
            // LISTEN is sent at once; a first round trip makes sure it is in place.
            connection.get_notifs();
            Q_EMIT listening(true);
            int idle = 0;
            while (!isInterruptionRequested()) {
                if (connection.await_notification(1, 0) > 0) {
                    idle = 0;
                } else if (++idle >= 10) {
                    // A dropped connection can stay silent: ask something now and then.
                    Sql::NonTransaction probe(connection);
                    probe.exec("SELECT 1");
                    idle = 0;
                }
            }
            return;
        } catch (const std::exception& error) {
            qCInfo(lcStore) << "incident notifications unavailable:" << error.what();
        }
        Q_EMIT listening(false);
        pause(2000);
    }
}

} // namespace Ops
