#include "models/store/incidentlistenthread.h"

#include "models/core/logging.h"

#include <pqxx/pqxx>

namespace Ops {

namespace {

class Receiver final : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base& connection, IncidentListenThread* thread)
        : pqxx::notification_receiver(connection, IncidentListenThread::kChannel), m_thread(thread)
    {
    }
    void operator()(const std::string& payload, int /*backendPid*/) override
    {
        Q_EMIT m_thread->notified(QString::fromStdString(payload));
    }

private:
    IncidentListenThread* m_thread;
};

} // namespace

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
            pqxx::connection connection(conninfo);
            Receiver receiver(connection, this);
            // LISTEN is sent by the receiver; a first round trip makes sure it is in place.
            connection.get_notifs();
            Q_EMIT listening(true);
            int idle = 0;
            while (!isInterruptionRequested()) {
                if (connection.await_notification(1, 0) > 0) {
                    idle = 0;
                } else if (++idle >= 10) {
                    // A dropped connection can stay silent: ask something now and then.
                    pqxx::nontransaction probe(connection);
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
